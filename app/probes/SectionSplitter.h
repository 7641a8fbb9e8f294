#pragma once

#include "probes/ProbeSection.h"

#include <QByteArray>
#include <QMap>
#include <QString>

// Cuts the probe output into sections at the lines "@@hoshu-NONCE section NAME"
// and "@@hoshu-NONCE exit N". Anything else (a login banner, garbage, lines of a
// forged marker with another nonce) stays plain text of the current section or
// is dropped before the first marker. Never fails.
class SectionSplitter
{
public:
    static QMap<QString, ProbeSection> split(const QByteArray &output, const QString &nonce);
};

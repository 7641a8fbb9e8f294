#pragma once

#include "probes/ProbeSection.h"

#include <QByteArray>
#include <QMap>
#include <QString>

// Cuts the probe output into sections at the lines "@@hoshu-NONCE section NAME"
// and "@@hoshu-NONCE exit N" (lib.sh's section() prints them; this class is the
// one place in C++ that knows their format). Anything else (a login banner,
// garbage, lines of a forged marker with another nonce) stays plain text of the
// current section or is dropped before the first marker. A name seen twice is
// kept once, marked `repeated`, its text dropped. Never fails.
class SectionSplitter
{
public:
    static QMap<QString, ProbeSection> split(const QByteArray &output, const QString &nonce);
    // The marker lines themselves (without the newline), for whoever must look for one.
    static QByteArray sectionMarker(const QString &nonce, const QString &name);
    static QByteArray exitMarker(const QString &nonce, int status);
    // "@@hoshu-NONCE ": how every marker line starts.
    static QByteArray markerPrefix(const QString &nonce);
};

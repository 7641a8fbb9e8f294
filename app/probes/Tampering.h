#pragma once

#include "probes/ParseStatus.h"

#include <QCoreApplication>
#include <QString>

// Probe output that says one thing twice has been tampered with (the script prints
// every section, key and counter once): that part is unreadable, never the first or
// the last copy taken as true. The reasons are shown to the user, so translated.
class Tampering
{
    Q_DECLARE_TR_FUNCTIONS(Tampering)

public:
    static ParseStatus repeatedSection(const QString &section);
    // A key, counter or block (`what`, as printed) repeated inside one section.
    static ParseStatus repeatedKey(const QString &what);
};

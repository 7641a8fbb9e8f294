#pragma once

#include "checks/Finding.h"
#include "probes/ParseStatus.h"

#include <QDateTime>
#include <QStringList>

// Small shared pieces of the rule families.
class RuleHelpers
{
public:
    // One "unknown" finding per id, carrying the reason the data could not be read.
    static QList<Finding> unknownAll(const QStringList &ids, const ParseStatus &status);
    static QString isoTime(const QDateTime &t); // "2026-11-22T05:45:37Z", empty if invalid
    // Severity for "value above limits" (warn <= value < crit -> Warning, >= crit -> Critical).
    static Severity above(qint64 value, qint64 warn, qint64 crit);
};

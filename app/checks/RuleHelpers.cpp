#include "checks/RuleHelpers.h"

QList<Finding> RuleHelpers::unknownAll(const QStringList &ids, const ParseStatus &status)
{
    QList<Finding> out;
    for (const QString &id : ids)
        out << Finding::unknown(id, status.reason);
    return out;
}

QString RuleHelpers::isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

Severity RuleHelpers::above(qint64 value, qint64 warn, qint64 crit)
{
    if (value >= crit)
        return Severity::Critical;
    if (value >= warn)
        return Severity::Warning;
    return Severity::Ok;
}

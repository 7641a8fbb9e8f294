#include "checks/RenewalRule.h"

#include <QJsonArray>

QList<Finding> RenewalRule::evaluate(const QJsonObject &profileExtra, const QDate &today, const Thresholds &th)
{
    QList<Finding> out;
    const QString id = QStringLiteral("renewal.due");
    const QJsonValue value = profileExtra.value(QStringLiteral("renewals"));
    if (value.isUndefined())
        return out;
    if (!value.isArray())
        return {Finding::unknown(id, QStringLiteral("\"renewals\" is not a list"))};
    const QJsonArray list = value.toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString what = o.value(QStringLiteral("what")).toString().trimmed();
        const QString dueText = o.value(QStringLiteral("due")).toString();
        const QDate due = QDate::fromString(dueText, Qt::ISODate);
        if (what.isEmpty() || !due.isValid()) {
            out << Finding::unknown(id, QStringLiteral("unreadable renewal entry: ") + what + QLatin1Char(' ') + dueText,
                                    what);
            continue;
        }
        const qint64 days = today.daysTo(due);
        Severity s = Severity::Ok;
        if (days < th.renewalCritDays)
            s = Severity::Critical;
        else if (days < th.renewalWarnDays)
            s = Severity::Warning;
        out << Finding::make(id, s, what,
                             {{QStringLiteral("what"), what},
                              {QStringLiteral("due"), due.toString(Qt::ISODate)},
                              {QStringLiteral("days"), days}});
    }
    return out;
}

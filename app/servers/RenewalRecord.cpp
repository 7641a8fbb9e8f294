#include "servers/RenewalRecord.h"

#include <QJsonArray>

bool RenewalRecord::markRenewed(QJsonObject *extra, const QString &what, const QDate &until, const QDate &today,
                                QString *error)
{
    if (!until.isValid() || until <= today) {
        *error = tr("The next due date must be after today.");
        return false;
    }
    const QJsonValue value = extra->value(QStringLiteral("renewals"));
    if (!value.isArray()) {
        *error = tr("This server has no list of renewals to record it in.");
        return false;
    }
    QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject entry = list.at(i).toObject();
        if (entry.value(QStringLiteral("what")).toString().trimmed() != what.trimmed())
            continue;
        entry.insert(QStringLiteral("due"), until.toString(Qt::ISODate));
        entry.insert(QStringLiteral("renewed"), today.toString(Qt::ISODate));
        list.replace(i, entry);
        extra->insert(QStringLiteral("renewals"), list);
        return true;
    }
    *error = tr("“%1” is not in this server's list of renewals (was it removed meanwhile?).").arg(what);
    return false;
}

QDate RenewalRecord::suggestedNextDue(const QDate &due, const QDate &today)
{
    const QDate from = due.isValid() && due > today ? due : today;
    return from.addYears(1);
}

#include "servers/RenewalRecord.h"

#include <QJsonArray>

#include <algorithm>

namespace {
// The entry named `what` (names compared without surrounding blanks), or -1.
qsizetype indexOf(const QJsonArray &list, const QString &what)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QStringLiteral("what")).toString().trimmed() == what.trimmed())
            return i;
    }
    return -1;
}
} // namespace

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
    const qsizetype i = indexOf(list, what);
    if (i >= 0) {
        QJsonObject entry = list.at(i).toObject();
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

bool RenewalRecord::setDue(QJsonObject *extra, const QString &what, const QDate &due, QString *error)
{
    const QString name = what.trimmed();
    const bool control = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (name.isEmpty() || name.size() > 200 || control) {
        *error = tr("Name the renewal in up to 200 characters, without control characters (e.g. \"VPS rent\").");
        return false;
    }
    if (!due.isValid()) {
        *error = tr("The due date must be a date such as 2027-01-31.");
        return false;
    }
    const QJsonValue value = extra->value(QStringLiteral("renewals"));
    if (!value.isUndefined() && !value.isArray()) {
        *error = tr("This server's list of renewals is damaged (\"renewals\" is not a list); fix servers.json first.");
        return false;
    }
    QJsonArray list = value.toArray();
    const qsizetype i = indexOf(list, name);
    if (i >= 0) {
        QJsonObject entry = list.at(i).toObject();
        entry.insert(QStringLiteral("due"), due.toString(Qt::ISODate));
        list.replace(i, entry);
        extra->insert(QStringLiteral("renewals"), list);
        return true;
    }
    list.append(QJsonObject{{QStringLiteral("what"), name}, {QStringLiteral("due"), due.toString(Qt::ISODate)}});
    extra->insert(QStringLiteral("renewals"), list);
    return true;
}

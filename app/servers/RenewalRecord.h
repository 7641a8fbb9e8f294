#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

// renewal.due's "Mark as renewed": the rent or domain was paid at the provider
// (no command can do that), so the user records the next due date and Hoshu
// reminds again in time. Edits the profile's "renewals" list in place.
class RenewalRecord
{
    Q_DECLARE_TR_FUNCTIONS(RenewalRecord)

public:
    // Sets the due date of the entry named `what` to `until`. False with a
    // translated reason (no such entry, a date not after today, a broken list):
    // then `extra` is unchanged.
    static bool markRenewed(QJsonObject *extra, const QString &what, const QDate &until, const QDate &today,
                            QString *error);
    // Adds `what` with its due date, or moves an existing entry's date
    // (hoshu-cli server renewal). False with a translated reason for an empty or
    // control-character name, an invalid date or a broken list; then unchanged.
    static bool setDue(QJsonObject *extra, const QString &what, const QDate &due, QString *error);
    // The date to offer: one year after the current due date (or after today).
    static QDate suggestedNextDue(const QDate &due, const QDate &today);
};

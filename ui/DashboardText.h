#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Small wordings shared by the dashboards: relative times ("2 min ago"),
// dates in the user's locale, days left.
class DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(DashboardText)

public:
    static QString relativeTime(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString dateTime(const QDateTime &time); // local, short; "—" when invalid
    static QString daysLeft(qint64 days);           // "12 days left", "expired 3 days ago"
    static QString dash() { return QStringLiteral("—"); }
};

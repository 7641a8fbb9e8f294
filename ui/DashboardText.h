#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Small wordings shared by the dashboards: relative times ("2 min ago"),
// dates in the user's locale, days left; and text from a server made safe to
// show where Qt would otherwise guess rich text.
class DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(DashboardText)

public:
    static QString relativeTime(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString dateTime(const QDateTime &time); // local, short; "—" when invalid
    static QString daysLeft(qint64 days);           // "12 days left", "expired 3 days ago"
    static QString dash() { return QStringLiteral("—"); }
    // Tool tips have no text format: Qt renders them as rich text whenever
    // Qt::mightBeRichText() says so, and a file named "<b>x</b><img src=...>"
    // would. This returns rich text that shows `plain` literally (escaped,
    // line breaks kept); use it for every tool tip that holds server text.
    static QString plainToolTip(const QString &plain);
};

#include "DashboardText.h"

#include <QLocale>
#include <QTextDocument>

QString DashboardText::relativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return tr("never");
    const qint64 secs = time.secsTo(now);
    if (secs < 45)
        return tr("just now");
    const qint64 mins = (secs + 30) / 60;
    if (mins < 60)
        return tr("%n min ago", nullptr, int(mins));
    const qint64 hours = (secs + 1800) / 3600;
    if (hours < 48)
        return tr("%n h ago", nullptr, int(hours));
    return tr("%n days ago", nullptr, int(secs / 86400));
}

QString DashboardText::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return dash();
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString DashboardText::daysLeft(qint64 days)
{
    if (days < 0)
        return tr("expired %n day(s) ago", nullptr, int(-days));
    return tr("%n day(s) left", nullptr, int(days));
}

QString DashboardText::plainToolTip(const QString &plain)
{
    if (plain.isEmpty())
        return plain; // no tool tip at all
    // convertFromPlainText escapes &, <, > and quotes and wraps the text in <p>,
    // so the result is always taken as rich text and shows exactly `plain`.
    return Qt::convertFromPlainText(plain, Qt::WhiteSpaceNormal);
}

#include "AuditText.h"

#include <QLocale>

QString AuditText::outcome(const AuditLog::Entry &e)
{
    switch (e.outcome) {
    case AuditLog::Outcome::Succeeded:
        return tr("Succeeded");
    case AuditLog::Outcome::NotStarted:
        return e.error.isEmpty() ? tr("Not started") : tr("Not started: %1").arg(e.error);
    case AuditLog::Outcome::Unknown:
        return tr("Outcome unknown: %1").arg(e.error.isEmpty() ? tr("the connection dropped") : e.error);
    case AuditLog::Outcome::Failed:
        break;
    }
    if (!e.error.isEmpty())
        return tr("Failed: %1").arg(e.error);
    return tr("Failed (exit status %1)").arg(e.exitStatus);
}

QString AuditText::duration(qint64 ms)
{
    const QLocale locale;
    if (ms < 60 * 1000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString AuditText::localTime(const QDateTime &time)
{
    // The locale's short date and time, with seconds: runs a few seconds apart differ.
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1Char('s')))
        timeFormat.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(local.time(), timeFormat);
}

QString AuditText::who(const AuditLog::Entry &e)
{
    QString who = e.user.isEmpty() ? tr("(not recorded)") : e.user;
    if (!e.host.isEmpty())
        who += QLatin1Char('@') + e.host;
    if (e.source == QLatin1String("cli"))
        who += tr(" (hoshu-cli)");
    return who;
}

QString AuditText::commandSummary(const AuditLog::Entry &entry)
{
    return entry.steps.isEmpty() ? entry.command : entry.steps.join(QStringLiteral("; "));
}

#include "probes/CronParser.h"

#include "probes/ProbeText.h"

CronEntries CronParser::parse(const QString &text)
{
    CronEntries out;
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon <= 0 || !line.startsWith(QLatin1Char('/')))
            continue; // not a "FILE: LINE" (an error message, garbage)
        CronEntry e;
        e.file = ProbeText::unescape(line.left(colon));
        e.line = ProbeText::unescape(line.mid(colon + 2).trimmed());
        if (!e.line.contains(QLatin1String("certbot"), Qt::CaseInsensitive)
            && !e.line.contains(QLatin1String("letsencrypt"), Qt::CaseInsensitive)
            && !e.line.contains(QLatin1String("acme"), Qt::CaseInsensitive))
            continue;
        e.skippedUnderSystemd = e.line.contains(QLatin1String("-d /run/systemd/system"));
        out.entries << e;
    }
    // An empty section is a valid answer: no cron entry renews certificates.
    out.status = ParseStatus::good();
    return out;
}

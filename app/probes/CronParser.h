#pragma once

#include "probes/ParseStatus.h"

#include <QList>
#include <QString>

// Cron lines that renew certificates ("FILE: LINE", escaped, comments already dropped;
// root's crontabs only).
struct CronEntry
{
    QString file;
    QString line;
    // Debian's /etc/cron.d/certbot runs only without systemd ("! -d /run/systemd/system"):
    // on a systemd host it never renews anything.
    bool skippedUnderSystemd = false;
};

struct CronEntries
{
    ParseStatus status;
    QList<CronEntry> entries;
};

class CronParser
{
public:
    static CronEntries parse(const QString &text);
};

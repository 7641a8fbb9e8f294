#pragma once

#include "probes/ParseStatus.h"

#include <QMap>
#include <QString>
#include <QStringList>

// The slow tier's du figures, by role, and the installed Rubies.
struct DiskUsage
{
    ParseStatus status;
    QString pgDataDir;
    QMap<QString, qint64> bytesByPath;
    // roles: pg_data, pg_base, pg_wal, media, media_cache, node_modules, vendor,
    // rubies, yarn_cache (summed), journal_dir, var_log
    QMap<QString, qint64> bytesByRole;
    QStringList rubyVersions;
    QString rubyCurrent;
    qint64 bytes(const QString &role) const { return bytesByRole.value(role, -1); }
};

// Lines "BYTES<TAB>PATH" of `du -sxB1`, plus "pgdata DIR", "ruby_version V", "ruby_current V"
// (paths and versions escaped by lib.sh). Anything printed twice is tampering (unreadable).
class DiskUsageParser
{
public:
    static DiskUsage parse(const QString &text);
};

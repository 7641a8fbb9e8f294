#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"
#include "probes/Snapshot.h"

// disk.usage_high (per filesystem, bytes and inodes), disk.journal_large, and from
// the slow tier disk.pg_wal_large, disk.media_cache_large, disk.old_rubies, disk.stray_dumps.
class DiskRules
{
public:
    static QList<Finding> evaluate(const Snapshot &snap, const Thresholds &th);

private:
    static QList<Finding> usage(const Snapshot &snap, const Thresholds &th);
    static QList<Finding> slowTier(const Snapshot &snap, const Thresholds &th);
    static bool inBackupDirectory(const QString &path, const FileList &backups);
};

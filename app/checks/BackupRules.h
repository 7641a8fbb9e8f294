#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"
#include "probes/Snapshot.h"

// backup.missing, backup.stale, backup.shrunk, backup.unreadable, backup.never_restored, from
// the slow tier's backup listing (with the probe's reading of the newest dump and what
// backup.drill recorded).
class BackupRules
{
public:
    static QList<Finding> evaluate(const Snapshot &snap, const Thresholds &th);
    // The file name with its digits blanked: files of one series share it
    // ("mastodon_production-20261101.dump" -> "mastodon_production-#.dump").
    static QString seriesOf(const QString &path);
    // Whether a listed file counts as a backup: not a checksum/signature sidecar
    // ("x.tar.sha256"), not inside a hidden directory under the backup directory (a bundle
    // being made).
    static bool isBackupFile(const FileEntry &f);
    // backup.no_offsite_copy: a server with backups and no copy of them on this computer
    // newer than offsiteMaxAgeDays (a backup on the server's own disk goes with it). Judged
    // only when the slow tier listed the server's backups.
    struct Copies
    {
        QString server;
        QString folder;
        QDateTime newest; // invalid: none
    };
    static QList<Finding> offsite(const Snapshot &snap, const Copies &copies, const Thresholds &th);

private:
    static Finding readable(const BackupCheck &check);
    static Finding restoredLately(const FileList &backups, const QDateTime &now, const Thresholds &th);
};

#include "checks/DiskRules.h"

#include "checks/RuleHelpers.h"
#include "probes/SafeMath.h"

bool DiskRules::inBackupDirectory(const QString &path, const FileList &backups)
{
    // A directory the backup check looks in, or one named as such anywhere up the
    // path (~/dbbackup, /srv/db_backups/2026): those dumps are backups, not strays.
    for (const QString &dir : backups.dirs) {
        if (!dir.isEmpty() && path.startsWith(dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/')))
            return true;
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i).contains(QLatin1String("backup"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<Finding> DiskRules::evaluate(const Snapshot &snap, const Thresholds &th)
{
    QList<Finding> out = usage(snap, th);
    if (snap.journal.status.ok) {
        const Severity s = snap.journal.bytes >= th.journalWarnBytes ? Severity::Warning : Severity::Ok;
        // Future catalog action: system.journal_vacuum (SystemMaxUse + vacuum).
        out << Finding::make(QStringLiteral("disk.journal_large"), s, QStringLiteral("journal"),
                             {{QStringLiteral("bytes"), snap.journal.bytes},
                              {QStringLiteral("limit"), th.journalWarnBytes}});
    } else if (snap.journal.status.collected) {
        out << Finding::unknown(QStringLiteral("disk.journal_large"), snap.journal.status.reason);
    }
    out << slowTier(snap, th);
    return out;
}

QList<Finding> DiskRules::usage(const Snapshot &snap, const Thresholds &th)
{
    if (!snap.disks.status.ok) {
        if (!snap.disks.status.collected)
            return {};
        return RuleHelpers::unknownAll({QStringLiteral("disk.usage_high")}, snap.disks.status);
    }
    QList<Finding> out;
    for (const Filesystem &fs : snap.disks.filesystems) {
        const int pct = fs.usedPercent();
        const int ipct = fs.inodesUsedPercent();
        Severity s = RuleHelpers::above(pct, th.diskWarnPercent, th.diskCritPercent);
        if (ipct >= 0)
            s = SeverityInfo::worst(s, RuleHelpers::above(ipct, th.inodeWarnPercent, th.inodeCritPercent));
        QVariantMap ev{{QStringLiteral("mount"), fs.mount},
                       {QStringLiteral("percent"), pct},
                       {QStringLiteral("usedBytes"), fs.usedBytes},
                       {QStringLiteral("sizeBytes"), fs.sizeBytes},
                       {QStringLiteral("availBytes"), fs.availBytes},
                       {QStringLiteral("warnPercent"), th.diskWarnPercent},
                       {QStringLiteral("critPercent"), th.diskCritPercent}};
        if (ipct >= 0)
            ev.insert(QStringLiteral("inodePercent"), ipct);
        out << Finding::make(QStringLiteral("disk.usage_high"), s, fs.mount, ev);
    }
    return out;
}

QList<Finding> DiskRules::slowTier(const Snapshot &snap, const Thresholds &th)
{
    QList<Finding> out;
    const DiskUsage &du = snap.diskUsage;
    if (du.status.collected && !du.status.ok) {
        out << RuleHelpers::unknownAll({QStringLiteral("disk.pg_wal_large"), QStringLiteral("disk.media_cache_large"),
                                        QStringLiteral("disk.old_rubies")},
                                       du.status);
    } else if (du.status.ok) {
        const qint64 wal = du.bytes(QStringLiteral("pg_wal"));
        const qint64 base = du.bytes(QStringLiteral("pg_base"));
        if (wal >= 0) {
            Severity s = RuleHelpers::above(wal, th.pgWalWarnBytes, th.pgWalCritBytes);
            // WAL larger than all the data is a stuck archiver or replication slot.
            if (s == Severity::Ok && base >= 0 && wal >= th.pgWalMinBytesVsBase && wal > base)
                s = Severity::Warning;
            out << Finding::make(QStringLiteral("disk.pg_wal_large"), s, du.pgDataDir + QStringLiteral("/pg_wal"),
                                 {{QStringLiteral("walBytes"), wal}, {QStringLiteral("baseBytes"), base}});
        }
        const qint64 cache = du.bytes(QStringLiteral("media_cache"));
        if (cache >= 0) {
            Severity s = cache >= th.mediaCacheWarnBytes ? Severity::Warning : Severity::Ok;
            QVariantMap ev{{QStringLiteral("bytes"), cache}};
            const QString dir = snap.probe.mastodonDir.isEmpty() ? QStringLiteral("public/system/cache")
                                                                 : snap.probe.mastodonDir + QStringLiteral("/public/system/cache");
            if (const Filesystem *fs = snap.disks.holding(dir); fs && fs->sizeBytes > 0) {
                const int share = SafeMath::percent(cache, fs->sizeBytes);
                ev.insert(QStringLiteral("percentOfDisk"), share);
                ev.insert(QStringLiteral("mount"), fs->mount);
                if (share >= th.mediaCacheWarnPercentOfDisk)
                    s = Severity::Warning;
            }
            // Future catalog action: media.remove (tootctl media remove --days N).
            out << Finding::make(QStringLiteral("disk.media_cache_large"), s, dir, ev);
        }
        const qint64 rubies = du.bytes(QStringLiteral("rubies"));
        QStringList old = du.rubyVersions;
        old.removeAll(du.rubyCurrent);
        if (rubies >= 0 && !du.rubyCurrent.isEmpty()) {
            const Severity s = !old.isEmpty() && rubies >= th.oldRubiesWarnBytes ? Severity::Warning : Severity::Ok;
            out << Finding::make(QStringLiteral("disk.old_rubies"), s, QStringLiteral("~/.rbenv/versions"),
                                 {{QStringLiteral("oldVersions"), old.join(QStringLiteral(", "))},
                                  {QStringLiteral("versions"), old},
                                  {QStringLiteral("count"), int(old.size())},
                                  {QStringLiteral("current"), du.rubyCurrent},
                                  {QStringLiteral("bytes"), rubies}});
        }
    }
    const FileList &dumps = snap.dumps;
    if (dumps.status.collected && !dumps.status.ok) {
        out << Finding::unknown(QStringLiteral("disk.stray_dumps"), dumps.status.reason);
    } else if (dumps.status.ok) {
        qint64 total = 0;
        QStringList paths;
        for (const FileEntry &f : dumps.files) {
            if (f.sizeBytes < th.strayDumpMinBytes || inBackupDirectory(f.path, snap.backups))
                continue;
            total = SafeMath::add(total, f.sizeBytes);
            paths << f.path;
        }
        out << Finding::make(QStringLiteral("disk.stray_dumps"), paths.isEmpty() ? Severity::Ok : Severity::Warning, {},
                             {{QStringLiteral("count"), int(paths.size())},
                              {QStringLiteral("bytes"), total},
                              {QStringLiteral("files"), paths.mid(0, 10).join(QStringLiteral(", "))},
                              {QStringLiteral("paths"), paths}});
    }
    return out;
}

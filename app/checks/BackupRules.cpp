#include "checks/BackupRules.h"

#include "backups/DrillLine.h"
#include "checks/RuleHelpers.h"
#include "probes/SafeMath.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

QString BackupRules::seriesOf(const QString &path)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString name = path.section(QLatin1Char('/'), -1);
    return path.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + name.replace(digits, QStringLiteral("#"));
}

bool BackupRules::isBackupFile(const FileEntry &f)
{
    // A checksum or signature beside a backup (backup.bundle writes BUNDLE.tar.sha256) is
    // not one itself; nor is what lies in a hidden directory under the backup directory
    // (backup.bundle stages its bundle in DIR/.NAME.tmp/ while it runs, the drill its dump
    // in DIR/.hoshu-drill-STAMP/): a half-made bundle is no backup.
    static const QRegularExpression sidecar(QStringLiteral("\\.(sha256|sha512|sha1|md5|sha256sum|md5sum|sig|asc)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (sidecar.match(f.path).hasMatch())
        return false;
    const QString dir = f.dir.endsWith(QLatin1Char('/')) ? f.dir : f.dir + QLatin1Char('/');
    const QString rel = !f.dir.isEmpty() && f.path.startsWith(dir) ? f.path.mid(dir.size()) : f.path.section(QLatin1Char('/'), -1);
    const QStringList parts = rel.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i).startsWith(QLatin1Char('.')))
            return false;
    }
    return true;
}

QList<Finding> BackupRules::evaluate(const Snapshot &snap, const Thresholds &th)
{
    const FileList &b = snap.backups;
    if (!b.status.ok) {
        if (!b.status.collected)
            return {};
        return RuleHelpers::unknownAll({QStringLiteral("backup.missing")}, b.status);
    }
    QList<Finding> out;
    QList<FileEntry> files;
    for (const FileEntry &f : b.files) {
        if (isBackupFile(f))
            files << f;
    }
    if (files.isEmpty()) {
        const QStringList looked = b.dirs.isEmpty() ? b.searched : b.dirs;
        out << Finding::make(QStringLiteral("backup.missing"), Severity::Warning, {},
                             {{QStringLiteral("dirs"), looked.join(QStringLiteral(", "))}});
        return out;
    }
    std::sort(files.begin(), files.end(), [](const FileEntry &x, const FileEntry &y) { return x.modified > y.modified; });
    const FileEntry newest = files.constFirst();
    out << Finding::make(QStringLiteral("backup.missing"), Severity::Ok, newest.dir);

    const qint64 ageHours = newest.modified.secsTo(snap.serverNow()) / 3600;
    out << Finding::make(QStringLiteral("backup.stale"), RuleHelpers::above(ageHours, th.backupWarnAgeHours, th.backupCritAgeHours),
                         newest.path,
                         {{QStringLiteral("file"), newest.path},
                          {QStringLiteral("ageHours"), ageHours},
                          {QStringLiteral("modified"), RuleHelpers::isoTime(newest.modified)}});

    // The newest of its series against the median of the previous ones (up to 7).
    const QString series = seriesOf(newest.path);
    QList<qint64> previous;
    for (qsizetype i = 1; i < files.size() && previous.size() < 7; ++i) {
        if (seriesOf(files.at(i).path) == series)
            previous << files.at(i).sizeBytes;
    }
    if (!previous.isEmpty()) {
        std::sort(previous.begin(), previous.end());
        const qint64 median = previous.at(previous.size() / 2);
        // Rounded down, so "below N %" is exactly percent < N.
        const int percent = SafeMath::percent(newest.sizeBytes, median);
        const bool shrunk = median > 0 && percent < th.backupShrunkPercent;
        out << Finding::make(QStringLiteral("backup.shrunk"), shrunk ? Severity::Warning : Severity::Ok, newest.path,
                             {{QStringLiteral("file"), newest.path},
                              {QStringLiteral("bytes"), newest.sizeBytes},
                              {QStringLiteral("previousBytes"), median},
                              {QStringLiteral("percent"), percent}});
    }
    out << readable(b.check);
    out << restoredLately(b, snap.serverNow(), th);
    return out;
}

QList<Finding> BackupRules::offsite(const Snapshot &snap, const Copies &copies, const Thresholds &th)
{
    const QString id = QStringLiteral("backup.no_offsite_copy");
    if (th.offsiteMaxAgeDays <= 0 || !snap.backups.status.ok)
        return {};
    bool any = false;
    for (const FileEntry &f : snap.backups.files)
        any = any || isBackupFile(f);
    if (!any) // backup.missing says it
        return {};
    QVariantMap evidence{{QStringLiteral("folder"), copies.folder}, {QStringLiteral("copyMaxAgeDays"), th.offsiteMaxAgeDays}};
    if (!copies.newest.isValid())
        return {Finding::make(id, Severity::Warning, copies.server, evidence)};
    const qint64 days = qMax<qint64>(0, copies.newest.secsTo(snap.serverNow()) / 86400);
    evidence.insert(QStringLiteral("copied"), RuleHelpers::isoTime(copies.newest));
    evidence.insert(QStringLiteral("ageDays"), days);
    return {Finding::make(id, days > th.offsiteMaxAgeDays ? Severity::Warning : Severity::Ok, copies.server, evidence)};
}

// backup.unreadable: the newest dump or bundle, read as a restore would read it (the probe's
// "check"). What could not be tried is unknown with the reason, never a green light.
Finding BackupRules::readable(const BackupCheck &check)
{
    const QString id = QStringLiteral("backup.unreadable");
    if (check.path.isEmpty())
        return Finding::unknown(id, QStringLiteral("no database dump (pg_dump's custom or SQL format, or a Hoshu bundle) among the backups"));
    const QVariantMap evidence{{QStringLiteral("file"), check.path}};
    if (check.status == QLatin1String("ok"))
        return Finding::make(id, Severity::Ok, check.path, evidence);
    if (check.status == QLatin1String("begins"))
        return Finding::make(id, Severity::Ok, check.path,
                             {{QStringLiteral("file"), check.path}, {QStringLiteral("onlyBeginning"), true}});
    if (check.status == QLatin1String("bad"))
        return Finding::make(id, Severity::Warning, check.path,
                             {{QStringLiteral("file"), check.path}, {QStringLiteral("error"), check.message}});
    static const QHash<QString, QString> reasons{
        {QStringLiteral("old_pg_restore"), QStringLiteral("the server's pg_restore is older than the dump")},
        {QStringLiteral("no_pg_restore"), QStringLiteral("pg_restore is not installed on the server")},
        {QStringLiteral("cannot_read"), QStringLiteral("the dump is not readable for the login user")},
        {QStringLiteral("timeout"), QStringLiteral("reading the dump took longer than 5 minutes")}};
    Finding f = Finding::unknown(id, reasons.value(check.status, check.status), check.path);
    f.evidence.insert(QStringLiteral("file"), check.path);
    return f;
}

// backup.never_restored: a backup is only known to restore once a drill restored it.
Finding BackupRules::restoredLately(const FileList &b, const QDateTime &now, const Thresholds &th)
{
    const QString id = QStringLiteral("backup.never_restored");
    QVariantMap evidence{{QStringLiteral("maxAgeDays"), th.drillMaxAgeDays}};
    const std::optional<DrillLine> last = DrillLine::parse(b.lastDrill.line);
    if (last && !last->passed && b.lastDrill.at.isValid()) {
        evidence.insert(QStringLiteral("lastFailed"), RuleHelpers::isoTime(b.lastDrill.at));
        evidence.insert(QStringLiteral("lastReason"), last->reason);
    }
    const std::optional<DrillLine> passed = DrillLine::parse(b.lastPassedDrill.line);
    if (!passed || !passed->passed || !b.lastPassedDrill.at.isValid()) {
        evidence.insert(QStringLiteral("dirs"), b.dirs.join(QStringLiteral(", ")));
        return Finding::make(id, Severity::Warning, {}, evidence);
    }
    evidence.insert(QStringLiteral("lastPassed"), RuleHelpers::isoTime(b.lastPassedDrill.at));
    evidence.insert(QStringLiteral("file"), passed->source);
    const qint64 days = b.lastPassedDrill.at.secsTo(now) / 86400;
    evidence.insert(QStringLiteral("ageDays"), days);
    return Finding::make(id, days > th.drillMaxAgeDays ? Severity::Warning : Severity::Ok, {}, evidence);
}

#include "checks/BackupRules.h"

#include "checks/RuleHelpers.h"
#include "probes/SafeMath.h"

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
    return out;
}

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The audit's output files: one per run, in "audit/" beside the audit log
// (folder 0700, files 0600: the output of admin commands is nobody else's
// business), named by their UTC time and a random part, so names sort by time.
//
// Kept for kMaxAgeDays (a year of runs and a month's margin for the yearly
// review) and at most kMaxTotalBytes together (each file is capped at 1 MiB
// by AuditOutputBuffer, so that is at least 256 full-size runs and thousands
// of ordinary ones); the oldest go first. The JSON lines stay: a few hundred
// bytes a run, they are the record; an entry whose output was pruned says so.
class AuditOutputStore
{
    Q_DECLARE_TR_FUNCTIONS(AuditOutputStore)

public:
    static constexpr int kMaxAgeDays = 400;
    static constexpr qint64 kMaxTotalBytes = qint64(256) * 1024 * 1024;

    explicit AuditOutputStore(const QString &auditLogPath);

    QString directory() const { return m_dir; }
    // Writes the output; returns the file's name (empty and *error on failure).
    QString write(const QByteArray &output, const QDateTime &time, QString *error = nullptr);
    // The output of a file name from the log, at most maxBytes. nullopt-like:
    // *found false when the name is not one of ours or the file is gone.
    QByteArray read(const QString &fileName, bool *found = nullptr, qint64 maxBytes = 2 * 1024 * 1024) const;
    // Removes files older than maxAgeDays, then the oldest until the total fits.
    // Returns how many were removed.
    int prune(const QDateTime &now, int maxAgeDays = kMaxAgeDays, qint64 maxTotalBytes = kMaxTotalBytes) const;

    static bool isValidName(const QString &fileName);

private:
    QString m_dir;
};

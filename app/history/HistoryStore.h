#pragma once

#include "checks/Finding.h"
#include "checks/Severity.h"
#include "probes/Snapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The SQLite time series of every refresh (Qt Sql, QSQLITE): per filesystem
// used/size, memory, swap, load, Sidekiq totals, the fewest certificate days
// left, the worst severity and the findings as JSON. One named connection per
// instance, used from the thread that opened it. WAL mode, so the GUI and a
// `hoshu-cli refresh` from cron can write at the same time.
// A corrupt file is set aside (history.sqlite.corrupt-YYYYMMDD-HHMMSS) and a
// fresh one created; setAsidePath() tells where it went, so it can be reported.
class HistoryStore
{
public:
    explicit HistoryStore(const QString &databasePath);  // AppPaths::historyDatabase()
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static constexpr int kSchemaVersion = 1;
    static constexpr int kDefaultRetentionDays = 400; // over a year: seasons and yearly renewals show

    bool open(QString *error);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // Non-empty when open() found the file corrupt and moved it there.
    QString setAsidePath() const { return m_setAsidePath; }

    bool record(const Snapshot &snapshot, const QList<Finding> &findings, QString *error = nullptr);

    struct DiskPoint { QDateTime time; QString mountPoint; qint64 usedBytes; qint64 sizeBytes; };
    QList<DiskPoint> diskHistory(const QString &serverId, const QString &mountPoint, const QDateTime &since) const;
    QStringList mountPoints(const QString &serverId) const;

    // findingCount: the findings that are not OK; findingsJson: every finding.
    struct Refresh { QDateTime time; Severity worst; int findingCount; QByteArray findingsJson; };
    std::optional<Refresh> lastRefresh(const QString &serverId) const;

    // Other metrics of one server over time, for charts: column is one of
    // mem_available, mem_total, swap_used, load1, load5, load15, sidekiq_queued,
    // sidekiq_retry, sidekiq_dead, cert_days_min. Missing values are skipped.
    struct MetricPoint { QDateTime time; double value; };
    QList<MetricPoint> metricHistory(const QString &serverId, const QString &column, const QDateTime &since) const;

    bool prune(const QDateTime &olderThan);  // keep the file bounded

    static QByteArray findingsToJson(const QList<Finding> &findings);

private:
    bool openFile(QString *error);
    bool healthy(QString *why) const;
    bool setAside(QString *error);
    bool createOrMigrate(QString *error);
    bool exec(const QString &sql, QString *error) const;
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    QString m_setAsidePath;
    bool m_open = false;
};

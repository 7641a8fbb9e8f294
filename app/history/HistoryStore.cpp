#include "history/HistoryStore.h"

#include "checks/DaysLeft.h"
#include "checks/RuleHelpers.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QAtomicInteger<quint64> g_connectionCounter;

const QStringList kMetricColumns{QStringLiteral("mem_available"), QStringLiteral("mem_total"),
                                 QStringLiteral("swap_used"),     QStringLiteral("load1"),
                                 QStringLiteral("load5"),         QStringLiteral("load15"),
                                 QStringLiteral("sidekiq_queued"), QStringLiteral("sidekiq_retry"),
                                 QStringLiteral("sidekiq_dead"),  QStringLiteral("cert_days_min")};

QVariant nullable(bool known, const QVariant &value)
{
    return known ? value : QVariant();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The fewest days left over the certificates on disk and the one the public address serves.
std::optional<qint64> certDaysMin(const Snapshot &snap)
{
    std::optional<qint64> best;
    const QDateTime now = snap.serverNow();
    auto take = [&](const QDateTime &notAfter) {
        if (!notAfter.isValid())
            return;
        const qint64 d = DaysLeft::until(now, notAfter);
        best = best ? qMin(*best, d) : d;
    };
    if (snap.certs.status.ok) {
        for (const CertInfo &c : snap.certs.certs)
            take(c.notAfter);
    }
    if (snap.http.certificate.seen)
        take(snap.http.certificate.notAfter);
    return best;
}
} // namespace

HistoryStore::HistoryStore(const QString &databasePath)
    : m_path(databasePath)
    , m_connectionName(QStringLiteral("hoshu-history-%1").arg(++g_connectionCounter))
{
}

HistoryStore::~HistoryStore()
{
    closeConnection();
}

void HistoryStore::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

bool HistoryStore::exec(const QString &sql, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool HistoryStore::open(QString *error)
{
    closeConnection();
    m_setAsidePath.clear();
    QString why;
    if (openFile(&why) && healthy(&why))
        return createOrMigrate(error);
    // Unreadable as a database: keep the file (it may still be rescued) and start a new one.
    if (QFileInfo::exists(m_path)) {
        closeConnection();
        if (!setAside(error))
            return false;
        if (openFile(&why) && healthy(&why))
            return createOrMigrate(error);
    }
    if (error)
        *error = QStringLiteral("cannot open the history database %1: %2").arg(m_path, why);
    closeConnection();
    return false;
}

bool HistoryStore::openFile(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Another process (GUI and cron's hoshu-cli) may hold the write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool HistoryStore::healthy(QString *why) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        *why = q.lastError().text();
        return false;
    }
    const QString result = q.value(0).toString();
    if (result != QLatin1String("ok")) {
        *why = result;
        return false;
    }
    return true;
}

bool HistoryStore::setAside(QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(m_path, target)) {
        if (error)
            *error = QStringLiteral("the history database %1 is corrupt and could not be moved aside").arg(m_path);
        return false;
    }
    // The WAL and shared-memory files belong to the old file: move them with it.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_setAsidePath = target;
    return true;
}

bool HistoryStore::createOrMigrate(QString *error)
{
    QString why;
    // auto_vacuum only takes effect before the first table: prune() can then give pages back.
    if (!exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"), &why)
        || !exec(QStringLiteral("PRAGMA journal_mode = WAL"), &why)
        || !exec(QStringLiteral("PRAGMA synchronous = NORMAL"), &why)
        || !exec(QStringLiteral("PRAGMA foreign_keys = ON"), &why)
        || !exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"), &why)) {
        if (error)
            *error = QStringLiteral("cannot prepare the history database %1: %2").arg(m_path, why);
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    int version = 0;
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
        version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        if (error)
            *error = QStringLiteral("the history database %1 was written by a newer Hoshu (schema %2); it is left as it is")
                         .arg(m_path)
                         .arg(version);
        closeConnection();
        return false;
    }
    if (version < 1) {
        const QStringList ddl{
            QStringLiteral("CREATE TABLE refreshes ("
                           " id INTEGER PRIMARY KEY,"
                           " server_id TEXT NOT NULL,"
                           " time INTEGER NOT NULL," // ms since the epoch, UTC
                           " worst TEXT NOT NULL,"
                           " finding_count INTEGER NOT NULL,"
                           " findings_json TEXT NOT NULL,"
                           " mem_available INTEGER, mem_total INTEGER, swap_used INTEGER,"
                           " load1 REAL, load5 REAL, load15 REAL,"
                           " sidekiq_queued INTEGER, sidekiq_retry INTEGER, sidekiq_dead INTEGER,"
                           " cert_days_min INTEGER)"),
            QStringLiteral("CREATE INDEX refreshes_server_time ON refreshes (server_id, time)"),
            QStringLiteral("CREATE TABLE disk_points ("
                           " refresh_id INTEGER NOT NULL REFERENCES refreshes (id) ON DELETE CASCADE,"
                           " server_id TEXT NOT NULL,"
                           " time INTEGER NOT NULL,"
                           " mount TEXT NOT NULL,"
                           " used INTEGER NOT NULL,"
                           " size INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX disk_points_series ON disk_points (server_id, mount, time)"),
            QStringLiteral("CREATE INDEX disk_points_refresh ON disk_points (refresh_id)"),
            QStringLiteral("CREATE INDEX disk_points_time ON disk_points (time)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")};
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.transaction();
        for (const QString &sql : ddl) {
            if (!exec(sql, &why)) {
                db.rollback();
                if (error)
                    *error = QStringLiteral("cannot create the history tables in %1: %2").arg(m_path, why);
                return false;
            }
        }
        db.commit();
    }
    m_open = true;
    return true;
}

QByteArray HistoryStore::findingsToJson(const QList<Finding> &findings)
{
    QJsonArray arr;
    for (const Finding &f : findings) {
        QJsonObject o{{QStringLiteral("id"), f.id},
                      {QStringLiteral("severity"), SeverityInfo::id(f.severity)},
                      {QStringLiteral("subject"), f.subject},
                      {QStringLiteral("evidence"), QJsonObject::fromVariantMap(f.evidence)}};
        if (!f.fixActionId.isEmpty())
            o.insert(QStringLiteral("fixActionId"), f.fixActionId);
        arr.append(o);
    }
    return QJsonDocument(arr).toJson(QJsonDocument::Compact);
}

bool HistoryStore::record(const Snapshot &snap, const QList<Finding> &findings, QString *error)
{
    if (!m_open) {
        if (error)
            *error = QStringLiteral("the history database is not open");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const qint64 time = (snap.takenAt.isValid() ? snap.takenAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    int problems = 0;
    for (const Finding &f : findings)
        problems += f.severity != Severity::Ok ? 1 : 0;
    const MemInfo &mem = snap.memory;
    const bool memOk = mem.status.ok;
    const bool swapOk = memOk && mem.swapTotalBytes >= 0 && mem.swapFreeBytes >= 0;
    const bool loadOk = snap.load.status.ok;
    const SidekiqState &sk = snap.sidekiq;
    qint64 queued = 0;
    for (const SidekiqQueue &q : sk.queues)
        queued += q.size;
    const std::optional<qint64> certDays = certDaysMin(snap);

    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO refreshes (server_id, time, worst, finding_count, findings_json, mem_available, mem_total,"
        " swap_used, load1, load5, load15, sidekiq_queued, sidekiq_retry, sidekiq_dead, cert_days_min)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(snap.serverId);
    q.addBindValue(time);
    q.addBindValue(SeverityInfo::id(Finding::worst(findings)));
    q.addBindValue(problems);
    q.addBindValue(QString::fromUtf8(findingsToJson(findings)));
    q.addBindValue(nullable(memOk && mem.availableBytes >= 0, mem.availableBytes));
    q.addBindValue(nullable(memOk && mem.totalBytes >= 0, mem.totalBytes));
    q.addBindValue(nullable(swapOk, mem.swapTotalBytes - mem.swapFreeBytes));
    q.addBindValue(nullable(loadOk, snap.load.load1));
    q.addBindValue(nullable(loadOk, snap.load.load5));
    q.addBindValue(nullable(loadOk, snap.load.load15));
    q.addBindValue(nullable(sk.status.ok, queued));
    q.addBindValue(nullable(sk.status.ok && sk.retry >= 0, sk.retry));
    q.addBindValue(nullable(sk.status.ok && sk.dead >= 0, sk.dead));
    q.addBindValue(nullable(certDays.has_value(), certDays.value_or(0)));
    bool ok = q.exec();
    const qint64 refreshId = q.lastInsertId().toLongLong();
    QString why = q.lastError().text();
    if (ok && snap.disks.status.ok) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("INSERT INTO disk_points (refresh_id, server_id, time, mount, used, size)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
        for (const Filesystem &fs : snap.disks.filesystems) {
            d.addBindValue(refreshId);
            d.addBindValue(snap.serverId);
            d.addBindValue(time);
            d.addBindValue(fs.mount);
            d.addBindValue(fs.usedBytes);
            d.addBindValue(fs.sizeBytes);
            if (!d.exec()) {
                ok = false;
                why = d.lastError().text();
                break;
            }
        }
    }
    if (!ok || !db.commit()) {
        if (why.isEmpty())
            why = db.lastError().text();
        db.rollback();
        if (error)
            *error = QStringLiteral("cannot record the refresh in %1: %2").arg(m_path, why);
        return false;
    }
    return true;
}

QList<HistoryStore::DiskPoint> HistoryStore::diskHistory(const QString &serverId, const QString &mountPoint,
                                                         const QDateTime &since) const
{
    QList<DiskPoint> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT time, used, size FROM disk_points WHERE server_id = ? AND mount = ? AND time >= ?"
                             " ORDER BY time"));
    q.addBindValue(serverId);
    q.addBindValue(mountPoint);
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : qint64(0));
    if (!q.exec())
        return out;
    while (q.next())
        out << DiskPoint{fromMs(q.value(0).toLongLong()), mountPoint, q.value(1).toLongLong(), q.value(2).toLongLong()};
    return out;
}

QStringList HistoryStore::mountPoints(const QString &serverId) const
{
    QStringList out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT DISTINCT mount FROM disk_points WHERE server_id = ? ORDER BY mount"));
    q.addBindValue(serverId);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

std::optional<HistoryStore::Refresh> HistoryStore::lastRefresh(const QString &serverId) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT time, worst, finding_count, findings_json FROM refreshes WHERE server_id = ?"
                             " ORDER BY time DESC, id DESC LIMIT 1"));
    q.addBindValue(serverId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Severity worst = Severity::Unknown;
    for (Severity s : {Severity::Ok, Severity::Warning, Severity::Unknown, Severity::Critical}) {
        if (SeverityInfo::id(s) == q.value(1).toString())
            worst = s;
    }
    return Refresh{fromMs(q.value(0).toLongLong()), worst, q.value(2).toInt(), q.value(3).toString().toUtf8()};
}

QList<HistoryStore::MetricPoint> HistoryStore::metricHistory(const QString &serverId, const QString &column,
                                                             const QDateTime &since) const
{
    QList<MetricPoint> out;
    // The column name is checked against the list, never taken as SQL from outside.
    if (!m_open || !kMetricColumns.contains(column))
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT time, %1 FROM refreshes WHERE server_id = ? AND time >= ? AND %1 IS NOT NULL"
                             " ORDER BY time")
                  .arg(column));
    q.addBindValue(serverId);
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : qint64(0));
    if (q.exec()) {
        while (q.next())
            out << MetricPoint{fromMs(q.value(0).toLongLong()), q.value(1).toDouble()};
    }
    return out;
}

bool HistoryStore::prune(const QDateTime &olderThan)
{
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const qint64 cut = olderThan.toMSecsSinceEpoch();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM disk_points WHERE time < ?"));
    q.addBindValue(cut);
    bool ok = q.exec();
    QSqlQuery r(db);
    r.prepare(QStringLiteral("DELETE FROM refreshes WHERE time < ?"));
    r.addBindValue(cut);
    ok = ok && r.exec();
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return false;
    // Give the freed pages back to the file system, and fold the WAL into the file.
    // incremental_vacuum frees pages as it is stepped: read it to the end.
    QSqlQuery v(db);
    if (v.exec(QStringLiteral("PRAGMA incremental_vacuum"))) {
        while (v.next()) {
        }
    }
    v.finish();
    QSqlQuery c(db);
    c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    c.finish();
    return true;
}

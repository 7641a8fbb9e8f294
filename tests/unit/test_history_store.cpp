#include "checks/DiskProjection.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const qint64 GiB = 1024LL * 1024 * 1024;

Snapshot snapshotAt(const QDateTime &t, qint64 rootUsed, const QString &server = QStringLiteral("srv-1"))
{
    Snapshot s;
    s.serverId = server;
    s.serverName = QStringLiteral("alpha");
    s.takenAt = t;
    s.disks.status = ParseStatus::good();
    Filesystem root;
    root.mount = QStringLiteral("/");
    root.sizeBytes = 100 * GiB;
    root.usedBytes = rootUsed;
    root.availBytes = root.sizeBytes - rootUsed;
    Filesystem media = root;
    media.mount = QStringLiteral("/srv/media");
    media.usedBytes = 10 * GiB;
    s.disks.filesystems = {root, media};
    s.memory.status = ParseStatus::good();
    s.memory.totalBytes = 4 * GiB;
    s.memory.availableBytes = GiB;
    s.memory.swapTotalBytes = GiB;
    s.memory.swapFreeBytes = GiB / 2;
    s.load.status = ParseStatus::good();
    s.load.load1 = 0.5;
    s.sidekiq.status = ParseStatus::good();
    s.sidekiq.queues = {{QStringLiteral("default"), 7, -1}, {QStringLiteral("push"), 3, -1}};
    s.sidekiq.retry = 2;
    s.sidekiq.dead = 11;
    return s;
}

QList<Finding> someFindings()
{
    Finding cert = Finding::make(QStringLiteral("cert.expiring"), Severity::Critical, QStringLiteral("a.test"),
                                 {{QStringLiteral("days"), 3}});
    cert.attachRemedy(QStringLiteral("systemd")); // fix: cert.renew
    return {Finding::make(QStringLiteral("disk.usage_high"), Severity::Ok, QStringLiteral("/"), {{QStringLiteral("percent"), 40}}),
            Finding::make(QStringLiteral("sidekiq.dead_jobs"), Severity::Warning, {}, {{QStringLiteral("dead"), 11}}), cert};
}

qint64 rowCount(const QString &path, const QString &table)
{
    const QString name = QStringLiteral("probe-count");
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}
} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void projectionInput();
    void corruptFileSetAside();
    void newerSchemaIsLeftAlone();
    void prune();
    void twoStoresOneFile();
};

void TestHistoryStore::roundTrip()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.setAsidePath().isEmpty());
    const QDateTime t = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QVERIFY2(store.record(snapshotAt(t, 40 * GiB), someFindings(), &error), qPrintable(error));
    QVERIFY(store.record(snapshotAt(t, 5 * GiB, QStringLiteral("srv-2")), {}, &error));

    QCOMPARE(store.mountPoints(QStringLiteral("srv-1")), (QStringList{QStringLiteral("/"), QStringLiteral("/srv/media")}));
    const auto points = store.diskHistory(QStringLiteral("srv-1"), QStringLiteral("/"), t.addDays(-1));
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.constFirst().time, t);
    QCOMPARE(points.constFirst().usedBytes, 40 * GiB);
    QCOMPARE(points.constFirst().sizeBytes, 100 * GiB);
    QCOMPARE(points.constFirst().mountPoint, QStringLiteral("/"));
    QVERIFY(store.diskHistory(QStringLiteral("srv-1"), QStringLiteral("/"), t.addSecs(1)).isEmpty());

    const auto last = store.lastRefresh(QStringLiteral("srv-1"));
    QVERIFY(last.has_value());
    QCOMPARE(last->time, t);
    QCOMPARE(last->worst, Severity::Critical);
    QCOMPARE(last->findingCount, 2); // the OK one is not a problem
    const QJsonArray arr = QJsonDocument::fromJson(last->findingsJson).array();
    QCOMPARE(arr.size(), 3);
    QCOMPARE(arr.at(2).toObject().value(QStringLiteral("fixActionId")).toString(), QStringLiteral("cert.renew"));
    QCOMPARE(arr.at(1).toObject().value(QStringLiteral("evidence")).toObject().value(QStringLiteral("dead")).toInt(), 11);
    QCOMPARE(store.lastRefresh(QStringLiteral("srv-2"))->worst, Severity::Ok);
    QVERIFY(!store.lastRefresh(QStringLiteral("nobody")).has_value());

    const auto dead = store.metricHistory(QStringLiteral("srv-1"), QStringLiteral("sidekiq_dead"), {});
    QCOMPARE(dead.size(), 1);
    QCOMPARE(dead.constFirst().value, 11.0);
    QCOMPARE(store.metricHistory(QStringLiteral("srv-1"), QStringLiteral("sidekiq_queued"), {}).constFirst().value, 10.0);
    QCOMPARE(store.metricHistory(QStringLiteral("srv-1"), QStringLiteral("swap_used"), {}).constFirst().value, double(GiB / 2));
    QVERIFY(store.metricHistory(QStringLiteral("srv-1"), QStringLiteral("time; DROP TABLE refreshes"), {}).isEmpty());
    // cert_days_min is NULL here (no certificate data): skipped, not a zero.
    QVERIFY(store.metricHistory(QStringLiteral("srv-1"), QStringLiteral("cert_days_min"), {}).isEmpty());
}

void TestHistoryStore::projectionInput()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    // 2 GiB a day on a 100 GiB disk from 60 GiB: full in about 20 days from the start.
    const QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    for (int day = 0; day <= 10; ++day)
        QVERIFY(store.record(snapshotAt(start.addDays(day), 60 * GiB + day * 2 * GiB), {}, &error));
    const QDateTime now = start.addDays(10);
    const auto history = store.diskHistory(QStringLiteral("srv-1"), QStringLiteral("/"), now.addDays(-30));
    QCOMPARE(history.size(), 11);
    QList<DiskProjection::Point> points;
    for (const auto &p : history)
        points << DiskProjection::Point{p.time, p.usedBytes};
    const auto finding = DiskProjection::evaluate(QStringLiteral("/"), points, 100 * GiB, now, Thresholds());
    QVERIFY(finding.has_value());
    QCOMPARE(finding->id, QStringLiteral("disk.full_soon"));
    QCOMPARE(finding->severity, Severity::Warning);
    const int days = finding->evidence.value(QStringLiteral("days")).toInt();
    QVERIFY2(days >= 9 && days <= 10, qPrintable(QString::number(days)));
    // The flat filesystem projects nothing to fear.
    QList<DiskProjection::Point> flat;
    for (const auto &p : store.diskHistory(QStringLiteral("srv-1"), QStringLiteral("/srv/media"), {}))
        flat << DiskProjection::Point{p.time, p.usedBytes};
    QCOMPARE(flat.size(), 11);
    QCOMPARE(DiskProjection::evaluate(QStringLiteral("/srv/media"), flat, 100 * GiB, now, Thresholds())->severity, Severity::Ok);
}

void TestHistoryStore::corruptFileSetAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QByteArray garbage = QByteArray("this is not a database, but someone's data: keep it\n").repeated(200);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QString aside = store.setAsidePath();
    QVERIFY2(aside.startsWith(path + QStringLiteral(".corrupt-")), qPrintable(aside));
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage); // never silently lost
    QVERIFY(store.record(snapshotAt(QDateTime::currentDateTimeUtc(), GiB), someFindings(), &error));
    QVERIFY(store.lastRefresh(QStringLiteral("srv-1")).has_value());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("history.sqlite.corrupt-*")}).size(), 1);
}

void TestHistoryStore::newerSchemaIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        HistoryStore store(path);
        QString error;
        QVERIFY(store.open(&error));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    HistoryStore store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    QVERIFY(store.setAsidePath().isEmpty());
    QVERIFY(QFile::exists(path));
}

void TestHistoryStore::prune()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        HistoryStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        for (int i = 0; i < 300; ++i)
            QVERIFY(store.record(snapshotAt(now.addDays(-500).addSecs(i * 600), GiB), someFindings(), &error));
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.record(snapshotAt(now.addSecs(-i * 600), GiB), someFindings(), &error));
        const qint64 before = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        QVERIFY(store.prune(now.addDays(-HistoryStore::kDefaultRetentionDays)));
        QCOMPARE(store.diskHistory(QStringLiteral("srv-1"), QStringLiteral("/"), {}).size(), 5);
        QVERIFY(store.lastRefresh(QStringLiteral("srv-1")).has_value());
        const qint64 after = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2 bytes").arg(before).arg(after)));
    }
    QCOMPARE(rowCount(path, QStringLiteral("refreshes")), 5);
    QCOMPARE(rowCount(path, QStringLiteral("disk_points")), 10);
}

void TestHistoryStore::twoStoresOneFile()
{
    // The GUI and a cron `hoshu-cli refresh` share the file (WAL).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore a(path);
    HistoryStore b(path);
    QString error;
    QVERIFY(a.open(&error));
    QVERIFY(b.open(&error));
    const QDateTime t = QDateTime::currentDateTimeUtc();
    QVERIFY(a.record(snapshotAt(t, GiB), {}, &error));
    QVERIFY(b.record(snapshotAt(t.addSecs(60), 2 * GiB), {}, &error));
    QCOMPARE(a.diskHistory(QStringLiteral("srv-1"), QStringLiteral("/"), {}).size(), 2);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "test_history_store.moc"

// Sizes and counts come from the server, so they can be as large as the tools print:
// a sparse file of exabytes, a crafted df or Redis answer near INT64_MAX. Sums saturate
// and percentages divide first: the figures stay right, never wrap to nonsense.
#include "checks/Checker.h"
#include "checks/Thresholds.h"
#include "probes/DfParser.h"
#include "probes/DiskUsageParser.h"
#include "probes/MemInfoParser.h"

#include "FixtureSnapshot.h"
#include "ProbeOutputEdit.h"

#include <QTest>

#include <limits>

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

Finding only(const Snapshot &snap, const QString &id)
{
    const QList<Finding> fs = ProbeOutputEdit::withId(Checker::evaluate(snap), id);
    if (fs.size() != 1)
        qFatal("%d findings %s", int(fs.size()), qPrintable(id));
    return fs.constFirst();
}

qint64 ev(const Finding &f, const char *key)
{
    return f.evidence.value(QLatin1String(key)).toLongLong();
}

Snapshot healthy()
{
    return FixtureSnapshot::load(QStringLiteral("debian-12-testhost-healthy"));
}

FileEntry file(const QString &path, qint64 size, const QDateTime &modified)
{
    FileEntry f;
    f.path = path;
    f.sizeBytes = size;
    f.modified = modified;
    return f;
}
} // namespace

class TestRuleArithmetic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diskPercent_data();
    void diskPercent();
    void dfNearInt64Max();
    void memoryPercent();
    void strayDumpsSumSaturates();
    void mediaCacheShareOfDisk();
    void backupShrunk_data();
    void backupShrunk();
    void queueTotalSaturates();
    void yarnCachesSumSaturates();
    void thresholdsFromHugeJson();
};

void TestRuleArithmetic::diskPercent_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("avail");
    QTest::addColumn<int>("percent");
    QTest::newRow("small, rounded up as df") << qint64(1) << qint64(99) << 1;
    QTest::newRow("exact half") << qint64(50) << qint64(50) << 50;
    QTest::newRow("used * 100 overflows") << qint64(5'000'000'000'000'000'000) << qint64(4'000'000'000'000'000'000) << 56;
    QTest::newRow("used + avail overflows") << kMax << kMax << 50;
    QTest::newRow("all used, huge") << kMax << qint64(0) << 100;
    QTest::newRow("nothing used, huge") << qint64(0) << kMax << 0;
    QTest::newRow("one byte of exabytes") << qint64(1) << kMax - 1 << 1;
}

void TestRuleArithmetic::diskPercent()
{
    QFETCH(qint64, used);
    QFETCH(qint64, avail);
    QFETCH(int, percent);
    Filesystem fs;
    fs.usedBytes = used;
    fs.availBytes = avail;
    fs.sizeBytes = kMax;
    QCOMPARE(fs.usedPercent(), percent);
    fs.inodes = kMax;
    fs.inodesUsed = kMax / 2;
    QCOMPARE(fs.inodesUsedPercent(), 50);
    fs.inodes = qint64(1) << 62;
    fs.inodesUsed = kMax; // more used than there are: said as it is, not wrapped
    QCOMPARE(fs.inodesUsedPercent(), 200);
}

// df's numbers up to 19 digits are read; the finding carries the right percentage.
void TestRuleArithmetic::dfNearInt64Max()
{
    Snapshot snap = healthy();
    snap.disks = DfParser::parse(QStringLiteral(
        "Filesystem     Type        1-blocks        Used   Available Capacity Mounted on\n"
        "/dev/vdb       xfs     9223372036854775807 8301034833169298227 922337203685477580 91% /\n"));
    QVERIFY(snap.disks.status.ok);
    const Finding f = only(snap, QStringLiteral("disk.usage_high"));
    QCOMPARE(ev(f, "percent"), 91);
    QCOMPARE(f.severity, Severity::Critical);
}

void TestRuleArithmetic::memoryPercent()
{
    Snapshot snap = healthy();
    snap.memory = MemInfoParser::parse(QStringLiteral("MemTotal:       999999999999999 kB\n"
                                                      "MemFree:        100000000000000 kB\n"
                                                      "MemAvailable:   500000000000000 kB\n"
                                                      "SwapTotal:      999999999999999 kB\n"
                                                      "SwapFree:       0 kB\n"));
    QVERIFY(snap.memory.status.ok);
    const Finding f = only(snap, QStringLiteral("system.memory_pressure"));
    QCOMPARE(ev(f, "availablePercent"), 50);
    QCOMPARE(ev(f, "swapUsedPercent"), 100);
    QCOMPARE(f.severity, Severity::Ok);
}

void TestRuleArithmetic::strayDumpsSumSaturates()
{
    Snapshot snap = healthy();
    const QDateTime t = snap.serverNow().addDays(-1);
    snap.dumps.files = {file(QStringLiteral("/tmp/a.sql"), 9'000'000'000'000'000'000, t),
                        file(QStringLiteral("/tmp/b.sql"), 9'000'000'000'000'000'000, t),
                        file(QStringLiteral("/root/c.sql"), 5, t)};
    const Finding f = only(snap, QStringLiteral("disk.stray_dumps"));
    QCOMPARE(f.severity, Severity::Warning);
    QCOMPARE(ev(f, "count"), 3);
    QCOMPARE(ev(f, "bytes"), kMax);
}

void TestRuleArithmetic::mediaCacheShareOfDisk()
{
    Snapshot snap = healthy();
    QVERIFY(!snap.disks.filesystems.isEmpty());
    for (Filesystem &fs : snap.disks.filesystems)
        fs.sizeBytes = 9'200'000'000'000'000'000;
    snap.diskUsage.bytesByRole.insert(QStringLiteral("media_cache"), 9'000'000'000'000'000'000);
    const Finding f = only(snap, QStringLiteral("disk.media_cache_large"));
    QCOMPARE(ev(f, "percentOfDisk"), 97);
    QCOMPARE(f.severity, Severity::Warning);
}

void TestRuleArithmetic::backupShrunk_data()
{
    QTest::addColumn<qint64>("newest");
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<bool>("shrunk");
    QTest::addColumn<int>("percent");
    QTest::newRow("83%, huge") << qint64(500'000'000'000'000'000) << qint64(600'000'000'000'000'000) << false << 83;
    QTest::newRow("1%, huge") << qint64(100'000'000'000'000'000) << qint64(9'000'000'000'000'000'000) << true << 1;
    QTest::newRow("grew to the maximum") << kMax << qint64(1'000'000'000'000'000'000) << false << 922;
    QTest::newRow("small") << qint64(40) << qint64(100) << true << 40;
}

void TestRuleArithmetic::backupShrunk()
{
    QFETCH(qint64, newest);
    QFETCH(qint64, previous);
    QFETCH(bool, shrunk);
    QFETCH(int, percent);
    Snapshot snap = healthy();
    QVERIFY(snap.backups.files.size() >= 2);
    const QDateTime now = snap.serverNow();
    QList<FileEntry> files;
    for (int d = 0; d < 4; ++d) {
        FileEntry f = file(QStringLiteral("/var/backups/mastodon/mastodon_production-2026112%1.dump").arg(d),
                           d == 0 ? newest : previous, now.addDays(-d).addSecs(-60));
        f.dir = QStringLiteral("/var/backups/mastodon");
        files << f;
    }
    snap.backups.files = files;
    const Finding f = only(snap, QStringLiteral("backup.shrunk"));
    QCOMPARE(f.severity, shrunk ? Severity::Warning : Severity::Ok);
    QCOMPARE(ev(f, "percent"), percent);
}

void TestRuleArithmetic::queueTotalSaturates()
{
    Snapshot snap = healthy();
    for (SidekiqQueue &q : snap.sidekiq.queues) {
        q.size = 4'000'000'000'000'000'000;
        q.latencySec = 0;
    }
    QVERIFY(snap.sidekiq.queues.size() >= 3);
    Thresholds th;
    th.queueWarnJobs = kMax;
    th.queueCritJobs = kMax;
    Checker::Inputs in;
    in.thresholds = th;
    const QList<Finding> fs = ProbeOutputEdit::withId(Checker::evaluate(snap, in), QStringLiteral("sidekiq.queue_backlog"));
    QCOMPARE(fs.size(), 1);
    QCOMPARE(fs.constFirst().severity, Severity::Ok);
    QCOMPARE(ev(fs.constFirst(), "size"), kMax);
}

void TestRuleArithmetic::yarnCachesSumSaturates()
{
    const DiskUsage du = DiskUsageParser::parse(QStringLiteral("9000000000000000000\t/home/mastodon/.cache/yarn\n"
                                                               "9000000000000000000\t/usr/local/share/.cache/yarn\n"));
    QVERIFY(du.status.ok);
    QCOMPARE(du.bytes(QStringLiteral("yarn_cache")), kMax);
}

// Thresholds are doubles in JSON: one beyond an int's range must not wrap into a tiny limit.
void TestRuleArithmetic::thresholdsFromHugeJson()
{
    const Thresholds t = Thresholds::fromJson(QJsonObject{{QStringLiteral("diskWarnPercent"), 1e30},
                                                          {QStringLiteral("journalWarnBytes"), 1e30}});
    QCOMPARE(t.diskWarnPercent, std::numeric_limits<int>::max());
    QCOMPARE(t.journalWarnBytes, kMax);
}

QTEST_GUILESS_MAIN(TestRuleArithmetic)
#include "test_rule_arithmetic.moc"

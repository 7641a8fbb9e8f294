#include "DiskView.h"
#include "MonitorHub.h"
#include "OverviewModel.h"
#include "ServerDashboard.h"
#include "checks/Checker.h"
#include "history/HistoryStore.h"
#include "probes/SnapshotBuilder.h"

#include "FixtureSnapshot.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#ifndef HOSHU_FIXTURES_DIR
#error HOSHU_FIXTURES_DIR must be defined by the build
#endif

namespace {

constexpr qint64 GiB = qint64(1) << 30;
constexpr double GB = 1024.0 * 1024.0 * 1024.0;

const QString DiskFull = QStringLiteral("debian-12-testhost-pg-wal-large+disk-nearly-full+cert-served-stale+pending-updates+mastodon-update-available");

// 10 GiB filesystem growing 1 GiB a day from 2 GiB: full 8 days after the first point.
QList<DiskProjection::Point> growing(const QDateTime &start)
{
    QList<DiskProjection::Point> points;
    for (int day = 0; day <= 4; ++day)
        points.append({start.addDays(day), 2 * GiB + day * GiB});
    return points;
}

} // namespace

// The Disk tab: a bar per filesystem, the slow tier's breakdown with its age,
// and the history chart with the projection to full.
class TestDiskView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barsFromSnapshot();
    void breakdownNeedsSlowTier();
    void chartAndProjection();
    void chartWithoutGrowthHasNoProjection();
    void historyFromStoreReachesChart();
};

void TestDiskView::barsFromSnapshot()
{
    const Snapshot snap = FixtureSnapshot::load(DiskFull, ProbeScript::Tier::Full, QStringLiteral("s1"));
    DiskView view;
    view.setSnapshot(snap, Checker::evaluate(snap));
    QTableWidget *table = view.filesystemTable();
    QCOMPARE(table->rowCount(), int(snap.disks.filesystems.size()));
    bool sawFull = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const Filesystem &fs = snap.disks.filesystems.at(row);
        QCOMPARE(table->item(row, 0)->text(), fs.mount);
        QVERIFY(!table->item(row, 0)->icon().isNull());
        auto *bar = qobject_cast<QProgressBar *>(table->cellWidget(row, 3));
        QVERIFY(bar);
        QCOMPARE(bar->value(), qBound(0, fs.usedPercent(), 100));
        // The number is written on the bar: never colour alone.
        QVERIFY(bar->text().contains(QString::number(fs.usedPercent()) + QLatin1Char('%')));
        if (fs.mount.endsWith(QLatin1String("public/system"))) {
            sawFull = true;
            QVERIFY(fs.usedPercent() >= 90);
            QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toString(), QStringLiteral("critical"));
        }
    }
    QVERIFY(sawFull);
}

void TestDiskView::breakdownNeedsSlowTier()
{
    DiskView view;
    QSignalSpy measure(&view, &DiskView::measureRequested);
    view.setSnapshot(FixtureSnapshot::load(DiskFull, ProbeScript::Tier::Fast, QStringLiteral("s1")), {});
    QCOMPARE(view.breakdownTable()->rowCount(), 0);
    auto *age = view.findChild<QLabel *>(QStringLiteral("breakdownAgeLabel"));
    QVERIFY(age->text().startsWith(QStringLiteral("Not measured yet")));
    auto *button = view.findChild<QPushButton *>(QStringLiteral("measureNowButton"));
    QVERIFY(button && button->isEnabled());
    button->click();
    QCOMPARE(measure.size(), 1);
    view.setMeasuring(true);
    QVERIFY(!button->isEnabled());

    Snapshot full = FixtureSnapshot::load(DiskFull, ProbeScript::Tier::Full, QStringLiteral("s1"));
    full.slowTakenAt = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    view.setMeasuring(false);
    view.setSnapshot(full, {});
    QVERIFY2(age->text().contains(QStringLiteral("3 h ago")), qPrintable(age->text()));
    QStringList labels;
    qint64 walBytes = -1;
    for (int row = 0; row < view.breakdownTable()->rowCount(); ++row) {
        labels << view.breakdownTable()->item(row, 0)->text();
        if (labels.last().contains(QStringLiteral("pg_wal")))
            walBytes = view.breakdownTable()->item(row, 1)->data(Qt::UserRole).toLongLong();
    }
    QVERIFY2(labels.contains(QStringLiteral("Remote media cache")), qPrintable(labels.join(QLatin1Char('|'))));
    QCOMPARE(walBytes, full.diskUsage.bytes(QStringLiteral("pg_wal")));
    QVERIFY(walBytes > 0);
}

void TestDiskView::chartAndProjection()
{
    DiskView view;
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00Z"), Qt::ISODate);
    const QList<DiskProjection::Point> points = growing(start);
    // The projection drawn is the disk.full_soon finding's, as ServerMonitor makes it.
    const auto finding = DiskProjection::evaluate(QStringLiteral("/"), points, 10 * GiB, start.addDays(4), Thresholds());
    QVERIFY(finding);
    view.setSnapshot(Snapshot(), {*finding});
    view.setHistory(QStringLiteral("/"), points, 10 * GiB);

    QCOMPARE(view.usedSeries()->count(), points.size());
    for (int i = 0; i < points.size(); ++i) {
        QCOMPARE(qint64(view.usedSeries()->at(i).x()), points.at(i).time.toMSecsSinceEpoch());
        QCOMPARE(view.usedSeries()->at(i).y(), points.at(i).usedBytes / GB);
    }
    // The projection: from the last point to where the line meets the size (day 8).
    QCOMPARE(view.projectionSeries()->count(), 2);
    QCOMPARE(view.projectionSeries()->at(0), view.usedSeries()->at(points.size() - 1));
    QCOMPARE(view.projectionSeries()->at(1).y(), 10.0);
    const QDateTime full = QDateTime::fromMSecsSinceEpoch(qint64(view.projectionSeries()->at(1).x()), Qt::UTC);
    QVERIFY2(qAbs(full.secsTo(start.addDays(8))) < 3600, qPrintable(full.toString(Qt::ISODate)));
    QCOMPARE(*DiskProjection::fullAt(points, 10 * GiB), full);
    QVERIFY2(view.projectionText().contains(QStringLiteral("4 day(s) left")) || view.projectionText().contains(QStringLiteral("4 days left")),
             qPrintable(view.projectionText()));
    QCOMPARE(view.sizeSeries()->count(), 2);
    QCOMPARE(view.sizeSeries()->at(0).y(), 10.0);
}

void TestDiskView::chartWithoutGrowthHasNoProjection()
{
    DiskView view;
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00Z"), Qt::ISODate);
    QList<DiskProjection::Point> flat;
    for (int day = 0; day < 5; ++day)
        flat.append({start.addDays(day), 3 * GiB});
    // No finding yet (too little history for the monitor): the chart does not guess.
    view.setHistory(QStringLiteral("/"), flat, 10 * GiB);
    QCOMPARE(view.projectionSeries()->count(), 0);
    QVERIFY2(view.projectionText().contains(QStringLiteral("too little history")), qPrintable(view.projectionText()));
    const auto finding = DiskProjection::evaluate(QStringLiteral("/"), flat, 10 * GiB, start.addDays(5), Thresholds());
    QVERIFY(finding);
    view.setSnapshot(Snapshot(), {*finding});
    view.setHistory(QStringLiteral("/"), flat, 10 * GiB);
    QCOMPARE(view.usedSeries()->count(), 5);
    QCOMPARE(view.projectionSeries()->count(), 0);
    QVERIFY(view.projectionText().contains(QStringLiteral("not filling up")));
    view.setHistory(QStringLiteral("/"), {}, 10 * GiB);
    QCOMPARE(view.usedSeries()->count(), 0);
    QVERIFY(view.projectionText().startsWith(QStringLiteral("No history yet")));
}

void TestDiskView::historyFromStoreReachesChart()
{
    // The real path: refreshes recorded in HistoryStore, read back by the hub for the shown server.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OverviewModel model;
    ServerDashboard dashboard(nullptr);
    MonitorHub hub(&model, &dashboard);
    QString error;
    QVERIFY2(hub.openHistory(dir.filePath(QStringLiteral("history.sqlite")), &error), qPrintable(error));

    const Snapshot base = FixtureSnapshot::load(DiskFull, ProbeScript::Tier::Fast, QStringLiteral("s1"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<DiskProjection::Point> points;
    qint64 usable = 0;
    for (int i = 4; i >= 0; --i) {
        Snapshot s = base;
        s.takenAt = now.addDays(-i);
        s.probe.now = s.takenAt;
        for (Filesystem &fs : s.disks.filesystems) {
            if (fs.mount == QLatin1String("/")) {
                fs.usedBytes = fs.sizeBytes / 10 + (4 - i) * (fs.sizeBytes / 20); // growing 5% a day
                points.append({s.takenAt, fs.usedBytes});
                usable = fs.usedBytes + fs.availBytes;
            }
        }
        QVERIFY2(hub.history()->record(s, {}, &error), qPrintable(error));
    }
    // The monitor's disk.full_soon for that history, delivered with the last check.
    const auto fullSoon = DiskProjection::evaluate(QStringLiteral("/"), points, usable, now, Thresholds());
    QVERIFY(fullSoon);
    ServerProfile p;
    p.id = QStringLiteral("s1");
    model.setProfiles({p});
    dashboard.setCurrentServer(QStringLiteral("s1"), QStringLiteral("s1"), QStringLiteral("systemd"));
    Snapshot last = base;
    last.takenAt = now;
    hub.deliver(QStringLiteral("s1"), last, {*fullSoon});
    DiskView *view = dashboard.diskView();
    view->findChild<QComboBox *>(QStringLiteral("historyMountCombo"))->setCurrentText(QStringLiteral("/"));
    QCOMPARE(view->historyMount(), QStringLiteral("/"));
    QCOMPARE(view->usedSeries()->count(), 5);
    QCOMPARE(view->projectionSeries()->count(), 2); // 5% a day: full in about 10 days
    QVERIFY(view->projectionSeries()->at(1).x() > view->usedSeries()->at(4).x());
}

QTEST_MAIN(TestDiskView)
#include "test_disk_view.moc"

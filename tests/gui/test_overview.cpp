#include "MainWindow.h"
#include "MonitorHub.h"
#include "OverviewModel.h"
#include "OverviewView.h"
#include "ServerListModel.h"
#include "UiIcons.h"
#include "checks/Checker.h"
#include "probes/SnapshotBuilder.h"

#include "FixtureSnapshot.h"

#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#ifndef HOSHU_FIXTURES_DIR
#error HOSHU_FIXTURES_DIR must be defined by the build
#endif

namespace {

ServerProfile profile(const QString &id, const QString &name)
{
    ServerProfile p;
    p.id = id;
    p.name = name;
    p.host = name + QStringLiteral(".test");
    p.user = QStringLiteral("root");
    return p;
}

const QString Healthy = QStringLiteral("debian-12-testhost-healthy");
const QString DiskFull = QStringLiteral("debian-12-testhost-pg-wal-large+disk-nearly-full+cert-served-stale+pending-updates+mastodon-update-available");
const QString Stopped = QStringLiteral(
    "debian-12-testhost-services-stopped+cert-expiring+no-renewal-timer+sidekiq-no-scheduler+backup-old");

QString text(const OverviewModel &m, const QString &id, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(m.rowOf(id), column), role).toString();
}

} // namespace

// The Overview table from real probe outputs: one row per server, the worst
// finding with icon AND text, sorting, and each row's own "refreshing" state.
class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rowsShowEachServersNumbers();
    void worstFindingIsTheCriticalOne();
    void sortingPutsTheWorstFirst_data();
    void sortingPutsTheWorstFirst();
    void eachRowRefreshesOnItsOwn();
    void failedRefreshKeepsNumbersAndSaysSo();
    void relativeTimeOfLastRefresh();
    void doubleClickOpensServer();
    void mainWindowStartsOnOverview();
    void criticalNotifiesOnTransitionOnly();
    void sidebarShowsHealthNotOnlyTheConnection();
    void slowTierFollowsByItselfWhenOld();

private:
    void fill(OverviewModel &model);
    QHash<QString, QList<Finding>> m_findings;
    QHash<QString, Snapshot> m_snaps;
};

void TestOverview::init()
{
    if (!m_snaps.isEmpty())
        return;
    for (const QString &name : {Healthy, DiskFull, Stopped}) {
        // The healthy host as a fast-tier refresh sees it (no du/dumps/backups): all green.
        m_snaps.insert(name, FixtureSnapshot::load(name, name == Healthy ? ProbeScript::Tier::Fast : ProbeScript::Tier::Full, name));
        m_findings.insert(name, Checker::evaluate(m_snaps.value(name)));
    }
}

void TestOverview::fill(OverviewModel &model)
{
    model.setProfiles({profile(Healthy, QStringLiteral("alpha")), profile(DiskFull, QStringLiteral("bravo")),
                       profile(Stopped, QStringLiteral("charlie"))});
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-11-22T06:00:00Z"), Qt::ISODate);
    for (const QString &id : {Healthy, DiskFull, Stopped})
        model.setResult(id, m_snaps.value(id), m_findings.value(id), t);
    model.setNow(t.addSecs(120));
}

void TestOverview::rowsShowEachServersNumbers()
{
    OverviewModel model;
    fill(model);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(OverviewModel::ColumnCount));
    QCOMPARE(text(model, Healthy, OverviewModel::NameColumn), QStringLiteral("alpha"));
    QCOMPARE(text(model, Healthy, OverviewModel::VersionColumn), m_snaps.value(Healthy).version.toString());
    QVERIFY(!text(model, Healthy, OverviewModel::VersionColumn).startsWith(QStringLiteral("—")));

    // disk-nearly-full: the fullest filesystem is the 64 MiB public/system at ~95%.
    const ServerSummary full = model.summary(DiskFull);
    QVERIFY2(full.diskPercent >= 90, qPrintable(QString::number(full.diskPercent)));
    QCOMPARE(text(model, DiskFull, OverviewModel::DiskColumn), QString::number(full.diskPercent) + QLatin1Char('%'));
    QCOMPARE(text(model, DiskFull, OverviewModel::DiskColumn, Qt::ToolTipRole), full.diskMount);
    QVERIFY(full.diskMount.contains(QStringLiteral("public/system")));

    // cert-expiring: 5 days left; healthy: far more.
    const ServerSummary stopped = model.summary(Stopped);
    QVERIFY(stopped.certKnown);
    QVERIFY2(stopped.certDaysLeft >= 3 && stopped.certDaysLeft <= 5, qPrintable(QString::number(stopped.certDaysLeft)));
    QVERIFY(model.summary(Healthy).certDaysLeft > 21);

    // services-stopped: the Mastodon services are down (nginx, PostgreSQL, Redis still run); healthy: all are up.
    QVERIFY2(stopped.servicesTotal - stopped.servicesActive >= 3,
             qPrintable(QStringLiteral("%1 of %2").arg(stopped.servicesActive).arg(stopped.servicesTotal)));
    const ServerSummary healthy = model.summary(Healthy);
    QCOMPARE(healthy.servicesActive, healthy.servicesTotal);
    QCOMPARE(text(model, Healthy, OverviewModel::ServicesColumn),
             QStringLiteral("%1 of %1 active").arg(healthy.servicesTotal));
    QVERIFY(healthy.queueTotal >= 0);
    QVERIFY(text(model, Healthy, OverviewModel::QueuesColumn).contains(QStringLiteral("dead")));
}

void TestOverview::worstFindingIsTheCriticalOne()
{
    OverviewModel model;
    fill(model);
    QCOMPARE(text(model, Healthy, OverviewModel::StatusColumn, OverviewModel::SeverityRole), QStringLiteral("ok"));
    QCOMPARE(text(model, Healthy, OverviewModel::StatusColumn), QStringLiteral("OK: all checks passed"));
    QVERIFY(!model.data(model.index(model.rowOf(Healthy), OverviewModel::StatusColumn), Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    for (const QString &id : {DiskFull, Stopped}) {
        QCOMPARE(text(model, id, OverviewModel::StatusColumn, OverviewModel::SeverityRole), QStringLiteral("critical"));
        const Finding *worst = ServerSummary::worstFinding(m_findings.value(id));
        QVERIFY(worst);
        QCOMPARE(worst->severity, Severity::Critical);
        const QString shown = text(model, id, OverviewModel::StatusColumn);
        // Icon AND severity text AND the finding's title: never colour alone.
        QVERIFY2(shown.startsWith(SeverityInfo::displayName(Severity::Critical)), qPrintable(shown));
        QVERIFY2(shown.contains(worst->title()), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("more")));
        QCOMPARE(text(model, id, OverviewModel::StatusColumn, Qt::ToolTipRole), worst->message());
    }
}

void TestOverview::sortingPutsTheWorstFirst_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("first");
    // Both others are critical; the one with more problems comes first.
    QTest::newRow("status worst first") << int(OverviewModel::StatusColumn) << int(Qt::DescendingOrder) << Stopped;
    QTest::newRow("status best first") << int(OverviewModel::StatusColumn) << int(Qt::AscendingOrder) << Healthy;
    QTest::newRow("disk fullest first") << int(OverviewModel::DiskColumn) << int(Qt::DescendingOrder) << DiskFull;
    QTest::newRow("certificate soonest first") << int(OverviewModel::CertColumn) << int(Qt::AscendingOrder) << Stopped;
    QTest::newRow("services most down first") << int(OverviewModel::ServicesColumn) << int(Qt::DescendingOrder) << Stopped;
    QTest::newRow("name") << int(OverviewModel::NameColumn) << int(Qt::DescendingOrder) << Stopped;
}

void TestOverview::sortingPutsTheWorstFirst()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, first);
    OverviewModel model;
    fill(model);
    OverviewView view(&model);
    view.table()->sortByColumn(column, Qt::SortOrder(order));
    const QModelIndex top = view.proxy()->index(0, column);
    QCOMPARE(top.data(OverviewModel::IdRole).toString(), first);
}

void TestOverview::eachRowRefreshesOnItsOwn()
{
    OverviewModel model;
    model.setProfiles({profile(Healthy, QStringLiteral("alpha")), profile(DiskFull, QStringLiteral("bravo"))});
    QCOMPARE(text(model, Healthy, OverviewModel::StatusColumn), QStringLiteral("Not checked yet"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRefreshing(Healthy, true);
    model.setRefreshing(DiskFull, true);
    QCOMPARE(text(model, Healthy, OverviewModel::RefreshColumn), QStringLiteral("refreshing…"));
    QVERIFY(model.data(model.index(0, 0), OverviewModel::RefreshingRole).toBool());

    // The fast one answers: only its row changes; the slow one still says refreshing.
    changed.clear();
    model.setResult(Healthy, m_snaps.value(Healthy), m_findings.value(Healthy));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(Healthy));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), model.rowOf(Healthy));
    QVERIFY(!model.isRefreshing(Healthy));
    QCOMPARE(text(model, Healthy, OverviewModel::RefreshColumn), QStringLiteral("just now"));
    QVERIFY(model.isRefreshing(DiskFull));
    QCOMPARE(text(model, DiskFull, OverviewModel::RefreshColumn), QStringLiteral("refreshing…"));
    QCOMPARE(text(model, DiskFull, OverviewModel::StatusColumn), QStringLiteral("Checking for the first time…"));

    // A refresh of a server that has data keeps its numbers while it runs.
    model.setRefreshing(Healthy, true);
    QCOMPARE(text(model, Healthy, OverviewModel::StatusColumn), QStringLiteral("OK: all checks passed"));
}

void TestOverview::failedRefreshKeepsNumbersAndSaysSo()
{
    OverviewModel model;
    fill(model);
    model.setRefreshing(DiskFull, true);
    model.setFailed(DiskFull, QStringLiteral("Connection refused"));
    QCOMPARE(text(model, DiskFull, OverviewModel::StatusColumn), QStringLiteral("Could not refresh: Connection refused"));
    QCOMPARE(text(model, DiskFull, OverviewModel::StatusColumn, OverviewModel::SeverityRole), QStringLiteral("critical"));
    QVERIFY(model.summary(DiskFull).diskPercent >= 90);
    QVERIFY(!model.isRefreshing(DiskFull));
    // A new result clears the error.
    model.setResult(DiskFull, m_snaps.value(Healthy), m_findings.value(Healthy));
    QCOMPARE(text(model, DiskFull, OverviewModel::StatusColumn), QStringLiteral("OK: all checks passed"));
}

void TestOverview::relativeTimeOfLastRefresh()
{
    OverviewModel model;
    fill(model);
    QCOMPARE(text(model, Healthy, OverviewModel::RefreshColumn), QStringLiteral("2 min ago"));
    model.setNow(QDateTime::fromString(QStringLiteral("2026-11-22T09:10:00Z"), Qt::ISODate));
    QCOMPARE(text(model, Healthy, OverviewModel::RefreshColumn), QStringLiteral("3 h ago"));
}

void TestOverview::doubleClickOpensServer()
{
    OverviewModel model;
    fill(model);
    OverviewView view(&model);
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy open(&view, &OverviewView::openServerRequested);
    view.table()->sortByColumn(OverviewModel::NameColumn, Qt::AscendingOrder);
    const QRect cell = view.table()->visualRect(view.proxy()->index(1, OverviewModel::NameColumn));
    QVERIFY2(cell.isValid(), "the row must be laid out");
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), DiskFull); // "bravo" is the second by name
}

void TestOverview::mainWindowStartsOnOverview()
{
    QTemporaryDir dir;
    qputenv("HOSHU_CONFIG_DIR", dir.path().toUtf8());
    MainWindow window;
    QVERIFY(window.isOverviewShown());
    QVERIFY(window.overviewView());
    QVERIFY(window.findChild<QTableView *>(QStringLiteral("overviewTable")));
}

void TestOverview::criticalNotifiesOnTransitionOnly()
{
    OverviewModel model;
    model.setProfiles({profile(DiskFull, QStringLiteral("bravo"))});
    MonitorHub hub(&model, nullptr); // no history: the previous state starts as "not critical"
    hub.addServer(DiskFull, QStringLiteral("bravo"), nullptr);
    QSignalSpy critical(&hub, &MonitorHub::turnedCritical);
    hub.deliver(DiskFull, m_snaps.value(DiskFull), m_findings.value(DiskFull));
    QCOMPARE(critical.size(), 1);
    QCOMPARE(critical.first().at(1).toString(), QStringLiteral("bravo needs attention"));
    hub.deliver(DiskFull, m_snaps.value(DiskFull), m_findings.value(DiskFull)); // still critical: no repeat
    QCOMPARE(critical.size(), 1);
    hub.deliver(DiskFull, m_snaps.value(Healthy), m_findings.value(Healthy));   // recovered
    hub.deliver(DiskFull, m_snaps.value(DiskFull), m_findings.value(DiskFull)); // critical again: notify
    QCOMPARE(critical.size(), 2);
    QCOMPARE(model.summary(DiskFull).worst, Severity::Critical);
}

void TestOverview::sidebarShowsHealthNotOnlyTheConnection()
{
    ServerListModel list;
    ServerProfile p = profile(DiskFull, QStringLiteral("bravo"));
    list.setProfiles({p});
    list.setState(DiskFull, SshConnection::State::Connected);
    OverviewModel model;
    model.setProfiles({p});
    MonitorHub hub(&model, nullptr);
    hub.addServer(DiskFull, QStringLiteral("bravo"), nullptr);
    QObject::connect(&hub, &MonitorHub::healthChanged, &list, &ServerListModel::setHealth);
    const QModelIndex row = list.index(0);
    QVERIFY(row.data(ServerListModel::HealthRole).toString().isEmpty()); // not checked yet
    hub.deliver(DiskFull, m_snaps.value(DiskFull), m_findings.value(DiskFull));
    QCOMPARE(row.data(ServerListModel::HealthRole).toString(), QStringLiteral("critical"));
    QVERIFY(row.data(Qt::DisplayRole).toString().contains(SeverityInfo::displayName(Severity::Critical)));
    const QIcon icon = row.data(Qt::DecorationRole).value<QIcon>();
    QCOMPARE(icon.pixmap(16).toImage(), UiIcons::severity(Severity::Critical).pixmap(16).toImage());
    hub.deliver(DiskFull, m_snaps.value(Healthy), m_findings.value(Healthy));
    QCOMPARE(row.data(ServerListModel::HealthRole).toString(), QStringLiteral("ok"));
}

// The backups, dumps and du (the slow tier) are checked by themselves after a quick refresh
// when their last run is over 6 hours old or never was, at most every 30 minutes; not
// after a fresh one.
void TestOverview::slowTierFollowsByItselfWhenOld()
{
    OverviewModel model;
    model.setProfiles({profile(Healthy, QStringLiteral("alpha"))});
    MonitorHub hub(&model, nullptr);
    hub.addServer(Healthy, QStringLiteral("alpha"), nullptr);
    Snapshot quick = m_snaps.value(Healthy);
    quick.slowTakenAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    hub.deliver(Healthy, quick, m_findings.value(Healthy));
    QVERIFY(!hub.slowTierAskedAt(Healthy).isValid()); // an hour old: fresh enough
    quick.slowTakenAt = QDateTime::currentDateTimeUtc().addSecs(-7 * 3600);
    hub.deliver(Healthy, quick, m_findings.value(Healthy));
    const QDateTime asked = hub.slowTierAskedAt(Healthy);
    QVERIFY(asked.isValid());
    quick.slowTakenAt = QDateTime();
    hub.deliver(Healthy, quick, m_findings.value(Healthy));
    QCOMPARE(hub.slowTierAskedAt(Healthy), asked); // asked a moment ago: not again
}

QTEST_MAIN(TestOverview)
#include "test_overview.moc"

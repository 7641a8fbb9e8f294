// The Services, Timers, Certificates and Disk tabs show the findings' verdicts,
// never one of their own (issue 8: the views disagreed with the rules): every
// row's severity is the one the Checker gave its subject, with the server's own
// thresholds.

#include "CertificatesView.h"
#include "DiskView.h"
#include "ServicesView.h"
#include "TimersView.h"
#include "checks/Checker.h"
#include "checks/DiskProjection.h"
#include "checks/FindingVerdicts.h"

#include "FixtureSnapshot.h"

#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>
#include <QtTest>

namespace {
const QString Healthy = QStringLiteral("debian-12-testhost-healthy");

QString rowSeverity(const QTableWidget *table, const QString &firstCell)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == firstCell)
            return table->item(r, 0)->data(Qt::UserRole).toString();
    }
    return QStringLiteral("<no row %1>").arg(firstCell);
}

QString findingSeverity(const QList<Finding> &findings, const QStringList &ids, const QString &subject)
{
    return SeverityInfo::id(FindingVerdicts(findings).severity(ids, subject));
}

SystemdUnit *unit(Snapshot &snap, const QString &id)
{
    for (SystemdUnit &u : snap.units.units) {
        if (u.id == id)
            return &u;
    }
    for (SystemdUnit &u : snap.timers.units) {
        if (u.id == id)
            return &u;
    }
    qFatal("fixture has no unit %s", qPrintable(id));
}
} // namespace

class TestDashboardVerdicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restartingContainerIsWhatTheRuleSays();
    void flappingUnitBelowTheLimitIsOk();
    void failedTimerIsAWarningAsTheRuleSays();
    void certificateRowsFollowTheServersThresholds();
    void servedOnlyCertificateIsJudgedByARule();
    void diskRowsFollowTheServersThresholds();
    void diskChartShowsTheFindingsProjection();
};

void TestDashboardVerdicts::restartingContainerIsWhatTheRuleSays()
{
    Snapshot snap = FixtureSnapshot::load(Healthy);
    snap.deployment = QStringLiteral("docker");
    snap.compose.status.collected = true;
    snap.compose.status.ok = true;
    snap.compose.services = {
        {QStringLiteral("web"), QStringLiteral("mastodon-web-1"), QStringLiteral("running"), QStringLiteral("healthy"),
         QStringLiteral("Up 2 hours (healthy)"), QStringLiteral("ghcr.io/mastodon/mastodon:v4.3.2"), 0},
        {QStringLiteral("sidekiq"), QStringLiteral("mastodon-sidekiq-1"), QStringLiteral("restarting"), QString(),
         QStringLiteral("Restarting (1) 5 seconds ago"), QStringLiteral("ghcr.io/mastodon/mastodon:v4.3.2"), 1},
    };
    const QList<Finding> findings = Checker::evaluate(snap);
    ServicesView view;
    view.setSnapshot(snap, findings);
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("servicesTable"));
    QVERIFY(table);
    // The view said Warning here while ServiceRules says Critical.
    QCOMPARE(rowSeverity(table, QStringLiteral("sidekiq")), QStringLiteral("critical"));
    QCOMPARE(findingSeverity(findings, {QStringLiteral("service.restarting")}, QStringLiteral("sidekiq")),
             QStringLiteral("critical"));
    QCOMPARE(rowSeverity(table, QStringLiteral("web")), QStringLiteral("ok"));
}

void TestDashboardVerdicts::flappingUnitBelowTheLimitIsOk()
{
    Snapshot snap = FixtureSnapshot::load(Healthy);
    unit(snap, QStringLiteral("mastodon-web.service"))->nRestarts = 1; // one restart: not flapping
    const QList<Finding> findings = Checker::evaluate(snap);
    ServicesView view;
    view.setSnapshot(snap, findings);
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("servicesTable"));
    // The view warned on any restart; the rule waits for serviceRestartsWarn.
    QCOMPARE(rowSeverity(table, QStringLiteral("mastodon-web.service")), QStringLiteral("ok"));
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString id = table->item(r, 0)->text();
        QCOMPARE(table->item(r, 0)->data(Qt::UserRole).toString(),
                 findingSeverity(findings, {QStringLiteral("service.inactive"), QStringLiteral("service.restarting")}, id));
    }
}

void TestDashboardVerdicts::failedTimerIsAWarningAsTheRuleSays()
{
    Snapshot snap = FixtureSnapshot::load(Healthy);
    SystemdUnit *timer = nullptr;
    for (SystemdUnit &t : snap.timers.units) {
        if (t.isTimer() && t.exists() && snap.timers.find(t.triggers)) {
            timer = &t;
            break;
        }
    }
    QVERIFY2(timer, "the healthy fixture has a timer with its service");
    const QString timerId = timer->id;
    SystemdUnit *service = unit(snap, timer->triggers);
    service->result = QStringLiteral("exit-code");
    service->execMainStatus = 1;
    const QList<Finding> findings = Checker::evaluate(snap);
    TimersView view;
    view.setSnapshot(snap, findings);
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("timersTable"));
    QVERIFY(table);
    // The view said Critical while TimerRules says Warning.
    QCOMPARE(rowSeverity(table, timerId), QStringLiteral("warning"));
    // The other timers are checked and fine, not "unknown" because one failed.
    int okRows = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() != timerId) {
            QCOMPARE(table->item(r, 0)->data(Qt::UserRole).toString(),
                     findingSeverity(findings, {QStringLiteral("timer.failed")}, table->item(r, 0)->text()));
            okRows += table->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("ok");
        }
    }
    QVERIFY(okRows > 0);
}

void TestDashboardVerdicts::certificateRowsFollowTheServersThresholds()
{
    Snapshot snap = FixtureSnapshot::load(Healthy);
    QVERIFY(snap.certs.status.ok && !snap.certs.certs.isEmpty());
    const CertInfo &cert = snap.certs.certs.constFirst();
    const qint64 days = snap.serverNow().secsTo(cert.notAfter) / 86400;
    QVERIFY2(days > 22, "the healthy fixture's certificate has more than the default warning left");
    // This admin wants to hear about it earlier than the default 21 days.
    Checker::Inputs inputs;
    inputs.thresholds.certWarnDays = int(days) + 10;
    inputs.thresholds.certCritDays = 3;
    const QList<Finding> findings = Checker::evaluate(snap, inputs);
    CertificatesView view;
    view.setSnapshot(snap, findings);
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("certificatesTable"));
    QVERIFY(table);
    // The view hard-coded 7/21 days and said ok.
    QCOMPARE(rowSeverity(table, cert.name), QStringLiteral("warning"));
    const QString note = table->item(0, 4)->text();
    QVERIFY2(note.contains(FindingVerdicts(findings).about({QStringLiteral("cert.expiring")}, cert.name)
                               .constFirst().title()),
             qPrintable(note));
}

void TestDashboardVerdicts::servedOnlyCertificateIsJudgedByARule()
{
    Snapshot snap = FixtureSnapshot::load(Healthy);
    QVERIFY(snap.servedCerts.status.ok);
    CertInfo bought;
    bought.name = QStringLiteral("shop.example");
    bought.dnsNames = {bought.name};
    bought.fingerprint = QStringLiteral("AB:CD");
    bought.notAfter = snap.serverNow().addDays(2);
    snap.servedCerts.certs << bought;
    const QList<Finding> findings = Checker::evaluate(snap);
    const QList<Finding> about = FindingVerdicts(findings).about({QStringLiteral("cert.expiring")}, bought.name);
    QCOMPARE(about.size(), 1);
    QCOMPARE(about.constFirst().severity, Severity::Critical);
    // Not certbot's: Hoshu says how to renew it, it does not offer certbot.
    QCOMPARE(about.constFirst().remedy.kind, FindingRemedy::Kind::Manual);
    CertificatesView view;
    view.setSnapshot(snap, findings);
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("certificatesTable"));
    QCOMPARE(rowSeverity(table, bought.name), QStringLiteral("critical"));
}

void TestDashboardVerdicts::diskRowsFollowTheServersThresholds()
{
    Snapshot snap = FixtureSnapshot::load(Healthy);
    QVERIFY(snap.disks.status.ok && !snap.disks.filesystems.isEmpty());
    Filesystem &root = snap.disks.filesystems.first();
    root.sizeBytes = 100LL << 30;
    root.usedBytes = 85LL << 30;
    root.availBytes = 15LL << 30;
    Checker::Inputs inputs;
    inputs.thresholds.diskWarnPercent = 95; // a big disk: 85% is fine for this admin
    inputs.thresholds.diskCritPercent = 98;
    const QList<Finding> relaxed = Checker::evaluate(snap, inputs);
    DiskView view;
    view.setSnapshot(snap, relaxed);
    // The view hard-coded 80/90 and warned.
    QCOMPARE(view.filesystemTable()->item(0, 0)->text(), root.mount);
    QCOMPARE(SeverityInfo::id(FindingVerdicts(relaxed).severity({QStringLiteral("disk.usage_high")}, root.mount)),
             QStringLiteral("ok"));
    QCOMPARE(view.filesystemTable()->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("ok"));
    view.setSnapshot(snap, Checker::evaluate(snap));
    QCOMPARE(view.filesystemTable()->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("warning"));
}

void TestDashboardVerdicts::diskChartShowsTheFindingsProjection()
{
    Snapshot snap = FixtureSnapshot::load(Healthy);
    Filesystem &root = snap.disks.filesystems.first();
    constexpr qint64 GiB = 1LL << 30;
    // ext4's root reserve: the raw size is 5% more than what Mastodon can use.
    root.sizeBytes = 100 * GiB;
    root.usedBytes = 60 * GiB;
    root.availBytes = 35 * GiB;
    const QDateTime now = snap.takenAt;
    QList<DiskProjection::Point> points;
    for (int day = 10; day >= 1; --day)
        points.append({now.addDays(-day), 60 * GiB - day * 2 * GiB});
    points.append({now, root.usedBytes});
    // The finding as ServerMonitor makes it: against used + available.
    const std::optional<Finding> fullSoon = DiskProjection::evaluate(root.mount, points, root.usedBytes + root.availBytes,
                                                                     now, Thresholds());
    QVERIFY(fullSoon);
    QList<Finding> findings = Checker::evaluate(snap);
    findings << *fullSoon;
    DiskView view;
    view.setSnapshot(snap, findings);
    view.setHistory(root.mount, points, root.sizeBytes);
    QCOMPARE(view.projectionSeries()->count(), 2);
    const QDateTime drawnFull = QDateTime::fromMSecsSinceEpoch(qint64(view.projectionSeries()->at(1).x()), Qt::UTC);
    const QDateTime findingFull = QDateTime::fromString(fullSoon->evidence.value(QStringLiteral("fullAt")).toString(),
                                                        Qt::ISODate);
    // The chart projected against the raw size (a later date) over its own window.
    QCOMPARE(drawnFull, findingFull);
    QCOMPARE(view.projectionSeries()->at(1).y(), double(root.usedBytes + root.availBytes) / GiB);
    const qint64 days = fullSoon->evidence.value(QStringLiteral("days")).toLongLong();
    QVERIFY2(view.projectionText().contains(QStringLiteral("%1 days left").arg(days))
                 || view.projectionText().contains(QStringLiteral("%1 day(s) left").arg(days)),
             qPrintable(view.projectionText()));
}

QTEST_MAIN(TestDashboardVerdicts)
#include "test_dashboard_verdicts.moc"

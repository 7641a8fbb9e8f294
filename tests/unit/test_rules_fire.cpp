// The findings the captured scenarios never show, made to fire: each row takes the
// healthy host's real probe output (tests/fixtures/probes/snapshots), changes one section
// the way the real command prints that state (resources/probes/lib.sh), and checks the
// exact finding, its numbers, and that the unedited output gives Ok for the same id.
// disk.full_soon needs history, so it is fed points the way ServerMonitor does.
#include "checks/Checker.h"
#include "checks/DiskProjection.h"
#include "checks/EvidenceText.h"
#include "checks/FindingCatalog.h"

#include "ProbeOutputEdit.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <functional>

#ifndef HOSHU_FIXTURES_DIR
#error HOSHU_FIXTURES_DIR must be defined by the build
#endif

using Edit = std::function<QString(const QString &)>;
Q_DECLARE_METATYPE(Edit)

namespace {
// The healthy capture's `now=` (2026-11-22 06:28:20 UTC): every edit is relative to it.
constexpr qint64 kNow = 1795328900;

Snapshot build(const QString &text)
{
    return ProbeOutputEdit::build(text, QDateTime::fromSecsSinceEpoch(kNow + 1, QTimeZone::utc()));
}

// Sets KEY=VALUE lines of one unit's block of `systemctl show` output (blocks are
// separated by an empty line; the keys are already there, as systemctl prints them all).
QString setUnit(const QString &text, const QString &section, const QString &id, const QList<QPair<QString, QString>> &keys)
{
    return ProbeOutputEdit::withSection(text, section, [&](const QString &body) {
        QStringList blocks = body.split(QStringLiteral("\n\n"));
        bool found = false;
        for (QString &b : blocks) {
            QStringList lines = b.split(QLatin1Char('\n'));
            if (!lines.contains(QStringLiteral("Id=") + id))
                continue;
            found = true;
            for (const auto &[key, value] : keys) {
                bool set = false;
                for (QString &l : lines) {
                    if (l.startsWith(key + QLatin1Char('='))) {
                        l = key + QLatin1Char('=') + value;
                        set = true;
                    }
                }
                if (!set)
                    qFatal("unit %s has no key %s", qPrintable(id), qPrintable(key));
            }
            b = lines.join(QLatin1Char('\n'));
        }
        if (!found)
            qFatal("no unit %s in section %s", qPrintable(id), qPrintable(section));
        return blocks.join(QStringLiteral("\n\n"));
    });
}

// /proc/meminfo lines as the kernel prints them: label padded to 16, value to 8, " kB".
QString setMem(const QString &text, const QList<QPair<QString, qint64>> &values)
{
    return ProbeOutputEdit::withSection(text, QStringLiteral("meminfo"), [&](const QString &body) {
        QStringList lines = body.split(QLatin1Char('\n'));
        for (const auto &[key, kb] : values) {
            bool set = false;
            for (QString &l : lines) {
                if (l.startsWith(key + QLatin1Char(':'))) {
                    l = (key + QLatin1Char(':')).leftJustified(16) + QString::number(kb).rightJustified(8)
                        + QStringLiteral(" kB");
                    set = true;
                }
            }
            if (!set)
                qFatal("meminfo has no %s", qPrintable(key));
        }
        return lines.join(QLatin1Char('\n'));
    });
}

// The healthy host's MemTotal (kB), and the MemAvailable that is exactly `pct` percent of it.
constexpr qint64 kMemTotalKb = 24683656;
qint64 memAvailKb(int pct)
{
    return (kMemTotalKb * pct + 99) / 100; // the smallest value the rule reads as pct %
}
constexpr qint64 kSwapTotalKb = 2097148; // a 2 GiB swap file, as `free` shows it

Edit memory(qint64 availKb, qint64 swapFreeKb)
{
    return [=](const QString &t) {
        return setMem(t, {{QStringLiteral("MemFree"), availKb / 2},
                          {QStringLiteral("MemAvailable"), availKb},
                          {QStringLiteral("SwapTotal"), swapFreeKb < 0 ? 0 : kSwapTotalKb},
                          {QStringLiteral("SwapFree"), swapFreeKb < 0 ? 0 : swapFreeKb}});
    };
}

Edit restarts(const QString &unit, const QString &n, const QString &enteredAt)
{
    return [=](const QString &t) {
        return setUnit(t, QStringLiteral("units"), unit,
                       {{QStringLiteral("NRestarts"), n}, {QStringLiteral("ActiveEnterTimestamp"), enteredAt}});
    };
}

Edit rubies(const QString &bytes, const QStringList &versions)
{
    return [=](const QString &t) {
        QString out = ProbeOutputEdit::replaceIn(t, QStringLiteral("du"), QStringLiteral("25219072\t/home/mastodon/.rbenv/versions"),
                                bytes + QStringLiteral("\t/home/mastodon/.rbenv/versions"));
        QString list;
        for (const QString &v : versions)
            list += QStringLiteral("ruby_version ") + v + QLatin1Char('\n');
        return ProbeOutputEdit::replaceIn(out, QStringLiteral("du"), QStringLiteral("ruby_version 3.2.2\nruby_version 3.3.5\n"), list);
    };
}

// The certificate certbot holds and nginx serves (the same one: nothing was renewed).
Edit certEnds(const QString &notAfter, const QString &notBefore)
{
    return [=](const QString &t) {
        QString out = t;
        for (const QString &s : {QStringLiteral("certs"), QStringLiteral("served-certs")}) {
            out = ProbeOutputEdit::replaceIn(out, s, QStringLiteral("notAfter=Jan 21 06:28:07 2027 GMT"), QStringLiteral("notAfter=") + notAfter);
            out = ProbeOutputEdit::replaceIn(out, s, QStringLiteral("notBefore=Oct 23 06:28:07 2026 GMT"), QStringLiteral("notBefore=") + notBefore);
        }
        return out;
    };
}

Edit caVersion(const QString &version)
{
    return [=](const QString &t) {
        return ProbeOutputEdit::replaceIn(t, QStringLiteral("ca-certificates"), QStringLiteral("version=20250419~deb12u2"),
                         QStringLiteral("version=") + version);
    };
}

Edit secondSidekiq(const QString &queuesJson, const QString &weightsJson)
{
    return [=](const QString &t) {
        // What `redis-cli smembers processes` + `hget <identity> info` print for a
        // second mastodon-sidekiq unit started a few seconds after the first.
        return ProbeOutputEdit::appendTo(t, QStringLiteral("sidekiq"),
                        QStringLiteral("process pr1:222:3f8a1c0e9b47\n"
                                       "info {\"hostname\": \"pr1\", \"started_at\": 1795328893.1022315, \"pid\": 222, "
                                       "\"tag\": \"live\", \"concurrency\": 5, \"queues\": %1, \"weights\": [%2], "
                                       "\"labels\": [], \"identity\": \"pr1:222:3f8a1c0e9b47\", \"version\": \"6.5.12\", "
                                       "\"embedded\": false}\n"
                                       "beat 1795328898.2215\n")
                            .arg(queuesJson, weightsJson));
    };
}

// queue default with `size` jobs, the oldest enqueued `ageSec` (+ a fraction) before the probe's now.
Edit defaultQueue(qint64 size, qint64 ageSec)
{
    return [=](const QString &t) {
        const QString at = QString::number(kNow - ageSec - 1) + QStringLiteral(".8829412");
        return ProbeOutputEdit::replaceIn(t, QStringLiteral("sidekiq"), QStringLiteral("queue default 3 1795328860.8298144"),
                         QStringLiteral("queue default %1 %2").arg(size).arg(at));
    };
}

Edit dead(const QString &n)
{
    return [=](const QString &t) {
        return ProbeOutputEdit::replaceIn(t, QStringLiteral("sidekiq"), QStringLiteral("dead 1\n"), QStringLiteral("dead ") + n + QLatin1Char('\n'));
    };
}

Edit reboot(const QString &body)
{
    return [=](const QString &t) {
        return ProbeOutputEdit::replaceIn(t, QStringLiteral("reboot"), QStringLiteral("reboot_required=no\n"), body);
    };
}

// A timer's service whose last run failed: what `systemctl show` prints for it then.
Edit serviceFailed(const QString &timer, const QString &service, const QString &status, const QString &triggered,
                   const QString &exited)
{
    return [=](const QString &t) {
        QString out = setUnit(t, QStringLiteral("timers"), service,
                              {{QStringLiteral("Result"), QStringLiteral("exit-code")},
                               {QStringLiteral("ExecMainStatus"), status},
                               {QStringLiteral("ExecMainExitTimestamp"), exited},
                               {QStringLiteral("ActiveState"), QStringLiteral("failed")}});
        return setUnit(out, QStringLiteral("timers"), timer, {{QStringLiteral("LastTriggerUSec"), triggered}});
    };
}

QString describe(const QList<Finding> &fs)
{
    QStringList out;
    for (const Finding &f : fs)
        out << QStringLiteral("%1 %2 [%3]").arg(SeverityInfo::id(f.severity), f.id, f.subject);
    return out.join(QStringLiteral("; "));
}

// These rules say nothing when all is well; the others always give one Ok finding.
bool hasOkForm(const QString &id)
{
    return id != QLatin1String("cert.expired") && id != QLatin1String("service.restarting");
}

// Ok for `id`: nothing worse than ok, and the Ok finding itself where the rule gives one.
void verifyOk(const QList<Finding> &findings, const QString &id, const char *what)
{
    const QList<Finding> fs = ProbeOutputEdit::withId(findings, id);
    for (const Finding &f : fs)
        QVERIFY2(f.severity == Severity::Ok, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), describe(fs))));
    if (hasOkForm(id))
        QVERIFY2(!fs.isEmpty(), qPrintable(QStringLiteral("%1: no %2 finding at all").arg(QLatin1String(what), id)));
}

void verifyReadable(const QList<Finding> &findings, const Finding &f);

QList<DiskProjection::Point> history(const Filesystem &fs, const QDateTime &now, double bytesPerDay)
{
    // What HistoryStore holds after two weeks of refreshes every 6 hours; ServerMonitor
    // appends the current snapshot's point to it.
    QList<DiskProjection::Point> pts;
    for (int h = 14 * 24; h > 0; h -= 6)
        pts << DiskProjection::Point{now.addSecs(-h * 3600), fs.usedBytes - qint64(bytesPerDay * h / 24.0)};
    pts << DiskProjection::Point{now, fs.usedBytes};
    return pts;
}
} // namespace

class TestRulesFire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fires_data();
    void fires();
    void fullSoon_data();
    void fullSoon();
    void smtp_data();
    void smtp();

private:
    QString m_healthy;
    QList<Finding> m_healthyFindings;
};

void TestRulesFire::initTestCase()
{
    m_healthy = ProbeOutputEdit::healthy();
    const Snapshot snap = build(m_healthy);
    QVERIFY2(snap.parseErrors.isEmpty(), qPrintable(QStringList(snap.parseErrors.keys()).join(QLatin1Char(','))));
    m_healthyFindings = Checker::evaluate(snap);
}

void TestRulesFire::fires_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("severity"); // "ok": the edit stays below the threshold
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QVariantMap>("evidence"); // the numbers that must be in the finding

    const QString web = QStringLiteral("mastodon-web.service");
    const QString aMinuteAgo = QStringLiteral("Sun 2026-11-22 06:27:20 UTC");

    // service.restarting: NRestarts counts systemd's automatic restarts (Restart=always).
    QTest::newRow("service.restarting: active again after 7 crashes")
        << restarts(web, QStringLiteral("7"), aMinuteAgo) << QStringLiteral("service.restarting")
        << QStringLiteral("warning") << web
        << QVariantMap{{QStringLiteral("restarts"), 7}, {QStringLiteral("since"), QStringLiteral("2026-11-22T06:27:20Z")},
                       {QStringLiteral("subState"), QStringLiteral("running")}};
    QTest::newRow("service.restarting: crash loop (auto-restart)")
        << Edit([](const QString &t) {
               return setUnit(t, QStringLiteral("units"), QStringLiteral("mastodon-sidekiq.service"),
                              {{QStringLiteral("ActiveState"), QStringLiteral("activating")},
                               {QStringLiteral("SubState"), QStringLiteral("auto-restart")},
                               {QStringLiteral("Result"), QStringLiteral("exit-code")},
                               {QStringLiteral("NRestarts"), QStringLiteral("7")}});
           })
        << QStringLiteral("service.restarting") << QStringLiteral("critical") << QStringLiteral("mastodon-sidekiq.service")
        << QVariantMap{{QStringLiteral("restarts"), 7}, {QStringLiteral("activeState"), QStringLiteral("activating")},
                       {QStringLiteral("subState"), QStringLiteral("auto-restart")}};
    QTest::newRow("service.restarting: exactly 3 restarts (limit)")
        << restarts(web, QStringLiteral("3"), aMinuteAgo) << QStringLiteral("service.restarting")
        << QStringLiteral("warning") << web << QVariantMap{{QStringLiteral("restarts"), 3}};
    QTest::newRow("service.restarting: 2 restarts")
        << restarts(web, QStringLiteral("2"), aMinuteAgo) << QStringLiteral("service.restarting") << QStringLiteral("ok")
        << web << QVariantMap();

    // disk.old_rubies: du prints the whole ~/.rbenv/versions, ls the versions in it.
    const QString rbenv = QStringLiteral("~/.rbenv/versions");
    QTest::newRow("disk.old_rubies: two old versions, 1 GB")
        << rubies(QStringLiteral("1061163008"), {QStringLiteral("3.2.2"), QStringLiteral("3.2.3"), QStringLiteral("3.3.5")})
        << QStringLiteral("disk.old_rubies") << QStringLiteral("warning") << rbenv
        << QVariantMap{{QStringLiteral("oldVersions"), QStringLiteral("3.2.2, 3.2.3")}, {QStringLiteral("count"), 2},
                       {QStringLiteral("current"), QStringLiteral("3.3.5")}, {QStringLiteral("bytes"), 1061163008LL}};
    QTest::newRow("disk.old_rubies: exactly 200 MiB (limit)")
        << rubies(QStringLiteral("209715200"), {QStringLiteral("3.2.2"), QStringLiteral("3.3.5")})
        << QStringLiteral("disk.old_rubies") << QStringLiteral("warning") << rbenv
        << QVariantMap{{QStringLiteral("count"), 1}, {QStringLiteral("bytes"), 209715200LL}};
    QTest::newRow("disk.old_rubies: one byte under 200 MiB")
        << rubies(QStringLiteral("209715199"), {QStringLiteral("3.2.2"), QStringLiteral("3.3.5")})
        << QStringLiteral("disk.old_rubies") << QStringLiteral("ok") << rbenv << QVariantMap();
    QTest::newRow("disk.old_rubies: 1 GB but only the current version")
        << rubies(QStringLiteral("1061163008"), {QStringLiteral("3.3.5")}) << QStringLiteral("disk.old_rubies")
        << QStringLiteral("ok") << rbenv << QVariantMap();

    // cert.expired: certbot's certificate ran out and nginx serves the same one.
    const QString domain = QStringLiteral("pr1.test");
    QTest::newRow("cert.expired: two days ago")
        << certEnds(QStringLiteral("Nov 20 06:28:07 2026 GMT"), QStringLiteral("Aug 22 06:28:07 2026 GMT"))
        << QStringLiteral("cert.expired") << QStringLiteral("critical") << domain
        << QVariantMap{{QStringLiteral("notAfter"), QStringLiteral("2026-11-20T06:28:07Z")},
                       {QStringLiteral("days"), -3}, // 2 days and 13 s ago, rounded down
                       {QStringLiteral("path"), QStringLiteral("/etc/letsencrypt/live/pr1.test/cert.pem")}};
    QTest::newRow("cert.expired: notAfter is the probe's now")
        << certEnds(QStringLiteral("Nov 22 06:28:20 2026 GMT"), QStringLiteral("Aug 24 06:28:21 2026 GMT"))
        << QStringLiteral("cert.expired") << QStringLiteral("critical") << domain
        << QVariantMap{{QStringLiteral("days"), 0}};
    QTest::newRow("cert.expired: one second left")
        << certEnds(QStringLiteral("Nov 22 06:28:21 2026 GMT"), QStringLiteral("Aug 24 06:28:22 2026 GMT"))
        << QStringLiteral("cert.expired") << QStringLiteral("ok") << domain << QVariantMap();

    // system.ca_certificates_old: dpkg's version is the release date; limit 5 * 365 days.
    const QString ca = QStringLiteral("ca-certificates");
    QTest::newRow("system.ca_certificates_old: 20190110")
        << caVersion(QStringLiteral("20190110")) << QStringLiteral("system.ca_certificates_old")
        << QStringLiteral("warning") << ca
        << QVariantMap{{QStringLiteral("version"), QStringLiteral("20190110")}, {QStringLiteral("ageDays"), 2873},
                       {QStringLiteral("updatePending"), false}};
    QTest::newRow("system.ca_certificates_old: 1826 days")
        << caVersion(QStringLiteral("20211122")) << QStringLiteral("system.ca_certificates_old")
        << QStringLiteral("warning") << ca << QVariantMap{{QStringLiteral("ageDays"), 1826}};
    QTest::newRow("system.ca_certificates_old: 1825 days (limit)")
        << caVersion(QStringLiteral("20211123")) << QStringLiteral("system.ca_certificates_old") << QStringLiteral("ok")
        << ca << QVariantMap();
    QTest::newRow("system.ca_certificates_old: current, but an update is waiting")
        << Edit([](const QString &t) {
               return ProbeOutputEdit::appendTo(t, QStringLiteral("updates"),
                               QStringLiteral("inst ca-certificates 20250419~deb12u3 oldstable-security\n"));
           })
        << QStringLiteral("system.ca_certificates_old") << QStringLiteral("warning") << ca
        << QVariantMap{{QStringLiteral("version"), QStringLiteral("20250419~deb12u2")},
                       {QStringLiteral("updatePending"), true}};

    // sidekiq.scheduler_duplicated: a second Sidekiq unit that also serves scheduler.
    const QString scheduler = QStringLiteral("scheduler");
    QTest::newRow("sidekiq.scheduler_duplicated: two listeners")
        << secondSidekiq(QStringLiteral("[\"scheduler\"]"), QStringLiteral("{\"scheduler\": 0}"))
        << QStringLiteral("sidekiq.scheduler_duplicated") << QStringLiteral("warning") << scheduler
        << QVariantMap{{QStringLiteral("listeners"), 2}, {QStringLiteral("processes"), 2}};
    QTest::newRow("sidekiq.scheduler_duplicated: second process without scheduler")
        << secondSidekiq(QStringLiteral("[\"default\", \"push\"]"), QStringLiteral("{\"default\": 0, \"push\": 0}"))
        << QStringLiteral("sidekiq.scheduler_duplicated") << QStringLiteral("ok") << scheduler << QVariantMap();

    // sidekiq.queue_backlog: by size (5000 / 50000) or by the oldest job's age (30 min / 2 h, from 10 jobs).
    const QString backlog = QStringLiteral("sidekiq.queue_backlog");
    const QString def = QStringLiteral("default");
    QTest::newRow("sidekiq.queue_backlog: 20000 jobs, oldest an hour old")
        << defaultQueue(20000, 3600) << backlog << QStringLiteral("warning") << def
        << QVariantMap{{QStringLiteral("size"), 20000}, {QStringLiteral("latencySec"), 3600}};
    QTest::newRow("sidekiq.queue_backlog: 50000 fresh jobs")
        << defaultQueue(50000, 5) << backlog << QStringLiteral("critical") << def
        << QVariantMap{{QStringLiteral("size"), 50000}, {QStringLiteral("latencySec"), 5}};
    QTest::newRow("sidekiq.queue_backlog: exactly 5000 fresh jobs")
        << defaultQueue(5000, 5) << backlog << QStringLiteral("warning") << def
        << QVariantMap{{QStringLiteral("size"), 5000}};
    QTest::newRow("sidekiq.queue_backlog: 4999 fresh jobs")
        << defaultQueue(4999, 5) << backlog << QStringLiteral("ok") << def << QVariantMap();
    QTest::newRow("sidekiq.queue_backlog: 10 jobs, oldest exactly 30 min")
        << defaultQueue(10, 1800) << backlog << QStringLiteral("warning") << def
        << QVariantMap{{QStringLiteral("size"), 10}, {QStringLiteral("latencySec"), 1800}};
    QTest::newRow("sidekiq.queue_backlog: 120 jobs, oldest exactly 2 h")
        << defaultQueue(120, 7200) << backlog << QStringLiteral("critical") << def
        << QVariantMap{{QStringLiteral("latencySec"), 7200}};
    QTest::newRow("sidekiq.queue_backlog: 9 jobs, 3 h old (too few)")
        << defaultQueue(9, 3 * 3600) << backlog << QStringLiteral("ok") << def << QVariantMap();

    // sidekiq.dead_jobs: limit 1000.
    const QString deadId = QStringLiteral("sidekiq.dead_jobs");
    QTest::newRow("sidekiq.dead_jobs: 1500")
        << dead(QStringLiteral("1500")) << deadId << QStringLiteral("warning") << QStringLiteral("dead")
        << QVariantMap{{QStringLiteral("dead"), 1500}, {QStringLiteral("limit"), 1000}, {QStringLiteral("retry"), 4}};
    QTest::newRow("sidekiq.dead_jobs: exactly 1000 (limit)")
        << dead(QStringLiteral("1000")) << deadId << QStringLiteral("warning") << QStringLiteral("dead")
        << QVariantMap{{QStringLiteral("dead"), 1000}};
    QTest::newRow("sidekiq.dead_jobs: 999")
        << dead(QStringLiteral("999")) << deadId << QStringLiteral("ok") << QStringLiteral("dead") << QVariantMap();
    QTest::newRow("sidekiq.dead_jobs: 500 (below the limit)")
        << dead(QStringLiteral("500")) << deadId << QStringLiteral("ok") << QStringLiteral("dead") << QVariantMap();

    // system.memory_pressure: available under 10% warns, under 5% is critical; nearly
    // full swap (80%) warns while available is under 20%.
    const QString mem = QStringLiteral("system.memory_pressure");
    const QString memSubject = QStringLiteral("memory");
    QTest::newRow("system.memory_pressure: 2% available, swap 90% used")
        << memory(memAvailKb(2), 209712) << mem << QStringLiteral("critical") << memSubject
        << QVariantMap{{QStringLiteral("availablePercent"), 2}, {QStringLiteral("swapUsedPercent"), 90},
                       {QStringLiteral("availableBytes"), memAvailKb(2) * 1024},
                       {QStringLiteral("totalBytes"), kMemTotalKb * 1024}};
    QTest::newRow("system.memory_pressure: exactly 5% available")
        << memory(memAvailKb(5), -1) << mem << QStringLiteral("warning") << memSubject
        << QVariantMap{{QStringLiteral("availablePercent"), 5}, {QStringLiteral("swapUsedPercent"), -1}};
    QTest::newRow("system.memory_pressure: just under 5% available")
        << memory(memAvailKb(5) - 1, -1) << mem << QStringLiteral("critical") << memSubject
        << QVariantMap{{QStringLiteral("availablePercent"), 4}};
    QTest::newRow("system.memory_pressure: exactly 10% available")
        << memory(memAvailKb(10), -1) << mem << QStringLiteral("ok") << memSubject << QVariantMap();
    QTest::newRow("system.memory_pressure: just under 10% available")
        << memory(memAvailKb(10) - 1, -1) << mem << QStringLiteral("warning") << memSubject
        << QVariantMap{{QStringLiteral("availablePercent"), 9}};
    QTest::newRow("system.memory_pressure: 15% available, swap 85% used")
        << memory(memAvailKb(15), 314572) << mem << QStringLiteral("warning") << memSubject
        << QVariantMap{{QStringLiteral("availablePercent"), 15}, {QStringLiteral("swapUsedPercent"), 85}};
    QTest::newRow("system.memory_pressure: 25% available, swap 85% used")
        << memory(memAvailKb(25), 314572) << mem << QStringLiteral("ok") << memSubject << QVariantMap();

    // system.reboot_required: /var/run/reboot-required and its .pkgs list.
    const QString rebootId = QStringLiteral("system.reboot_required");
    QTest::newRow("system.reboot_required: new kernel")
        << reboot(QStringLiteral("reboot_required=yes\npkg=linux-image-6.1.0-28-amd64\n")) << rebootId
        << QStringLiteral("warning") << QString()
        << QVariantMap{{QStringLiteral("packages"), QStringLiteral("linux-image-6.1.0-28-amd64")}};
    QTest::newRow("system.reboot_required: no .pkgs file")
        << reboot(QStringLiteral("reboot_required=yes\n")) << rebootId << QStringLiteral("warning") << QString()
        << QVariantMap{{QStringLiteral("packages"), QString()}};

    // timer.failed: the service a timer started ended with Result=exit-code.
    const QString timerId = QStringLiteral("timer.failed");
    QTest::newRow("timer.failed: certbot renew exited 1")
        << serviceFailed(QStringLiteral("certbot.timer"), QStringLiteral("certbot.service"), QStringLiteral("1"),
                         QStringLiteral("Sun 2026-11-22 05:31:13 UTC"), QStringLiteral("Sun 2026-11-22 05:31:20 UTC"))
        << timerId << QStringLiteral("warning") << QStringLiteral("certbot.timer")
        << QVariantMap{{QStringLiteral("service"), QStringLiteral("certbot.service")},
                       {QStringLiteral("result"), QStringLiteral("exit-code")}, {QStringLiteral("exitStatus"), 1},
                       {QStringLiteral("lastRun"), QStringLiteral("2026-11-22T05:31:13Z")}};
    QTest::newRow("timer.failed: dpkg-db-backup exited 2")
        << serviceFailed(QStringLiteral("dpkg-db-backup.timer"), QStringLiteral("dpkg-db-backup.service"),
                         QStringLiteral("2"), QStringLiteral("Sun 2026-11-22 00:00:03 UTC"),
                         QStringLiteral("Sun 2026-11-22 00:00:04 UTC"))
        << timerId << QStringLiteral("warning") << QStringLiteral("dpkg-db-backup.timer")
        << QVariantMap{{QStringLiteral("exitStatus"), 2}, {QStringLiteral("lastRun"), QStringLiteral("2026-11-22T00:00:03Z")}};
    QTest::newRow("timer.failed: failed run of a masked timer")
        << serviceFailed(QStringLiteral("apt-daily.timer"), QStringLiteral("apt-daily.service"), QStringLiteral("100"),
                         QString(), QStringLiteral("Sat 2026-11-21 06:12:40 UTC"))
        << timerId << QStringLiteral("ok") << QString() << QVariantMap();
}

void TestRulesFire::fires()
{
    QFETCH(Edit, edit);
    QFETCH(QString, id);
    QFETCH(QString, severity);
    QFETCH(QString, subject);
    QFETCH(QVariantMap, evidence);

    // The cause is the edit: the healthy capture gives Ok for this id.
    verifyOk(m_healthyFindings, id, "unedited");

    const QString text = edit(m_healthy);
    QVERIFY(text != m_healthy);
    const Snapshot snap = build(text);
    QVERIFY2(snap.parseErrors.isEmpty(), qPrintable(QStringList(snap.parseErrors.keys()).join(QLatin1Char(','))));
    const QList<Finding> findings = Checker::evaluate(snap);

    if (severity == QLatin1String("ok")) {
        verifyOk(findings, id, "edited");
        return;
    }
    const QList<Finding> fs = ProbeOutputEdit::withId(findings, id);
    QList<Finding> matching;
    for (const Finding &f : fs) {
        if (f.subject == subject)
            matching << f;
    }
    QVERIFY2(matching.size() == 1, qPrintable(describe(fs)));
    const Finding &f = matching.constFirst();
    QCOMPARE(SeverityInfo::id(f.severity), severity);
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        QVERIFY2(f.evidence.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(f.evidence.value(it.key()).toString(), it.value().toString());
    }
    // The only problem of this id: the edit does not spill onto other subjects.
    for (const Finding &other : fs)
        QVERIFY2(other.severity == Severity::Ok || other.subject == subject, qPrintable(describe(fs)));
    verifyReadable(findings, f);
}

namespace {
// What every problem finding owes the user: a message, labelled evidence, its catalog
// entry and a remedy whose parameters are filled.
void verifyReadable(const QList<Finding> &findings, const Finding &f)
{
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    QVERIFY2(!f.message().isEmpty() && !f.message().contains(placeholder), qPrintable(f.message()));

    // The evidence line is written for people: every key a rule emits has a
    // label in the user's language, and no UTC stamp shows raw.
    static const QRegularExpression isoStamp(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"));
    for (const Finding &any : findings) {
        for (auto it = any.evidence.cbegin(); it != any.evidence.cend(); ++it)
            QVERIFY2(EvidenceText::knows(it.key()), qPrintable(any.id + QLatin1Char(' ') + it.key()));
    }
    const QString line = EvidenceText::line(f.evidence);
    QVERIFY2(!line.contains(QLatin1String(" = ")) && !line.contains(isoStamp), qPrintable(line));
    QVERIFY2(!f.message().contains(isoStamp), qPrintable(f.message()));

    // Every id a rule produces is in the finding catalog, and the real finding
    // carries its remedy with the parameters taken from its own evidence.
    for (const Finding &any : findings)
        QVERIFY2(FindingCatalog::entry(any.id), qPrintable(any.id));
    QVERIFY2(f.remedy.kind != FindingRemedy::Kind::None, qPrintable(f.id));
    for (const RemedyStep &step : f.remedy.steps) {
        for (auto it = step.params.cbegin(); it != step.params.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(step.actionId + QLatin1Char(' ') + it.key()));
    }
    QCOMPARE(f.fixActionId.isEmpty(), f.remedy.kind != FindingRemedy::Kind::Fix);
}
} // namespace

void TestRulesFire::fullSoon_data()
{
    QTest::addColumn<double>("daysToFull"); // how fast the history grows: full in this many days; 0: flat
    QTest::addColumn<QString>("severity");
    QTest::addColumn<qint64>("days");
    // Limits: warning under 14 days, critical under 3 (whole days, rounded down).
    QTest::newRow("steady growth, full in ~10 days") << 10.5 << QStringLiteral("warning") << qint64(10);
    QTest::newRow("full in ~2 days") << 2.5 << QStringLiteral("critical") << qint64(2);
    QTest::newRow("3 days (critical limit)") << 3.5 << QStringLiteral("warning") << qint64(3);
    QTest::newRow("13 days") << 13.5 << QStringLiteral("warning") << qint64(13);
    QTest::newRow("14 days (warning limit)") << 14.5 << QStringLiteral("ok") << qint64(14);
    QTest::newRow("flat") << 0.0 << QStringLiteral("ok") << qint64(-1);
}

void TestRulesFire::fullSoon()
{
    QFETCH(double, daysToFull);
    QFETCH(QString, severity);
    QFETCH(qint64, days);

    // As ServerMonitor::projections: the snapshot's filesystem, its takenAt as now,
    // the history points then the current one.
    const Snapshot snap = build(m_healthy);
    QVERIFY(!snap.disks.filesystems.isEmpty());
    const Filesystem &fs = snap.disks.filesystems.constFirst();
    QCOMPARE(fs.mount, QStringLiteral("/"));
    // Full is where df reaches 100% (Used + Avail, as disk.usage_high counts): on this
    // overlay (and any ext4 with reserved blocks) that is well below the 1-blocks size.
    const qint64 capacity = fs.usedBytes + fs.availBytes;
    QVERIFY(capacity < fs.sizeBytes);
    const double perDay = daysToFull > 0 ? double(capacity - fs.usedBytes) / daysToFull : 0.0;
    const QDateTime now = snap.takenAt;
    const auto pts = history(fs, now, perDay);

    const std::optional<Finding> f = DiskProjection::evaluate(fs.mount, pts, capacity, now, Thresholds());
    QVERIFY(f);
    QCOMPARE(f->id, QStringLiteral("disk.full_soon"));
    QCOMPARE(f->subject, QStringLiteral("/"));
    QCOMPARE(SeverityInfo::id(f->severity), severity);
    // Not filling up: no day count and no date (the evidence line has nothing to show).
    QCOMPARE(f->evidence.value(QStringLiteral("days"), qint64(-1)).toLongLong(), days);
    QCOMPARE(f->evidence.contains(QStringLiteral("fullAt")), days >= 0);
    QCOMPARE(f->evidence.value(QStringLiteral("horizonDays")).toInt(), 14);
    // As ServerMonitor attaches it: freeing space is a procedure of several actions.
    Finding attached = *f;
    attached.attachRemedy(QStringLiteral("systemd"));
    QCOMPARE(attached.remedy.kind == FindingRemedy::Kind::Procedure, f->severity != Severity::Ok);
    if (days >= 0) {
        const QDateTime fullAt = QDateTime::fromString(f->evidence.value(QStringLiteral("fullAt")).toString(), Qt::ISODate);
        QVERIFY(fullAt.isValid());
        QVERIFY2(qAbs(now.secsTo(fullAt) - qint64(daysToFull * 86400)) < 60, qPrintable(fullAt.toString(Qt::ISODate)));
    } else {
        QVERIFY(f->evidence.value(QStringLiteral("fullAt")).toString().isEmpty());
    }
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    QVERIFY2(!f->message().contains(placeholder), qPrintable(f->message()));
}


// mail.smtp_unreachable: the healthy capture predates the smtp section, so it has no such
// finding at all (not collected, not unknown); each row inserts one real output of the
// section (tests/fixtures/probes/sections/debian-12-container/smtp--*.txt, the script run
// against loopback mail servers) and checks the finding it gives.
void TestRulesFire::smtp_data()
{
    QTest::addColumn<QString>("capture");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("error"); // the evidence "error", or the unknown reason's start
    QTest::newRow("closed port") << QStringLiteral("refused") << QStringLiteral("warning")
                                 << QStringLiteral("127.0.0.1:2599") << QStringLiteral("Connection refused");
    QTest::newRow("name unknown") << QStringLiteral("name-unknown") << QStringLiteral("warning")
                                  << QStringLiteral("smtp.nosuch.invalid:587") << QStringLiteral("Name or service not known");
    QTest::newRow("packets dropped") << QStringLiteral("dropped") << QStringLiteral("warning")
                                     << QStringLiteral("127.0.0.1:2590") << QStringLiteral("no answer in 6 s");
    QTest::newRow("no greeting") << QStringLiteral("no-greeting") << QStringLiteral("warning")
                                 << QStringLiteral("localhost:2589") << QStringLiteral("no answer in 6 s");
    QTest::newRow("self-signed") << QStringLiteral("starttls-self-signed") << QStringLiteral("warning")
                                 << QStringLiteral("localhost:2587") << QStringLiteral("certificate: self-signed certificate");
    QTest::newRow("STARTTLS required, not offered")
        << QStringLiteral("starttls-always-not-offered") << QStringLiteral("warning") << QStringLiteral("localhost:2588")
        << QStringLiteral("STARTTLS not offered");
    QTest::newRow("TLS on a plain port") << QStringLiteral("tls-on-plain-port") << QStringLiteral("warning")
                                         << QStringLiteral("localhost:2588") << QStringLiteral("wrong version number");
    QTest::newRow("bad port") << QStringLiteral("bad-port") << QStringLiteral("warning") << QString()
                              << QStringLiteral("bad-port");
    QTest::newRow("STARTTLS ok") << QStringLiteral("starttls-ok") << QStringLiteral("ok")
                                 << QStringLiteral("localhost:2587") << QString();
    QTest::newRow("TLS ok") << QStringLiteral("tls-ok") << QStringLiteral("ok") << QStringLiteral("localhost:24650")
                            << QString();
    QTest::newRow("auto, no STARTTLS offered") << QStringLiteral("starttls-not-offered") << QStringLiteral("ok")
                                               << QStringLiteral("localhost:2588") << QString();
    QTest::newRow("plain by choice") << QStringLiteral("plain") << QStringLiteral("ok")
                                     << QStringLiteral("localhost:2588") << QString();
    QTest::newRow("not configured") << QStringLiteral("not-configured") << QStringLiteral("unknown") << QString()
                                    << QStringLiteral("no mail server is set up");
    // docker: a compose service as SMTP_SERVER resolves only inside the containers.
    QTest::newRow("compose service name") << QStringLiteral("container-name") << QStringLiteral("unknown") << QString()
                                          << QStringLiteral("the mail server smtp is a name that only Mastodon's containers know");
    QTest::newRow("sendmail") << QStringLiteral("other-delivery") << QStringLiteral("unknown") << QString()
                              << QStringLiteral("Mastodon hands its mail to sendmail");
}

void TestRulesFire::smtp()
{
    QFETCH(QString, capture);
    QFETCH(QString, severity);
    QFETCH(QString, subject);
    QFETCH(QString, error);
    const QString id = QStringLiteral("mail.smtp_unreachable");
    QVERIFY2(ProbeOutputEdit::withId(m_healthyFindings, id).isEmpty(), qPrintable(describe(m_healthyFindings)));

    QFile file(QStringLiteral(HOSHU_FIXTURES_DIR "/probes/sections/debian-12-container/smtp--") + capture
               + QStringLiteral(".txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString body = QString::fromUtf8(file.readAll());
    const Snapshot snap = build(ProbeOutputEdit::insertSection(m_healthy, QStringLiteral("smtp"), body,
                                                              QStringLiteral("detect")));
    QVERIFY2(snap.parseErrors.isEmpty(), qPrintable(QStringList(snap.parseErrors.keys()).join(QLatin1Char(','))));
    const QList<Finding> findings = Checker::evaluate(snap);
    const QList<Finding> fs = ProbeOutputEdit::withId(findings, id);
    QVERIFY2(fs.size() == 1, qPrintable(describe(fs)));
    const Finding &f = fs.constFirst();
    QCOMPARE(SeverityInfo::id(f.severity), severity);
    QCOMPARE(f.subject, subject);
    if (severity == QLatin1String("unknown")) {
        QVERIFY2(f.message().contains(error), qPrintable(f.message()));
        return;
    }
    QCOMPARE(f.evidence.value(QStringLiteral("error")).toString(), error);
    if (severity == QLatin1String("ok")) {
        QVERIFY(!f.message().isEmpty());
        return;
    }
    QVERIFY2(f.message().contains(subject), qPrintable(f.message()));
    verifyReadable(findings, f);
    QCOMPARE(f.remedy.kind, FindingRemedy::Kind::Manual);
    // The rest of the checklist is the healthy one: the section spills onto nothing else.
    QCOMPARE(findings.size(), m_healthyFindings.size() + 1);
}

QTEST_GUILESS_MAIN(TestRulesFire)
#include "test_rules_fire.moc"

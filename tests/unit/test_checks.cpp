// The rules over real probe outputs of the test hosts (tests/fixtures/probes/snapshots):
// each scenario gives exactly its expected problems, the healthy host none; plus the
// pure rules that need data from elsewhere (history, releases, dates the user enters).
#include "backups/DrillLine.h"
#include "checks/BackupRules.h"
#include "checks/Checker.h"
#include "checks/ConnectionRule.h"
#include "checks/DiskProjection.h"
#include "checks/MastodonUpdateRule.h"
#include "checks/RenewalRule.h"
#include "checks/SidekiqRules.h"
#include "cli/CheckCommand.h"
#include "probes/SnapshotBuilder.h"

#include "FixtureSnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#ifndef HOSHU_FIXTURES_DIR
#error HOSHU_FIXTURES_DIR must be defined by the build
#endif

namespace {
// "severity id subject" of every finding that is not ok, sorted.
QStringList problems(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Ok)
            out << QStringLiteral("%1 %2 %3").arg(SeverityInfo::id(f.severity), f.id, f.subject).trimmed();
    }
    out.sort();
    return out;
}

QList<DiskProjection::Point> line(qint64 start, qint64 perDay, int days)
{
    QList<DiskProjection::Point> pts;
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1795300000, QTimeZone::utc());
    for (int d = 0; d <= days; ++d)
        pts << DiskProjection::Point{t0.addDays(d), start + perDay * d};
    return pts;
}
// What the probe adds for a backup directory whose newest dump pg_restore reads and whose
// restore drill passed an hour ago (the drill line as a test host recorded it).
void readAndDrilled(Snapshot &snap, const QString &newest)
{
    FileList &backups = snap.backups;
    backups.check = {newest, QStringLiteral("ok"), {}};
    backups.lastPassedDrill.at = snap.serverNow().addSecs(-3600);
    backups.lastPassedDrill.line = QStringLiteral("hoshu-drill: result=pass accounts=23/23 statuses=68/66 "
                                                  "media_attachments=27/27 users=5/5 reason=ok source=") + newest;
    backups.lastDrill = backups.lastPassedDrill;
}
} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void healthyFastTierHasNoProblem();
    void everyFindingHasATitleAndMessage();
    void unreadableSectionsGiveUnknown();
    void thresholdsAreConfigurable();
    void sidekiqQueueFlags();
    void fullSoon();
    void updateAvailable();
    void updateAvailableIsNeverSilentlyAbsent_data();
    void updateAvailableIsNeverSilentlyAbsent();
    void dockerChecksTheHostsOwnUnits();
    void seed003DbbackupLayoutIsABackup();
    void bundleIsABackup();
    void backupReadingAndDrills();
    void offsiteCopies();
    void renewals();
    void connectionFailed();
    void cliJsonAndExitCode();
};

void TestChecks::scenarios_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("expected");
    // A well-kept host: a week of daily backups, Mastodon up to date (its own check found nothing).
    QTest::newRow("healthy") << QStringLiteral("debian-12-testhost-2026-12-03-healthy") << QStringList();
    QTest::newRow("big-journal+stray-dumps+backup-truncated")
        << QStringLiteral("debian-12-testhost-2026-12-03-big-journal+stray-dumps+backup-truncated")
        << QStringList{QStringLiteral("warning backup.never_restored"),
                       QStringLiteral("warning backup.shrunk /var/backups/mastodon/mastodon_production-20261202.dump"),
                       // backup-truncated cuts the dump within pg_dump's table of contents:
                       // pg_restore --list says "could not read from input file: end of file".
                       QStringLiteral("warning backup.unreadable /var/backups/mastodon/mastodon_production-20261202.dump"),
                       QStringLiteral("warning disk.journal_large journal"),
                       QStringLiteral("warning disk.stray_dumps")};
    QTest::newRow("pg-wal-large+disk-nearly-full+cert-served-stale+pending-updates+mastodon-update-available")
        << QStringLiteral("debian-12-testhost-2026-12-03-pg-wal-large+disk-nearly-full+cert-served-stale+pending-updates+mastodon-update-available")
        << QStringList{QStringLiteral("critical disk.usage_high /home/mastodon/live/public/system"),
                       // 4.3.3 is marked urgent in the server's software_updates table.
                       QStringLiteral("critical mastodon.update_available 4.3.2"),
                       // No drill ran on this host (the healthy one had one).
                       QStringLiteral("warning backup.never_restored"),
                       QStringLiteral("warning cert.served_stale pr3.test"),
                       QStringLiteral("warning disk.media_cache_large /home/mastodon/live/public/system/cache"),
                       QStringLiteral("warning disk.pg_wal_large /var/lib/postgresql/15/main/pg_wal"),
                       QStringLiteral("warning system.updates_pending apt")};
    QTest::newRow("services-stopped+cert-expiring+no-renewal-timer+sidekiq-no-scheduler+backup-old")
        << QStringLiteral("debian-12-testhost-2026-12-03-services-stopped+cert-expiring+no-renewal-timer+sidekiq-no-scheduler+backup-old")
        << QStringList{QStringLiteral("critical backup.stale /var/backups/mastodon/mastodon_production-20261124.dump"),
                       QStringLiteral("critical cert.expiring pr4.test"),
                       QStringLiteral("critical service.inactive mastodon-sidekiq.service"),
                       QStringLiteral("critical service.inactive mastodon-streaming.service"),
                       QStringLiteral("critical service.inactive mastodon-streaming@4000.service"),
                       QStringLiteral("critical service.inactive mastodon-web.service"),
                       QStringLiteral("critical sidekiq.scheduler_missing mastodon-sidekiq.service"),
                       QStringLiteral("warning backup.never_restored"),
                       QStringLiteral("warning cert.renewal_not_scheduled")};
}

void TestChecks::scenarios()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, expected);
    const Snapshot snap = FixtureSnapshot::load(fixture);
    QVERIFY2(snap.parseErrors.isEmpty(), qPrintable(QStringList(snap.parseErrors.keys()).join(QLatin1Char(','))));
    QCOMPARE(problems(Checker::evaluate(snap)), expected);
}

void TestChecks::healthyFastTierHasNoProblem()
{
    const Snapshot snap = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-healthy"), ProbeScript::Tier::Fast);
    const QList<Finding> findings = Checker::evaluate(snap);
    QCOMPARE(problems(findings), QStringList());
    QVERIFY(findings.size() >= 20); // the checklist itself is there, all green
    QCOMPARE(Finding::worst(findings), Severity::Ok);
}

void TestChecks::everyFindingHasATitleAndMessage()
{
    const QStringList all = {QStringLiteral("debian-12-testhost-healthy"),
                             QStringLiteral("debian-12-testhost-big-journal+stray-dumps+backup-truncated"),
                             QStringLiteral("debian-12-testhost-pg-wal-large+disk-nearly-full+cert-served-stale+pending-updates+mastodon-update-available"),
                             QStringLiteral("debian-12-testhost-services-stopped+cert-expiring+no-renewal-timer+sidekiq-no-scheduler+backup-old")};
    QSet<QString> ids;
    for (const QString &name : all) {
        const QList<Finding> findings = Checker::evaluate(FixtureSnapshot::load(name));
        for (const Finding &f : findings) {
            ids.insert(f.id);
            QVERIFY2(f.title() != f.id, qPrintable(f.id));
            static const QRegularExpression placeholder(QStringLiteral("%\\d"));
            QVERIFY2(f.message() != f.id && !f.message().contains(placeholder), qPrintable(f.id + f.message()));
        }
    }
    QVERIFY2(ids.size() >= 23, qPrintable(QStringList(ids.values()).join(QLatin1Char(' '))));
}

void TestChecks::unreadableSectionsGiveUnknown()
{
    // A probe cut short after its header: everything it did not print is unknown, never ok.
    const QByteArray out = "@@hoshu-N section probe\nprobe_version=1\nnow=1795326379\n@@hoshu-N exit 0\n"
                           "@@hoshu-N section df\nFilesystem Type 1-blocks\n";
    SnapshotBuilder::Meta meta;
    const Snapshot snap = SnapshotBuilder::build(out, QStringLiteral("N"), meta);
    const QList<Finding> findings = Checker::evaluate(snap);
    QVERIFY(!findings.isEmpty());
    for (const Finding &f : findings)
        QVERIFY2(f.severity == Severity::Unknown, qPrintable(f.id));
    QCOMPARE(Finding::worst(findings), Severity::Unknown);
    QVERIFY(snap.parseErrors.value(QStringLiteral("df")).contains(QLatin1String("cut short")));
}

void TestChecks::thresholdsAreConfigurable()
{
    const Thresholds th = Thresholds::fromJson(QJsonObject{{QStringLiteral("diskWarnPercent"), 15},
                                                           {QStringLiteral("bogus"), 1},
                                                           {QStringLiteral("journalWarnBytes"), -5}});
    QCOMPARE(th.diskWarnPercent, 15);
    QCOMPARE(th.journalWarnBytes, Thresholds().journalWarnBytes); // negative ignored
    QCOMPARE(Thresholds::fromJson(Thresholds().toJson()).toJson(), Thresholds().toJson());
    Checker::Inputs in;
    in.thresholds = th;
    QVERIFY(problems(Checker::evaluate(FixtureSnapshot::load(QStringLiteral("debian-12-testhost-healthy")), in))
                .contains(QStringLiteral("warning disk.usage_high /")));
}

void TestChecks::sidekiqQueueFlags()
{
    QCOMPARE(SidekiqRules::queuesOf({QStringLiteral("bundle"), QStringLiteral("exec"), QStringLiteral("sidekiq"),
                                     QStringLiteral("-c"), QStringLiteral("25")}),
             QStringList());
    QCOMPARE(SidekiqRules::queuesOf({QStringLiteral("sidekiq"), QStringLiteral("-q"), QStringLiteral("default,8"),
                                     QStringLiteral("--queue=scheduler"), QStringLiteral("-qpush")}),
             (QStringList{QStringLiteral("default"), QStringLiteral("scheduler"), QStringLiteral("push")}));
}

void TestChecks::fullSoon()
{
    const qint64 size = 100LL << 30;
    // 10 GiB free, 1 GiB a day: full in ~10 days -> warning.
    auto pts = line(80LL << 30, 1LL << 30, 10);
    const QDateTime now = pts.constLast().time;
    const auto at = DiskProjection::fullAt(pts, size);
    QVERIFY(at);
    QCOMPARE(now.daysTo(*at), 10);
    auto f = DiskProjection::evaluate(QStringLiteral("/"), pts, size, now, Thresholds());
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::Warning);
    QCOMPARE(f->evidence.value(QStringLiteral("days")).toLongLong(), 10);
    // 2 GiB a day: 5 days; 5 GiB a day: 2 days -> critical.
    pts = line(70LL << 30, 5LL << 30, 6);
    QCOMPARE(DiskProjection::evaluate(QStringLiteral("/"), pts, size, pts.constLast().time, Thresholds())->severity,
             Severity::Critical);
    // Flat or shrinking: never full; slow growth: beyond the horizon.
    pts = line(50LL << 30, -(1LL << 28), 10);
    QVERIFY(!DiskProjection::fullAt(pts, size));
    QCOMPARE(DiskProjection::evaluate(QStringLiteral("/"), pts, size, now, Thresholds())->severity, Severity::Ok);
    pts = line(10LL << 30, 1LL << 20, 10);
    QCOMPARE(DiskProjection::evaluate(QStringLiteral("/"), pts, size, now, Thresholds())->severity, Severity::Ok);
    // Too little history says nothing.
    QVERIFY(!DiskProjection::evaluate(QStringLiteral("/"), line(1, 1, 1), size, now, Thresholds()));
    QVERIFY(!DiskProjection::fullAt({{now, 1}, {now.addSecs(60), 2}, {now.addSecs(120), 3}}, size));
}

void TestChecks::updateAvailable()
{
    const MastodonVersion v432 = MastodonVersionParser::fromTag(QStringLiteral("v4.3.2"), QStringLiteral("test"));
    const QStringList releases = {QStringLiteral("v4.2.14"), QStringLiteral("v4.3.0"), QStringLiteral("v4.3.2"),
                                  QStringLiteral("v4.3.3"), QStringLiteral("v4.4.0-rc.1")};
    Finding f = MastodonUpdateRule::evaluate(v432, releases);
    QCOMPARE(f.severity, Severity::Warning);
    QCOMPARE(f.evidence.value(QStringLiteral("important")).toBool(), true); // patch release: important
    QCOMPARE(f.evidence.value(QStringLiteral("latestPatch")).toString(), QStringLiteral("4.3.3"));
    // Only a newer minor series (pre-releases ignored): still a warning, not "important".
    f = MastodonUpdateRule::evaluate(v432, {QStringLiteral("v4.3.2"), QStringLiteral("v4.4.0"), QStringLiteral("v4.5.0-beta.1")});
    QCOMPARE(f.severity, Severity::Warning);
    QCOMPARE(f.evidence.value(QStringLiteral("important")).toBool(), false);
    QCOMPARE(f.evidence.value(QStringLiteral("latest")).toString(), QStringLiteral("4.4.0"));
    QCOMPARE(MastodonUpdateRule::evaluate(v432, {QStringLiteral("v4.3.2"), QStringLiteral("v4.2.14")}).severity, Severity::Ok);
    // A release candidate is behind its final release.
    const MastodonVersion rc = MastodonVersionParser::fromTag(QStringLiteral("v4.4.0-rc.1"), QStringLiteral("test"));
    QCOMPARE(MastodonUpdateRule::evaluate(rc, {QStringLiteral("v4.4.0")}).evidence.value(QStringLiteral("important")).toBool(), true);
    MastodonVersion unknown;
    unknown.status = ParseStatus::bad(QStringLiteral("no version.rb"));
    QCOMPARE(MastodonUpdateRule::evaluate(unknown, releases).severity, Severity::Unknown);
}

void TestChecks::updateAvailableIsNeverSilentlyAbsent_data()
{
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<QString>("state"); // software-updates section; "-" = not collected
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("docker") << QStringLiteral("docker") << QStringLiteral("-") << QStringLiteral("docker compose");
    QTest::newRow("before 4.2") << QStringLiteral("systemd") << QStringLiteral("no-table") << QStringLiteral("before 4.2");
    QTest::newRow("remote database") << QStringLiteral("systemd") << QStringLiteral("remote-db")
                                     << QStringLiteral("another host");
    QTest::newRow("no psql") << QStringLiteral("systemd") << QStringLiteral("no-psql") << QStringLiteral("psql");
    QTest::newRow("check turned off") << QStringLiteral("systemd") << QStringLiteral("disabled")
                                      << QStringLiteral("UPDATE_CHECK_URL");
}

void TestChecks::updateAvailableIsNeverSilentlyAbsent()
{
    QFETCH(QString, deployment);
    QFETCH(QString, state);
    QFETCH(QString, reasonPart);
    Snapshot snap = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-healthy"));
    QVERIFY(snap.version.status.ok);
    snap.deployment = deployment;
    snap.softwareUpdates = SoftwareUpdates();
    if (state != QLatin1String("-")) {
        snap.softwareUpdates.status = ParseStatus::good();
        snap.softwareUpdates.state = state;
    }
    QList<Finding> update;
    for (const Finding &f : Checker::evaluate(snap)) {
        if (f.id == QLatin1String("mastodon.update_available"))
            update << f;
    }
    // It was missing from the findings: the admin could not tell "up to date" from "nobody looked".
    QCOMPARE(update.size(), 1);
    QCOMPARE(update.constFirst().severity, Severity::Unknown);
    QVERIFY2(update.constFirst().message().contains(reasonPart), qPrintable(update.constFirst().message()));
}

void TestChecks::dockerChecksTheHostsOwnUnits()
{
    Snapshot snap = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-healthy"));
    snap.deployment = QStringLiteral("docker");
    snap.compose.status = ParseStatus::good();
    snap.compose.services = {{QStringLiteral("web"), QStringLiteral("mastodon-web-1"), QStringLiteral("running"),
                              QString(), QStringLiteral("Up 2 hours"), QStringLiteral("ghcr.io/mastodon/mastodon"), 0}};
    bool sawNginx = false;
    for (SystemdUnit &u : snap.units.units) {
        if (u.id == QLatin1String("nginx.service")) {
            u.activeState = QStringLiteral("failed");
            u.subState = QStringLiteral("failed");
            sawNginx = true;
        }
    }
    QVERIFY(sawNginx);
    const QStringList p = problems(Checker::evaluate(snap));
    // Before, a docker server's checks stopped at the containers.
    QVERIFY2(p.contains(QStringLiteral("critical service.inactive nginx.service")), qPrintable(p.join(QLatin1Char('|'))));
    // The native units of the fixture are not how a docker server runs Mastodon.
    for (const QString &line : p)
        QVERIFY2(!line.contains(QLatin1String("mastodon-")), qPrintable(line));
}

void TestChecks::seed003DbbackupLayoutIsABackup()
{
    // A widely copied guide: `su - mastodon; mkdir dbbackup; pg_dump ... > prefix.DATE.pgdump`.
    Snapshot snap = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-healthy"));
    const QString dir = QStringLiteral("/home/mastodon/dbbackup");
    FileEntry dump;
    dump.path = dir + QStringLiteral("/prefix.20261201_030001.pgdump");
    dump.sizeBytes = 48LL << 20;
    dump.modified = snap.serverNow().addSecs(-3600);
    snap.dumps = FileList();
    snap.dumps.status = ParseStatus::good();
    snap.dumps.files = {dump};
    // The probe's usual places include it (resources/probes/lib.sh BACKUP_DIRS_USUAL).
    QFile lib(QStringLiteral(":/probes/lib.sh"));
    QVERIFY(lib.open(QIODevice::ReadOnly));
    const QByteArray script = lib.readAll();
    const int usual = int(script.indexOf("BACKUP_DIRS_USUAL=\""));
    QVERIFY(usual > 0 && script.mid(usual, script.indexOf('\n', usual) - usual).contains(dir.toUtf8()));
    snap.backups = FileList();
    snap.backups.status = ParseStatus::good();
    snap.backups.searched = {dir};
    snap.backups.dirs = {dir};
    dump.dir = dir;
    snap.backups.files = {dump};
    readAndDrilled(snap, dump.path);
    const QStringList p = problems(Checker::evaluate(snap));
    // Before: backup.missing plus disk.stray_dumps for the very backups.
    for (const QString &line : p) {
        QVERIFY2(!line.contains(QLatin1String("disk.stray_dumps")) && !line.contains(QLatin1String("backup.")),
                 qPrintable(p.join(QLatin1Char('|'))));
    }
    // A dump lying in a home directory is still a stray.
    FileEntry stray = dump;
    stray.path = QStringLiteral("/home/mastodon/mastodon.sql");
    snap.dumps.files << stray;
    QVERIFY(problems(Checker::evaluate(snap)).contains(QStringLiteral("warning disk.stray_dumps")));
}

// backup.bundle's tar counts as a backup; its .sha256 beside it and a bundle still being
// staged (DIR/.NAME.tmp/...) do not.
void TestChecks::bundleIsABackup()
{
    Snapshot snap = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-healthy"));
    const QString dir = QStringLiteral("/var/backups/mastodon");
    const auto file = [&](const QString &name, qint64 bytes, qint64 ageSecs) {
        FileEntry f;
        f.path = dir + QLatin1Char('/') + name;
        f.sizeBytes = bytes;
        f.modified = snap.serverNow().addSecs(-ageSecs);
        f.dir = dir;
        return f;
    };
    const QString name = QStringLiteral("mastodon-bundle-e2e-bak-1-20261202T031000Z");
    const FileEntry oldDump = file(QStringLiteral("mastodon_production-20261120.dump"), 40LL << 20, 12 * 86400);
    const FileEntry tar = file(name + QStringLiteral(".tar"), 60LL << 20, 3600);
    const FileEntry sum = file(name + QStringLiteral(".tar.sha256"), 110, 3590);
    const FileEntry staged = file(QStringLiteral(".mastodon-bundle-e2e-bak-1-20261202T041000Z.tmp/mastodon-bundle-e2e-bak-1-20261202T041000Z/database.dump"),
                                  1 << 20, 60);
    snap.backups = FileList();
    snap.backups.status = ParseStatus::good();
    snap.backups.searched = {dir};
    snap.backups.dirs = {dir};
    snap.backups.files = {oldDump, tar, sum, staged};
    readAndDrilled(snap, tar.path);
    const QList<Finding> all = Checker::evaluate(snap);
    const QStringList p = problems(all);
    for (const QString &line : p)
        QVERIFY2(!line.contains(QLatin1String("backup.")), qPrintable(p.join(QLatin1Char('|'))));
    bool seen = false;
    for (const Finding &f : all) {
        if (f.id == QLatin1String("backup.stale")) {
            QCOMPARE(f.subject, tar.path);
            seen = true;
        }
    }
    QVERIFY(seen);
    QVERIFY(BackupRules::isBackupFile(tar));
    QVERIFY(!BackupRules::isBackupFile(sum));
    QVERIFY(!BackupRules::isBackupFile(staged));

    // Only the old dump, the checksum and a bundle being made: the old dump is the newest backup.
    snap.backups.files = {oldDump, sum, staged};
    QVERIFY2(problems(Checker::evaluate(snap)).contains(QStringLiteral("critical backup.stale ") + oldDump.path),
             qPrintable(problems(Checker::evaluate(snap)).join(QLatin1Char('|'))));
    // Nothing but those: no backup at all.
    snap.backups.files = {sum, staged};
    QVERIFY2(problems(Checker::evaluate(snap)).contains(QStringLiteral("warning backup.missing")),
             qPrintable(problems(Checker::evaluate(snap)).join(QLatin1Char('|'))));
}

// backup.unreadable from the probe's reading of the newest dump; backup.never_restored from
// what backup.drill recorded: a pass within drillMaxAgeDays, else a warning naming the last failure.
void TestChecks::backupReadingAndDrills()
{
    const auto find = [](const Snapshot &snap, const QString &id) {
        for (const Finding &f : Checker::evaluate(snap)) {
            if (f.id == id)
                return f;
        }
        return Finding();
    };
    Snapshot snap = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-2026-12-03-healthy"));
    const QString unreadable = QStringLiteral("backup.unreadable");
    const QString drilled = QStringLiteral("backup.never_restored");
    QCOMPARE(find(snap, unreadable).severity, Severity::Ok);
    Finding f = find(snap, drilled);
    QCOMPARE(f.severity, Severity::Ok);
    QCOMPARE(f.evidence.value(QStringLiteral("ageDays")).toLongLong(), 0);

    // An older pg_restore than the dump, or none: unknown with the reason, never a verdict.
    snap.backups.check.status = QStringLiteral("old_pg_restore");
    f = find(snap, unreadable);
    QCOMPARE(f.severity, Severity::Unknown);
    QVERIFY(f.evidence.value(QStringLiteral("reason")).toString().contains(QLatin1String("older")));
    snap.backups.check = {};
    QCOMPARE(find(snap, unreadable).severity, Severity::Unknown);
    snap.backups.check = {QStringLiteral("/var/backups/mastodon/x.sql.gz"), QStringLiteral("begins"), {}};
    QCOMPARE(find(snap, unreadable).severity, Severity::Ok);

    // The last pass 91 days ago, and a failed drill since: warning, with the failure's reason.
    const QDateTime now = snap.serverNow();
    snap.backups.lastPassedDrill.at = now.addDays(-91);
    snap.backups.lastDrill.at = now.addDays(-2);
    snap.backups.lastDrill.line = QStringLiteral("hoshu-drill: result=fail accounts=23/23 statuses=-/- media_attachments=-/- "
                                                 "users=-/- reason=pg_restore source=/var/backups/mastodon/a.dump");
    f = find(snap, drilled);
    QCOMPARE(f.severity, Severity::Warning);
    QCOMPARE(f.evidence.value(QStringLiteral("ageDays")).toLongLong(), 91);
    QCOMPARE(f.evidence.value(QStringLiteral("lastReason")).toString(), QStringLiteral("pg_restore"));
    QVERIFY2(f.message().contains(DrillLine::reasonText(QStringLiteral("pg_restore"))), qPrintable(f.message()));
    snap.backups.lastPassedDrill.at = now.addDays(-90);
    QCOMPARE(find(snap, drilled).severity, Severity::Ok);

    // A record that is not backup.drill's exact line counts as no drill at all.
    snap.backups.lastPassedDrill.line = QStringLiteral("hoshu-drill: result=pass");
    QCOMPARE(find(snap, drilled).severity, Severity::Warning);
    QVERIFY(!find(snap, drilled).evidence.contains(QStringLiteral("lastPassed")));
}

// backup.no_offsite_copy: a server with backups and no copy of them on this computer newer
// than offsiteMaxAgeDays; judged only when the copies were looked at and the backups listed.
void TestChecks::offsiteCopies()
{
    const Snapshot snap = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-2026-12-03-healthy"));
    QVERIFY(!snap.backups.files.isEmpty());
    const auto offsite = [&snap](const QDateTime &newest, const Thresholds &th = Thresholds()) {
        Checker::Inputs in;
        in.thresholds = th;
        in.offsiteCopiesLooked = true;
        in.serverName = QStringLiteral("web1");
        in.offsiteFolder = QStringLiteral("/home/u/.local/share/hoshu/backups/web1");
        in.newestOffsiteCopy = newest;
        for (const Finding &f : Checker::evaluate(snap, in)) {
            if (f.id == QLatin1String("backup.no_offsite_copy"))
                return f;
        }
        return Finding();
    };
    Finding f = offsite({});
    QCOMPARE(f.severity, Severity::Warning);
    QCOMPARE(f.subject, QStringLiteral("web1"));
    QVERIFY2(f.message().contains(QStringLiteral("/home/u/.local/share/hoshu/backups/web1")), qPrintable(f.message()));
    QCOMPARE(f.remedy.kind, FindingRemedy::Kind::Manual);
    QVERIFY(f.remedy.copiesHere);
    QVERIFY2(f.remedy.manualSteps.contains(QStringLiteral("hoshu-cli backup web1 --newest --download")),
             qPrintable(f.remedy.manualSteps));

    const QDateTime now = snap.serverNow();
    f = offsite(now.addDays(-8));
    QCOMPARE(f.severity, Severity::Warning);
    QCOMPARE(f.evidence.value(QStringLiteral("ageDays")).toLongLong(), 8);
    QCOMPARE(offsite(now.addDays(-7)).severity, Severity::Ok);
    QCOMPARE(offsite(now.addSecs(-3600)).evidence.value(QStringLiteral("ageDays")).toLongLong(), 0);

    Thresholds off;
    off.offsiteMaxAgeDays = 0; // the user copies them elsewhere: not checked
    QVERIFY(offsite({}, off).id.isEmpty());
    // Not looked at (a monitor without a copies folder): no verdict either way.
    for (const Finding &g : Checker::evaluate(snap))
        QVERIFY(g.id != QLatin1String("backup.no_offsite_copy"));
    // No backups at all: backup.missing speaks, not this one.
    Snapshot empty = snap;
    empty.backups.files.clear();
    Checker::Inputs in;
    in.offsiteCopiesLooked = true;
    for (const Finding &g : Checker::evaluate(empty, in))
        QVERIFY(g.id != QLatin1String("backup.no_offsite_copy"));
}

void TestChecks::renewals()
{
    const QJsonObject extra = QJsonDocument::fromJson(R"({"renewals": [
        {"what": "VPS rent", "due": "2026-12-31"},
        {"what": "domain example.social", "due": "2026-12-10"},
        {"what": "credit card", "due": "2026-11-25"},
        {"what": "old domain", "due": "2026-11-01"},
        {"what": "typo", "due": "2026-13-01"}]})").object();
    const QList<Finding> f = RenewalRule::evaluate(extra, QDate(2026, 11, 22), Thresholds());
    QCOMPARE(f.size(), 5);
    QCOMPARE(f.at(0).severity, Severity::Ok);
    QCOMPARE(f.at(1).severity, Severity::Warning);
    QCOMPARE(f.at(2).severity, Severity::Critical);
    QCOMPARE(f.at(3).severity, Severity::Critical);
    QCOMPARE(f.at(3).evidence.value(QStringLiteral("days")).toLongLong(), -21);
    QCOMPARE(f.at(4).severity, Severity::Unknown);
    QVERIFY(RenewalRule::evaluate({}, QDate(2026, 11, 22), Thresholds()).isEmpty());
    for (const Finding &x : f)
        QCOMPARE(x.id, QStringLiteral("renewal.due"));
}

void TestChecks::connectionFailed()
{
    const Finding f = ConnectionRule::fromError(SshError(SshError::Kind::ConnectionRefused, QStringLiteral("refused")));
    QCOMPARE(f.id, QStringLiteral("connection.failed"));
    QCOMPARE(f.severity, Severity::Unknown);
    QCOMPARE(f.evidence.value(QStringLiteral("kind")).toString(), QStringLiteral("ConnectionRefused"));
    QVERIFY(!f.message().isEmpty());
}

void TestChecks::cliJsonAndExitCode()
{
    CheckCommand::Result healthy;
    healthy.profile.name = QStringLiteral("a");
    healthy.reached = true;
    healthy.snapshot = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-2026-12-03-healthy"), ProbeScript::Tier::Fast);
    healthy.findings = Checker::evaluate(healthy.snapshot);
    QCOMPARE(CheckCommand::exitCodeFor({healthy}), 0);

    CheckCommand::Result broken = healthy;
    broken.profile.name = QStringLiteral("b");
    broken.snapshot = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-2026-12-03-big-journal+stray-dumps+backup-truncated"));
    broken.findings = Checker::evaluate(broken.snapshot);
    QCOMPARE(CheckCommand::exitCodeFor({healthy, broken}), 1);

    CheckCommand::Result down;
    down.profile.name = QStringLiteral("c");
    down.findings = {ConnectionRule::fromError(SshError(SshError::Kind::Timeout))};
    QCOMPARE(CheckCommand::exitCodeFor({healthy, broken, down}), 3);
    CheckCommand::Result crit = healthy;
    crit.snapshot = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-2026-12-03-services-stopped+cert-expiring+no-renewal-timer+sidekiq-no-scheduler+backup-old"));
    crit.findings = Checker::evaluate(crit.snapshot);
    QCOMPARE(CheckCommand::exitCodeFor({healthy, down, crit}), 2);

    const QJsonObject json = CheckCommand::toJson({healthy, broken});
    QCOMPARE(json.value(QStringLiteral("worst")).toString(), QStringLiteral("warning"));
    const QJsonObject b = json.value(QStringLiteral("servers")).toArray().at(1).toObject();
    QCOMPARE(b.value(QStringLiteral("timestamp")).toString(), broken.snapshot.takenAt.toString(Qt::ISODate));
    QCOMPARE(b.value(QStringLiteral("serverTime")).toString(), QStringLiteral("2026-12-03T09:30:18Z"));
    bool sawShrunk = false;
    for (const QJsonValue &v : b.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        for (const char *key : {"id", "severity", "subject", "message", "evidence", "fixActionId"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        if (f.value(QStringLiteral("id")).toString() == QLatin1String("backup.shrunk")) {
            sawShrunk = true;
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
            QCOMPARE(f.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("bytes")).toInt(), 10462);
        }
    }
    QVERIFY(sawShrunk);
    QVERIFY(CheckCommand::toText({broken}, false).contains(QLatin1String("[WARN]")));
}

QTEST_GUILESS_MAIN(TestChecks)
#include "test_checks.moc"

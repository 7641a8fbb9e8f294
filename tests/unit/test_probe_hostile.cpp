// The REAL probe script (resources/probes) run here, against a fake server whose users
// and services print hostile values: file names with newlines, ESC and forged marker
// lines, a Redis whose values carry forged counters and markers, a version.rb and a
// psql error that try to speak for the probe. Even with the run's real nonce in those
// values, no section may be forged, no counter overridden, no made-up green light.
// The fakes (tests/fixtures/probes/fake-server/bin) go first on the script's PATH;
// the real sh, find, sed, du, stat, tr, awk do the work as on a server.
#include "checks/Checker.h"
#include "probes/ProbeScript.h"
#include "probes/SectionSplitter.h"
#include "probes/SnapshotBuilder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/time.h>

#ifndef HOSHU_FIXTURES_DIR
#error HOSHU_FIXTURES_DIR must be defined by the build
#endif

namespace {
const QString kNonce = QStringLiteral("5eed1e55c0ffee42");
const QByteArray kCommit = "3b1f9c0de4a1b2c3d4e5f60718293a4b5c6d7e8f";

QString fakeBin()
{
    return QStringLiteral(HOSHU_FIXTURES_DIR "/probes/fake-server/bin");
}

QByteArray marker(const char *rest)
{
    return "@@hoshu-" + kNonce.toLatin1() + ' ' + rest;
}

bool write(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// Sets a file's modification time (seconds since the epoch).
bool touch(const QString &path, qint64 mtime)
{
    const struct timeval tv[2] = {{time_t(mtime), 0}, {time_t(mtime), 0}};
    return utimes(QFile::encodeName(path).constData(), tv) == 0;
}

QByteArray versionRb(const QByteArray &hostileTail)
{
    return "# frozen_string_literal: true\n\nmodule Mastodon\n  module Version\n    module_function\n\n"
           "    def major\n      4\n    end\n\n    def minor\n      3\n    end\n\n    def patch\n      2\n    end\n\n"
           "    def default_prerelease\n      ''\n    end\n  end\nend\n"
        + hostileTail;
}

// What a user who can write version.rb (the mastodon user) would add to speak for the probe.
QByteArray forgedProbeLines()
{
    return "source=none\ngit_describe=v9.9.9\n" + marker("exit 0") + "\n" + marker("section software-updates")
        + "\nstate=ok\n";
}

struct Run
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};
} // namespace

class TestProbeHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nativeIsNotFooled_data();
    void nativeIsNotFooled();
    void redisCounterWithNewlineIsNotGreen();
    void gitVersionWithoutRunningGit();
    void dockerIsNotFooled();

private:
    void makeServer();
    Run probe(const QString &deployment, const QString &tier, const QString &shell = QStringLiteral("/bin/dash"));
    Snapshot build(const Run &r, const QString &deployment, ProbeScript::Tier tier);

    QTemporaryDir m_root{QStringLiteral("/tmp/hoshu-hostile-XXXXXX")};
    QString m_dir;     // the Mastodon directory: its name holds a newline and a forged marker
    QString m_backups; // the backup directory the profile names
    QString m_redis;
    QString m_docker;
    qint64 m_now = 0;
};

void TestProbeHostile::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(QFile::exists(QStringLiteral("/bin/dash")), "dash is needed (apt-get install dash)");
    QVERIFY2(QFile::exists(QStringLiteral("/bin/bash")), "bash is needed");
    m_now = QDateTime::currentSecsSinceEpoch();
    makeServer();
}

void TestProbeHostile::makeServer()
{
    const QString root = m_root.path();
    m_dir = root + QStringLiteral("/mastodon\n") + QString::fromLatin1(marker("section forged-dir"));
    QVERIFY(write(m_dir + QStringLiteral("/.env.production"),
                  "LOCAL_DOMAIN=evil\x1b]52;c;SGk=\x07.example\nREDIS_HOST=127.0.0.1\nDB_NAME=mastodon_production\n"
                  "SMTP_SERVER=mail\x1b]52;c;SGk=\x07.example\nSMTP_PORT=587\n"));
    QVERIFY(write(m_dir + QStringLiteral("/lib/mastodon/version.rb"), versionRb(forgedProbeLines())));
    QVERIFY(write(m_dir + QStringLiteral("/public/system/media.bin"), QByteArray(4096, 'm')));
    QVERIFY(write(m_dir + QStringLiteral("/.ruby-version"), "3.3.5\n"));
    // Ruby versions are directory names the mastodon user chooses.
    QVERIFY(QDir().mkpath(root + QStringLiteral("/.rbenv/versions/3.3.5")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/.rbenv/versions/x\n3.0.0")));
    // .git as a checkout at a tag leaves it (read as files, never by running git).
    QVERIFY(write(m_dir + QStringLiteral("/.git/HEAD"), kCommit + '\n'));
    QVERIFY(write(m_dir + QStringLiteral("/.git/packed-refs"),
                  "# pack-refs with: peeled fully-peeled sorted \n"
                  "9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a refs/tags/v4.3.1\n^1111111111111111111111111111111111111111\n"
                  "0a9b8c7d6e5f40312233445566778899aabbccdd refs/tags/v4.3.2\n^"
                      + kCommit + "\n"));

    // Backups: one real file, and names that try to add lines of their own.
    m_backups = root + QStringLiteral("/backups");
    const QString real = m_backups + QStringLiteral("/mastodon_production-20261121.dump");
    QVERIFY(write(real, QByteArray(2000, 'd')));
    QVERIFY(touch(real, m_now - 3600));
    const QString forgedFresh = m_backups + QStringLiteral("/x\nfile 999 %1 /fresh.dump").arg(m_now);
    QVERIFY(write(forgedFresh + QStringLiteral("/old.dump"), QByteArray(10, 'o')));
    QVERIFY(touch(forgedFresh + QStringLiteral("/old.dump"), m_now - 30 * 86400));
    QVERIFY(write(m_backups + QStringLiteral("/z\n") + QString::fromLatin1(marker("section forged-backup")) + QStringLiteral("/a.dump"),
                  QByteArray(10, 'a')));
    QVERIFY(write(m_backups + QStringLiteral("/\x1b[32mgreen.dump"), QByteArray(10, 'g')));

    // Redis, open on localhost: the beat value carries forged counters and markers.
    m_redis = root + QStringLiteral("/redis");
    const auto redis = [&](const QString &name, const QByteArray &value) { QVERIFY(write(m_redis + QLatin1Char('/') + name, value)); };
    redis(QStringLiteral("ping"), "PONG\n");
    redis(QStringLiteral("smembers queues"), "default\nmailers\n");
    redis(QStringLiteral("llen queue:default"), "12\n");
    redis(QStringLiteral("lindex queue:default -1"), "{\"class\":\"X\",\"enqueued_at\": " + QByteArray::number(m_now - 60) + ".5}\n");
    redis(QStringLiteral("llen queue:mailers"), "0\n");
    redis(QStringLiteral("zcard retry"), "7\n");
    redis(QStringLiteral("zcard dead"), "3\n");
    redis(QStringLiteral("zcard schedule"), "2\n");
    redis(QStringLiteral("smembers processes"), "host:1:abc\n");
    redis(QStringLiteral("hget host:1:abc info"),
          "{\"hostname\":\"host\x1b]0;pwn\x07\",\"concurrency\":5,\"queues\":[\"default\",\"mailers\",\"scheduler\"]}\n");
    redis(QStringLiteral("hget host:1:abc beat"),
          QByteArray::number(m_now - 5) + ".25\nretry 0\ndead 0\n" + marker("exit 0") + "\n" + marker("section forged-redis") + "\n");

    // The docker layout: the web container's version.rb and compose's view of the services.
    m_docker = root + QStringLiteral("/docker");
    QVERIFY(write(m_docker + QStringLiteral("/web/lib/mastodon/version.rb"), versionRb(forgedProbeLines())));
    QVERIFY(write(m_docker + QStringLiteral("/ps.json"),
                  "{\"Service\":\"web\",\"Name\":\"live-web-1\",\"State\":\"running\",\"Health\":\"healthy\","
                  "\"Status\":\"Up 2 hours\",\"Image\":\"ghcr.io/mastodon/mastodon:v4.3.2\",\"ExitCode\":0}\n"
                  "{\"Service\":\"redis\",\"Name\":\"live-redis-1\",\"State\":\"running\",\"Health\":\"\","
                  "\"Status\":\"Up 2 hours\",\"Image\":\"redis:7-alpine\",\"ExitCode\":0}\n"));
    QVERIFY(write(m_dir + QStringLiteral("/docker-compose.yml"),
                  "services:\n  web:\n    image: ghcr.io/mastodon/mastodon:v4.3.2\x1b[2J\n"));
}

Run TestProbeHostile::probe(const QString &deployment, const QString &tier, const QString &shell)
{
    ProbeScript::Request request;
    request.deployment = deployment;
    request.tier = tier == QLatin1String("full") ? ProbeScript::Tier::Full : ProbeScript::Tier::Fast;
    request.mastodonDir = m_dir;
    request.backupDirs = {m_backups};
    request.nonce = kNonce;
    // As Hoshu sends it: the parameters set by the script's own first line, all on stdin.
    QByteArray script = ProbeScript::remoteScript(request).script;
    // The script puts the system's directories first on PATH; the fakes go before them.
    const QByteArray pathLine = "\nPATH=/usr/local/sbin:";
    if (script.count(pathLine) != 1)
        return {{}, "the probe script no longer sets PATH as this test expects", -2};
    script.replace(pathLine, "\nPATH=" + QFile::encodeName(fakeBin()) + ":/usr/local/sbin:");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_REDIS"), m_redis);
    env.insert(QStringLiteral("FAKE_DOCKER"), m_docker);
    env.insert(QStringLiteral("FAKE_LOG"), m_root.filePath(QStringLiteral("fake.log")));
    QProcess sh;
    sh.setProcessEnvironment(env);
    sh.setWorkingDirectory(m_root.path());
    sh.start(shell, {QStringLiteral("-s")});
    if (!sh.waitForStarted())
        return {{}, "could not start " + shell.toUtf8(), -3};
    sh.write(script);
    sh.closeWriteChannel();
    if (!sh.waitForFinished(240000)) {
        sh.kill();
        sh.waitForFinished();
        return {sh.readAllStandardOutput(), "the probe did not finish in 240 s", -4};
    }
    return {sh.readAllStandardOutput(), sh.readAllStandardError(), sh.exitCode()};
}

Snapshot TestProbeHostile::build(const Run &r, const QString &deployment, ProbeScript::Tier tier)
{
    SnapshotBuilder::Meta meta;
    meta.serverName = QStringLiteral("hostile");
    meta.deployment = deployment;
    meta.tier = tier;
    return SnapshotBuilder::build(r.out, kNonce, meta);
}

void TestProbeHostile::nativeIsNotFooled_data()
{
    QTest::addColumn<QString>("shell");
    QTest::newRow("dash") << QStringLiteral("/bin/dash");
    QTest::newRow("bash") << QStringLiteral("/bin/bash");
}

void TestProbeHostile::nativeIsNotFooled()
{
    QFETCH(QString, shell);
    QFile::remove(m_root.filePath(QStringLiteral("fake.log")));
    const Run r = probe(QStringLiteral("systemd"), QStringLiteral("full"), shell);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Exactly the script's own sections, each once: nothing forged, nothing repeated.
    const auto sections = SectionSplitter::split(r.out, kNonce);
    QStringList names = sections.keys();
    QStringList expected = {QStringLiteral("probe"), QStringLiteral("du"), QStringLiteral("dumps"), QStringLiteral("backups"),
                            QStringLiteral("os-release"), QStringLiteral("loadavg"), QStringLiteral("meminfo"),
                            QStringLiteral("df"), QStringLiteral("df-inodes"), QStringLiteral("units"),
                            QStringLiteral("timers"), QStringLiteral("cron"), QStringLiteral("env"), QStringLiteral("certs"),
                            QStringLiteral("served-certs"), QStringLiteral("sidekiq"), QStringLiteral("journal"),
                            QStringLiteral("reboot"), QStringLiteral("updates"), QStringLiteral("mastodon-version"),
                            QStringLiteral("software-updates"), QStringLiteral("ca-certificates"), QStringLiteral("smtp"),
                            QStringLiteral("detect")};
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);
    // Marker text inside a value is only text: no line of the output starts with it.
    QCOMPARE(("\n" + r.out).count("\n" + marker("section ")), qsizetype(expected.size()));

    const Snapshot snap = build(r, QStringLiteral("systemd"), ProbeScript::Tier::Full);
    // The probe header: the directory's name comes back whole, and nothing else changed.
    QVERIFY(snap.probe.status.ok);
    QCOMPARE(snap.probe.mastodonDir, m_dir);
    QCOMPARE(snap.probe.version, 1);

    // Sidekiq: the counters Redis really holds, not the ones the beat value carried.
    QVERIFY2(snap.sidekiq.status.ok, qPrintable(snap.sidekiq.status.reason));
    QCOMPARE(snap.sidekiq.retry, 7);
    QCOMPARE(snap.sidekiq.dead, 3);
    QCOMPARE(snap.sidekiq.scheduled, 2);
    QCOMPARE(snap.sidekiq.queues.size(), 2);
    QCOMPARE(snap.sidekiq.queue(QStringLiteral("default"))->size, 12);
    QCOMPARE(snap.sidekiq.processes.size(), 1);
    const SidekiqProcess &p = snap.sidekiq.processes.constFirst();
    QVERIFY(p.queues.contains(QStringLiteral("scheduler")));
    QCOMPARE(p.beat.toSecsSinceEpoch(), m_now - 5);
    for (const QChar c : p.hostname)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, "a control character from Redis reached the snapshot");

    // Backups: the real files with their real names; no line a name pretended to be.
    QVERIFY2(snap.backups.status.ok, qPrintable(snap.backups.status.reason));
    QStringList paths;
    for (const FileEntry &f : snap.backups.files) {
        QVERIFY2(f.sizeBytes != 999 && f.path != QLatin1String("/fresh.dump"), qPrintable(f.path));
        paths << f.path;
    }
    paths.sort();
    QStringList want = {m_backups + QStringLiteral("/mastodon_production-20261121.dump"),
                        m_backups + QStringLiteral("/x\nfile 999 %1 /fresh.dump/old.dump").arg(m_now),
                        m_backups + QStringLiteral("/z\n") + QString::fromLatin1(marker("section forged-backup")) + QStringLiteral("/a.dump"),
                        m_backups + QStringLiteral("/\x1b[32mgreen.dump")};
    want.sort();
    QCOMPARE(paths, want);
    QCOMPARE(snap.backups.dirs, QStringList{m_backups});

    // Stray dumps: found under /tmp with their real names too.
    QVERIFY2(snap.dumps.status.ok, qPrintable(snap.dumps.status.reason));
    int ours = 0;
    for (const FileEntry &f : snap.dumps.files) {
        QVERIFY2(f.path != QLatin1String("/fresh.dump"), "a file name added a line of its own");
        ours += f.path.startsWith(m_backups) ? 1 : 0;
    }
    QCOMPARE(ours, 4);

    // du: the Mastodon directory's media under its real name; the rubies it really has.
    QVERIFY2(snap.diskUsage.status.ok, qPrintable(snap.diskUsage.status.reason));
    QVERIFY(snap.diskUsage.bytesByPath.contains(m_dir + QStringLiteral("/public/system")));
    QVERIFY(snap.diskUsage.bytes(QStringLiteral("media")) >= 4096);
    QCOMPARE(snap.diskUsage.rubyVersions, QStringList{QStringLiteral("3.3.5")});
    QCOMPARE(snap.diskUsage.rubyCurrent, QStringLiteral("3.3.5"));

    // version.rb cannot speak for the probe: its own numbers, read as version.rb.
    QVERIFY2(snap.version.status.ok, qPrintable(snap.version.status.reason));
    QCOMPARE(snap.version.toString(), QStringLiteral("4.3.2"));
    QCOMPARE(snap.version.source, QStringLiteral("version.rb"));
    // ... and a psql error cannot say that Mastodon's update check found nothing.
    QCOMPARE(snap.softwareUpdates.state, QStringLiteral("error"));
    QVERIFY(!snap.softwareUpdates.isKnown());
    QVERIFY(snap.softwareUpdates.updates.isEmpty());

    // .env.production: the value as written, never a valid domain with an escape inside.
    QVERIFY(snap.env.status.ok);
    QCOMPARE(snap.env.values.value(QStringLiteral("LOCAL_DOMAIN")), QStringLiteral("evil\x1b]52;c;SGk=\x07.example"));
    QVERIFY(snap.env.localDomain.isEmpty());
    QVERIFY(snap.servedCerts.status.ok);
    QCOMPARE(snap.servedCerts.certs.size(), 1);
    QCOMPARE(snap.servedCerts.certs.constFirst().name, QStringLiteral("evil\x1b]52;c;SGk=\x07.example"));

    // The mail server's name as written: refused as a host name, never connected to, and no
    // escape of its own reaches a line of the output.
    QVERIFY2(snap.smtp.status.ok, qPrintable(snap.smtp.status.reason));
    QCOMPARE(snap.smtp.state, QStringLiteral("bad-server"));
    QCOMPARE(snap.smtp.server, QStringLiteral("mail\x1b]52;c;SGk=\x07.example"));
    QVERIFY(!sections.value(QStringLiteral("smtp")).text.contains(QLatin1Char('\x1b')));

    // Layout detection sees the directory under its real name.
    QVERIFY(snap.detection.status.ok);
    bool found = false;
    for (const MastodonDirCandidate &c : snap.detection.dirs)
        found = found || (c.dir == m_dir && c.hasEnv && c.hasCode);
    QVERIFY2(found, "the Mastodon directory was not detected under its real name");

    // git never ran (as root it would obey the repository owner's config).
    QVERIFY2(!QFile::exists(m_root.filePath(QStringLiteral("fake.log"))), "the probe ran git");
    QVERIFY(!Checker::evaluate(snap).isEmpty());
}

// A counter whose value holds a newline and a second count: never read as the count.
void TestProbeHostile::redisCounterWithNewlineIsNotGreen()
{
    const QString dead = m_redis + QStringLiteral("/zcard dead");
    QVERIFY(write(dead, "3\ndead 0\n"));
    const Run r = probe(QStringLiteral("systemd"), QStringLiteral("fast"));
    QVERIFY(write(dead, "3\n"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Snapshot snap = build(r, QStringLiteral("systemd"), ProbeScript::Tier::Fast);
    QVERIFY(!snap.sidekiq.status.ok);
    QVERIFY(snap.parseErrors.contains(QStringLiteral("sidekiq")));
    for (const Finding &f : Checker::evaluate(snap)) {
        if (f.id == QLatin1String("sidekiq.dead_jobs"))
            QCOMPARE(f.severity, Severity::Unknown);
    }
}

// Without version.rb, the version comes from .git read as plain files: HEAD and the
// packed tag that peels to it. git itself never runs.
void TestProbeHostile::gitVersionWithoutRunningGit()
{
    QFile::remove(m_root.filePath(QStringLiteral("fake.log")));
    const QString rb = m_dir + QStringLiteral("/lib/mastodon/version.rb");
    QVERIFY(QFile::rename(rb, rb + QStringLiteral(".away")));
    const Run r = probe(QStringLiteral("systemd"), QStringLiteral("fast"));
    QVERIFY(QFile::rename(rb + QStringLiteral(".away"), rb));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Snapshot snap = build(r, QStringLiteral("systemd"), ProbeScript::Tier::Fast);
    QVERIFY2(snap.version.status.ok, qPrintable(snap.version.status.reason));
    QCOMPARE(snap.version.toString(), QStringLiteral("4.3.2"));
    QCOMPARE(snap.version.source, QStringLiteral("git"));
    QVERIFY2(!QFile::exists(m_root.filePath(QStringLiteral("fake.log"))), "the probe ran git");
}

void TestProbeHostile::dockerIsNotFooled()
{
    const Run r = probe(QStringLiteral("docker"), QStringLiteral("fast"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto sections = SectionSplitter::split(r.out, kNonce);
    for (const QString &name : sections.keys())
        QVERIFY2(!name.startsWith(QLatin1String("forged")), qPrintable(name));
    QVERIFY(!sections.contains(QStringLiteral("software-updates"))); // the docker probe has none of its own
    const Snapshot snap = build(r, QStringLiteral("docker"), ProbeScript::Tier::Fast);
    QVERIFY2(snap.compose.status.ok, qPrintable(snap.compose.status.reason));
    QCOMPARE(snap.compose.services.size(), 2);
    QVERIFY2(snap.sidekiq.status.ok, qPrintable(snap.sidekiq.status.reason));
    QCOMPARE(snap.sidekiq.retry, 7);
    QCOMPARE(snap.sidekiq.dead, 3);
    QVERIFY2(snap.version.status.ok, qPrintable(snap.version.status.reason));
    QCOMPARE(snap.version.toString(), QStringLiteral("4.3.2"));
    QCOMPARE(snap.version.source, QStringLiteral("version.rb"));
}

QTEST_GUILESS_MAIN(TestProbeHostile)
#include "test_probe_hostile.moc"

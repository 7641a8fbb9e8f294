// hoshu-cli end to end against a real OpenSSH sshd on loopback: what a user
// or a script sees (output, exit codes, files under HOSHU_CONFIG_DIR).
#include "SshdFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QScopeGuard>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_sshd;
    QTemporaryDir m_config;
    QString m_cli;
    QMap<QString, QString> m_extraEnv; // a null value removes the variable

    QProcessEnvironment environment(const QString &lang = QStringLiteral("C.UTF-8")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOSHU_CONFIG_DIR"), m_config.path());
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.remove(QStringLiteral("HOSHU_LANG"));
        for (auto it = m_extraEnv.constBegin(); it != m_extraEnv.constEnd(); ++it) {
            if (it.value().isNull())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        return env;
    }

    Result cli(const QStringList &args, const QByteArray &input = {}, const QString &lang = QStringLiteral("C.UTF-8"))
    {
        QProcess p;
        p.setProcessEnvironment(environment(lang));
        p.start(m_cli, args);
        if (!p.waitForStarted(10000))
            qFatal("cannot start %s", qPrintable(m_cli));
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return {-2, p.readAllStandardOutput(), p.readAllStandardError()};
        }
        Result r {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, p.readAllStandardOutput(),
                  p.readAllStandardError()};
        return r;
    }

    QStringList addArgs(const QString &name) const
    {
        return {QStringLiteral("server"), QStringLiteral("add"), name, QStringLiteral("--host"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_sshd.port()),
                QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--key"), m_sshd.clientKey()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("HOSHU_CLI");
        QVERIFY2(QFile::exists(m_cli), "HOSHU_CLI must name the hoshu-cli binary (set by CTest)");
        QVERIFY2(m_config.isValid(), "temporary dir");
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    }

    void versionAndHelp()
    {
        const Result v = cli({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("hoshu-cli "));
        const Result h = cli({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("hoshu-cli run NAME ACTION_ID"));
        QCOMPARE(cli({}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 64);
    }

    void actionsAsJson()
    {
        const Result r = cli({QStringLiteral("actions"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray actions = QJsonDocument::fromJson(r.out).array();
        QStringList ids;
        for (const auto &a : actions)
            ids << a.toObject().value(QStringLiteral("id")).toString();
        for (const char *id : {"system.disk_usage", "system.memory", "services.status", "services.restart_mastodon",
                               "nginx.test_and_reload"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    void unknownHostKeyIsRefusedThenAccepted()
    {
        QCOMPARE(cli(addArgs(QStringLiteral("web1"))).exitCode, 0);
        const Result refused = cli({QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("system.disk_usage")});
        QCOMPARE(refused.exitCode, 76);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains(m_sshd.hostKeyFingerprint().toUtf8()), refused.err.constData());
        QVERIFY(refused.err.contains("--accept-host-key"));

        const Result ok = cli({QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("system.disk_usage"),
                               QStringLiteral("--accept-new-host-key")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY2(ok.out.contains("Filesystem") && ok.out.contains("Use%"), ok.out.constData());
        // Trusted now: no flag needed any more.
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("system.memory")}).exitCode, 0);
    }

    // renewal.due needs entries: `server renewal` adds one or moves its date
    // (also how a renewal paid at the provider is recorded from a script).
    void renewalsAreRecorded()
    {
        QCOMPARE(cli(addArgs(QStringLiteral("rent1"))).exitCode, 0);
        const QString due = QDate::currentDate().addDays(3).toString(Qt::ISODate);
        const Result added = cli({QStringLiteral("server"), QStringLiteral("renewal"), QStringLiteral("rent1"),
                                  QStringLiteral("VPS rent"), QStringLiteral("--due"), due});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString later = QDate::currentDate().addYears(1).toString(Qt::ISODate);
        QCOMPARE(cli({QStringLiteral("server"), QStringLiteral("renewal"), QStringLiteral("rent1"),
                      QStringLiteral("VPS rent"), QStringLiteral("--due"), later}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("server"), QStringLiteral("renewal"), QStringLiteral("rent1"),
                      QStringLiteral("domain rent1.example"), QStringLiteral("--due"), due}).exitCode, 0);
        // Bad input: a clear message and nothing written.
        const Result bad = cli({QStringLiteral("server"), QStringLiteral("renewal"), QStringLiteral("rent1"),
                                QStringLiteral("VPS rent"), QStringLiteral("--due"), QStringLiteral("2027-13-01")});
        QCOMPARE(bad.exitCode, 65);
        QVERIFY2(bad.err.contains("2027-01-31"), bad.err.constData());
        QCOMPARE(cli({QStringLiteral("server"), QStringLiteral("renewal"), QStringLiteral("nosuch"),
                      QStringLiteral("x"), QStringLiteral("--due"), due}).exitCode, 64);
        QFile file(m_config.filePath(QStringLiteral("servers.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QJsonArray renewals;
        for (const auto &server : QJsonDocument::fromJson(text).object().value(QStringLiteral("servers")).toArray()) {
            if (server.toObject().value(QStringLiteral("name")).toString() == QLatin1String("rent1"))
                renewals = server.toObject().value(QStringLiteral("renewals")).toArray();
        }
        QVERIFY2(renewals.size() == 2, text.constData());
        QCOMPARE(renewals.at(0).toObject().value(QStringLiteral("what")).toString(), QStringLiteral("VPS rent"));
        QCOMPARE(renewals.at(0).toObject().value(QStringLiteral("due")).toString(), later);
        QCOMPARE(renewals.at(1).toObject().value(QStringLiteral("due")).toString(), due);
        QCOMPARE(cli({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("rent1")}).exitCode, 0);
    }

    // Every run is on record with who ran it and its output: `audit` shows it.
    void auditShowsTheRunWithItsOutput()
    {
        // Who ran it: the desktop account, from USER (USERNAME on Windows, else the home folder's name).
        const QString user = QStringLiteral("hoshu-auditor");
        m_extraEnv.insert(QStringLiteral("USER"), user);
        auto restore = qScopeGuard([this] { m_extraEnv.remove(QStringLiteral("USER")); });
        const Result ran = cli({QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("system.memory")});
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        const Result r = cli({QStringLiteral("audit"), QStringLiteral("web1"), QStringLiteral("--json"),
                              QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray entries = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("system.memory"));
        QCOMPARE(e.value(QStringLiteral("server")).toString(), QStringLiteral("web1"));
        QCOMPARE(e.value(QStringLiteral("user")).toString(), user);
        QVERIFY(!e.value(QStringLiteral("host")).toString().isEmpty());
        QCOMPARE(e.value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
        QCOMPARE(e.value(QStringLiteral("exit_status")).toInt(-2), 0);
        QCOMPARE(e.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QVERIFY2(e.value(QStringLiteral("output_text")).toString().contains(QStringLiteral("Mem:")), r.out.constData());
        QVERIFY(e.value(QStringLiteral("output_text")).toString().toUtf8() == ran.out);
        QVERIFY(!e.value(QStringLiteral("command")).toString().isEmpty());

        // The output file: beside the log, for its owner only.
        const QString file = m_config.path() + QStringLiteral("/logs/audit/") + e.value(QStringLiteral("output")).toString();
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        const Result text = cli({QStringLiteral("audit"), QStringLiteral("web1"), QStringLiteral("--limit"),
                                 QStringLiteral("1")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("Mem:") && text.out.contains(user.toUtf8()) && text.out.contains("(hoshu-cli)"),
                 text.out.constData());
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("0")}).exitCode, 64);
    }

    // Admins' configs often say "StrictHostKeyChecking no" and "UserKnownHostsFile /dev/null".
    // Hoshu's policy stays its own: unknown -> 76 without a terminal, changed -> 77.
    void permissiveSshConfigChangesNothing()
    {
        QTemporaryDir home;
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral(".ssh"))));
        QFile sshConfig(home.filePath(QStringLiteral(".ssh/config")));
        QVERIFY(sshConfig.open(QIODevice::WriteOnly));
        sshConfig.write("Host *\n    StrictHostKeyChecking no\n    UserKnownHostsFile /dev/null\n");
        sshConfig.close();
        m_extraEnv = {{QStringLiteral("HOME"), home.path()}, {QStringLiteral("HOSHU_CONFIG_DIR"), config.path()}};
        auto restore = qScopeGuard([this] { m_extraEnv.clear(); });
        QCOMPARE(cli(addArgs(QStringLiteral("lax"))).exitCode, 0);
        const QStringList run {QStringLiteral("run"), QStringLiteral("lax"), QStringLiteral("system.memory")};
        const Result unknown = cli(run);
        QVERIFY2(unknown.exitCode == 76, unknown.err.constData());
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(!QFile::exists(config.filePath(QStringLiteral("known_hosts"))));

        // Accepting is bound to the fingerprint that was shown.
        const Result wrong = cli(run + QStringList {QStringLiteral("--accept-host-key"),
                                                   QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")});
        QVERIFY2(wrong.exitCode == 76, wrong.err.constData());
        QVERIFY(!QFile::exists(config.filePath(QStringLiteral("known_hosts"))));
        const Result ok = cli(run + QStringList {QStringLiteral("--accept-host-key"), m_sshd.hostKeyFingerprint()});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());

        QVERIFY2(m_sshd.restart(SshdFixture::HostKey::OtherEd25519), qPrintable(m_sshd.errorString()));
        auto back = qScopeGuard([this] { QVERIFY(m_sshd.restart(SshdFixture::HostKey::Ed25519)); });
        for (const QStringList &extra : {QStringList {}, QStringList {QStringLiteral("--accept-new-host-key")}}) {
            const Result changed = cli(run + extra);
            QVERIFY2(changed.exitCode == 77, changed.err.constData());
            QVERIFY(changed.out.isEmpty());
        }
    }

    // A key login never touches the keychain: from cron or an SSH login there is none,
    // and asking it cost a second. The session bus here is a socket that records callers.
    void keyLoginDoesNotAskTheKeychain()
    {
        QTemporaryDir busDir;
        QLocalServer bus;
        QVERIFY(bus.listen(busDir.filePath(QStringLiteral("bus"))));
        int callers = 0;
        connect(&bus, &QLocalServer::newConnection, &bus, [&] {
            while (QLocalSocket *s = bus.nextPendingConnection()) {
                ++callers;
                s->deleteLater();
            }
        });
        m_extraEnv = {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + bus.fullServerName()},
                      {QStringLiteral("DISPLAY"), QString()}};
        auto restore = qScopeGuard([this] { m_extraEnv.clear(); });
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(m_cli, {QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("system.memory")});
        QVERIFY(p.waitForStarted(10000));
        p.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains("Mem:"));
        QCOMPARE(callers, 0);
    }

    // Every changing action is confirmed; the most dangerous need the server's name.
    void changingActionsAreConfirmed()
    {
        const Result safe = cli({QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("nginx.test_and_reload")});
        QVERIFY2(safe.exitCode == 64, safe.err.constData());
        QVERIFY(safe.err.contains("--yes"));
    }

    void listsServers()
    {
        const Result r = cli({QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray servers = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("web1"));
        QCOMPARE(servers.at(0).toObject().value(QStringLiteral("port")).toInt(), int(m_sshd.port()));
    }

    void usageAndParameterErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown server") << QStringList {QStringLiteral("run"), QStringLiteral("nope"), QStringLiteral("system.memory")} << 64;
        QTest::newRow("unknown action") << QStringList {QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("rm.everything")} << 64;
        QTest::newRow("not a number") << QStringList {QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("diagnostics.throughput"), QStringLiteral("--param"), QStringLiteral("lines=abc")} << 65;
        QTest::newRow("out of range") << QStringList {QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("diagnostics.throughput"), QStringLiteral("--param"), QStringLiteral("lines=0")} << 65;
        QTest::newRow("injection") << QStringList {QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("diagnostics.throughput"), QStringLiteral("--param"), QStringLiteral("lines=1;reboot")} << 65;
        QTest::newRow("unknown parameter") << QStringList {QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("system.memory"), QStringLiteral("--param"), QStringLiteral("x=1")} << 65;
        QTest::newRow("bad param syntax") << QStringList {QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("system.memory"), QStringLiteral("--param"), QStringLiteral("novalue")} << 64;
        QTest::newRow("duplicate name") << QStringList {QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("WEB1"), QStringLiteral("--host"), QStringLiteral("x.example")} << 65;
        QTest::newRow("backup: --newest without --download") << QStringList {QStringLiteral("backup"), QStringLiteral("web1"), QStringLiteral("--newest")} << 64;
        QTest::newRow("backup: --keep 0") << QStringList {QStringLiteral("backup"), QStringLiteral("web1"), QStringLiteral("--download"), QStringLiteral("/tmp/x"), QStringLiteral("--keep"), QStringLiteral("0")} << 64;
        QTest::newRow("backup: two servers") << QStringList {QStringLiteral("backup"), QStringLiteral("web1"), QStringLiteral("web2")} << 64;
        QTest::newRow("backup: dir injection") << QStringList {QStringLiteral("backup"), QStringLiteral("web1"), QStringLiteral("--param"), QStringLiteral("dir=/x;reboot")} << 65;
        QTest::newRow("drill: unknown server") << QStringList {QStringLiteral("drill"), QStringLiteral("nope")} << 64;
        const QString bundle = QStringLiteral("/nonexistent/mastodon-bundle-web1-20261201T010000Z.tar");
        QTest::newRow("restore: no --confirm") << QStringList {QStringLiteral("restore"), QStringLiteral("web1"), bundle} << 64;
        QTest::newRow("restore: another name confirmed") << QStringList {QStringLiteral("restore"), QStringLiteral("web1"), bundle, QStringLiteral("--confirm"), QStringLiteral("web2")} << 64;
        QTest::newRow("restore: no bundle") << QStringList {QStringLiteral("restore"), QStringLiteral("web1"), QStringLiteral("--confirm"), QStringLiteral("web1")} << 64;
        QTest::newRow("restore: not a bundle") << QStringList {QStringLiteral("restore"), QStringLiteral("web1"), QStringLiteral("/etc/passwd"), QStringLiteral("--confirm"), QStringLiteral("web1")} << 64;
        QTest::newRow("restore: bundle missing") << QStringList {QStringLiteral("restore"), QStringLiteral("web1"), bundle, QStringLiteral("--confirm"), QStringLiteral("web1")} << 66;
        QTest::newRow("backups: unknown option") << QStringList {QStringLiteral("backups"), QStringLiteral("web1"), QStringLiteral("--all")} << 64;
        QTest::newRow("bad port") << QStringList {QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("p"), QStringLiteral("--host"), QStringLiteral("x.example"), QStringLiteral("--port"), QStringLiteral("70000")} << 65;
    }

    void usageAndParameterErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Result r = cli(args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        QVERIFY2(!r.err.trimmed().isEmpty(), "an error always says why");
    }

    // A copy whose content is not the SHA-256 recorded beside it is refused before anything
    // is sent: a restore from it would replace the server with damaged data.
    void restoreRefusesADamagedCopy()
    {
        QTemporaryDir copies;
        const QString path = copies.filePath(QStringLiteral("mastodon-bundle-web1-20261201T010000Z.tar"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QFile sum(path + QStringLiteral(".sha256"));
        QVERIFY(sum.open(QIODevice::WriteOnly));
        sum.write(QByteArray(64, 'a') + "  mastodon-bundle-web1-20261201T010000Z.tar\n");
        sum.close();
        const Result r = cli({QStringLiteral("restore"), QStringLiteral("web1"), path, QStringLiteral("--confirm"), QStringLiteral("web1")});
        QCOMPARE(r.exitCode, 65);
        QVERIFY2(r.err.contains("DAMAGED"), r.err.constData());
        QVERIFY2(!r.err.contains("Sending it"), r.err.constData());
    }

    // The copy path end to end over real SFTP: the newest bundle of a directory on the
    // (loopback) server is copied, checked against its .sha256 and listed; a bundle whose
    // recorded SHA-256 is not its content leaves no copy behind.
    void backupNewestIsCopiedAndListed()
    {
        QTemporaryDir server;
        QTemporaryDir copies;
        const QString name = QStringLiteral("mastodon-bundle-web1-20261201T010000Z.tar");
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 131) ^ (i >> 9));
        const QByteArray sha = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(server.filePath(name), data);
        write(server.filePath(name + QStringLiteral(".sha256")), sha + "  " + name.toUtf8() + "\n");
        write(server.filePath(QStringLiteral("mastodon-bundle-web1-20261130T010000Z.tar")), "unfinished: no .sha256");

        Result r = cli({QStringLiteral("backup"), QStringLiteral("web1"), QStringLiteral("--download"), copies.path(),
                        QStringLiteral("--newest"), QStringLiteral("--param"), QStringLiteral("dir=") + server.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("its SHA-256 is the server's"), r.err.constData());
        QFile copy(copies.filePath(QStringLiteral("web1/") + name));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(copy.readAll(), QCryptographicHash::Sha256).toHex(), sha);
        QCOMPARE(copy.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        r = cli({QStringLiteral("backups"), QStringLiteral("web1"), QStringLiteral("--copies"), copies.path(),
                 QStringLiteral("--verify"), QStringLiteral("--json"), QStringLiteral("--param"),
                 QStringLiteral("dir=") + server.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("onServer")).toArray().size(), 1); // the unfinished one is not a bundle
        const QJsonArray local = doc.value(QStringLiteral("local")).toArray();
        QCOMPARE(local.size(), 1);
        QCOMPARE(local.at(0)[QStringLiteral("checksum")].toString(), QStringLiteral("verified"));
        QVERIFY(local.at(0)[QStringLiteral("onServer")].toBool());

        // Without --copies, the folder chosen in the GUI's Settings (hoshu.ini) is the one listed.
        {
            QSettings chosen(m_config.path() + QStringLiteral("/hoshu.ini"), QSettings::IniFormat);
            chosen.setValue(QStringLiteral("backups/copiesDir"), copies.path());
        }
        r = cli({QStringLiteral("backups"), QStringLiteral("web1"), QStringLiteral("--json"), QStringLiteral("--param"),
                 QStringLiteral("dir=") + server.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("local")).toArray().size(), 1);
        QFile::remove(m_config.path() + QStringLiteral("/hoshu.ini"));

        // A newer bundle whose recorded SHA-256 is wrong: refused, nothing left but the older copy.
        const QString bad = QStringLiteral("mastodon-bundle-web1-20261202T010000Z.tar");
        write(server.filePath(bad), data);
        write(server.filePath(bad + QStringLiteral(".sha256")), QByteArray(64, 'a') + "  " + bad.toUtf8() + "\n");
        r = cli({QStringLiteral("backup"), QStringLiteral("web1"), QStringLiteral("--download"), copies.path(),
                 QStringLiteral("--newest"), QStringLiteral("--param"), QStringLiteral("dir=") + server.path()});
        QVERIFY2(r.exitCode != 0, r.err.constData());
        QVERIFY2(r.err.contains("SHA-256"), r.err.constData());
        QVERIFY(!QFile::exists(copies.filePath(QStringLiteral("web1/") + bad)));
        QVERIFY(!QFile::exists(copies.filePath(QStringLiteral("web1/") + bad + QStringLiteral(".sha256"))));
    }

    void disruptiveActionNeedsYes()
    {
        const Result r = cli({QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("services.restart_mastodon")});
        QCOMPARE(r.exitCode, 64);
        // The refusal shows the exact command that would run.
        QVERIFY2(r.err.contains("systemctl") && r.err.contains("--yes"), r.err.constData());
        QFile audit(m_config.path() + QStringLiteral("/logs/audit.jsonl"));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(!audit.readAll().contains("services.restart_mastodon"));
    }

    void japaneseMessages()
    {
        const Result r = cli({QStringLiteral("run"), QStringLiteral("nope"), QStringLiteral("system.memory")}, {},
                             QStringLiteral("ja_JP.UTF-8"));
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains("サーバ"), r.err.constData());
    }

    void millionLinesCompleteAndInOrder()
    {
        QElapsedTimer clock;
        clock.start();
        const Result r = cli({QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("diagnostics.throughput"),
                              QStringLiteral("--param"), QStringLiteral("lines=1000000")});
        const qint64 hoshuMs = clock.elapsed();
        QCOMPARE(r.exitCode, 0);
        QByteArray expected;
        expected.reserve(6888896);
        for (int i = 1; i <= 1000000; ++i)
            expected += QByteArray::number(i) + '\n';
        QCOMPARE(r.out.size(), expected.size());
        QVERIFY(r.out == expected);

        // OpenSSH's own client on the same server, for comparison (printed, not asserted).
        QProcess ssh;
        clock.restart();
        ssh.start(QStringLiteral("ssh"), {QStringLiteral("-i"), m_sshd.clientKey(), QStringLiteral("-p"),
                                          QString::number(m_sshd.port()), QStringLiteral("-o"),
                                          QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
                                          QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
                                          QStringLiteral("BatchMode=yes"), QStringLiteral("root@127.0.0.1"),
                                          QStringLiteral("seq 1 1000000")});
        QVERIFY(ssh.waitForFinished(60000));
        const qint64 sshMs = clock.elapsed();
        QCOMPARE(ssh.readAllStandardOutput().size(), expected.size());
        qInfo("1,000,000 lines: hoshu-cli run %lld ms, ssh %lld ms", hoshuMs, sshMs);
    }

    void interruptStopsTheRemoteCommand()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(m_cli, {QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("diagnostics.throughput"),
                        QStringLiteral("--param"), QStringLiteral("lines=10000000")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.bytesAvailable() > 0 || p.state() != QProcess::Running, 20000);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 130);
        // The remote seq must be gone too, not left running on the server.
        QTRY_VERIFY_WITH_TIMEOUT(QProcess::execute(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("seq 1 10000000")}) == 1, 10000);
    }

    void passwordAuthLeavesNoSecretOnDisk()
    {
        QVERIFY2(m_sshd.isRoot(), "password authentication needs a local test user: run as root, as CI does");
        QVERIFY2(m_sshd.enablePasswordUser(), qPrintable(m_sshd.errorString()));
        const QByteArray password = m_sshd.userPassword();
        QVERIFY(!password.isEmpty());
        const Result add = cli({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("pw"),
                                QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                QString::number(m_sshd.port()), QStringLiteral("--user"),
                                QString::fromLatin1(SshdFixture::PasswordUser), QStringLiteral("--password-stdin"),
                                QStringLiteral("--accept-new-host-key")},
                               password + '\n');
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const Result run = cli({QStringLiteral("run"), QStringLiteral("pw"), QStringLiteral("system.memory")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Mem:"));

        QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(password), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 3); // servers.json, known_hosts, logs/audit.jsonl
    }

    // What a server prints during `run` reaches the terminal escaped: here the
    // login shell's start-up (a .profile can print anything) writes OSC 52 (the
    // user's clipboard), erases the line and forges a green "[ OK ]" with CR.
    void hostileRemoteOutputCannotDriveTheTerminal()
    {
        QVERIFY2(m_sshd.isRoot(), "a login shell for the test user: run as root, as CI does");
        QVERIFY2(m_sshd.enablePasswordUser(), qPrintable(m_sshd.errorString()));
        QTemporaryDir shellDir(QStringLiteral("/tmp/hoshu-hostile-shell-XXXXXX"));
        QVERIFY(shellDir.isValid());
        QFile::setPermissions(shellDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                   | QFile::ReadOther | QFile::ExeOther);
        const QString shell = shellDir.filePath(QStringLiteral("hostile-sh"));
        QFile script(shell);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "printf '\\033]52;c;aG9zaHU=\\007\\033[2K\\033[32m[ OK ]\\033[0m\\rFAILED\\r\\n'\n"
                     "printf '\\033]0;title\\007\\302\\233' >&2\n"
                     "exec /bin/sh \"$@\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                      | QFile::ExeOther));
        QVERIFY2(m_sshd.setPasswordUserShell(shell), qPrintable(m_sshd.errorString()));
        auto restore = qScopeGuard([this] { m_sshd.setPasswordUserShell(QStringLiteral("/bin/sh")); });

        const Result add = cli({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("hostile"),
                                QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                QString::number(m_sshd.port()), QStringLiteral("--user"),
                                QString::fromLatin1(SshdFixture::PasswordUser), QStringLiteral("--password-stdin"),
                                QStringLiteral("--accept-new-host-key")},
                               m_sshd.userPassword() + '\n');
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const Result run = cli({QStringLiteral("run"), QStringLiteral("hostile"), QStringLiteral("system.memory")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Mem:"), run.out.constData());
        // The hostile bytes arrived (the test would prove nothing otherwise), as visible text.
        QVERIFY2(run.out.contains("\\u001b]52;c;aG9zaHU=\\u0007"), run.out.constData());
        QVERIFY2(run.out.contains("[ OK ]\\u001b[0m\nFAILED\n"), run.out.constData());
        QVERIFY2(run.err.contains("\\u001b]0;title\\u0007\\u009b"), run.err.constData());
        for (const QByteArray &stream : {run.out, run.err}) {
            QVERIFY2(!stream.contains('\x1b') && !stream.contains('\x07') && !stream.contains('\r')
                         && !stream.contains("\xc2\x9b"),
                     stream.toHex().constData());
        }
        QCOMPARE(cli({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("hostile")}).exitCode, 0);
    }

    void changedHostKeyIsRefused()
    {
        QFile knownHosts(m_config.path() + QStringLiteral("/known_hosts"));
        QVERIFY(knownHosts.open(QIODevice::ReadOnly));
        const QByteArray before = knownHosts.readAll();
        knownHosts.close();
        QVERIFY2(m_sshd.restart(SshdFixture::HostKey::OtherEd25519), qPrintable(m_sshd.errorString()));
        for (const QStringList &extra : {QStringList {}, QStringList {QStringLiteral("--accept-new-host-key")}}) {
            const Result r = cli(QStringList {QStringLiteral("run"), QStringLiteral("web1"), QStringLiteral("system.disk_usage")} + extra);
            QCOMPARE(r.exitCode, 77);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains("changed"), r.err.constData());
        }
        QVERIFY(knownHosts.open(QIODevice::ReadOnly));
        QCOMPARE(knownHosts.readAll(), before);
        QVERIFY2(m_sshd.restart(SshdFixture::HostKey::Ed25519), qPrintable(m_sshd.errorString()));
    }

    void unreachableServer()
    {
        QCOMPARE(cli({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("closed"), QStringLiteral("--host"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--user"),
                      QStringLiteral("root")})
                     .exitCode,
                 0);
        const Result r = cli({QStringLiteral("run"), QStringLiteral("closed"), QStringLiteral("system.memory")});
        QCOMPARE(r.exitCode, 69);
        QVERIFY(!r.err.isEmpty());
    }

    void removeServer()
    {
        QCOMPARE(cli({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("closed")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("closed")}).exitCode, 64);
    }

    void corruptServerListIsSetAside()
    {
        QTemporaryDir other;
        QFile f(other.path() + QStringLiteral("/servers.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": 1, \"servers\": [ {\"name\": ");
        f.close();
        QProcess p;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("HOSHU_CONFIG_DIR"), other.path());
        p.setProcessEnvironment(env);
        p.start(m_cli, {QStringLiteral("server"), QStringLiteral("list")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 78);
        const QStringList aside = QDir(other.path()).entryList({QStringLiteral("servers.json.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY(p.readAllStandardError().contains(aside.constFirst().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"

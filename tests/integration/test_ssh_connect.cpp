// Connecting to a real OpenSSH sshd on loopback: host keys, authentication, config, errors.
#include "ProcessRecorder.h"
#include "SshdFixture.h"

#include "ssh/SshConnection.h"
#include "ssh/SshThreadReaper.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(SshError::Kind)

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}
} // namespace

class TestSshConnect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void connectsWithKey();
    void unknownHostKeyAskThenAccept();
    void unknownHostKeyReject();
    void unknownHostKeyStrict();
    void unknownHostKeyAcceptNew();
    void userKnownHostsRecognised();
    void hostKeyChanged_data();
    void hostKeyChanged();
    void permissiveSshConfigDoesNotWeakenHostKeys_data();
    void permissiveSshConfigDoesNotWeakenHostKeys();
    void authFailures_data();
    void authFailures();
    void encryptedKeyWithPassphrase();
    void passwordAuthentication();
    void sshConfigAliasHonoured();
    void refusedPort();
    void closedBeforeLogin();
    void unresolvableHost();
    void silentServerTimesOut();
    void execBeforeOpenQueues();
    void execFailsWithConnectError();
    void destructorDoesNotHangDuringConnect();
    void destructorDoesNotHangDuringAuth();
    void loginDeadlineCoversAuthentication();
    void destroyingLeavesTheCloseToTheReaper();
    void acceptingAnotherFingerprintIsRefused();

private:
    // Opens and waits; returns the final state.
    SshConnection::State openAndWait(SshConnection &c, int timeoutMs = 20000);
    QString freshKnownHosts();
    ConnectionParams passwordParams();

    SshdFixture m_sshd;
    int m_counter = 0;
};

void TestSshConnect::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    if (m_sshd.isRoot())
        QVERIFY2(m_sshd.enablePasswordUser(), qPrintable(m_sshd.errorString()));
}

SshConnection::State TestSshConnect::openAndWait(SshConnection &c, int timeoutMs)
{
    c.open();
    (void)QTest::qWaitFor([&c] {
        return c.state() == SshConnection::State::Connected || c.state() == SshConnection::State::Failed
            || c.state() == SshConnection::State::AwaitingHostKeyDecision;
    }, timeoutMs);
    return c.state();
}

QString TestSshConnect::freshKnownHosts()
{
    return m_sshd.path(QStringLiteral("known_hosts_%1").arg(++m_counter));
}

ConnectionParams TestSshConnect::passwordParams()
{
    return m_sshd.passwordParams();
}

void TestSshConnect::connectsWithKey()
{
    SshConnection c(m_sshd.params());
    QSignalSpy connectedSpy(&c, &SshConnection::connected);
    QCOMPARE(openAndWait(c), SshConnection::State::Connected);
    QCOMPARE(connectedSpy.count(), 1);
    QVERIFY(!c.lastError().isError());

    ProcessRecorder r(c.exec("echo hello; whoami"));
    QVERIFY(r.waitForEnd(10000));
    QVERIFY2(r.finished, qPrintable(r.error.message()));
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(r.out, QByteArray("hello\n") + m_sshd.localUser().toUtf8() + '\n');
}

void TestSshConnect::unknownHostKeyAskThenAccept()
{
    ConnectionParams p = m_sshd.params();
    p.hostKeyPolicy = HostKeyPolicy::Ask;
    p.knownHostsFile = freshKnownHosts() + QStringLiteral("/sub/dir/known_hosts"); // folders created too
    {
        SshConnection c(p);
        QSignalSpy ask(&c, &SshConnection::hostKeyNeedsApproval);
        QCOMPARE(openAndWait(c), SshConnection::State::AwaitingHostKeyDecision);
        QCOMPARE(ask.count(), 1);
        const auto info = ask.at(0).at(0).value<HostKeyInfo>();
        QCOMPARE(info.keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(info.fingerprintSha256, m_sshd.hostKeyFingerprint());
        QVERIFY(info.fingerprintSha256.startsWith(QLatin1String("SHA256:")));
        QCOMPARE(info.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(info.port, m_sshd.port());
        QCOMPARE(info.knownHostsFile, p.knownHostsFile);
        QVERIFY(!QFile::exists(p.knownHostsFile));

        c.acceptHostKey(info.fingerprintSha256);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), SshConnection::State::Connected, 10000);
        const QByteArray written = readFile(p.knownHostsFile);
        const QByteArray expectedKey = m_sshd.knownHostsLine().section(QLatin1Char(' '), 2).toLatin1();
        QVERIFY2(written.contains(expectedKey), written.constData());
        QVERIFY2(written.startsWith("[127.0.0.1]:" + QByteArray::number(m_sshd.port())), written.constData());
    }
    SshConnection again(p);
    QSignalSpy ask(&again, &SshConnection::hostKeyNeedsApproval);
    QCOMPARE(openAndWait(again), SshConnection::State::Connected);
    QCOMPARE(ask.count(), 0);
}

void TestSshConnect::unknownHostKeyReject()
{
    ConnectionParams p = m_sshd.params();
    p.hostKeyPolicy = HostKeyPolicy::Ask;
    p.knownHostsFile = freshKnownHosts();
    SshConnection c(p);
    QSignalSpy failed(&c, &SshConnection::failed);
    QCOMPARE(openAndWait(c), SshConnection::State::AwaitingHostKeyDecision);
    c.rejectHostKey();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), SshConnection::State::Failed, 5000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<SshError>().kind, SshError::Kind::HostKeyRejected);
    QCOMPARE(c.lastError().kind, SshError::Kind::HostKeyRejected);
    QVERIFY(readFile(p.knownHostsFile).isEmpty());
}

void TestSshConnect::unknownHostKeyStrict()
{
    ConnectionParams p = m_sshd.params();
    p.hostKeyPolicy = HostKeyPolicy::Strict;
    p.knownHostsFile = freshKnownHosts();
    SshConnection c(p);
    QSignalSpy ask(&c, &SshConnection::hostKeyNeedsApproval);
    QCOMPARE(openAndWait(c), SshConnection::State::Failed);
    QCOMPARE(c.lastError().kind, SshError::Kind::HostKeyUnknown);
    QVERIFY2(c.lastError().detail.contains(m_sshd.hostKeyFingerprint()), qPrintable(c.lastError().detail));
    QCOMPARE(ask.count(), 0);
    QVERIFY(readFile(p.knownHostsFile).isEmpty());
}

void TestSshConnect::unknownHostKeyAcceptNew()
{
    ConnectionParams p = m_sshd.params();
    p.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    p.knownHostsFile = freshKnownHosts();
    SshConnection c(p);
    QSignalSpy ask(&c, &SshConnection::hostKeyNeedsApproval);
    QCOMPARE(openAndWait(c), SshConnection::State::Connected);
    QCOMPARE(ask.count(), 0);
    QVERIFY(readFile(p.knownHostsFile).contains(m_sshd.knownHostsLine().section(QLatin1Char(' '), 2).toLatin1()));
}

void TestSshConnect::userKnownHostsRecognised()
{
    ConnectionParams p = m_sshd.params();
    p.hostKeyPolicy = HostKeyPolicy::Strict; // would fail if the user's file were not consulted
    p.knownHostsFile = freshKnownHosts();
    p.userKnownHostsFile = freshKnownHosts();
    QVERIFY(writeFile(p.userKnownHostsFile, "# the user's own file\n" + m_sshd.knownHostsLine().toLatin1() + '\n'));
    const QByteArray before = readFile(p.userKnownHostsFile);
    SshConnection c(p);
    QCOMPARE(openAndWait(c), SshConnection::State::Connected);
    QCOMPARE(readFile(p.userKnownHostsFile), before); // read-only
    QVERIFY(readFile(p.knownHostsFile).isEmpty());
}

void TestSshConnect::hostKeyChanged_data()
{
    QTest::addColumn<int>("newKey");
    QTest::addColumn<bool>("recordedInUserFile");
    QTest::newRow("same type, new key") << int(SshdFixture::HostKey::OtherEd25519) << false;
    QTest::newRow("other key type") << int(SshdFixture::HostKey::Ecdsa) << false;
    QTest::newRow("new key, old one in user's known_hosts") << int(SshdFixture::HostKey::OtherEd25519) << true;
}

void TestSshConnect::hostKeyChanged()
{
    QFETCH(int, newKey);
    QFETCH(bool, recordedInUserFile);
    ConnectionParams p = m_sshd.params();
    p.hostKeyPolicy = HostKeyPolicy::Ask;
    p.knownHostsFile = freshKnownHosts();
    p.userKnownHostsFile = freshKnownHosts();
    const QByteArray oldLine = m_sshd.knownHostsLine().toLatin1() + '\n';
    QVERIFY(writeFile(recordedInUserFile ? p.userKnownHostsFile : p.knownHostsFile, oldLine));
    const QByteArray ownBefore = readFile(p.knownHostsFile);

    QVERIFY2(m_sshd.restart(SshdFixture::HostKey(newKey)), qPrintable(m_sshd.errorString()));
    auto restore = qScopeGuard([this] { QVERIFY2(m_sshd.restart(SshdFixture::HostKey::Ed25519), qPrintable(m_sshd.errorString())); });

    SshConnection c(p);
    QSignalSpy ask(&c, &SshConnection::hostKeyNeedsApproval);
    QSignalSpy connectedSpy(&c, &SshConnection::connected);
    QCOMPARE(openAndWait(c), SshConnection::State::Failed);
    QCOMPARE(c.lastError().kind, SshError::Kind::HostKeyChanged);
    QVERIFY2(c.lastError().detail.contains(m_sshd.hostKeyFingerprint()), qPrintable(c.lastError().detail));
    QCOMPARE(ask.count(), 0);           // no question: there is no "connect anyway"
    QCOMPARE(connectedSpy.count(), 0);
    QCOMPARE(readFile(p.knownHostsFile), ownBefore); // nothing written
    // Even a command asked for cannot get through.
    ProcessRecorder r(c.exec("echo must-not-run"));
    QVERIFY(r.waitForEnd(10000));
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, SshError::Kind::HostKeyChanged);
    QVERIFY(r.out.isEmpty());
}

void TestSshConnect::permissiveSshConfigDoesNotWeakenHostKeys_data()
{
    QTest::addColumn<bool>("keyChanged");
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("expectedState");
    QTest::addColumn<int>("expectedError");
    using S = SshConnection::State;
    using K = SshError::Kind;
    QTest::newRow("unknown key, ask") << false << int(HostKeyPolicy::Ask) << int(S::AwaitingHostKeyDecision) << int(K::None);
    QTest::newRow("unknown key, strict") << false << int(HostKeyPolicy::Strict) << int(S::Failed) << int(K::HostKeyUnknown);
    QTest::newRow("changed key") << true << int(HostKeyPolicy::Ask) << int(S::Failed) << int(K::HostKeyChanged);
    QTest::newRow("changed key, accept-new") << true << int(HostKeyPolicy::AcceptNew) << int(S::Failed) << int(K::HostKeyChanged);
}

// Admins' configs often say "StrictHostKeyChecking no" with "UserKnownHostsFile /dev/null";
// libssh applies both from ssh_config. Hoshu's policy must not change because of them.
void TestSshConnect::permissiveSshConfigDoesNotWeakenHostKeys()
{
    QFETCH(bool, keyChanged);
    QFETCH(int, policy);
    QFETCH(int, expectedState);
    QFETCH(int, expectedError);
    ConnectionParams p = m_sshd.params();
    p.hostKeyPolicy = HostKeyPolicy(policy);
    p.knownHostsFile = freshKnownHosts();
    p.userKnownHostsFile = QStringLiteral("");
    p.sshConfigFile = freshKnownHosts() + QStringLiteral(".config");
    QVERIFY(writeFile(p.sshConfigFile, "Host *\n    StrictHostKeyChecking no\n    UserKnownHostsFile /dev/null\n"
                                       "    GlobalKnownHostsFile /dev/null\n"));
    if (keyChanged) {
        QVERIFY(writeFile(p.knownHostsFile, m_sshd.knownHostsLine().toLatin1() + '\n'));
        QVERIFY2(m_sshd.restart(SshdFixture::HostKey::OtherEd25519), qPrintable(m_sshd.errorString()));
    }
    auto restore = qScopeGuard([this, keyChanged] {
        if (keyChanged)
            QVERIFY2(m_sshd.restart(SshdFixture::HostKey::Ed25519), qPrintable(m_sshd.errorString()));
    });
    const QByteArray ownBefore = readFile(p.knownHostsFile);
    SshConnection c(p);
    QSignalSpy connectedSpy(&c, &SshConnection::connected);
    QCOMPARE(int(openAndWait(c)), expectedState);
    QCOMPARE(int(c.lastError().kind), expectedError);
    QCOMPARE(connectedSpy.count(), 0);
    QCOMPARE(readFile(p.knownHostsFile), ownBefore);
}

void TestSshConnect::authFailures_data()
{
    QTest::addColumn<QString>("identityFile");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<bool>("asPasswordUser");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<SshError::Kind>("expected");
    using K = SshError::Kind;
    QTest::newRow("wrong key") << m_sshd.wrongClientKey() << QByteArray() << false << QByteArray() << K::AuthFailed;
    QTest::newRow("missing key file") << m_sshd.path(QStringLiteral("no-such-key")) << QByteArray() << false
                                      << QByteArray() << K::AuthFailed;
    QTest::newRow("encrypted key, no passphrase") << m_sshd.encryptedClientKey() << QByteArray() << false
                                                  << QByteArray() << K::PassphraseRequired;
    QTest::newRow("encrypted key, wrong passphrase") << m_sshd.encryptedClientKey() << QByteArray("nope") << false
                                                     << QByteArray() << K::PassphraseRequired;
    QTest::newRow("wrong password") << QString() << QByteArray() << true << QByteArray("wrong-password")
                                    << K::AuthFailed;
    QTest::newRow("missing password") << QString() << QByteArray() << true << QByteArray() << K::PasswordRequired;
}

void TestSshConnect::authFailures()
{
    QFETCH(QString, identityFile);
    QFETCH(QByteArray, passphrase);
    QFETCH(bool, asPasswordUser);
    QFETCH(QByteArray, password);
    QFETCH(SshError::Kind, expected);
    if (asPasswordUser && !m_sshd.isRoot())
        QFAIL("needs root (as CI runs): the fixture creates the local user hoshu-sshtest");
    ConnectionParams p = asPasswordUser ? passwordParams() : m_sshd.params();
    p.identityFile = identityFile;
    p.keyPassphrase = SecretBytes(passphrase.constData(), std::size_t(passphrase.size()));
    p.password = SecretBytes(password.constData(), std::size_t(password.size()));
    SshConnection c(p);
    QSignalSpy failed(&c, &SshConnection::failed);
    QCOMPARE(openAndWait(c), SshConnection::State::Failed);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(c.lastError().kind == expected,
             qPrintable(SshError::kindName(c.lastError().kind) + QStringLiteral(": ") + c.lastError().message()));
    QVERIFY(!c.lastError().title().isEmpty());
}

void TestSshConnect::encryptedKeyWithPassphrase()
{
    ConnectionParams p = m_sshd.params();
    p.identityFile = m_sshd.encryptedClientKey();
    p.keyPassphrase = SecretBytes(m_sshd.keyPassphrase().constData(), std::size_t(m_sshd.keyPassphrase().size()));
    SshConnection c(p);
    QCOMPARE(openAndWait(c), SshConnection::State::Connected);
}

void TestSshConnect::passwordAuthentication()
{
    if (!m_sshd.isRoot())
        QFAIL("needs root (as CI runs): the fixture creates the local user hoshu-sshtest");
    SshConnection c(passwordParams());
    QVERIFY2(openAndWait(c) == SshConnection::State::Connected, qPrintable(c.lastError().message()));
    ProcessRecorder r(c.exec("whoami"));
    QVERIFY(r.waitForEnd(10000));
    QCOMPARE(r.out, QByteArray(SshdFixture::PasswordUser) + '\n');
}

void TestSshConnect::sshConfigAliasHonoured()
{
    const QString config = m_sshd.path(QStringLiteral("ssh_config"));
    QVERIFY(writeFile(config, QStringLiteral("Host other\n    HostName 192.0.2.1\n\n"
                                             "Host hoshu-alias\n    HostName 127.0.0.1\n    Port %1\n"
                                             "    User %2\n    IdentityFile %3\n")
                                  .arg(m_sshd.port())
                                  .arg(m_sshd.localUser(), m_sshd.clientKey())
                                  .toUtf8()));
    ConnectionParams p;
    p.host = QStringLiteral("hoshu-alias");
    p.sshConfigFile = config;
    p.knownHostsFile = freshKnownHosts();
    p.userKnownHostsFile = QStringLiteral("");
    p.hostKeyPolicy = HostKeyPolicy::Ask;
    p.useAgentAndDefaultKeys = true; // IdentityFile from the config is used by the automatic key search
    SshConnection c(p);
    QSignalSpy ask(&c, &SshConnection::hostKeyNeedsApproval);
    QCOMPARE(openAndWait(c), SshConnection::State::AwaitingHostKeyDecision);
    const auto info = ask.at(0).at(0).value<HostKeyInfo>();
    QCOMPARE(info.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(info.port, m_sshd.port());
    c.acceptHostKey(info.fingerprintSha256);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), SshConnection::State::Connected, 10000);
    ProcessRecorder r(c.exec("whoami"));
    QVERIFY(r.waitForEnd(10000));
    QCOMPARE(r.out, m_sshd.localUser().toUtf8() + '\n');
}

void TestSshConnect::refusedPort()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // now nothing listens there
    ConnectionParams p = m_sshd.params();
    p.port = port;
    SshConnection c(p);
    QElapsedTimer t;
    t.start();
    QCOMPARE(openAndWait(c), SshConnection::State::Failed);
    QCOMPARE(c.lastError().kind, SshError::Kind::ConnectionRefused);
    QVERIFY(t.elapsed() < 5000);
}

// Something listens but hangs up at once (a port that is not SSH, a
// fail2ban-style block): not "connection lost", since nothing was established.
void TestSshConnect::closedBeforeLogin()
{
    QTcpServer hangUp;
    QVERIFY(hangUp.listen(QHostAddress::LocalHost, 0));
    connect(&hangUp, &QTcpServer::newConnection, &hangUp, [&hangUp] {
        while (QTcpSocket *s = hangUp.nextPendingConnection()) {
            s->abort();
            s->deleteLater();
        }
    });
    ConnectionParams p = m_sshd.params();
    p.port = hangUp.serverPort();
    SshConnection c(p);
    QCOMPARE(openAndWait(c), SshConnection::State::Failed);
    QVERIFY2(c.lastError().kind == SshError::Kind::ClosedBeforeLogin, qPrintable(c.lastError().message()));
}

void TestSshConnect::unresolvableHost()
{
    ConnectionParams p = m_sshd.params();
    p.host = QStringLiteral("nonexistent.invalid");
    SshConnection c(p);
    QCOMPARE(openAndWait(c, 30000), SshConnection::State::Failed);
    QVERIFY2(c.lastError().kind == SshError::Kind::DnsFailure, qPrintable(c.lastError().message()));
}

void TestSshConnect::silentServerTimesOut()
{
    QTcpServer silent; // accepts, never sends a banner
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ConnectionParams p = m_sshd.params();
    p.port = silent.serverPort();
    p.connectTimeoutSec = 2;
    SshConnection c(p);
    QElapsedTimer t;
    t.start();
    QCOMPARE(openAndWait(c, 15000), SshConnection::State::Failed);
    QCOMPARE(c.lastError().kind, SshError::Kind::Timeout);
    QVERIFY2(t.elapsed() >= 1500 && t.elapsed() < 8000, qPrintable(QString::number(t.elapsed())));
}

void TestSshConnect::execBeforeOpenQueues()
{
    SshConnection c(m_sshd.params());
    QSignalSpy states(&c, &SshConnection::stateChanged);
    QCOMPARE(c.state(), SshConnection::State::Disconnected);
    ProcessRecorder r(c.exec("echo queued"));   // opens the connection itself
    ProcessRecorder r2(c.exec("echo second"));
    QCOMPARE(c.state(), SshConnection::State::Connecting);
    QVERIFY(r.waitForEnd(15000));
    QVERIFY(r2.waitForEnd(15000));
    QVERIFY2(r.finished, qPrintable(r.error.message()));
    QCOMPARE(r.out, QByteArray("queued\n"));
    QCOMPARE(r2.out, QByteArray("second\n"));
    QCOMPARE(c.state(), SshConnection::State::Connected);
    QVERIFY(states.count() >= 2);
}

void TestSshConnect::execFailsWithConnectError()
{
    ConnectionParams p = m_sshd.params();
    p.identityFile = m_sshd.wrongClientKey();
    SshConnection c(p);
    c.open();
    ProcessRecorder r(c.exec("echo never"));
    QVERIFY(r.waitForEnd(15000));
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, SshError::Kind::AuthFailed);
    QCOMPARE(r.endSignals, 1);
    QVERIFY(!r.started);
}

void TestSshConnect::destructorDoesNotHangDuringConnect()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ConnectionParams p = m_sshd.params();
    p.port = silent.serverPort();
    p.connectTimeoutSec = 60;
    auto c = std::make_unique<SshConnection>(p);
    c->open();
    ProcessRecorder r(c->exec("echo never"));
    QTest::qWait(300);
    QElapsedTimer t;
    t.start();
    c.reset();
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, SshError::Kind::Cancelled);
}

void TestSshConnect::destructorDoesNotHangDuringAuth()
{
    // Stop the server right after key exchange, then accept: authentication (libssh's
    // blocking phase) now waits for a server that never answers. Destroying must not.
    ConnectionParams p = m_sshd.params();
    p.hostKeyPolicy = HostKeyPolicy::Ask;
    p.knownHostsFile = freshKnownHosts();
    p.connectTimeoutSec = 60;
    auto c = std::make_unique<SshConnection>(p);
    QCOMPARE(openAndWait(*c), SshConnection::State::AwaitingHostKeyDecision);
    QVERIFY2(m_sshd.freezeConnections(), qPrintable(m_sshd.errorString()));
    auto unfreeze = qScopeGuard([this] { m_sshd.killConnections(); });
    c->acceptHostKey(m_sshd.hostKeyFingerprint());
    QTest::qWait(500);
    QElapsedTimer t;
    t.start();
    c.reset();
    qInfo("destroyed a connection stuck in authentication in %lld ms", t.elapsed());
    QVERIFY2(t.elapsed() < 6000, qPrintable(QString::number(t.elapsed())));
}

// SSH_OPTIONS_TIMEOUT bounds each libssh call; the login as a whole has its own deadline.
void TestSshConnect::loginDeadlineCoversAuthentication()
{
    ConnectionParams p = m_sshd.params();
    p.hostKeyPolicy = HostKeyPolicy::Ask;
    p.knownHostsFile = freshKnownHosts();
    p.connectTimeoutSec = 60;
    p.loginTimeoutSec = 2;
    SshConnection c(p);
    QSignalSpy ask(&c, &SshConnection::hostKeyNeedsApproval);
    QCOMPARE(openAndWait(c), SshConnection::State::AwaitingHostKeyDecision);
    QVERIFY2(m_sshd.freezeConnections(), qPrintable(m_sshd.errorString()));
    auto unfreeze = qScopeGuard([this] { m_sshd.killConnections(); });
    c.acceptHostKey(ask.at(0).at(0).value<HostKeyInfo>().fingerprintSha256);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), SshConnection::State::Failed, 20000);
    QCOMPARE(c.lastError().kind, SshError::Kind::Timeout);
}

// Dropping a connection with a running command must not wait for the graceful close
// (kill scripts, channel closes): that happens in the worker, and the reaper collects it.
void TestSshConnect::destroyingLeavesTheCloseToTheReaper()
{
    auto c = std::make_unique<SshConnection>(m_sshd.params());
    QCOMPARE(openAndWait(*c), SshConnection::State::Connected);
    ProcessRecorder r(c->exec("echo begun; sleep 60"));
    QTRY_VERIFY_WITH_TIMEOUT(r.out.contains("begun"), 10000);
    const int before = SshThreadReaper::instance().pendingCount();
    c.reset();
    QCOMPARE(SshThreadReaper::instance().pendingCount(), before + 1); // still closing, and we did not wait
    QVERIFY(r.failed);
    QTRY_COMPARE_WITH_TIMEOUT(SshThreadReaper::instance().pendingCount(), before, 10000);
}

void TestSshConnect::acceptingAnotherFingerprintIsRefused()
{
    ConnectionParams p = m_sshd.params();
    p.hostKeyPolicy = HostKeyPolicy::Ask;
    p.knownHostsFile = freshKnownHosts();
    SshConnection c(p);
    QCOMPARE(openAndWait(c), SshConnection::State::AwaitingHostKeyDecision);
    c.acceptHostKey(QStringLiteral("SHA256:not-the-key-the-user-was-shown"));
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), SshConnection::State::Failed, 10000);
    QCOMPARE(c.lastError().kind, SshError::Kind::HostKeyRejected);
    QVERIFY(readFile(p.knownHostsFile).isEmpty());
}

QTEST_GUILESS_MAIN(TestSshConnect)
#include "test_ssh_connect.moc"

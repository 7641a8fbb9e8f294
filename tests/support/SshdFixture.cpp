#include "SshdFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
const QString Sshd = QStringLiteral("/usr/sbin/sshd");

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QByteArray randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QByteArray pw;
    for (int i = 0; i < 24; ++i)
        pw += alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    return pw;
}
} // namespace

SshdFixture::SshdFixture() = default;

SshdFixture::~SshdFixture()
{
    stop();
}

bool SshdFixture::isRoot() const
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

QString SshdFixture::localUser() const
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return qEnvironmentVariable("USER");
}

bool SshdFixture::run(const QString &program, const QStringList &args, QByteArray *out, const QByteArray &input)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, p.errorString());
        return false;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed: %3")
                      .arg(program, args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

bool SshdFixture::start()
{
    if (!QFile::exists(Sshd)) {
        m_error = QStringLiteral("%1 is missing: install openssh-server").arg(Sshd);
        return false;
    }
    const QString base = qEnvironmentVariable("HOSHU_TEST_TMP", QDir::tempPath());
    QDir().mkpath(base);
    m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/sshd-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory under %1").arg(base);
        return false;
    }
    if (qEnvironmentVariableIsSet("HOSHU_TEST_KEEP_TMP"))
        m_dir->setAutoRemove(false);
    // sshd reads the authorized keys as the target user: let it traverse.
    QFile::setPermissions(dir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                     | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                     | QFileDevice::ExeGroup);
    if (!generateKeys())
        return false;
    if (isRoot())
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
    m_hostKey = HostKey::Ed25519;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        if (m_port && writeConfig() && launch())
            return true;
        stop();
    }
    return false;
}

bool SshdFixture::generateKeys()
{
    const QString keygen = QStringLiteral("ssh-keygen");
    struct Key { QString file; QString type; QByteArray passphrase; };
    const QList<Key> keys = {
        {hostKeyFile(HostKey::Ed25519), QStringLiteral("ed25519"), {}},
        {hostKeyFile(HostKey::OtherEd25519), QStringLiteral("ed25519"), {}},
        {hostKeyFile(HostKey::Ecdsa), QStringLiteral("ecdsa"), {}},
        {clientKey(), QStringLiteral("ed25519"), {}},
        {encryptedClientKey(), QStringLiteral("ed25519"), keyPassphrase()},
        {wrongClientKey(), QStringLiteral("ed25519"), {}},
    };
    for (const Key &k : keys) {
        if (!run(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), k.type, QStringLiteral("-N"),
                          QString::fromLatin1(k.passphrase), QStringLiteral("-C"), QStringLiteral("hoshu-test"),
                          QStringLiteral("-f"), k.file}))
            return false;
    }
    QFile authorized(path(QStringLiteral("authorized_keys")));
    if (!authorized.open(QIODevice::WriteOnly)) {
        m_error = authorized.errorString();
        return false;
    }
    for (const QString &pub : {clientKey(), encryptedClientKey()}) {
        QFile f(pub + QStringLiteral(".pub"));
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = f.errorString();
            return false;
        }
        authorized.write(f.readAll());
    }
    authorized.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    return true;
}

bool SshdFixture::enablePasswordUser()
{
    if (!isRoot()) {
        m_error = QStringLiteral("needs root (as CI runs) to create the local user %1").arg(QLatin1String(PasswordUser));
        return false;
    }
    if (!m_userLock) {
        m_userLock = std::make_unique<QLockFile>(QDir::tempPath() + QStringLiteral("/hoshu-sshtest-user.lock"));
        m_userLock->setStaleLockTime(0);
        if (!m_userLock->tryLock(10 * 60 * 1000)) {
            m_error = QStringLiteral("another test run holds %1").arg(m_userLock->fileName());
            m_userLock.reset();
            return false;
        }
    }
    return ensurePasswordUser();
}

bool SshdFixture::setPasswordUserShell(const QString &shell)
{
    return run(QStringLiteral("usermod"), {QStringLiteral("-s"), shell, QString::fromLatin1(PasswordUser)});
}

bool SshdFixture::ensurePasswordUser()
{
    const QString user = QString::fromLatin1(PasswordUser);
    if (!run(QStringLiteral("id"), {QStringLiteral("-u"), user})) {
        if (!run(QStringLiteral("useradd"), {QStringLiteral("-m"), QStringLiteral("-s"), QStringLiteral("/bin/sh"), user}))
            return false;
    }
    m_password = randomPassword();
    return run(QStringLiteral("chpasswd"), {}, nullptr, user.toLatin1() + ':' + m_password + '\n');
}

QString SshdFixture::hostKeyFile(HostKey key) const
{
    switch (key) {
    case HostKey::Ed25519: return path(QStringLiteral("host_ed25519"));
    case HostKey::OtherEd25519: return path(QStringLiteral("host_other_ed25519"));
    case HostKey::Ecdsa: return path(QStringLiteral("host_ecdsa"));
    }
    return QString();
}

bool SshdFixture::writeConfig()
{
    QFile f(path(QStringLiteral("sshd_config")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = f.errorString();
        return false;
    }
    const QString text = QStringLiteral(
        "Port %1\n"
        "ListenAddress 127.0.0.1\n"
        "HostKey %2\n"
        "PidFile none\n"
        "AuthorizedKeysFile %3\n"
        "StrictModes no\n"
        "UsePAM yes\n"
        "PermitRootLogin yes\n"
        "PubkeyAuthentication yes\n"
        "PasswordAuthentication yes\n"
        "KbdInteractiveAuthentication yes\n"
        "LogLevel %4\n"
        "MaxSessions 32\n"
        "MaxStartups 64\n"
        "PrintMotd no\n"
        "PrintLastLog no\n"
        "UseDNS no\n"
        // Hermetic: bash skips ~/.bashrc when SHLVL says it is nested, so the test
        // machine's root dotfiles (pyenv, conda...) cannot slow down or break commands.
        "SetEnv SHLVL=1\n"
        // SFTP inside sshd itself: no sftp-server path that differs between distributions.
        "Subsystem sftp internal-sftp\n"
        // root may only use keys, so a wrong key is an AuthFailed, not a PasswordRequired
        "Match User root\n"
        "    AuthenticationMethods publickey\n")
                             .arg(m_port)
                             .arg(hostKeyFile(m_hostKey), path(QStringLiteral("authorized_keys")),
                                  qEnvironmentVariable("HOSHU_TEST_SSHD_LOGLEVEL", QStringLiteral("VERBOSE")));
    f.write(text.toUtf8());
    return true;
}

bool SshdFixture::launch()
{
    m_sshd = std::make_unique<QProcess>();
    m_sshd->setProcessChannelMode(QProcess::ForwardedChannels);
    m_sshd->start(Sshd, {QStringLiteral("-D"), QStringLiteral("-f"), path(QStringLiteral("sshd_config")),
                         QStringLiteral("-E"), sshdLog()});
    if (!m_sshd->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start sshd: %1").arg(m_sshd->errorString());
        return false;
    }
    if (!waitForBanner(10000)) {
        QFile log(sshdLog());
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("sshd did not accept connections on port %1; its log:\n%2")
                      .arg(m_port)
                      .arg(QString::fromLocal8Bit(log.readAll().right(3000)));
        return false;
    }
    return true;
}

bool SshdFixture::waitForBanner(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_sshd->state() != QProcess::Running)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(500) && socket.waitForReadyRead(2000)
            && socket.readAll().startsWith("SSH-2.0-"))
            return true;
        QThread::msleep(50);
    }
    return false;
}

bool SshdFixture::restart(HostKey hostKey)
{
    stop();
    m_hostKey = hostKey;
    return writeConfig() && launch();
}

void SshdFixture::stop()
{
    if (!m_sshd)
        return;
    signalConnections(SIGKILL);
    m_sshd->terminate();
    if (!m_sshd->waitForFinished(5000)) {
        m_sshd->kill();
        m_sshd->waitForFinished(5000);
    }
    m_sshd.reset();
}

QString SshdFixture::sshdLog() const
{
    return path(QStringLiteral("sshd.log"));
}

QList<qint64> SshdFixture::connectionPids() const
{
    QList<qint64> result;
#ifdef Q_OS_LINUX
    if (!m_sshd)
        return result;
    // Every descendant of the listening sshd, found through /proc/<pid>/stat's ppid.
    QHash<qint64, qint64> parentOf;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const int close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1)
            parentOf.insert(pid, fields.at(1).toLongLong());
    }
    QList<qint64> frontier = {m_sshd->processId()};
    while (!frontier.isEmpty()) {
        const qint64 parent = frontier.takeFirst();
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            if (it.value() == parent) {
                result << it.key();
                frontier << it.key();
            }
        }
    }
#endif
    return result;
}

bool SshdFixture::signalConnections(int signal)
{
    const QList<qint64> pids = connectionPids();
    for (qint64 pid : pids)
        ::kill(static_cast<pid_t>(pid), signal);
    return !pids.isEmpty();
}

bool SshdFixture::killConnections()
{
    if (!signalConnections(SIGKILL)) {
        m_error = QStringLiteral("no per-connection sshd process found");
        return false;
    }
    return true;
}

bool SshdFixture::freezeConnections()
{
    if (!signalConnections(SIGSTOP)) {
        m_error = QStringLiteral("no per-connection sshd process found");
        return false;
    }
    return true;
}

QString SshdFixture::hostKeyFingerprint() const
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                           QStringLiteral("-f"), hostKeyFile(m_hostKey) + QStringLiteral(".pub")});
    p.waitForFinished(10000);
    // "256 SHA256:abc... hoshu-test (ED25519)"
    const QList<QByteArray> parts = p.readAllStandardOutput().split(' ');
    return parts.size() > 1 ? QString::fromLatin1(parts.at(1)) : QString();
}

QString SshdFixture::knownHostsLine() const
{
    QFile f(hostKeyFile(m_hostKey) + QStringLiteral(".pub"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    if (parts.size() < 2)
        return QString();
    return QStringLiteral("[127.0.0.1]:%1 %2 %3")
        .arg(m_port)
        .arg(QString::fromLatin1(parts.at(0)), QString::fromLatin1(parts.at(1)));
}

ConnectionParams SshdFixture::params() const
{
    ConnectionParams p;
    p.host = QStringLiteral("127.0.0.1");
    p.port = m_port;
    p.user = localUser();
    p.identityFile = clientKey();
    p.useAgentAndDefaultKeys = false;
    p.knownHostsFile = path(QStringLiteral("hoshu_known_hosts"));
    p.userKnownHostsFile = QStringLiteral(""); // none: the developer's ~/.ssh must not leak in
    p.sshConfigFile = QStringLiteral("");      // none
    p.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    p.connectTimeoutSec = 10;
    p.keepAliveIntervalSec = 15;
    return p;
}

ConnectionParams SshdFixture::passwordParams() const
{
    ConnectionParams p = params();
    p.user = QString::fromLatin1(PasswordUser);
    p.identityFile.clear();
    p.password = SecretBytes(m_password.constData(), std::size_t(m_password.size()));
    return p;
}

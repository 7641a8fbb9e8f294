#include "ConnectionTester.h"

#include "session/ServerSession.h"
#include "ssh/RemoteProcess.h"

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester()
{
    abort();
}

void ConnectionTester::test(const ServerProfile &profile, const SecretBytes &password, const SecretBytes &keyPassphrase)
{
    abort();
    m_output.clear();
    m_session = new ServerSession(profile, nullptr, this);
    connect(m_session, &ServerSession::hostKeyNeedsApproval, this, &ConnectionTester::hostKeyNeedsApproval);
    connect(m_session, &ServerSession::connected, this, &ConnectionTester::runProbe);
    connect(m_session, &ServerSession::failed, this, &ConnectionTester::fail);
    connect(m_session, &ServerSession::secretNeeded, this,
            [this](SecretStore::Kind kind, const QString &) {
                SshError error;
                error.kind = kind == SecretStore::Kind::KeyPassphrase ? SshError::Kind::PassphraseRequired
                                                                      : SshError::Kind::PasswordRequired;
                fail(error);
            });
    if (!password.isEmpty())
        m_session->provideSecret(SecretStore::Kind::Password, password, false);
    else if (!keyPassphrase.isEmpty())
        m_session->provideSecret(SecretStore::Kind::KeyPassphrase, keyPassphrase, false);
    else
        m_session->connectToServer();
}

void ConnectionTester::runProbe()
{
    RemoteExecutor *executor = m_session ? m_session->executor() : nullptr;
    if (!executor)
        return;
    // Read-only and the same everywhere: kernel and distribution name.
    RemoteProcess *process = executor->exec(QByteArrayLiteral(
        "uname -srm; (. /etc/os-release 2>/dev/null && printf '%s\\n' \"$PRETTY_NAME\")"));
    process->setParent(this);
    connect(process, &RemoteProcess::outputReady, this,
            [this](const QByteArray &data, RemoteProcess::Channel channel) {
                if (channel == RemoteProcess::Channel::Stdout && m_output.size() < 4096)
                    m_output += data;
            });
    connect(process, &RemoteProcess::finished, this, [this, process](int) {
        process->deleteLater();
        const QString summary = QString::fromUtf8(m_output).trimmed();
        abort();
        Q_EMIT succeeded(summary);
    });
    connect(process, &RemoteProcess::failed, this, [this, process](const SshError &error) {
        process->deleteLater();
        fail(error);
    });
}

void ConnectionTester::fail(const SshError &error)
{
    abort();
    Q_EMIT failed(error);
}

bool ConnectionTester::isRunning() const
{
    return !m_session.isNull();
}

void ConnectionTester::acceptHostKey(const QString &fingerprintSha256)
{
    if (m_session)
        m_session->acceptHostKey(fingerprintSha256);
}

void ConnectionTester::rejectHostKey()
{
    if (m_session)
        m_session->rejectHostKey();
}

void ConnectionTester::abort()
{
    if (!m_session)
        return;
    ServerSession *session = m_session;
    m_session = nullptr;
    session->disconnect(this);
    session->disconnectFromServer();
    session->deleteLater();
}

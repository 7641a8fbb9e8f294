#include "ServerSession.h"

#include "common/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}
} // namespace

ServerSession::ServerSession(const ServerProfile &profile, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
{
    if (m_secrets)
        connect(m_secrets, &SecretStore::readFinished, this, &ServerSession::onSecretRead);
}

ServerSession::~ServerSession()
{
    wipeSecrets();
}

void ServerSession::wipeSecrets()
{
    wipe(m_password);
    wipe(m_passphrase);
    wipe(m_sudoPassword);
}

void ServerSession::setProfile(const ServerProfile &profile)
{
    const bool addressChanged = profile.host != m_profile.host || profile.port != m_profile.port
        || profile.user != m_profile.user || profile.auth != m_profile.auth
        || profile.keyFile != m_profile.keyFile;
    m_profile = profile;
    if (addressChanged) {
        dropConnection();
        wipeSecrets();
    }
}

SshConnection::State ServerSession::state() const
{
    return m_connection ? m_connection->state() : SshConnection::State::Disconnected;
}

void ServerSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

RemoteExecutor *ServerSession::executor()
{
    return isConnected() ? m_connection.data() : nullptr;
}

void ServerSession::connectToServer()
{
    const auto s = state();
    if (s == SshConnection::State::Connected || s == SshConnection::State::Connecting
        || s == SshConnection::State::AwaitingHostKeyDecision || m_pendingReads > 0)
        return;
    m_askedForPassword = false;
    readSecretsThenOpen();
}

void ServerSession::readSecretsThenOpen()
{
    using Auth = ServerProfile::AuthMethod;
    QList<SecretStore::Kind> wanted;
    if (m_password.isEmpty() && (m_profile.auth == Auth::Password || m_profile.auth == Auth::Auto))
        wanted << SecretStore::Kind::Password;
    if (m_passphrase.isEmpty() && !m_profile.keyFile.isEmpty()
        && (m_profile.auth == Auth::KeyFile || m_profile.auth == Auth::Auto))
        wanted << SecretStore::Kind::KeyPassphrase;
    if (wanted.isEmpty() || !m_secrets || m_profile.id.isEmpty()) {
        openConnection();
        return;
    }
    Q_EMIT stateChanged(SshConnection::State::Connecting);
    m_pendingReads = int(wanted.size());
    for (SecretStore::Kind kind : wanted)
        m_secrets->read(m_profile.id, kind);
}

void ServerSession::onSecretRead(const QString &profileId, SecretStore::Kind kind, SecretStore::Status status,
                                 const QByteArray &secret, const QString &message)
{
    if (profileId != m_profile.id)
        return;
    if (status == SecretStore::Status::Ok) {
        if (kind == SecretStore::Kind::Password)
            m_password = secret;
        else if (kind == SecretStore::Kind::KeyPassphrase)
            m_passphrase = secret;
        else if (kind == SecretStore::Kind::SudoPassword)
            m_sudoPassword = secret;
    }
    if (kind == SecretStore::Kind::SudoPassword) {
        if (!m_waitingForSudo)
            return;
        if (!m_sudoPassword.isEmpty()) {
            m_waitingForSudo = false;
            Q_EMIT sudoPasswordReady(m_sudoPassword);
        } else {
            const QString reason = status == SecretStore::Status::NotFound
                ? tr("Actions that need root use sudo with a password on this server.")
                : message;
            Q_EMIT secretNeeded(SecretStore::Kind::SudoPassword, reason);
        }
        return;
    }
    if (m_pendingReads > 0 && --m_pendingReads == 0)
        openConnection();
}

ConnectionParams ServerSession::connectionParams() const
{
    ConnectionParams p;
    p.host = m_profile.host;
    p.port = m_profile.port;
    p.user = m_profile.user;
    using Auth = ServerProfile::AuthMethod;
    if (m_profile.auth == Auth::KeyFile || m_profile.auth == Auth::Auto)
        p.identityFile = m_profile.keyFile;
    p.useAgentAndDefaultKeys = m_profile.auth == Auth::Auto || m_profile.auth == Auth::Agent;
    if (m_profile.auth == Auth::Password || m_profile.auth == Auth::Auto)
        p.password = m_password;
    p.keyPassphrase = m_passphrase;
    p.knownHostsFile = AppPaths::knownHostsFile();
    p.userKnownHostsFile = AppPaths::userSshDir() + QStringLiteral("/known_hosts");
    p.sshConfigFile = m_sshConfigFileSet ? m_sshConfigFile : AppPaths::userSshDir() + QStringLiteral("/config");
    p.hostKeyPolicy = m_hostKeyPolicy;
    return p;
}

void ServerSession::openConnection()
{
    dropConnection();
    QString error;
    AppPaths::ensureConfigDir(&error);
    m_connection = new SshConnection(connectionParams(), this);
    connect(m_connection, &SshConnection::stateChanged, this, &ServerSession::stateChanged);
    connect(m_connection, &SshConnection::hostKeyNeedsApproval, this, &ServerSession::hostKeyNeedsApproval);
    connect(m_connection, &SshConnection::connected, this, [this] {
        m_lastError = {};
        Q_EMIT connected();
    });
    connect(m_connection, &SshConnection::failed, this, &ServerSession::onConnectionFailed);
    m_connection->open();
}

void ServerSession::onConnectionFailed(const SshError &error)
{
    m_lastError = error;
    using Kind = SshError::Kind;
    if (error.kind == Kind::PasswordRequired
        || (error.kind == Kind::AuthFailed && !m_password.isEmpty() && !m_askedForPassword
            && m_profile.auth == ServerProfile::AuthMethod::Password)) {
        const bool wrong = !m_password.isEmpty();
        wipe(m_password);
        m_askedForPassword = true;
        Q_EMIT secretNeeded(SecretStore::Kind::Password,
                            wrong ? tr("The server did not accept the password.") : error.title());
        return;
    }
    if (error.kind == Kind::PassphraseRequired) {
        const bool wrong = !m_passphrase.isEmpty();
        wipe(m_passphrase);
        Q_EMIT secretNeeded(SecretStore::Kind::KeyPassphrase,
                            wrong ? tr("The passphrase did not unlock the key.") : error.title());
        return;
    }
    Q_EMIT failed(error);
}

void ServerSession::provideSecret(SecretStore::Kind kind, const QByteArray &secret, bool remember)
{
    if (secret.isEmpty()) {
        if (kind == SecretStore::Kind::SudoPassword) {
            m_waitingForSudo = false;
            Q_EMIT sudoPasswordUnavailable(tr("No sudo password was given."));
            return;
        }
        // Keep the reason we asked (e.g. "password required") as the error shown.
        if (!m_lastError.isError())
            m_lastError.kind = SshError::Kind::Cancelled;
        Q_EMIT failed(m_lastError);
        return;
    }
    if (remember && m_secrets && !m_profile.id.isEmpty())
        m_secrets->write(m_profile.id, kind, secret);
    switch (kind) {
    case SecretStore::Kind::Password:
        m_password = secret;
        openConnection();
        break;
    case SecretStore::Kind::KeyPassphrase:
        m_passphrase = secret;
        openConnection();
        break;
    case SecretStore::Kind::SudoPassword:
        m_sudoPassword = secret;
        m_waitingForSudo = false;
        Q_EMIT sudoPasswordReady(m_sudoPassword);
        break;
    }
}

void ServerSession::requestSudoPassword()
{
    if (!m_sudoPassword.isEmpty()) {
        Q_EMIT sudoPasswordReady(m_sudoPassword);
        return;
    }
    m_waitingForSudo = true;
    if (m_secrets && !m_profile.id.isEmpty())
        m_secrets->read(m_profile.id, SecretStore::Kind::SudoPassword);
    else
        Q_EMIT secretNeeded(SecretStore::Kind::SudoPassword,
                            tr("Actions that need root use sudo with a password on this server."));
}

void ServerSession::acceptHostKey()
{
    if (m_connection)
        m_connection->acceptHostKey();
}

void ServerSession::rejectHostKey()
{
    if (m_connection)
        m_connection->rejectHostKey();
}

void ServerSession::disconnectFromServer()
{
    dropConnection();
    Q_EMIT stateChanged(SshConnection::State::Disconnected);
}

void ServerSession::dropConnection()
{
    if (!m_connection)
        return;
    SshConnection *old = m_connection;
    m_connection = nullptr;
    old->disconnect(this);
    old->close();
    old->deleteLater();
}

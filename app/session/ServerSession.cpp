#include "ServerSession.h"

#include "common/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
    m_password.clear();
    m_passphrase.clear();
    m_sudoPassword.clear();
}

RootMode ServerSession::rootMode() const
{
    if (m_profile.user == QLatin1String("root"))
        return RootMode::AlreadyRoot;
    switch (m_profile.rootAccess) {
    case ServerProfile::RootAccess::AlreadyRoot:
        return RootMode::AlreadyRoot;
    case ServerProfile::RootAccess::SudoWithPassword:
        return RootMode::SudoWithPassword;
    case ServerProfile::RootAccess::SudoNoPassword:
        break;
    }
    return RootMode::SudoNoPassword;
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
    if (m_injectedExecutor)
        return m_injectedConnected ? SshConnection::State::Connected : SshConnection::State::Disconnected;
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
    if (m_injectedExecutor)
        return m_injectedConnected ? m_injectedExecutor : nullptr;
    return isConnected() ? m_connection.data() : nullptr;
}

SftpDownload *ServerSession::download(const SftpDownloadRequest &request)
{
    if (m_injectedExecutor || !isConnected() || !m_connection)
        return nullptr;
    return m_connection->download(request);
}

SftpDownload *ServerSession::upload(const SftpUploadRequest &request)
{
    if (m_injectedExecutor || !isConnected() || !m_connection)
        return nullptr;
    return m_connection->upload(request);
}

void ServerSession::setExecutor(RemoteExecutor *executor)
{
    dropConnection();
    m_injectedExecutor = executor;
    m_injectedConnected = false;
}

void ServerSession::connectInjected()
{
    if (m_injectedConnected)
        return;
    Q_EMIT stateChanged(SshConnection::State::Connecting);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_injectedExecutor || m_injectedConnected)
                return;
            m_injectedConnected = true;
            m_lastError = {};
            Q_EMIT stateChanged(SshConnection::State::Connected);
            Q_EMIT connected();
        },
        Qt::QueuedConnection);
}

void ServerSession::connectToServer()
{
    if (m_injectedExecutor) {
        connectInjected();
        return;
    }
    const auto s = state();
    if (s == SshConnection::State::Connected || s == SshConnection::State::Connecting
        || s == SshConnection::State::AwaitingHostKeyDecision || m_pendingReads.contains(SecretStore::Kind::Password)
        || m_pendingReads.contains(SecretStore::Kind::KeyPassphrase))
        return;
    m_askedForPassword = false;
    m_triedKeychainPassword = false;
    m_triedKeychainPassphrase = false;
    // Only a password login is sure to need its secret: read it first. Everything else
    // (agent, keys, "auto") connects first and reads the keychain only if the server asks.
    if (m_profile.auth == ServerProfile::AuthMethod::Password && m_password.isEmpty() && m_secrets
        && !m_profile.id.isEmpty()) {
        m_triedKeychainPassword = true;
        Q_EMIT stateChanged(SshConnection::State::Connecting);
        readFromKeychain(SecretStore::Kind::Password, QString());
        return;
    }
    openConnection();
}

void ServerSession::readFromKeychain(SecretStore::Kind kind, const QString &reasonIfMissing)
{
    m_pendingReads.insert(kind, reasonIfMissing);
    m_secrets->read(m_profile.id, kind);
}

void ServerSession::onSecretRead(const QString &profileId, SecretStore::Kind kind, SecretStore::Status status,
                                 const SecretBytes &secret, const QString &message)
{
    if (profileId != m_profile.id || !m_pendingReads.contains(kind))
        return;
    const QString reason = m_pendingReads.take(kind);
    const bool found = status == SecretStore::Status::Ok && !secret.isEmpty();
    switch (kind) {
    case SecretStore::Kind::SudoPassword:
        if (!m_waitingForSudo)
            return;
        if (found) {
            m_sudoPassword = secret;
            m_sudoPasswordFromKeychain = true;
            m_waitingForSudo = false;
            deliverSudoPassword();
        } else {
            Q_EMIT secretNeeded(kind, status == SecretStore::Status::NotFound
                                          ? tr("Actions that need root use sudo with a password on this server.")
                                          : message);
        }
        return;
    case SecretStore::Kind::Password:
        if (found)
            m_password = secret;
        break;
    case SecretStore::Kind::KeyPassphrase:
        if (found)
            m_passphrase = secret;
        break;
    case SecretStore::Kind::CopiesPassphrase:
        return; // belongs to the copies on this computer, not to a connection
    }
    if (found || reason.isEmpty()) {
        openConnection(); // a password login without a stored password: the server's answer decides
        return;
    }
    Q_EMIT secretNeeded(kind, status == SecretStore::Status::NotFound ? reason : message);
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
    p.acceptFingerprint = m_acceptFingerprint;
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
    const bool canReadKeychain = m_secrets && !m_profile.id.isEmpty();
    if (error.kind == Kind::PasswordRequired
        || (error.kind == Kind::AuthFailed && !m_password.isEmpty() && !m_askedForPassword
            && m_profile.auth == ServerProfile::AuthMethod::Password)) {
        if (m_password.isEmpty() && canReadKeychain && !m_triedKeychainPassword) {
            m_triedKeychainPassword = true;
            readFromKeychain(SecretStore::Kind::Password, error.title());
            return;
        }
        const bool wrong = !m_password.isEmpty();
        m_password.clear();
        m_askedForPassword = true;
        Q_EMIT secretNeeded(SecretStore::Kind::Password,
                            wrong ? tr("The server did not accept the password.") : error.title());
        return;
    }
    if (error.kind == Kind::PassphraseRequired) {
        if (m_passphrase.isEmpty() && canReadKeychain && !m_triedKeychainPassphrase) {
            m_triedKeychainPassphrase = true;
            readFromKeychain(SecretStore::Kind::KeyPassphrase, error.title());
            return;
        }
        const bool wrong = !m_passphrase.isEmpty();
        m_passphrase.clear();
        Q_EMIT secretNeeded(SecretStore::Kind::KeyPassphrase,
                            wrong ? tr("The passphrase did not unlock the key.") : error.title());
        return;
    }
    Q_EMIT failed(error);
}

void ServerSession::provideSecret(SecretStore::Kind kind, const SecretBytes &secret, bool remember)
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
        m_sudoPasswordFromKeychain = remember;
        m_waitingForSudo = false;
        deliverSudoPassword();
        break;
    case SecretStore::Kind::CopiesPassphrase:
        break;
    }
}

void ServerSession::deliverSudoPassword()
{
    // The wrapper hands sudo exactly one line.
    if (m_sudoPassword.contains('\n') || m_sudoPassword.contains('\0')) {
        m_sudoPassword.clear();
        Q_EMIT sudoPasswordUnavailable(tr("The sudo password cannot contain a line break."));
        return;
    }
    Q_EMIT sudoPasswordReady(m_sudoPassword);
}

void ServerSession::forgetSudoPassword()
{
    m_sudoPassword.clear();
    if (m_sudoPasswordFromKeychain && m_secrets && !m_profile.id.isEmpty())
        m_secrets->remove(m_profile.id, SecretStore::Kind::SudoPassword);
    m_sudoPasswordFromKeychain = false;
}

void ServerSession::requestSudoPassword()
{
    if (!m_sudoPassword.isEmpty()) {
        deliverSudoPassword();
        return;
    }
    m_waitingForSudo = true;
    if (m_secrets && !m_profile.id.isEmpty())
        readFromKeychain(SecretStore::Kind::SudoPassword, QString());
    else
        Q_EMIT secretNeeded(SecretStore::Kind::SudoPassword,
                            tr("Actions that need root use sudo with a password on this server."));
}

void ServerSession::acceptHostKey(const QString &fingerprintSha256)
{
    if (m_connection)
        m_connection->acceptHostKey(fingerprintSha256);
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
    m_injectedConnected = false;
    if (!m_connection)
        return;
    SshConnection *old = m_connection;
    m_connection = nullptr;
    old->disconnect(this);
    old->close();
    old->deleteLater();
}

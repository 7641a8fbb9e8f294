#pragma once

#include "servers/SecretStore.h"
#include "servers/ServerProfile.h"
#include "ssh/ConnectionParams.h"
#include "ssh/HostKeyInfo.h"
#include "ssh/SshConnection.h"
#include "ssh/SshError.h"

#include <QObject>
#include <QPointer>

// One per server profile: turns the profile and its keychain secrets into a
// live SSH connection, and asks (through secretNeeded) when a secret is missing.
class ServerSession : public QObject
{
    Q_OBJECT

public:
    ServerSession(const ServerProfile &profile, SecretStore *secrets, QObject *parent = nullptr);
    ~ServerSession() override;

    const ServerProfile &profile() const { return m_profile; }
    void setProfile(const ServerProfile &profile);

    void setHostKeyPolicy(HostKeyPolicy policy) { m_hostKeyPolicy = policy; }
    // Empty by default: only an explicit profile setting or the user's ~/.ssh/config is read.
    void setSshConfigFile(const QString &path) { m_sshConfigFile = path; m_sshConfigFileSet = true; }

    SshConnection::State state() const;
    SshError lastError() const { return m_lastError; }
    bool isConnected() const { return state() == SshConnection::State::Connected; }

    void connectToServer();
    void disconnectFromServer();
    void acceptHostKey();
    void rejectHostKey();
    // Answer to secretNeeded(); an empty secret means the user cancelled.
    void provideSecret(SecretStore::Kind kind, const QByteArray &secret, bool remember);

    // The sudo password for actions that need it: from memory, the keychain,
    // or by asking. Emits sudoPasswordReady() or sudoPasswordUnavailable().
    void requestSudoPassword();

    // The live connection, or nullptr when not connected.
    RemoteExecutor *executor();

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

Q_SIGNALS:
    void stateChanged(SshConnection::State state);
    void hostKeyNeedsApproval(const HostKeyInfo &info);
    void secretNeeded(SecretStore::Kind kind, const QString &reason);
    void connected();
    void failed(const SshError &error);
    void busyChanged(bool busy);
    void sudoPasswordReady(const QByteArray &password);
    void sudoPasswordUnavailable(const QString &reason);

private:
    void readSecretsThenOpen();
    void onSecretRead(const QString &profileId, SecretStore::Kind kind, SecretStore::Status status,
                      const QByteArray &secret, const QString &message);
    void openConnection();
    void onConnectionFailed(const SshError &error);
    void dropConnection();
    ConnectionParams connectionParams() const;
    void wipeSecrets();

    ServerProfile m_profile;
    QPointer<SecretStore> m_secrets;
    QPointer<SshConnection> m_connection;
    HostKeyPolicy m_hostKeyPolicy = HostKeyPolicy::Ask;
    QString m_sshConfigFile;
    bool m_sshConfigFileSet = false;
    SshError m_lastError;
    QByteArray m_password;
    QByteArray m_passphrase;
    QByteArray m_sudoPassword;
    int m_pendingReads = 0;
    bool m_waitingForSudo = false;
    bool m_askedForPassword = false;
    bool m_busy = false;
};

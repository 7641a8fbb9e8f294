#pragma once

#include "catalog/RootMode.h"
#include "common/SecretBytes.h"
#include "servers/SecretStore.h"
#include "servers/ServerProfile.h"
#include "ssh/ConnectionParams.h"
#include "ssh/HostKeyInfo.h"
#include "ssh/SshConnection.h"
#include "ssh/SshError.h"

#include <QMap>
#include <QObject>
#include <QPointer>

// One per server profile: turns the profile and its keychain secrets into a
// live SSH connection, and asks (through secretNeeded) when a secret is missing.
// The keychain is read only when the server actually asks for a password or a
// passphrase (or an action needs the sudo password), never for a key login.
class ServerSession : public QObject
{
    Q_OBJECT

public:
    ServerSession(const ServerProfile &profile, SecretStore *secrets, QObject *parent = nullptr);
    ~ServerSession() override;

    const ServerProfile &profile() const { return m_profile; }
    // How commands that need root get it on this server.
    RootMode rootMode() const;
    void setProfile(const ServerProfile &profile);

    void setHostKeyPolicy(HostKeyPolicy policy) { m_hostKeyPolicy = policy; }
    // With AcceptNew: record only an unknown key with this fingerprint.
    void setAcceptFingerprint(const QString &fingerprintSha256) { m_acceptFingerprint = fingerprintSha256; }
    // Empty by default: only an explicit profile setting or the user's ~/.ssh/config is read.
    void setSshConfigFile(const QString &path) { m_sshConfigFile = path; m_sshConfigFileSet = true; }

    SshConnection::State state() const;
    SshError lastError() const { return m_lastError; }
    bool isConnected() const { return state() == SshConnection::State::Connected; }

    void connectToServer();
    void disconnectFromServer();
    void acceptHostKey(const QString &fingerprintSha256);
    void rejectHostKey();
    // Answer to secretNeeded(); an empty secret means the user cancelled.
    void provideSecret(SecretStore::Kind kind, const SecretBytes &secret, bool remember);
    // The sudo password given up front (hoshu-cli --sudo-password-stdin): used for this
    // session only, never stored.
    void setSudoPassword(const SecretBytes &password) { m_sudoPassword = password; }
    // sudo refused the password we gave: forget it (and the keychain's copy, if that
    // is where it came from) so the next action asks again.
    void forgetSudoPassword();

    // The sudo password for actions that need it: from memory, the keychain,
    // or by asking. Emits sudoPasswordReady() or sudoPasswordUnavailable().
    void requestSudoPassword();

    // The live connection, or nullptr when not connected.
    RemoteExecutor *executor();
    // Fetches one file (a backup bundle) over the live connection, resumable and checked
    // against its SHA-256 (see SshConnection::download); nullptr when not connected.
    SftpDownload *download(const SftpDownloadRequest &request);
    SftpDownload *upload(const SftpUploadRequest &request); // null when not connected over SSH
    // For tests: commands run on `executor` (e.g. tests/support/FakeExecutor)
    // instead of SSH; connectToServer() then connects at once (next event-loop
    // turn) without a keychain or a host key. Not owned; never set in production.
    void setExecutor(RemoteExecutor *executor);

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

Q_SIGNALS:
    void stateChanged(SshConnection::State state);
    void hostKeyNeedsApproval(const HostKeyInfo &info);
    void secretNeeded(SecretStore::Kind kind, const QString &reason);
    void connected();
    void failed(const SshError &error);
    void busyChanged(bool busy);
    void sudoPasswordReady(const SecretBytes &password);
    void sudoPasswordUnavailable(const QString &reason);

private:
    void readFromKeychain(SecretStore::Kind kind, const QString &reasonIfMissing);
    void onSecretRead(const QString &profileId, SecretStore::Kind kind, SecretStore::Status status,
                      const SecretBytes &secret, const QString &message);
    void openConnection();
    void onConnectionFailed(const SshError &error);
    void dropConnection();
    ConnectionParams connectionParams() const;
    void wipeSecrets();
    void deliverSudoPassword(); // sudoPasswordReady, or sudoPasswordUnavailable for one it cannot pass

    void connectInjected();

    ServerProfile m_profile;
    RemoteExecutor *m_injectedExecutor = nullptr; // setExecutor()
    bool m_injectedConnected = false;
    QPointer<SecretStore> m_secrets;
    QPointer<SshConnection> m_connection;
    HostKeyPolicy m_hostKeyPolicy = HostKeyPolicy::Ask;
    QString m_acceptFingerprint;
    QString m_sshConfigFile;
    bool m_sshConfigFileSet = false;
    SshError m_lastError;
    SecretBytes m_password;
    SecretBytes m_passphrase;
    SecretBytes m_sudoPassword;
    bool m_sudoPasswordFromKeychain = false;
    // Why we read the keychain, per kind, while a read is under way (shown if it has nothing).
    QMap<SecretStore::Kind, QString> m_pendingReads;
    bool m_triedKeychainPassword = false;
    bool m_triedKeychainPassphrase = false;
    bool m_waitingForSudo = false;
    bool m_askedForPassword = false;
    bool m_busy = false;
};

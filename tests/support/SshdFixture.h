#pragma once

#include "ssh/ConnectionParams.h"

#include <QByteArray>
#include <QLockFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real OpenSSH sshd on 127.0.0.1 with its own host keys, config and client keys,
// in a temporary directory. Root (as in CI) gets a password user too.
// Every method that can fail returns false and sets errorString().
class SshdFixture
{
public:
    enum class HostKey { Ed25519, OtherEd25519, Ecdsa };

    static constexpr const char *PasswordUser = "hoshu-sshtest";

    SshdFixture();
    ~SshdFixture();

    // Generates keys and config and starts sshd.
    bool start();
    // As root: creates PasswordUser if missing and gives it a fresh random password. Holds a
    // machine-wide lock until destruction, so parallel test runs do not change it under us.
    bool enablePasswordUser();
    // Gives PasswordUser another login shell (a path such as /usr/bin/fish).
    bool setPasswordUserShell(const QString &shell);
    // Restarts on the same port presenting another host key (to test "changed").
    bool restart(HostKey hostKey);
    void stop();
    // SIGKILLs every per-connection sshd process (and the commands under them): a dropped link.
    bool killConnections();
    // SIGSTOPs them instead: the link stays up but nothing answers any more.
    bool freezeConnections();

    QString errorString() const { return m_error; }
    bool isRoot() const;
    quint16 port() const { return m_port; }
    QString dir() const { return m_dir ? m_dir->path() : QString(); }
    QString path(const QString &name) const { return dir() + QLatin1Char('/') + name; }
    QString sshdLog() const; // the sshd's own LogLevel VERBOSE log

    QString clientKey() const { return path(QStringLiteral("id_ed25519")); } // authorized for root
    QString encryptedClientKey() const { return path(QStringLiteral("id_encrypted")); } // authorized, has a passphrase
    QByteArray keyPassphrase() const { return QByteArrayLiteral("correct horse battery"); }
    QString wrongClientKey() const { return path(QStringLiteral("id_wrong")); } // not authorized
    QByteArray userPassword() const { return m_password; } // of PasswordUser, fresh each run
    QString localUser() const;

    HostKey currentHostKey() const { return m_hostKey; }
    // "SHA256:..." of the host key sshd presents now, as ssh-keygen -l prints it.
    QString hostKeyFingerprint() const;
    // A known_hosts line for the current host key, e.g. "[127.0.0.1]:2222 ssh-ed25519 AAAA...".
    QString knownHostsLine() const;

    // Params for root with clientKey(), no agent/default keys, no ssh config, host key
    // policy AcceptNew, and Hoshu's known_hosts in the temporary directory.
    ConnectionParams params() const;
    // Params for PasswordUser with the right password and no key.
    ConnectionParams passwordParams() const;

private:
    bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr,
             const QByteArray &input = QByteArray());
    bool generateKeys();
    bool ensurePasswordUser();
    bool writeConfig();
    bool launch();
    bool waitForBanner(int timeoutMs);
    QList<qint64> connectionPids() const;
    bool signalConnections(int signal);
    QString hostKeyFile(HostKey key) const;

    std::unique_ptr<QLockFile> m_userLock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_sshd;
    quint16 m_port = 0;
    HostKey m_hostKey = HostKey::Ed25519;
    QByteArray m_password;
    QString m_error;
};

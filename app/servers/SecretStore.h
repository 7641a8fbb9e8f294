#pragma once

#include "common/SecretBytes.h"

#include <QObject>
#include <QString>

#include <functional>

// Passwords, key passphrases and sudo passwords in the OS keychain, through
// QtKeychain only, never with its insecure (plain-text) fallback. Service "Hoshu",
// key "<profileId>/<kind>". Keep values small: the Windows credential store
// limits a value to about 2.5 KB, so store passphrases, never private keys.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    // CopiesPassphrase belongs to no server: the key is "copies/passphrase" whatever profileId says.
    enum class Kind { Password, KeyPassphrase, SudoPassword, CopiesPassphrase };
    Q_ENUM(Kind)
    enum class Status { Ok, NotFound, NoKeychain, AccessDenied, OtherError };
    Q_ENUM(Status)

    static QString serviceName() { return QStringLiteral("Hoshu"); }
    static QString keyFor(const QString &profileId, Kind kind); // "<profileId>/password" etc.

    explicit SecretStore(QObject *parent = nullptr);

    void read(const QString &profileId, Kind kind);                            // -> readFinished
    void write(const QString &profileId, Kind kind, const SecretBytes &secret); // -> writeFinished
    // Removing a secret that is not stored is Ok on libsecret, NotFound on some
    // other backends: treat both as "gone".
    void remove(const QString &profileId, Kind kind);                          // -> removeFinished

    // Blocking conveniences for hoshu-cli: spin a local QEventLoop until the
    // keychain answers (or blockingTimeoutMs passes). Never call on the GUI thread.
    Status readBlocking(const QString &profileId, Kind kind, SecretBytes *secret, QString *message);
    Status writeBlocking(const QString &profileId, Kind kind, const SecretBytes &secret, QString *message);
    Status removeBlocking(const QString &profileId, Kind kind, QString *message);

    static QString statusMessage(Status status); // translated, never empty

    // The GUI at login: the Linux backend may start a moment after the session. Off by
    // default, so a run from cron or an SSH login (no keychain at all) never waits.
    void setRetryWhenUnavailable(bool retry) { m_retryWhenUnavailable = retry; }

    static constexpr int retryDelayMs = 1000;
    static constexpr int blockingTimeoutMs = 120000; // long enough for an unlock prompt

Q_SIGNALS:
    void readFinished(const QString &profileId, SecretStore::Kind kind, SecretStore::Status status,
                      const SecretBytes &secret, const QString &message);
    void writeFinished(const QString &profileId, SecretStore::Kind kind, SecretStore::Status status,
                       const QString &message);
    void removeFinished(const QString &profileId, SecretStore::Kind kind, SecretStore::Status status,
                        const QString &message);

private:
    enum class Op { Read, Write, Remove };
    using Done = std::function<void(Status, const SecretBytes &, const QString &)>;
    void run(Op op, const QString &profileId, Kind kind, const SecretBytes &secret, int attempt, Done done);
    Status runBlocking(Op op, const QString &profileId, Kind kind, const SecretBytes &secret,
                       SecretBytes *readSecret, QString *message);

    bool m_retryWhenUnavailable = false;
};

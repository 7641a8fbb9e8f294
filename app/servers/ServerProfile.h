#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One server Hoshu looks after. Plain data: no secrets here, ever (they live in
// the OS keychain under SecretStore::keyFor(id, ...)).
struct ServerProfile
{
    enum class AuthMethod {
        Auto,     // agent + default keys, then the key file, then a password
        Agent,
        KeyFile,
        Password, // the password itself is in the keychain, never in the profile
    };
    enum class RootAccess { AlreadyRoot, SudoNoPassword, SudoWithPassword };

    QString id;   // stable UUID (QUuid::WithoutBraces); the keychain key; never changes
    QString name; // unique, shown in the UI, used by `hoshu-cli NAME`
    QString host; // hostname, IP or ~/.ssh/config alias
    quint16 port = 0; // 0 = from ~/.ssh/config or 22
    QString user;     // empty = from ~/.ssh/config or the local user
    AuthMethod auth = AuthMethod::Auto;
    QString keyFile;
    RootAccess rootAccess = RootAccess::SudoNoPassword;
    QString deployment = QStringLiteral("systemd"); // "systemd" | "docker"
    QString mastodonDir = QStringLiteral("/home/mastodon/live");
    // true: deployment and mastodonDir follow what the probe detects on the server
    // (LayoutDetection); false once the user set either of them (an override).
    bool detectLayout = true;
    // Keys this Hoshu does not know, kept as they were so an older Hoshu never
    // drops a newer one's data. A QJsonObject rather than nlohmann::json so that
    // code including this header does not need nlohmann (ProfileJson converts).
    QJsonObject extra;

    // Typed views of the `extra` keys Hoshu itself reads (hoshu-cli server add
    // writes them; a user may write them by hand), so no caller reads a key by name.
    // "backupDir" (one) and "backupDirs" (a list): where the backups are, for the
    // backup checks. Only absolute paths without control characters, each once.
    QStringList backupDirs() const;
    // "domain": the Mastodon domain for the HTTPS checks; empty = the one the server's .env names.
    QString domain() const;
    void setDomain(const QString &domain);
    // "http_address": connect there for the domain (SNI and Host stay the domain); empty = DNS.
    QString httpAddress() const;
    void setHttpAddress(const QString &address);
    // "http_ca_file": a PEM file of extra CAs for the HTTPS checks; empty = the system's.
    QString httpCaFile() const;
    void setHttpCaFile(const QString &path);
    // "thresholds": the user's limits for the checks (Thresholds::fromJson).
    QJsonObject thresholds() const;

    // The sensible default for a user: root needs no sudo.
    static RootAccess defaultRootAccessFor(const QString &user);

    // Translated messages, each naming the field; empty when the profile is valid.
    // Does not check name uniqueness (ProfileStore does).
    QStringList validate() const;

    // user@host:port as it will connect; parts that come from ~/.ssh/config
    // (empty user, port 0) are left out. IPv6 hosts are bracketed when a port follows.
    QString displayAddress() const;

    // Whether a name is "the same" as another for uniqueness (case and
    // Unicode normalisation insensitive), so "Prod" and "prod" cannot both exist.
    static QString nameKey(const QString &name);

    static QString deploymentSystemd() { return QStringLiteral("systemd"); }
    static QString deploymentDocker() { return QStringLiteral("docker"); }
};

bool operator==(const ServerProfile &a, const ServerProfile &b);
inline bool operator!=(const ServerProfile &a, const ServerProfile &b) { return !(a == b); }

#pragma once

#include "probes/Snapshot.h"
#include "servers/ServerProfile.h"

#include <QString>
#include <QStringList>

#include <optional>

// Turns the probe's `detect` section into the profile's layout, so a profile
// needs no more than host, user and key: the deployment kind and the Mastodon
// directory follow the server unless the user set them (detectLayout false).
// The domain and the backup directories are only shown, never stored here:
// profile.extra "domain" / "backupDirs" stay the user's overrides. Pure.
class LayoutDetection
{
public:
    // What one snapshot says; a field is empty when the probe could not tell.
    struct Detected
    {
        QString deployment;  // "systemd" | "docker" | ""
        QString mastodonDir; // the one candidate that fits the deployment, or ""
        QString domain;      // WEB_DOMAIN, else LOCAL_DOMAIN
        QStringList backupDirs;
        bool known = false;  // the detect section was read
    };

    static Detected detected(const Snapshot &snapshot);

    // The profile with deployment and mastodonDir as detected, when detection is
    // on and the probe clearly says something else; nullopt otherwise (off,
    // unreadable, ambiguous, or already right).
    static std::optional<ServerProfile> apply(const ServerProfile &profile, const Snapshot &snapshot);

    // "Detected: docker compose in /opt/mastodon" (translated).
    static QString detectedMessage(const ServerProfile &profile);
    // "systemd · /home/mastodon/live · example.social · backups: /var/backups/mastodon":
    // the profile's layout, its overrides first, else what the snapshot detected.
    static QString summaryLine(const ServerProfile &profile, const Snapshot &snapshot);
    // The profile's own backup directories (extra "backupDir"/"backupDirs"), if any.
    static QStringList backupOverrides(const ServerProfile &profile);

private:
    static QString dirFor(const Detection &detection, const QString &deployment, const QString &current);
    static bool hasNativeUnits(const SystemdUnits &units);
};

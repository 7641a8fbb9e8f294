#pragma once

#include "catalog/RootMode.h"
#include "ssh/RemoteScript.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The embedded probe script (resources/probes: lib.sh + native.sh or docker.sh)
// and the ONE command that runs it. Read-only: it changes nothing on the server.
class ProbeScript
{
public:
    enum class Tier { Fast, Slow, Full }; // Full: both tiers in one exec

    struct Request
    {
        QString deployment = QStringLiteral("systemd"); // "systemd" | "docker"
        Tier tier = Tier::Fast;
        QString mastodonDir = QStringLiteral("/home/mastodon/live");
        QStringList backupDirs; // empty: the usual places
        QString nonce;          // from newNonce()
        RootMode rootMode = RootMode::AlreadyRoot;
        QString updatesKey;     // PendingUpdates::key of the last refresh: skip apt's simulation if unchanged
    };

    // The script text for a deployment kind; empty if the resource is missing.
    static QByteArray script(const QString &deployment);
    // A random marker for this run, so no output line can fake a section.
    static QString newNonce();
    // The script with its arguments (every value shell-quoted, set by `set --` inside
    // the script, so the nonce never appears in argv). SudoNoPassword falls back to an
    // unprivileged run when sudo asks for a password; SudoWithPassword needs the password.
    static RemoteScript remoteScript(const Request &request, const SecretBytes &sudoPassword = {});
    static QString tierName(Tier tier);
};

#pragma once

#include "common/SecretBytes.h"

#include <QString>

enum class HostKeyPolicy { Ask, AcceptNew, Strict };

// Everything needed to open one SSH connection. Paths distinguish "null"
// (use the default) from "empty but set" (use none), see the effective*() helpers.
struct ConnectionParams
{
    QString host;               // hostname, IP, or a Host alias from ssh config
    quint16 port = 0;           // 0 = from ssh config, else 22
    QString user;               // empty = from ssh config, else local user name
    QString identityFile;       // optional private key file
    bool useAgentAndDefaultKeys = true;
    SecretBytes password;       // optional; used for password and keyboard-interactive auth
    SecretBytes keyPassphrase;  // optional
    QString knownHostsFile;     // Hoshu's own file (written on accept); default AppPaths::knownHostsFile()
    QString userKnownHostsFile; // read-only; null = ~/.ssh/known_hosts, empty = none
    QString sshConfigFile;      // null = ~/.ssh/config; empty string = do not read any
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Ask;
    QString acceptFingerprint;  // with AcceptNew: only an unknown key with this "SHA256:..." is recorded
    int connectTimeoutSec = 15;
    int keepAliveIntervalSec = 15; // keepalive@openssh.com; connection declared lost after 3 unanswered
    int loginTimeoutSec = 45;      // from open() to logged in, whatever the steps (DNS, proxy, auth) took

    QString effectiveKnownHostsFile() const;
    QString effectiveUserKnownHostsFile() const; // empty = none
    QString effectiveSshConfigFile() const;      // empty = none

    // Overwrites password and passphrase in memory, then clears them.
    void wipeSecrets();
};

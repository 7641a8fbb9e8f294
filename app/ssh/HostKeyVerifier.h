#pragma once

#include "ssh/ConnectionParams.h"
#include "ssh/HostKeyInfo.h"

#include <libssh/libssh.h>

// Checks the server's host key of a connected (kex done) session against Hoshu's
// known_hosts and, read-only, the user's own known_hosts.
class HostKeyVerifier
{
public:
    enum class Result { Known, Unknown, Changed, Error };
    struct Outcome
    {
        Result result = Result::Error;
        HostKeyInfo info;
        QString detail; // technical text for SshError::detail
    };

    static Outcome check(ssh_session session, const ConnectionParams &params);
    // libssh applies StrictHostKeyChecking from ssh_config; with "no" it reports
    // unknown and changed keys as OK. Hoshu's policy is its own: always strict.
    static void enforceStrictChecking(ssh_session session);
    // Appends the server's key to Hoshu's known_hosts (creating it and its folder).
    static bool accept(ssh_session session, const ConnectionParams &params, QString *error);
};

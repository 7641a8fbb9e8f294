#pragma once

#include "ssh/ConnectionParams.h"
#include "ssh/SshError.h"

#include <libssh/libssh.h>

// Logs a connected session in, in blocking mode (bounded by SSH_OPTIONS_TIMEOUT):
// none, then agent and default keys, the key file, keyboard-interactive, password.
class SshAuthenticator
{
public:
    // Returns Kind::None on success. Never prompts on a terminal.
    static SshError authenticate(ssh_session session, const ConnectionParams &params);
};

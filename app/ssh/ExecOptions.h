#pragma once

// How one remote command is run.
struct ExecOptions
{
    bool pty = false;
    int timeoutSec = 0; // 0 = none; on expiry: cancel + failed(Timeout). Counted from the channel opening.
};

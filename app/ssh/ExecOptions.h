#pragma once

// How one remote command is run. There is no pseudo-terminal option: the script
// travels on stdin (see RemoteCommandWrapper), which a terminal would mangle.
struct ExecOptions
{
    int timeoutSec = 0; // 0 = none; on expiry: cancel + failed(Timeout). Counted from the channel opening.
};

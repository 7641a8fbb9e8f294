#pragma once

#include "ssh/ExecOptions.h"
#include "ssh/RemoteScript.h"

class RemoteProcess;

// The seam between whoever runs remote commands and the transport; tests fake it.
class RemoteExecutor
{
public:
    virtual ~RemoteExecutor() = default;
    // Starts `script` under /bin/sh on the server (whatever the user's login shell is),
    // with the elevation it asks for; its stdin is empty. The returned handle is owned
    // by the caller (parent it or deleteLater it).
    virtual RemoteProcess *exec(const RemoteScript &script, const ExecOptions &options = {}) = 0;
};

#pragma once

#include "ssh/ExecOptions.h"

#include <QByteArray>

class RemoteProcess;

// The seam between whoever runs remote commands and the transport; tests fake it.
class RemoteExecutor
{
public:
    virtual ~RemoteExecutor() = default;
    // Starts `command` (run by the remote user's login shell as with `ssh host command`),
    // feeds stdinData then EOF. The returned handle is owned by the caller
    // (parent it or deleteLater it).
    virtual RemoteProcess *exec(const QByteArray &command, const QByteArray &stdinData = {},
                                const ExecOptions &options = {}) = 0;
};

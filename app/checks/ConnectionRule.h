#pragma once

#include "checks/Finding.h"
#include "ssh/SshError.h"

// connection.failed: the server could not be reached or logged into, so nothing
// is known about it (severity unknown, as monitoring plugins report it).
class ConnectionRule
{
public:
    static Finding fromError(const SshError &error);
    // The probe ran but failed as a whole (no output, sudo refused...).
    static Finding probeFailed(int exitStatus, const QString &stderrText);
};

#pragma once

#include "ssh/SshError.h"

// Turns libssh's (English, sometimes strerror-localised) connect failure text into a kind.
class SshErrorClassifier
{
public:
    static SshError fromConnectError(const QString &libsshError, bool viaProxy);
};

#pragma once

#include "common/SecretBytes.h"

#include <QByteArray>

// What runs on a server: a POSIX sh script for /bin/sh, never for the user's login
// shell, and how it gets root. The script travels on the channel's stdin, so nothing
// of it (parameters, probe nonces, passwords) appears in any process's argv.
struct RemoteScript
{
    enum class Elevation {
        None,             // as the login user
        Sudo,             // sudo -n: fails if sudo wants a password
        SudoIfAvailable,  // sudo -n when it needs no password, else as the login user
        SudoWithPassword, // sudo with `sudoPassword` (never in argv, env or a file)
    };

    RemoteScript() = default;
    RemoteScript(const QByteArray &text) : script(text) {} // NOLINT: a plain script is the common case
    RemoteScript(const char *text) : script(text) {}       // NOLINT

    QByteArray script;
    Elevation elevation = Elevation::None;
    SecretBytes sudoPassword; // SudoWithPassword only; no line breaks or NULs
};

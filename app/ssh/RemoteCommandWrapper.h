#pragma once

#include "common/SecretBytes.h"
#include "ssh/RemoteScript.h"

#include <QByteArray>

// How a RemoteScript runs on the server, independent of the user's login shell.
//
// sshd hands the exec line to the login shell (bash, dash, zsh, fish, csh...), so the
// line is constant, has no quotes and carries no data: `exec /bin/sh -s`. Everything
// else goes on stdin (payload()): a short sh program that pipes the script, after the
// sudo password if any, into a wrapper started with a random token in its environment.
//
// The wrapper makes cancelling really stop the command and its children. OpenSSH
// refuses "signal" channel requests for root sessions ("requires privilege
// separation") and otherwise signals the top process only. So the wrapper becomes
// the top process with the token, which every descendant inherits, runs the script as
// a child in the same process group and, on TERM/HUP/INT, signals the whole group.
// Cancelling sends the signal request and also runs killPayload() on a second channel,
// which signals every process carrying the token (Linux /proc).
// Stdout, stderr and the exit status pass through unchanged (a command killed by
// signal n reports 128+n). The script's own stdin is empty.
class RemoteCommandWrapper
{
public:
    // sudo did not accept the password (or the user may not use sudo).
    static constexpr int SudoRefusedExitStatus = 97;

    static QByteArray newToken(); // 32 hex digits
    static QByteArray execLine(); // the constant command line for every exec
    static SecretBytes payload(const RemoteScript &script, const QByteArray &token);
    // TERM to every process of the token (repeatedly for 10 s, as it may start late),
    // then KILL. Prints "started" first, so the caller knows its stdin was read.
    static QByteArray killPayload(const QByteArray &token);
};

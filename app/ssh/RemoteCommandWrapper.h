#pragma once

#include <QByteArray>

// Wraps a command so that cancelling really stops it and all its children.
//
// OpenSSH refuses "signal" channel requests for sessions run by its monitor (root
// logins: "session signalling requires privilege separation"), and otherwise
// delivers them to the top process only. So every command is started with a
// random token in its environment, which all its descendants inherit, under a
// small sh wrapper that becomes the top process, runs the command as a child in
// the same process group and, on TERM/HUP/INT, signals the whole group and exits.
// Cancelling sends the signal request and also runs killScript() on a second
// channel, which signals every process carrying the token (Linux /proc).
// Stdout, stderr, stdin and the exit status pass through unchanged (a command
// killed by signal n reports 128+n).
class RemoteCommandWrapper
{
public:
    static QByteArray newToken(); // 32 hex digits
    static QByteArray wrap(const QByteArray &command, const QByteArray &token);
    // TERM to every process of the token (repeatedly for 10 s, as it may start late), then KILL.
    static QByteArray killScript(const QByteArray &token);
};

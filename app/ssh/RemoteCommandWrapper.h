#pragma once

#include <QByteArray>

// Wraps a command so that cancelling really stops it and all its children.
//
// sshd delivers a "signal" channel request to the session's top process only. The
// wrapper becomes that top process (the login shell execs it), runs the command
// as a child in the same process group, and on TERM/HUP/INT signals the whole
// group and exits. Stdout, stderr, stdin and the exit status of the command pass
// through unchanged (a command killed by signal n reports 128+n).
class RemoteCommandWrapper
{
public:
    static QByteArray wrap(const QByteArray &command);
};

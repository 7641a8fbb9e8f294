#include "ssh/RemoteCommandWrapper.h"

#include "ssh/ShellWords.h"

#include <QRandomGenerator>

namespace {
const QByteArray TokenVariable = QByteArrayLiteral("HOSHU_EXEC_TOKEN");
}

QByteArray RemoteCommandWrapper::newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

QByteArray RemoteCommandWrapper::wrap(const QByteArray &command, const QByteArray &token)
{
    // The command runs under the user's login shell ($SHELL, set by sshd) as with
    // plain `ssh host command`. A background job of a non-interactive sh gets
    // /dev/null as stdin unless redirected explicitly, hence the copy on fd 3.
    static const QByteArray script = QByteArrayLiteral(
        "trap 'trap \"\" TERM HUP INT; kill -TERM 0 2>/dev/null; exit 143' TERM HUP INT\n"
        "exec 3<&0\n"
        "\"${SHELL:-/bin/sh}\" -c \"$1\" <&3 3<&- &\n"
        "exec 3<&-\n"
        "wait $!\n");
    return QByteArrayLiteral("exec env ") + TokenVariable + '=' + token + QByteArrayLiteral(" /bin/sh -c ")
        + ShellWords::quote(script) + QByteArrayLiteral(" hoshu-exec ") + ShellWords::quote(command);
}

QByteArray RemoteCommandWrapper::killScript(const QByteArray &token)
{
    // The token is hex, so it needs no quoting. Our own grep and shell carry it in
    // their arguments only, never in their environment, so they are not matched.
    const QByteArray script =
        "t=" + token + "\n"
        "k() { for f in $(grep -l -F \"" + TokenVariable + "=$t\" /proc/[0-9]*/environ 2>/dev/null); do\n"
        "  p=${f#/proc/}; kill -$1 \"${p%/environ}\" 2>/dev/null; done; }\n"
        // The login shell may still be reading its rc files when we cancel, so the
        // wrapper (and its token) can appear late: keep looking for 10 s.
        "i=0; while [ $i -lt 20 ]; do k TERM; sleep 0.5; i=$((i+1)); done; k KILL\n";
    return QByteArrayLiteral("exec /bin/sh -c ") + ShellWords::quote(script);
}

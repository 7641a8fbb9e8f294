#include "ssh/RemoteCommandWrapper.h"

#include "ssh/ShellWords.h"

QByteArray RemoteCommandWrapper::wrap(const QByteArray &command)
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
    return QByteArrayLiteral("exec /bin/sh -c ") + ShellWords::quote(script)
        + QByteArrayLiteral(" hoshu-exec ") + ShellWords::quote(command);
}

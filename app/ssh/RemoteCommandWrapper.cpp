#include "ssh/RemoteCommandWrapper.h"

#include "ssh/ShellWords.h"

#include <QRandomGenerator>

namespace {
const QByteArray TokenVariable = QByteArrayLiteral("HOSHU_EXEC_TOKEN");

// Run by /bin/sh -c with $1 = the elevation; its stdin carries [password line +] script.
// A background job of a non-interactive sh gets /dev/null as stdin unless redirected
// explicitly, hence the copy on fd 3.
const char WrapperScript[] =
    "trap 'trap \"\" TERM HUP INT; kill -TERM 0 2>/dev/null; exit 143' TERM HUP INT\n"
    "exec 3<&0\n"
    "case $1 in\n"
    "sudo) sudo -n -- /bin/sh -s <&3 3<&- & ;;\n"
    "sudo-if-available)\n"
    "  if sudo -n true 2>/dev/null; then sudo -n -- /bin/sh -s <&3 3<&- &\n"
    "  else /bin/sh -s <&3 3<&- & fi ;;\n"
    "sudo-password)\n"
    // read takes exactly one line, byte by byte; the script stays in the pipe.
    "  IFS= read -r p <&3 || p=\n"
    "  if sudo -n true 2>/dev/null; then p=; sudo -n -- /bin/sh -s <&3 3<&- &\n"
    // Validate first, with nothing but the password in sudo's stdin: a wrong one must
    // not make sudo read the script's lines as further attempts.
    "  elif printf '%s\\n' \"$p\" | sudo -S -v -p '' 2>/dev/null; then\n"
    // -k: ignore the fresh timestamp so sudo reads exactly the password line.
    "    { printf '%s\\n' \"$p\"; exec cat; } <&3 3<&- | sudo -k -S -p '' -- /bin/sh -s &\n"
    "  else p=; exit 97; fi\n"
    "  p= ;;\n"
    "*) /bin/sh -s <&3 3<&- & ;;\n"
    "esac\n"
    "exec 3<&-\n"
    "wait $!\n";

QByteArray elevationWord(RemoteScript::Elevation elevation)
{
    switch (elevation) {
    case RemoteScript::Elevation::Sudo:
        return QByteArrayLiteral("sudo");
    case RemoteScript::Elevation::SudoIfAvailable:
        return QByteArrayLiteral("sudo-if-available");
    case RemoteScript::Elevation::SudoWithPassword:
        return QByteArrayLiteral("sudo-password");
    case RemoteScript::Elevation::None:
        break;
    }
    return QByteArrayLiteral("none");
}

// Single-quotes for sh straight into a SecretBytes, so no temporary QByteArray holds a secret.
void appendQuoted(SecretBytes &out, const char *data, std::size_t size)
{
    out.append('\'');
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == '\'')
            out.append("'\\''", 4);
        else
            out.append(data[i]);
    }
    out.append('\'');
}
} // namespace

static_assert(RemoteCommandWrapper::SudoRefusedExitStatus == 97, "WrapperScript exits 97");

QByteArray RemoteCommandWrapper::newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

QByteArray RemoteCommandWrapper::execLine()
{
    return QByteArrayLiteral("exec /bin/sh -s");
}

SecretBytes RemoteCommandWrapper::payload(const RemoteScript &script, const QByteArray &token)
{
    // Read whole by the first /bin/sh: it buffers stdin, so nothing may follow this
    // program for another process to read. printf is a builtin: its arguments appear
    // in no process's argv.
    SecretBytes out;
    const bool withPassword = script.elevation == RemoteScript::Elevation::SudoWithPassword;
    out.reserve(std::size_t(script.script.size()) * 5 / 4 + script.sudoPassword.size() + 2048);
    out.append(QByteArrayLiteral("printf '%s' "));
    SecretBytes inner;
    if (withPassword) {
        inner.reserve(script.sudoPassword.size() + std::size_t(script.script.size()) + 1);
        inner.append(script.sudoPassword);
        inner.append('\n');
    }
    inner.append(script.script);
    appendQuoted(out, inner.constData(), inner.size());
    out.append(QByteArrayLiteral(" | exec env ") + TokenVariable + '=' + token + QByteArrayLiteral(" /bin/sh -c ")
               + ShellWords::quote(QByteArray(WrapperScript)) + QByteArrayLiteral(" hoshu-exec ")
               + elevationWord(script.elevation) + '\n');
    return out;
}

QByteArray RemoteCommandWrapper::killPayload(const QByteArray &token)
{
    // The token is hex, so it needs no quoting. Our own grep and shell carry it in
    // their arguments only, never in their environment, so they are not matched.
    return "echo started\n"
           "t=" + token + "\n"
           "k() { for f in $(grep -l -F \"" + TokenVariable + "=$t\" /proc/[0-9]*/environ 2>/dev/null); do\n"
           "  p=${f#/proc/}; kill -$1 \"${p%/environ}\" 2>/dev/null; done; }\n"
           // The wrapper (and its token) can appear late: keep looking for 10 s.
           "i=0; while [ $i -lt 20 ]; do k TERM; sleep 0.5; i=$((i+1)); done; k KILL\n";
}

#include "ssh/SshErrorClassifier.h"

#include <QStringList>

#include <cerrno>
#include <cstring>

namespace {
// libssh puts strerror() text into its messages; in a Japanese locale glibc may
// translate it, so match both the English and the local wording.
bool mentions(const QString &text, const char *english, int err)
{
    if (text.contains(QLatin1String(english), Qt::CaseInsensitive))
        return true;
    const QString local = QString::fromLocal8Bit(std::strerror(err));
    return !local.isEmpty() && text.contains(local, Qt::CaseInsensitive);
}
} // namespace

SshError SshErrorClassifier::fromConnectError(const QString &text, bool viaProxy)
{
    using K = SshError::Kind;
    if (text.contains(QLatin1String("resolve hostname"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("Name or service not known"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("nodename nor servname"), Qt::CaseInsensitive))
        return {K::DnsFailure, text};
    if (mentions(text, "Connection refused", ECONNREFUSED))
        return {K::ConnectionRefused, text};
    if (mentions(text, "Network is unreachable", ENETUNREACH) || mentions(text, "No route to host", EHOSTUNREACH))
        return {K::NetworkUnreachable, text};
    if (mentions(text, "timed out", ETIMEDOUT) || text.contains(QLatin1String("Timeout"), Qt::CaseInsensitive))
        return {K::Timeout, text};
    if (viaProxy)
        return {K::ProxyFailed, text};
    // Still connecting: nothing was lost yet, the server (or something in front
    // of it) hung up before the SSH handshake finished.
    if (mentions(text, "Connection reset", ECONNRESET) || text.contains(QLatin1String("disconnected"), Qt::CaseInsensitive))
        return {K::ClosedBeforeLogin, text};
    return {K::Protocol, text};
}

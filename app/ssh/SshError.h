#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// An SSH failure a person can act on: a kind (for code), a translated title and
// explanation (for people), and the untranslated technical detail (for logs).
struct SshError
{
    enum class Kind {
        None,
        DnsFailure,
        ConnectionRefused,
        Timeout,
        NetworkUnreachable,
        AuthFailed,
        PasswordRequired,
        PassphraseRequired,
        HostKeyUnknown,
        HostKeyChanged,
        HostKeyRejected,
        ProxyFailed,
        ConnectionLost,
        ChannelFailed,
        Cancelled,
        Protocol,
        ClosedBeforeLogin // something answered on the port, then closed before SSH could start
    };

    Kind kind = Kind::None;
    QString detail; // technical text (libssh/system), untranslated, may be empty

    SshError() = default;
    SshError(Kind k, const QString &d = QString()) : kind(k), detail(d) {}

    bool isError() const { return kind != Kind::None; }
    QString title() const;       // translated one-liner, e.g. "Host key changed"
    QString explanation() const; // translated: what it may mean and what to check/do
    QString message() const;     // title + explanation + detail, for logs and the CLI

    // Stable English identifier of the kind ("HostKeyChanged"), for logs and JSON.
    static QString kindName(Kind kind);

    Q_DECLARE_TR_FUNCTIONS(SshError) // last: the macro ends with "private:"
};

Q_DECLARE_METATYPE(SshError)

#include "ssh/SshError.h"


QString SshError::title() const
{
    switch (kind) {
    case Kind::None: return QString();
    case Kind::DnsFailure: return tr("Server name not found");
    case Kind::ConnectionRefused: return tr("Connection refused");
    case Kind::Timeout: return tr("Connection timed out");
    case Kind::NetworkUnreachable: return tr("Network unreachable");
    case Kind::AuthFailed: return tr("Authentication failed");
    case Kind::PasswordRequired: return tr("Password required");
    case Kind::PassphraseRequired: return tr("Key passphrase required");
    case Kind::HostKeyUnknown: return tr("Unknown host key");
    case Kind::HostKeyChanged: return tr("Host key changed");
    case Kind::HostKeyRejected: return tr("Host key not accepted");
    case Kind::ProxyFailed: return tr("Proxy or jump host failed");
    case Kind::ConnectionLost: return tr("Connection lost");
    case Kind::ChannelFailed: return tr("Could not run the command");
    case Kind::Cancelled: return tr("Cancelled");
    case Kind::Protocol: return tr("SSH error");
    case Kind::ClosedBeforeLogin: return tr("Connection closed by the server");
    }
    return QString();
}

QString SshError::explanation() const
{
    switch (kind) {
    case Kind::None: return QString();
    case Kind::DnsFailure:
        return tr("The server's name could not be turned into an address. Check the spelling of the "
                  "host name, and that this computer is online and its DNS works.");
    case Kind::ConnectionRefused:
        return tr("The server answered but nothing accepts SSH connections on this port. Check the "
                  "port number, that the SSH service (sshd) is running, and that a firewall allows it.");
    case Kind::Timeout:
        return tr("The server did not answer in time. It may be down, overloaded, or a firewall may be "
                  "dropping the connection. Check the address and port, and try again later.");
    case Kind::NetworkUnreachable:
        return tr("This computer has no route to the server. Check that you are online and that the "
                  "address is right; a VPN may be needed.");
    case Kind::AuthFailed:
        return tr("The server did not accept any of the ways Hoshu tried to log in. Check the user "
                  "name, that your public key is in the server's authorized_keys, or the password.");
    case Kind::PasswordRequired:
        return tr("The server asks for a password and none is stored for this server. Enter the "
                  "password, or set up key authentication.");
    case Kind::PassphraseRequired:
        return tr("The private key is protected by a passphrase, and none was given or it was wrong. "
                  "Enter the key's passphrase, or load the key into ssh-agent.");
    case Kind::HostKeyUnknown:
        return tr("Hoshu has never connected to this server before, so it cannot yet confirm the "
                  "server is the right one. Compare the fingerprint with the one the server's console "
                  "or your hosting provider shows, then accept it.");
    case Kind::HostKeyChanged:
        return tr("The server presents a different host key than the one recorded. This happens when "
                  "a server is reinstalled, but it can also mean someone is intercepting the "
                  "connection. Ask the server's administrator, or check the server's console, for its "
                  "fingerprint. Only if it matches, remove the old line from Hoshu's known_hosts file "
                  "and connect again.");
    case Kind::HostKeyRejected:
        return tr("You did not accept the server's host key, so Hoshu did not connect.");
    case Kind::ProxyFailed:
        return tr("The connection through the proxy or jump host (ProxyJump/ProxyCommand in the SSH "
                  "configuration) failed. Check that the jump host is reachable and that you can log in "
                  "to it.");
    case Kind::ConnectionLost:
        return tr("The connection to the server was interrupted. The network may have dropped, or the "
                  "server may have restarted. A command that was running may or may not have "
                  "finished on the server.");
    case Kind::ChannelFailed:
        return tr("The server refused to start the command. It may limit the number of sessions, or "
                  "the account may not be allowed to run commands.");
    case Kind::Cancelled:
        return tr("The command was stopped before it finished.");
    case Kind::Protocol:
        return tr("An unexpected SSH error occurred. The details below may help.");
    case Kind::ClosedBeforeLogin:
        return tr("Something answered on this port but closed the connection before SSH could start. "
                  "Check that the port is the server's SSH port. The server may also be blocking this "
                  "computer's address for a while (a firewall, fail2ban after failed logins, or sshd's "
                  "MaxStartups when many connections arrive at once).");
    }
    return QString();
}

QString SshError::message() const
{
    if (kind == Kind::None)
        return QString();
    QString text = title() + QStringLiteral(": ") + explanation();
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    return text;
}

QString SshError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("None");
    case Kind::DnsFailure: return QStringLiteral("DnsFailure");
    case Kind::ConnectionRefused: return QStringLiteral("ConnectionRefused");
    case Kind::Timeout: return QStringLiteral("Timeout");
    case Kind::NetworkUnreachable: return QStringLiteral("NetworkUnreachable");
    case Kind::AuthFailed: return QStringLiteral("AuthFailed");
    case Kind::PasswordRequired: return QStringLiteral("PasswordRequired");
    case Kind::PassphraseRequired: return QStringLiteral("PassphraseRequired");
    case Kind::HostKeyUnknown: return QStringLiteral("HostKeyUnknown");
    case Kind::HostKeyChanged: return QStringLiteral("HostKeyChanged");
    case Kind::HostKeyRejected: return QStringLiteral("HostKeyRejected");
    case Kind::ProxyFailed: return QStringLiteral("ProxyFailed");
    case Kind::ConnectionLost: return QStringLiteral("ConnectionLost");
    case Kind::ChannelFailed: return QStringLiteral("ChannelFailed");
    case Kind::Cancelled: return QStringLiteral("Cancelled");
    case Kind::Protocol: return QStringLiteral("Protocol");
    case Kind::ClosedBeforeLogin: return QStringLiteral("ClosedBeforeLogin");
    }
    return QString();
}

#include "CliConnector.h"

#include "cli/ExitCode.h"
#include "cli/Terminal.h"
#include "session/ServerSession.h"

#include <QCoreApplication>

CliConnector::CliConnector(ServerSession *session, bool acceptNewHostKey, const QString &acceptFingerprint,
                           QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_session->setAcceptFingerprint(acceptFingerprint);
    HostKeyPolicy policy = HostKeyPolicy::Strict;
    if (acceptNewHostKey)
        policy = HostKeyPolicy::AcceptNew;
    else if (Terminal::stdinIsInteractive())
        policy = HostKeyPolicy::Ask;
    m_session->setHostKeyPolicy(policy);
    connect(m_session, &ServerSession::connected, this, &CliConnector::connected);
    connect(m_session, &ServerSession::failed, this, &CliConnector::onFailed);
    connect(m_session, &ServerSession::hostKeyNeedsApproval, this, &CliConnector::onHostKey);
    connect(m_session, &ServerSession::secretNeeded, this, [this](SecretStore::Kind kind, const QString &reason) {
        if (!Terminal::stdinIsInteractive()) {
            Terminal::message(reason);
            // No one to ask: answer "cancelled" so the session reports its error.
            m_session->provideSecret(kind, {}, false);
            return;
        }
        QString prompt;
        switch (kind) {
        case SecretStore::Kind::Password:
            prompt = QCoreApplication::translate("CliConnector", "Password for %1: ");
            break;
        case SecretStore::Kind::KeyPassphrase:
            prompt = QCoreApplication::translate("CliConnector", "Passphrase for the key of %1: ");
            break;
        case SecretStore::Kind::SudoPassword:
            prompt = QCoreApplication::translate("CliConnector", "sudo password on %1: ");
            break;
        case SecretStore::Kind::CopiesPassphrase:
            prompt = QCoreApplication::translate("CliConnector", "Passphrase of the backup copies here: ");
            break;
        }
        if (!reason.isEmpty())
            Terminal::message(reason);
        const SecretBytes secret = Terminal::readSecretLine(prompt.arg(m_session->profile().name));
        m_session->provideSecret(kind, secret, false);
    });
}

void CliConnector::start()
{
    if (m_session->isConnected()) {
        Q_EMIT connected();
        return;
    }
    m_session->connectToServer();
}

void CliConnector::onHostKey(const HostKeyInfo &info)
{
    Terminal::message(QCoreApplication::translate("CliConnector",
                                                  "The host key of %1 (port %2) is not known yet.\n"
                                                  "  Key type:    %3\n"
                                                  "  Fingerprint: %4\n"
                                                  "Compare it with `ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub` "
                                                  "run on the server's console.")
                          .arg(info.host)
                          .arg(info.port)
                          .arg(info.keyType, info.fingerprintSha256,
                               info.keyType.startsWith(QLatin1String("ssh-"))
                                   ? info.keyType.mid(4)
                                   : info.keyType.section(QLatin1Char('-'), 0, 0)));
    const QByteArray answer = Terminal::readLine(
        QCoreApplication::translate("CliConnector", "Trust this key and connect? [y/N] "));
    const QString a = QString::fromUtf8(answer).trimmed().toLower();
    if (a == QLatin1String("y") || a == QLatin1String("yes"))
        m_session->acceptHostKey(info.fingerprintSha256);
    else
        m_session->rejectHostKey();
}

void CliConnector::onFailed(const SshError &error)
{
    Terminal::message(error.message());
    if (error.kind == SshError::Kind::HostKeyUnknown)
        Terminal::message(QCoreApplication::translate(
            "CliConnector", "If the fingerprint is right, run the command again with --accept-host-key "
                            "and that fingerprint (SHA256:...), or at a terminal, to be asked."));
    Q_EMIT failed(exitCodeFor(error));
}

int CliConnector::exitCodeFor(const SshError &error)
{
    switch (error.kind) {
    case SshError::Kind::HostKeyUnknown:
    case SshError::Kind::HostKeyRejected:
        return ExitCode::HostKeyUnknown;
    case SshError::Kind::HostKeyChanged:
        return ExitCode::HostKeyChanged;
    case SshError::Kind::Cancelled:
        return ExitCode::Interrupted;
    default:
        return ExitCode::Unavailable;
    }
}

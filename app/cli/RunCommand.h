#pragma once

#include "catalog/Action.h"
#include "common/SecretBytes.h"
#include "common/TerminalTextStream.h"
#include "servers/ServerProfile.h"

#include <QMap>
#include <QObject>

class ActionRunner;
class AuditLog;
class CliConnector;
class SecretStore;
class ServerSession;

// `hoshu-cli run NAME ACTION_ID`: streams the remote stdout and stderr to ours
// as they arrive (made safe for a terminal: the server's text cannot drive it)
// and finishes with the remote exit status.
class RunCommand : public QObject
{
    Q_OBJECT

public:
    struct Options {
        ServerProfile profile;
        Action action;
        QMap<QString, QString> params;
        bool yes = false;
        QString confirmName;         // --confirm NAME, for actions confirmed by typing the name
        bool acceptNewHostKey = false;
        QString acceptFingerprint;   // --accept-host-key: only this unknown key is recorded
        SecretBytes sudoPassword;    // --sudo-password-stdin
    };

    RunCommand(const Options &options, SecretStore *secrets, AuditLog *audit, QObject *parent = nullptr);

    // Validates and confirms synchronously; returns an exit code if it must stop
    // before connecting, or -1 when the run has started (done() follows).
    int start();
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    // Every changing action is confirmed: --yes, --confirm NAME, or a person at the terminal.
    bool confirmed(const QString &displayCommand) const;
    void finishOutput();

    Options m_options;
    ServerSession *m_session;
    ActionRunner *m_runner;
    CliConnector *m_connector;
    bool m_interrupted = false;
    TerminalTextStream m_stdout;
    TerminalTextStream m_stderr;
};

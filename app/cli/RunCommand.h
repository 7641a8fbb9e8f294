#pragma once

#include "catalog/Action.h"
#include "catalog/ExpandedCommand.h"
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
struct ActionPlan;

// `hoshu-cli run NAME ACTION_ID`: streams the remote stdout and stderr to ours
// as they arrive (made safe for a terminal: the server's text cannot drive it)
// and finishes with the remote exit status.
//
// A changing action asked about at the terminal first works out its plan on the
// server (read-only) and shows the commands it will run, not the whole script
// (--show-script prints that too); a plan that fails runs nothing. With --yes or
// --confirm NAME there is no question and no plan: the run prints its steps as it
// goes. Without a terminal and without them, nothing connects: the refusal shows
// the full script.
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
        bool showScript = false;     // --show-script: the full script before anything runs
        bool keepOutput = false;     // keep the remote stdout for output() (its last 1 MiB)
        bool streamStdout = true;    // false: the remote stdout is only kept, not printed (a command prints its own)
    };

    RunCommand(const Options &options, SecretStore *secrets, AuditLog *audit, QObject *parent = nullptr);

    // Validates and confirms synchronously; returns an exit code if it must stop
    // before connecting, or -1 when the run has started (done() follows).
    int start();
    void interrupt();

    // The remote stdout as received (keepOutput only), for commands that read the
    // action's result line; still hostile text.
    QString output() const { return QString::fromUtf8(m_output); }
    // Connected after a run, for what a command does next on the same connection.
    ServerSession *session() const { return m_session; }

Q_SIGNALS:
    void done(int exitCode);

private:
    // Every changing action is confirmed: --yes, --confirm NAME, or a person at the terminal.
    bool confirmed(const QString &displayCommand) const;
    // A person at the terminal will be asked: show them the plan first.
    bool asksAfterPlan() const;
    void onPlan(const ActionPlan &plan);
    void connectRunner();
    void finishOutput();

    Options m_options;
    ExpandedCommand m_command;
    ServerSession *m_session;
    ActionRunner *m_runner;
    CliConnector *m_connector;
    bool m_interrupted = false;
    TerminalTextStream m_stdout;
    TerminalTextStream m_stderr;
    QByteArray m_output;
};

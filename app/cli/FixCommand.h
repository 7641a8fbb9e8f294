#pragma once

#include "catalog/Catalog.h"
#include "catalog/ExpandedCommand.h"
#include "cli/ActionConfirmation.h"
#include "cli/FixPlan.h"
#include "common/SecretBytes.h"
#include "common/TerminalTextStream.h"
#include "servers/ServerProfile.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>

class ActionRunner;
class AuditLog;
class HistoryStore;
class SecretStore;
class ServerMonitor;
class ServerSession;

// `hoshu-cli fix NAME... | --all [--finding ID]... [--yes] [--confirm NAME] [--json]`:
// per server, one after the other: check, run each one-action fix (FixPlan's
// order, each confirmed as `run` confirms), check again, and report for every
// finding it meant to clear: fixed, still there (with the new message),
// failed, not run, or unknown (the connection dropped and the server did not
// come back). Findings without an automatic fix are named with what to do.
class FixCommand : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<ServerProfile> profiles;
        QStringList findingIds; // --finding; empty: all
        ActionConfirmation::Given confirmation;
        bool json = false;
        bool acceptNewHostKey = false;
        SecretBytes sudoPassword;
        // For tests: adjusts each session when it is created (ServerSession::setExecutor).
        std::function<void(ServerSession *)> configureSession;
    };

    FixCommand(const Options &options, const Catalog &catalog, SecretStore *secrets, AuditLog *audit,
               HistoryStore *history, QObject *parent = nullptr);

    void start();
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    void startServer();
    void check(int attemptsLeft);
    void onFirstCheck(bool reached);
    void runNextJob();
    void onPlan(const struct ActionPlan &plan);
    void jobDone(FixPlan::RunStatus status, int exitStatus);
    void onRecheck(bool reached);
    bool startSecondRound(const QList<Finding> &after);
    void report(bool reached);
    void finishServer(int exitCode);
    void writeOutput(const QByteArray &data, bool toStderr);
    void say(const QString &text); // progress: stdout, or stderr with --json

    Options m_options;
    Catalog m_catalog;
    SecretStore *m_secrets;
    AuditLog *m_audit;
    HistoryStore *m_history;

    int m_serverIndex = -1;
    QPointer<ServerSession> m_session;
    ServerMonitor *m_monitor = nullptr;
    ActionRunner *m_runner = nullptr;
    QList<FixPlan::Job> m_jobs;       // this round's
    QList<FixPlan::Job> m_earlierJobs; // the first round's, once a second one runs
    QList<FixPlan::RunStatus> m_earlierStatus;
    QList<int> m_earlierExit;
    QList<FixPlan::Target> m_deferred; // consequences left for the second round
    int m_round = 1;
    Action m_pendingAction;          // waiting for its plan
    ExpandedCommand m_pendingCommand;
    QList<FixPlan::RunStatus> m_runStatus;
    QList<int> m_exitStatus;
    int m_jobIndex = 0;
    bool m_rebooted = false;
    bool m_interrupted = false;
    bool m_checking = false;
    bool m_recheck = false;
    QList<Finding> m_before;
    TerminalTextStream m_stdout;
    TerminalTextStream m_stderr;
    QJsonArray m_jsonServers;
    int m_worstExit = 0;
};

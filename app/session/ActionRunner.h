#pragma once

#include "catalog/Action.h"
#include "catalog/ActionPlan.h"
#include "catalog/ExpandedCommand.h"
#include "history/AuditLog.h"
#include "history/AuditOutputBuffer.h"
#include "session/OutputRedactor.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class ServerSession;
class ServerActionLock;

// Runs one catalog action on one server: connects if needed, fetches the sudo
// password when the action needs it, streams redacted output, and records the
// run in the audit log. The command it runs is exactly the one prepare() showed.
//
// A changing action can work out its plan first (resources/actions/README.md):
//   auto cmd = runner->prepare(action, params, &error);
//   if (cmd->hasPlan()) {
//       connect(runner, &ActionRunner::planFinished, [](const ActionPlan &plan) {
//           plan.ok() ? show plan.steps (and plan.notes) : show plan.error, offer no Run
//       });
//       runner->startPlan(*cmd);
//   }
//   ... then, confirmed: runner->start(*cmd);
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    explicit ActionRunner(ServerSession *session, QObject *parent = nullptr);
    ~ActionRunner() override;

    // Validates the parameters and builds the command shown in the confirmation.
    std::optional<ExpandedCommand> prepare(const Action &action, const QMap<QString, QString> &params,
                                           QString *error);
    // Runs the command's plan script (command.hasPlan()): read-only, so without the
    // action lock, not busy and not in the audit log, but with root as the action gets
    // it (it reads root-only state; a sudo password asked here is kept for the run).
    // Emits planFinished() exactly once, also when it fails or is cancelled. Does
    // nothing while a plan or a run is under way.
    void startPlan(const ExpandedCommand &command);
    void start(const ExpandedCommand &command);
    void cancel(); // the plan or the run
    bool isRunning() const { return m_phase == Phase::Running; }
    bool isPlanning() const { return m_phase == Phase::Planning; }

    void setAuditLog(AuditLog *log) { m_auditLog = log; }
    // How the last run ended, as the audit log records it: Unknown when the
    // connection dropped (or timed out) while a changing action ran.
    AuditLog::Outcome lastOutcome() const { return m_lastOutcome; }

Q_SIGNALS:
    void planFinished(const ActionPlan &plan); // plan.ok(): steps and notes; else plan.error
    void started(const QString &displayCommand);
    void outputReady(const QByteArray &data, RemoteProcess::Channel channel);
    void finished(int exitStatus, qint64 durationMs);
    void failed(const SshError &error, qint64 durationMs);

private:
    enum class Phase { Idle, Planning, Running };

    void obtainRootThenConnect();
    void continueWhenConnected();
    void execute();
    void onOutput(const QByteArray &data, RemoteProcess::Channel channel);
    void finish(int exitStatus, const SshError &error);
    void finishPlan(int exitStatus, const SshError &error);
    bool sudoRefused(int exitStatus, const SshError &error);
    void releaseProcess();
    void disconnectFromSession();

    QPointer<ServerSession> m_session;
    QPointer<RemoteProcess> m_process;
    AuditLog *m_auditLog = nullptr;
    QString m_actionId;
    QMap<QString, QString> m_params;
    ExpandedCommand m_command;
    std::unique_ptr<ServerActionLock> m_actionLock; // held while a changing action runs
    SecretBytes m_sudoPassword; // between the session's answer and the exec only
    Phase m_phase = Phase::Idle;
    bool m_cancelled = false;
    QByteArray m_planOut; // the plan's redacted output, bounded
    QByteArray m_planErr;
    QElapsedTimer m_clock;
    OutputRedactor m_stdoutRedactor;
    OutputRedactor m_stderrRedactor;
    QList<QMetaObject::Connection> m_sessionConnections;
    AuditOutputBuffer m_auditOutput; // what outputReady() gave the log pane, for the audit
    QDateTime m_startedAt;
    bool m_executed = false;          // the run's command reached the server
    AuditLog::Outcome m_lastOutcome = AuditLog::Outcome::NotStarted;
};

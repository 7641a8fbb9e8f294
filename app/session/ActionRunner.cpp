#include "ActionRunner.h"

#include "catalog/ActionExpander.h"
#include "history/AuditLog.h"
#include "servers/ServerActionLock.h"
#include "session/ServerSession.h"
#include "ssh/RemoteCommandWrapper.h"

#include <QDateTime>

namespace {

// A plan prints a few lines; a runaway one is cut here (what it says is kept up to this).
constexpr qsizetype maxPlanOutput = 256 * 1024;

void appendBounded(QByteArray &to, const QByteArray &data)
{
    if (to.size() < maxPlanOutput)
        to += data.left(maxPlanOutput - to.size());
}

} // namespace

ActionRunner::ActionRunner(ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // The audit keeps exactly what the log pane receives: redacted output only.
    connect(this, &ActionRunner::outputReady, this,
            [this](const QByteArray &data, RemoteProcess::Channel) { m_auditOutput.append(data); });
}

ActionRunner::~ActionRunner()
{
    if (m_process)
        m_process->cancel();
}

std::optional<ExpandedCommand> ActionRunner::prepare(const Action &action, const QMap<QString, QString> &params,
                                                     QString *error)
{
    if (!m_session) {
        if (error)
            *error = tr("The server is no longer available.");
        return std::nullopt;
    }
    const ServerProfile &profile = m_session->profile();
    ActionExpander::Context context;
    context.deployment = profile.deployment;
    context.rootMode = m_session->rootMode();
    context.contextValues.insert(QStringLiteral("mastodon_dir"), profile.mastodonDir);
    auto expanded = ActionExpander::expand(action, params, context, error);
    if (!expanded)
        return std::nullopt;
    m_actionId = action.id;
    m_params = params;
    return expanded;
}

void ActionRunner::startPlan(const ExpandedCommand &command)
{
    if (m_phase != Phase::Idle)
        return;
    if (!m_session) {
        Q_EMIT planFinished(ActionPlan::failure(tr("The server is no longer available.")));
        return;
    }
    m_command = command;
    m_phase = Phase::Planning;
    m_cancelled = false;
    m_planOut.clear();
    m_planErr.clear();
    m_clock.start();
    obtainRootThenConnect();
}

void ActionRunner::start(const ExpandedCommand &command)
{
    if (m_phase != Phase::Idle || !m_session)
        return;
    // One changing action per server at a time, across processes (GUI and hoshu-cli).
    if (command.risk != Risk::ReadOnly) {
        auto lock = std::make_unique<ServerActionLock>(m_session->profile().id, m_session->profile().name);
        QString why;
        if (!lock->tryAcquire(&why)) {
            m_lastOutcome = AuditLog::Outcome::NotStarted;
            Q_EMIT failed(SshError(SshError::Kind::Cancelled, why), 0);
            return;
        }
        m_actionLock = std::move(lock);
    }
    m_command = command;
    m_phase = Phase::Running;
    m_cancelled = false;
    m_executed = false;
    m_auditOutput.clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    if (command.risk != Risk::ReadOnly)
        m_session->setBusy(true);
    Q_EMIT started(command.displayCommand);
    obtainRootThenConnect();
}

void ActionRunner::obtainRootThenConnect()
{
    if (m_command.elevation == RemoteScript::Elevation::SudoWithPassword) {
        m_sessionConnections << connect(m_session, &ServerSession::sudoPasswordReady, this,
                                        [this](const SecretBytes &password) {
                                            m_sudoPassword = password;
                                            continueWhenConnected();
                                        });
        m_sessionConnections << connect(m_session, &ServerSession::sudoPasswordUnavailable, this,
                                        [this](const QString &reason) {
                                            SshError error;
                                            error.kind = SshError::Kind::Cancelled;
                                            error.detail = reason;
                                            finish(-1, error);
                                        });
        m_session->requestSudoPassword();
        return;
    }
    continueWhenConnected();
}

void ActionRunner::continueWhenConnected()
{
    disconnectFromSession();
    if (m_cancelled)
        return;
    if (m_session->isConnected()) {
        execute();
        return;
    }
    m_sessionConnections << connect(m_session, &ServerSession::connected, this, [this] {
        disconnectFromSession();
        execute();
    });
    m_sessionConnections << connect(m_session, &ServerSession::failed, this, [this](const SshError &error) {
        finish(-1, error);
    });
    m_session->connectToServer();
}

void ActionRunner::execute()
{
    RemoteExecutor *executor = m_session ? m_session->executor() : nullptr;
    if (!executor) {
        SshError error;
        error.kind = SshError::Kind::ConnectionLost;
        finish(-1, error);
        return;
    }
    m_stdoutRedactor = OutputRedactor({m_sudoPassword});
    m_stderrRedactor = OutputRedactor({m_sudoPassword});
    ExecOptions options;
    const bool plan = m_phase == Phase::Planning;
    options.timeoutSec = plan ? m_command.planTimeoutSec() : m_command.timeoutSec;
    m_process = executor->exec(plan ? m_command.planRemoteScript(m_sudoPassword) : m_command.remoteScript(m_sudoPassword),
                               options);
    m_process->setParent(this);
    m_executed = !plan;
    // The password has been handed to the transport (and the redactors); keep no copy here.
    m_sudoPassword.clear();
    connect(m_process, &RemoteProcess::outputReady, this, &ActionRunner::onOutput);
    connect(m_process, &RemoteProcess::finished, this, [this](int status) { finish(status, {}); });
    connect(m_process, &RemoteProcess::failed, this, [this](const SshError &error) { finish(-1, error); });
}

void ActionRunner::onOutput(const QByteArray &data, RemoteProcess::Channel channel)
{
    OutputRedactor &redactor = channel == RemoteProcess::Channel::Stderr ? m_stderrRedactor : m_stdoutRedactor;
    const QByteArray safe = redactor.feed(data);
    if (safe.isEmpty())
        return;
    if (m_phase == Phase::Planning)
        appendBounded(channel == RemoteProcess::Channel::Stderr ? m_planErr : m_planOut, safe);
    else
        Q_EMIT outputReady(safe, channel);
}

void ActionRunner::cancel()
{
    if (m_phase == Phase::Idle)
        return;
    m_cancelled = true;
    if (m_phase == Phase::Planning) {
        // A plan changes nothing: it ends here, at once, so a run can start right after.
        if (m_process)
            m_process->cancel();
        SshError error;
        error.kind = SshError::Kind::Cancelled;
        finishPlan(-1, error);
        return;
    }
    if (m_process) {
        m_process->cancel();
        return;
    }
    SshError error;
    error.kind = SshError::Kind::Cancelled;
    finish(-1, error);
}

bool ActionRunner::sudoRefused(int exitStatus, const SshError &error)
{
    // The wrapper's own status: sudo refused the password. Forget it, so the next run asks.
    if (exitStatus != RemoteCommandWrapper::SudoRefusedExitStatus || error.isError()
        || m_command.elevation != RemoteScript::Elevation::SudoWithPassword || !m_session)
        return false;
    m_session->forgetSudoPassword();
    return true;
}

void ActionRunner::releaseProcess()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
}

void ActionRunner::finishPlan(int exitStatus, const SshError &error)
{
    m_phase = Phase::Idle;
    disconnectFromSession();
    appendBounded(m_planOut, m_stdoutRedactor.finish());
    appendBounded(m_planErr, m_stderrRedactor.finish());
    m_stdoutRedactor = OutputRedactor();
    m_stderrRedactor = OutputRedactor();
    m_sudoPassword.clear();
    releaseProcess();
    ActionPlan plan;
    if (sudoRefused(exitStatus, error))
        plan = ActionPlan::failure(tr("sudo did not accept the password (or this user may not use sudo)."));
    else if (error.kind == SshError::Kind::Timeout && m_session && m_session->isConnected())
        plan = ActionPlan::failure(tr("Working out the plan took longer than %n seconds and was stopped.", nullptr,
                                      m_command.planTimeoutSec()));
    else if (error.isError())
        plan = ActionPlan::failure(error.message());
    else
        plan = ActionPlan::fromOutput(m_planOut, m_planErr, exitStatus);
    m_planOut.clear();
    m_planErr.clear();
    Q_EMIT planFinished(plan);
}

void ActionRunner::finish(int exitStatus, const SshError &error)
{
    if (m_phase == Phase::Planning) {
        finishPlan(exitStatus, error);
        return;
    }
    if (m_phase != Phase::Running)
        return;
    m_phase = Phase::Idle;
    disconnectFromSession();
    const QByteArray out = m_stdoutRedactor.finish();
    if (!out.isEmpty())
        Q_EMIT outputReady(out, RemoteProcess::Channel::Stdout);
    const QByteArray err = m_stderrRedactor.finish();
    if (!err.isEmpty())
        Q_EMIT outputReady(err, RemoteProcess::Channel::Stderr);
    m_stdoutRedactor = OutputRedactor();
    m_stderrRedactor = OutputRedactor();
    m_sudoPassword.clear();
    if (sudoRefused(exitStatus, error))
        Q_EMIT outputReady(tr("sudo did not accept the password (or this user may not use sudo).").toUtf8() + '\n',
                           RemoteProcess::Channel::Stderr);
    releaseProcess();
    if (m_session && m_command.risk != Risk::ReadOnly)
        m_session->setBusy(false);
    m_actionLock.reset();

    const qint64 duration = m_clock.elapsed();
    const bool dropped = error.kind == SshError::Kind::ConnectionLost || error.kind == SshError::Kind::Timeout;
    if (!error.isError())
        m_lastOutcome = exitStatus == 0 ? AuditLog::Outcome::Succeeded : AuditLog::Outcome::Failed;
    else if (!m_executed)
        m_lastOutcome = AuditLog::Outcome::NotStarted;
    else if (dropped && m_command.risk != Risk::ReadOnly)
        m_lastOutcome = AuditLog::Outcome::Unknown; // it may have done all, some or none of its work
    else
        m_lastOutcome = AuditLog::Outcome::Failed;
    m_executed = false;
    if (m_auditLog && m_session) {
        AuditLog::Entry entry;
        entry.time = m_startedAt;
        entry.serverId = m_session->profile().id;
        entry.serverName = m_session->profile().name;
        entry.actionId = m_actionId;
        entry.parameters = m_params;
        entry.command = m_command.displayCommand;
        entry.exitStatus = exitStatus;
        entry.error = error.isError() ? error.title() : QString();
        entry.durationMs = duration;
        entry.outcome = m_lastOutcome;
        entry.output = m_auditOutput.bytes();
        entry.outputBytes = m_auditOutput.totalBytes();
        m_auditLog->append(entry);
    }
    m_auditOutput.clear();
    if (error.isError())
        Q_EMIT failed(error, duration);
    else
        Q_EMIT finished(exitStatus, duration);
}

void ActionRunner::disconnectFromSession()
{
    for (const auto &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
}

#include "ActionRunner.h"

#include "catalog/ActionExpander.h"
#include "history/AuditLog.h"
#include "session/ServerSession.h"

#include <QDateTime>

namespace {
RootMode rootModeFor(const ServerProfile &profile)
{
    if (profile.user == QLatin1String("root"))
        return RootMode::AlreadyRoot;
    switch (profile.rootAccess) {
    case ServerProfile::RootAccess::AlreadyRoot:
        return RootMode::AlreadyRoot;
    case ServerProfile::RootAccess::SudoWithPassword:
        return RootMode::SudoWithPassword;
    case ServerProfile::RootAccess::SudoNoPassword:
        break;
    }
    return RootMode::SudoNoPassword;
}
} // namespace

ActionRunner::ActionRunner(ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
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
    context.rootMode = rootModeFor(profile);
    context.contextValues.insert(QStringLiteral("mastodon_dir"), profile.mastodonDir);
    auto expanded = ActionExpander::expand(action, params, context, error);
    if (!expanded)
        return std::nullopt;
    const ActionVariant *variant = action.variant(profile.deployment);
    m_needsSudoPassword = context.rootMode == RootMode::SudoWithPassword && variant && variant->needsRoot;
    m_actionId = action.id;
    m_params = params;
    return expanded;
}

void ActionRunner::start(const ExpandedCommand &command)
{
    if (m_running || !m_session)
        return;
    m_command = command;
    m_running = true;
    m_cancelled = false;
    m_clock.start();
    if (command.risk != Risk::ReadOnly)
        m_session->setBusy(true);
    Q_EMIT started(command.displayCommand);

    if (m_needsSudoPassword) {
        m_sessionConnections << connect(m_session, &ServerSession::sudoPasswordReady, this,
                                        [this](const QByteArray &password) {
                                            m_command.stdinData = password + '\n';
                                            m_command.secretsToRedact.append(password);
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
    m_stdoutRedactor = OutputRedactor(m_command.secretsToRedact);
    m_stderrRedactor = OutputRedactor(m_command.secretsToRedact);
    ExecOptions options;
    options.timeoutSec = m_command.timeoutSec;
    m_process = executor->exec(m_command.command, m_command.stdinData, options);
    m_process->setParent(this);
    // The password has been handed to the transport; keep no copy here.
    m_command.stdinData.fill('\0');
    m_command.stdinData.clear();
    connect(m_process, &RemoteProcess::outputReady, this, &ActionRunner::onOutput);
    connect(m_process, &RemoteProcess::finished, this, [this](int status) { finish(status, {}); });
    connect(m_process, &RemoteProcess::failed, this, [this](const SshError &error) { finish(-1, error); });
}

void ActionRunner::onOutput(const QByteArray &data, RemoteProcess::Channel channel)
{
    OutputRedactor &redactor = channel == RemoteProcess::Channel::Stderr ? m_stderrRedactor : m_stdoutRedactor;
    const QByteArray safe = redactor.feed(data);
    if (!safe.isEmpty())
        Q_EMIT outputReady(safe, channel);
}

void ActionRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_process) {
        m_process->cancel();
        return;
    }
    SshError error;
    error.kind = SshError::Kind::Cancelled;
    finish(-1, error);
}

void ActionRunner::finish(int exitStatus, const SshError &error)
{
    if (!m_running)
        return;
    m_running = false;
    disconnectFromSession();
    const QByteArray out = m_stdoutRedactor.finish();
    if (!out.isEmpty())
        Q_EMIT outputReady(out, RemoteProcess::Channel::Stdout);
    const QByteArray err = m_stderrRedactor.finish();
    if (!err.isEmpty())
        Q_EMIT outputReady(err, RemoteProcess::Channel::Stderr);
    for (QByteArray &secret : m_command.secretsToRedact)
        secret.fill('\0');
    m_command.secretsToRedact.clear();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (m_session && m_command.risk != Risk::ReadOnly)
        m_session->setBusy(false);

    const qint64 duration = m_clock.elapsed();
    if (m_auditLog && m_session) {
        AuditLog::Entry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.serverId = m_session->profile().id;
        entry.serverName = m_session->profile().name;
        entry.actionId = m_actionId;
        entry.parameters = m_params;
        entry.command = m_command.displayCommand;
        entry.exitStatus = exitStatus;
        entry.error = error.isError() ? error.title() : QString();
        entry.durationMs = duration;
        m_auditLog->append(entry);
    }
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

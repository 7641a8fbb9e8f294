#include "ServerWorkspace.h"

#include "ConfirmActionDialog.h"
#include "HostKeyChangedDialog.h"
#include "HostKeyDialog.h"
#include "LogPane.h"
#include "SecretPromptDialog.h"
#include "session/ActionRunner.h"
#include "session/ServerSession.h"

#include <QMessageBox>

#include <memory>

ServerWorkspace::ServerWorkspace(const ServerProfile &profile, SecretStore *secrets, LogPane *logPane,
                                 QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(new ServerSession(profile, secrets, this))
    , m_runner(new ActionRunner(m_session, this))
    , m_log(logPane)
    , m_dialogParent(dialogParent)
{
    m_log->setServerName(profile.name);

    connect(m_session, &ServerSession::stateChanged, this, [this](SshConnection::State state) {
        if (state == SshConnection::State::Connected)
            m_log->appendNotice(tr("Connected to %1.").arg(m_session->profile().displayAddress()));
        const QString title = m_session->lastError().isError() ? m_session->lastError().title() : QString();
        Q_EMIT stateChanged(id(), state, title);
    });
    connect(m_session, &ServerSession::busyChanged, this, [this](bool busy) { Q_EMIT busyChanged(id(), busy); });
    connect(m_session, &ServerSession::hostKeyNeedsApproval, this, &ServerWorkspace::onHostKey);
    connect(m_session, &ServerSession::secretNeeded, this, &ServerWorkspace::onSecretNeeded);
    connect(m_session, &ServerSession::failed, this, &ServerWorkspace::onFailed);

    connect(m_runner, &ActionRunner::outputReady, this, [this](const QByteArray &data, RemoteProcess::Channel channel) {
        m_log->appendOutput(data, channel == RemoteProcess::Channel::Stderr ? LogPane::Channel::Stderr
                                                                            : LogPane::Channel::Stdout);
    });
    connect(m_runner, &ActionRunner::finished, this, [this](int exitStatus, qint64 durationMs) {
        m_log->endRun(exitStatus, durationMs);
        Q_EMIT statusMessage(exitStatus == 0
                                 ? tr("%1: the action finished successfully.").arg(m_session->profile().name)
                                 : tr("%1: the action failed with exit status %2.")
                                       .arg(m_session->profile().name)
                                       .arg(exitStatus));
        Q_EMIT runningChanged(id(), false);
        if (m_runRisk != Risk::ReadOnly)
            Q_EMIT serverMayHaveChanged(id());
    });
    connect(m_runner, &ActionRunner::failed, this, [this](const SshError &error, qint64 durationMs) {
        m_log->endRunWithError(errorLine(error), durationMs);
        // Never a success it did not see: the command may or may not have done its work.
        if (m_runner->lastOutcome() == AuditLog::Outcome::Unknown)
            m_log->appendNotice(tr("Outcome unknown: the connection to %1 dropped while “%2” was running. "
                                   "Hoshu will check again when the server answers.")
                                    .arg(m_session->profile().name, m_lastRunTitle));
        Q_EMIT statusMessage(tr("%1: %2").arg(m_session->profile().name, error.title()));
        Q_EMIT runningChanged(id(), false);
        if (m_runRisk != Risk::ReadOnly && error.kind != SshError::Kind::HostKeyChanged)
            Q_EMIT serverMayHaveChanged(id());
        if (error.kind == SshError::Kind::HostKeyChanged)
            showHostKeyChanged(error);
    });
    connect(m_log, &LogPane::cancelRequested, this, &ServerWorkspace::cancelRun);
}

ServerWorkspace::~ServerWorkspace()
{
    if (m_question)
        m_question->deleteLater();
}

QString ServerWorkspace::id() const
{
    return m_session->profile().id;
}

const ServerProfile &ServerWorkspace::profile() const
{
    return m_session->profile();
}

void ServerWorkspace::setProfile(const ServerProfile &profile)
{
    m_session->setProfile(profile);
    m_log->setServerName(profile.name);
}

void ServerWorkspace::setAuditLog(AuditLog *log)
{
    m_auditLog = log;
    m_runner->setAuditLog(log);
}

SshConnection::State ServerWorkspace::state() const
{
    return m_session->state();
}

bool ServerWorkspace::isRunning() const
{
    return m_runner->isRunning();
}

void ServerWorkspace::connectToServer()
{
    m_session->connectToServer();
}

void ServerWorkspace::disconnectFromServer()
{
    if (m_runner->isRunning())
        m_runner->cancel();
    m_session->disconnectFromServer();
    m_log->appendNotice(tr("Disconnected."));
}

void ServerWorkspace::setOneTimeSecret(SecretStore::Kind kind, const SecretBytes &secret)
{
    m_oneTimeSecrets.insert(kind, secret);
}

bool ServerWorkspace::runAction(const Action &action, const QMap<QString, QString> &parameters)
{
    const QString server = m_session->profile().name;
    if (m_runner->isRunning() || m_session->isBusy()) {
        QMessageBox::information(m_dialogParent, tr("An Action Is Running"),
                                 tr("An action is already running on %1. Wait for it to finish, or cancel it "
                                    "in the log below.")
                                     .arg(server));
        Q_EMIT actionNotStarted(action.id);
        return false;
    }
    QString error;
    const std::optional<ExpandedCommand> command = m_runner->prepare(action, parameters, &error);
    if (!command) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Run “%1”").arg(action.title()), error, QMessageBox::Close,
                        m_dialogParent);
        box.setTextFormat(Qt::PlainText); // the error may quote server-provided values
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
        Q_EMIT actionNotStarted(action.id);
        return false;
    }
    // The stricter of the catalog's and the expander's view of the risk decides.
    const Risk risk = std::max(action.risk, command->risk);
    if (!ConfirmActionDialog::needsConfirmation(risk) && !action.confirmByTypingName) {
        startPrepared(action, *command);
        return true;
    }
    ConfirmActionDialog::Request request;
    request.actionTitle = action.title();
    request.actionDescription = action.description();
    request.serverName = server;
    request.risk = risk;
    request.displayCommand = command->displayCommand;
    request.confirmByTypingName = action.confirmByTypingName;
    request.hasPlan = command->hasPlan();
    request.mastodonDown = action.mastodonDown;
    request.estimate = action.estimate();
    auto *dialog = new ConfirmActionDialog(request, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Action actionCopy = action;
    const ExpandedCommand commandCopy = *command;
    connect(dialog, &QDialog::accepted, this,
            [this, actionCopy, commandCopy] { startPrepared(actionCopy, commandCopy); });
    connect(dialog, &QDialog::rejected, this, [this, id = action.id] { Q_EMIT actionNotStarted(id); });
    dialog->open();
    if (request.hasPlan)
        workOutPlan(dialog, *command);
    return true;
}

void ServerWorkspace::workOutPlan(ConfirmActionDialog *dialog, const ExpandedCommand &command)
{
    // An older confirmation still waiting for its plan: it is told the plan was cancelled.
    if (m_runner->isPlanning())
        m_runner->cancel();
    const QPointer<ConfirmActionDialog> target(dialog);
    auto delivery = std::make_shared<QMetaObject::Connection>();
    *delivery = connect(m_runner, &ActionRunner::planFinished, dialog, [delivery, target](const ActionPlan &plan) {
        QObject::disconnect(*delivery);
        if (target)
            target->setPlan(plan);
    });
    // Closed before the plan is there: it is not needed any more.
    connect(dialog, &QDialog::rejected, this, [this, target] {
        if (target && target->isPlanPending() && m_runner->isPlanning())
            m_runner->cancel();
    });
    m_runner->startPlan(command);
}

void ServerWorkspace::startPrepared(const Action &action, const ExpandedCommand &command)
{
    if (m_runner->isRunning())
        return;
    if (m_runner->isPlanning())
        m_runner->cancel(); // accepted before its plan was there (accepted() comes before finished())
    m_log->beginRun(action.title(), command.displayCommand);
    m_lastRunActionId = action.id;
    m_lastRunTitle = action.title();
    m_runRisk = command.risk;
    Q_EMIT runningChanged(id(), true);
    m_runner->start(command);
}

void ServerWorkspace::cancelRun()
{
    m_runner->cancel();
}

void ServerWorkspace::onHostKey(const HostKeyInfo &info)
{
    m_lastHostKey = info;
    if (m_question)
        m_question->deleteLater();
    auto *dialog = new HostKeyDialog(info, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            m_log->appendNotice(tr("You trusted the host key %1.").arg(m_lastHostKey.fingerprintSha256));
            m_session->acceptHostKey(m_lastHostKey.fingerprintSha256);
        } else {
            m_session->rejectHostKey();
        }
    });
    m_question = dialog;
    dialog->open();
}

void ServerWorkspace::onSecretNeeded(SecretStore::Kind kind, const QString &reason)
{
    const auto oneTime = m_oneTimeSecrets.find(kind);
    if (oneTime != m_oneTimeSecrets.end()) {
        const SecretBytes secret = *oneTime;
        m_oneTimeSecrets.erase(oneTime);
        m_session->provideSecret(kind, secret, false);
        return;
    }
    if (m_question)
        m_question->deleteLater();
    auto *dialog = new SecretPromptDialog(kind, m_session->profile().name, reason, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, kind](int result) {
        const SecretBytes secret = result == QDialog::Accepted ? dialog->takeSecret() : SecretBytes();
        m_session->provideSecret(kind, secret, result == QDialog::Accepted && dialog->remember());
    });
    m_question = dialog;
    dialog->open();
}

void ServerWorkspace::onFailed(const SshError &error)
{
    m_log->appendNotice(tr("Could not connect to %1: %2").arg(m_session->profile().name, errorLine(error)));
    Q_EMIT stateChanged(id(), SshConnection::State::Failed, error.title());
    Q_EMIT statusMessage(tr("%1: %2").arg(m_session->profile().name, error.title()));
    // A running action reports the same failure itself; show the dialog once.
    if (error.kind == SshError::Kind::HostKeyChanged && !m_runner->isRunning())
        showHostKeyChanged(error);
}

void ServerWorkspace::showHostKeyChanged(const SshError &error)
{
    HostKeyInfo info = m_lastHostKey;
    if (info.host.isEmpty())
        info.host = m_session->profile().host;
    auto *dialog = new HostKeyChangedDialog(m_session->profile().name, error, info, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString ServerWorkspace::errorLine(const SshError &error)
{
    QString line = error.title();
    if (!error.explanation().isEmpty())
        line += QStringLiteral(" — ") + error.explanation();
    if (!error.detail.isEmpty())
        line += QStringLiteral(" (") + error.detail + QLatin1Char(')');
    return line;
}

#include "RunCommand.h"

#include "catalog/ActionPlan.h"
#include "cli/ActionConfirmation.h"
#include "cli/CliConnector.h"
#include "cli/ExitCode.h"
#include "cli/Terminal.h"
#include "session/ActionRunner.h"
#include "session/ServerSession.h"

#include <QCoreApplication>

RunCommand::RunCommand(const Options &options, SecretStore *secrets, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new ServerSession(options.profile, secrets, this))
    , m_runner(new ActionRunner(m_session, this))
    , m_connector(new CliConnector(m_session, options.acceptNewHostKey || !options.acceptFingerprint.isEmpty(),
                                   options.acceptFingerprint, this))
{
    m_runner->setAuditLog(audit);
    if (!options.sudoPassword.isEmpty())
        m_session->setSudoPassword(options.sudoPassword);
    m_options.sudoPassword.clear();
}

bool RunCommand::confirmed(const QString &displayCommand) const
{
    return ActionConfirmation::confirmed(m_options.action, m_options.profile.name, displayCommand,
                                         {m_options.yes, m_options.confirmName});
}

bool RunCommand::asksAfterPlan() const
{
    const Action &action = m_options.action;
    if (action.risk == Risk::ReadOnly || !m_command.hasPlan())
        return false;
    const bool answered = action.confirmByTypingName ? !m_options.confirmName.isEmpty() : m_options.yes;
    return !answered && Terminal::stdinIsInteractive();
}

int RunCommand::start()
{
    QString error;
    const auto command = m_runner->prepare(m_options.action, m_options.params, &error);
    if (!command) {
        Terminal::message(error);
        return ExitCode::InvalidParameter;
    }
    m_command = *command;
    if (m_options.showScript)
        Terminal::message(tr("The full script of “%1”:\n\n%2\n").arg(m_options.action.title(), command->displayCommand));
    const bool planFirst = asksAfterPlan();
    if (!planFirst && !confirmed(command->displayCommand))
        return ExitCode::Usage;

    connectRunner();
    // Connect first so host key and password questions come before the run.
    connect(m_connector, &CliConnector::failed, this, &RunCommand::done);
    connect(m_connector, &CliConnector::connected, this, [this, planFirst] {
        // From here on the runner reports failures; the connector still answers
        // secret questions (sudo password).
        disconnect(m_session, &ServerSession::failed, m_connector, nullptr);
        if (planFirst) {
            Terminal::message(tr("Working out what “%1” will do on %2…").arg(m_options.action.title(), m_options.profile.name));
            m_runner->startPlan(m_command);
        } else {
            m_runner->start(m_command);
        }
    });
    m_connector->start();
    return -1;
}

void RunCommand::onPlan(const ActionPlan &plan)
{
    if (m_interrupted) {
        Q_EMIT done(ExitCode::Interrupted);
        return;
    }
    if (!plan.ok()) {
        Terminal::message(tr("Hoshu could not work out what “%1” would do on %2, so nothing was run:\n%3")
                              .arg(m_options.action.title(), m_options.profile.name, plan.error));
        Q_EMIT done(plan.exitStatus > 0 ? plan.exitStatus : ExitCode::Unavailable);
        return;
    }
    if (!confirmed(ActionConfirmation::planText(plan))) {
        Q_EMIT done(ExitCode::Usage);
        return;
    }
    m_runner->start(m_command);
}

void RunCommand::connectRunner()
{
    connect(m_runner, &ActionRunner::planFinished, this, &RunCommand::onPlan);
    connect(m_runner, &ActionRunner::outputReady, this, [this](const QByteArray &data, RemoteProcess::Channel channel) {
        if (channel == RemoteProcess::Channel::Stderr)
            Terminal::writeErr(m_stderr.feed(data));
        else if (m_options.streamStdout)
            Terminal::writeOut(m_stdout.feed(data));
        if (m_options.keepOutput && channel != RemoteProcess::Channel::Stderr) {
            constexpr qsizetype kKept = 1 << 20; // result lines come last
            m_output.append(data);
            if (m_output.size() > kKept)
                m_output.remove(0, m_output.size() - kKept);
        }
    });
    connect(m_runner, &ActionRunner::finished, this, [this](int status, qint64) {
        finishOutput();
        Q_EMIT done(m_interrupted ? ExitCode::Interrupted : status);
    });
    connect(m_runner, &ActionRunner::failed, this, [this](const SshError &error, qint64) {
        finishOutput();
        if (m_interrupted) {
            Q_EMIT done(ExitCode::Interrupted);
            return;
        }
        if (error.kind == SshError::Kind::Timeout && m_session->isConnected()) {
            Terminal::message(QCoreApplication::translate("RunCommand", "The action ran longer than its limit of %n seconds and was stopped.",
                                                          nullptr, m_options.action.timeoutSec));
            Q_EMIT done(ExitCode::TimedOut);
            return;
        }
        Terminal::message(error.message());
        Q_EMIT done(CliConnector::exitCodeFor(error));
    });
}

void RunCommand::finishOutput()
{
    Terminal::writeOut(m_stdout.finish());
    Terminal::writeErr(m_stderr.finish());
}

void RunCommand::interrupt()
{
    m_interrupted = true;
    if (m_runner->isRunning() || m_runner->isPlanning())
        m_runner->cancel(); // a plan ends at once: onPlan() reports the interruption
    else
        Q_EMIT done(ExitCode::Interrupted);
}

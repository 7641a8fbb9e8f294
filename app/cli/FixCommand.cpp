#include "cli/FixCommand.h"

#include "catalog/ActionPlan.h"
#include "checks/FindingCatalog.h"
#include "checks/FindingJson.h"
#include "cli/CliConnector.h"
#include "cli/ExitCode.h"
#include "cli/RemedyCommandLine.h"
#include "cli/Terminal.h"
#include "common/TerminalText.h"
#include "session/ActionRunner.h"
#include "session/ServerMonitor.h"
#include "session/ServerSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace {

constexpr int kRetryDelayMs = 10000;
constexpr int kRebootSettleMs = 20000; // sshd keeps answering for a moment after `systemctl reboot`
constexpr int kRebootAttempts = 30;    // about five minutes for the server to come back

Severity severityOfExit(int code)
{
    switch (code) {
    case 0: return Severity::Ok;
    case 1: return Severity::Warning;
    case 2: return Severity::Critical;
    default: break;
    }
    return Severity::Unknown;
}

QString runStatusId(FixPlan::RunStatus s)
{
    switch (s) {
    case FixPlan::RunStatus::NotRun: return QStringLiteral("not-run");
    case FixPlan::RunStatus::Succeeded: return QStringLiteral("succeeded");
    case FixPlan::RunStatus::Failed: return QStringLiteral("failed");
    case FixPlan::RunStatus::OutcomeUnknown: break;
    }
    return QStringLiteral("outcome-unknown");
}

QString outcomeText(FixPlan::Outcome o)
{
    switch (o) {
    case FixPlan::Outcome::Fixed: return FixCommand::tr("[fixed]");
    case FixPlan::Outcome::StillThere: return FixCommand::tr("[still there]");
    case FixPlan::Outcome::Failed: return FixCommand::tr("[failed]");
    case FixPlan::Outcome::NotRun: return FixCommand::tr("[not run]");
    case FixPlan::Outcome::Unknown: break;
    }
    return FixCommand::tr("[unknown]");
}

QString targetName(const FixPlan::Target &t)
{
    const QString title = FindingCatalog::problemTitle(t.id); // a fix target is a problem
    return t.subject.isEmpty() ? title : QStringLiteral("%1 — %2").arg(title, TerminalText::escaped(t.subject));
}

} // namespace

FixCommand::FixCommand(const Options &options, const Catalog &catalog, SecretStore *secrets, AuditLog *audit,
                       HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_history(history)
{
}

void FixCommand::start()
{
    m_serverIndex = -1;
    startServer();
}

void FixCommand::say(const QString &text)
{
    if (m_options.json)
        Terminal::message(text);
    else
        Terminal::print(text);
}

void FixCommand::writeOutput(const QByteArray &data, bool toStderr)
{
    // With --json, stdout carries the document only: the runs' output goes to stderr.
    if (toStderr || m_options.json)
        Terminal::writeErr(toStderr ? m_stderr.feed(data) : m_stdout.feed(data));
    else
        Terminal::writeOut(m_stdout.feed(data));
}

void FixCommand::startServer()
{
    ++m_serverIndex;
    if (m_interrupted || m_serverIndex >= m_options.profiles.size()) {
        if (m_options.json)
            Terminal::printJson(QJsonDocument(QJsonObject{{QStringLiteral("servers"), m_jsonServers}}));
        Q_EMIT done(m_interrupted ? ExitCode::Interrupted : m_worstExit);
        return;
    }
    const ServerProfile &profile = m_options.profiles.at(m_serverIndex);
    m_session = new ServerSession(profile, m_secrets, this);
    if (m_options.configureSession)
        m_options.configureSession(m_session);
    if (!m_options.sudoPassword.isEmpty())
        m_session->setSudoPassword(m_options.sudoPassword);
    new CliConnector(m_session, m_options.acceptNewHostKey, {}, m_session);
    m_monitor = new ServerMonitor(m_session, m_history, m_session);
    m_monitor->setRecordHistory(false);
    m_runner = new ActionRunner(m_session, m_session);
    m_runner->setAuditLog(m_audit);
    m_jobs.clear();
    m_runStatus.clear();
    m_exitStatus.clear();
    m_jobIndex = 0;
    m_rebooted = false;
    m_recheck = false;
    m_earlierJobs.clear();
    m_earlierStatus.clear();
    m_earlierExit.clear();
    m_deferred.clear();
    m_round = 1;

    connect(m_monitor, &ServerMonitor::updated, this, [this] {
        m_checking = false;
        m_recheck ? onRecheck(true) : onFirstCheck(true);
    });
    connect(m_runner, &ActionRunner::planFinished, this, &FixCommand::onPlan);
    connect(m_runner, &ActionRunner::outputReady, this, [this](const QByteArray &data, RemoteProcess::Channel channel) {
        writeOutput(data, channel == RemoteProcess::Channel::Stderr);
    });
    connect(m_runner, &ActionRunner::finished, this, [this](int status, qint64) {
        jobDone(status == 0 ? FixPlan::RunStatus::Succeeded : FixPlan::RunStatus::Failed, status);
    });
    connect(m_runner, &ActionRunner::failed, this, [this](const SshError &error, qint64) {
        say(error.message());
        // A dropped connection leaves the outcome open: the re-check decides.
        const bool dropped = error.kind == SshError::Kind::ConnectionLost || error.kind == SshError::Kind::Timeout;
        jobDone(dropped ? FixPlan::RunStatus::OutcomeUnknown : FixPlan::RunStatus::Failed, -1);
    });

    say(tr("== %1: checking…").arg(TerminalText::escaped(profile.name)));
    check(1);
}

void FixCommand::check(int attemptsLeft)
{
    m_checking = true;
    // One connection to refreshFailed per attempt: a retry waits, then asks again.
    auto *once = new QObject(m_monitor);
    connect(m_monitor, &ServerMonitor::refreshFailed, once, [this, attemptsLeft, once] {
        delete once;
        if (attemptsLeft > 1 && !m_interrupted) {
            QTimer::singleShot(kRetryDelayMs, this, [this, attemptsLeft] { check(attemptsLeft - 1); });
            return;
        }
        m_checking = false;
        m_recheck ? onRecheck(false) : onFirstCheck(false);
    });
    connect(m_monitor, &ServerMonitor::updated, once, [once] { delete once; });
    // The full check, as `check --slow`: the slow tier's findings (the media cache's size,
    // stray dumps, old Rubies) have fixes too, and their re-check must see them gone.
    m_monitor->refresh(true);
}

void FixCommand::onFirstCheck(bool reached)
{
    const QString name = m_options.profiles.at(m_serverIndex).name;
    if (!reached) {
        say(tr("%1 could not be checked, so nothing was fixed.").arg(TerminalText::escaped(name)));
        m_jsonServers.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("reached"), false}});
        finishServer(SeverityInfo::exitCode(Severity::Unknown));
        return;
    }
    m_before = m_monitor->findings();
    m_jobs = FixPlan::jobs(m_before, m_options.findingIds, &m_deferred);
    m_runStatus = QList<FixPlan::RunStatus>(m_jobs.size(), FixPlan::RunStatus::NotRun);
    m_exitStatus = QList<int>(m_jobs.size(), -1);
    if (m_jobs.isEmpty()) {
        say(tr("Nothing on %1 can be fixed automatically.").arg(TerminalText::escaped(name)));
        onRecheck(true);
        return;
    }
    say(tr("%n fix(es) to run on %1.", nullptr, int(m_jobs.size())).arg(TerminalText::escaped(name)));
    runNextJob();
}

void FixCommand::runNextJob()
{
    if (m_interrupted || m_jobIndex >= m_jobs.size()) {
        m_recheck = true;
        say(tr("== %1: checking again…").arg(TerminalText::escaped(m_options.profiles.at(m_serverIndex).name)));
        if (m_rebooted)
            QTimer::singleShot(kRebootSettleMs, this, [this] { check(kRebootAttempts); });
        else
            check(2);
        return;
    }
    const FixPlan::Job &job = m_jobs.at(m_jobIndex);
    const Action *action = m_catalog.find(job.step.actionId);
    QStringList targets;
    for (const FixPlan::Target &t : job.targets)
        targets << targetName(t);
    const QString actionTitle = action ? action->title() : job.step.actionId;
    say(tr("[%1/%2] %3 — for: %4").arg(m_jobIndex + 1).arg(m_jobs.size()).arg(actionTitle, targets.join(QStringLiteral(", "))));
    QString error;
    const auto command = action ? m_runner->prepare(*action, job.step.params, &error) : std::nullopt;
    if (!command) {
        say(action ? error : tr("The action “%1” is not in the catalog.").arg(job.step.actionId));
        jobDone(FixPlan::RunStatus::Failed, -1);
        return;
    }
    m_pendingAction = *action;
    m_pendingCommand = *command;
    if (action->risk != Risk::ReadOnly && command->hasPlan()) {
        // Human first: the confirmation shows the commands this server will see.
        say(tr("Working out what “%1” will do…").arg(action->title()));
        m_runner->startPlan(*command);
        return;
    }
    onPlan(ActionPlan());
}

void FixCommand::onPlan(const ActionPlan &plan)
{
    const bool planned = m_pendingAction.risk != Risk::ReadOnly && m_pendingCommand.hasPlan();
    if (planned && !plan.ok()) {
        say(tr("Hoshu could not work out what “%1” would do, so it was not run:\n%2")
                .arg(m_pendingAction.title(), plan.error));
        jobDone(FixPlan::RunStatus::Failed, -1);
        return;
    }
    const QString whatRuns = planned ? ActionConfirmation::planText(plan) : m_pendingCommand.displayCommand;
    // Confirmed in advance (--yes, --confirm): the log still shows what runs
    // (the notes come with the run's own output).
    if (planned && (m_options.confirmation.yes || !m_options.confirmation.confirmName.isEmpty())) {
        for (const QString &line : plan.steps)
            say(QStringLiteral("  ") + line);
    }
    if (!ActionConfirmation::confirmed(m_pendingAction, m_options.profiles.at(m_serverIndex).name, whatRuns,
                                       m_options.confirmation)) {
        jobDone(FixPlan::RunStatus::NotRun, -1);
        return;
    }
    m_rebooted = m_rebooted || m_pendingAction.id == QLatin1String("system.reboot");
    m_runner->start(m_pendingCommand);
}

void FixCommand::jobDone(FixPlan::RunStatus status, int exitStatus)
{
    writeOutput(m_stdout.finish(), false);
    writeOutput(m_stderr.finish(), true);
    m_runStatus[m_jobIndex] = status;
    m_exitStatus[m_jobIndex] = exitStatus;
    if (status == FixPlan::RunStatus::Failed && exitStatus >= 0)
        say(tr("It ended with exit status %1.").arg(exitStatus));
    ++m_jobIndex;
    QTimer::singleShot(0, this, &FixCommand::runNextJob);
}

void FixCommand::onRecheck(bool reached)
{
    if (reached && m_round == 1 && !m_interrupted && startSecondRound(m_monitor->findings()))
        return;
    report(reached);
}

bool FixCommand::startSecondRound(const QList<Finding> &after)
{
    // What the desktop saw over HTTP and is still wrong after the server-side fixes. Only
    // those findings are planned: with the others in the list (a server-side fix that
    // failed), the consequences would be held back again and never run.
    QList<Finding> stillSeen;
    for (const Finding &f : after) {
        const bool wasDeferred =
            std::any_of(m_deferred.cbegin(), m_deferred.cend(), [&](const FixPlan::Target &d) { return d.matches(f); });
        if (wasDeferred)
            stillSeen << f;
    }
    const QList<FixPlan::Job> second = FixPlan::jobs(stillSeen, m_options.findingIds);
    if (second.isEmpty())
        return false;
    m_earlierJobs = m_jobs;
    m_earlierStatus = m_runStatus;
    m_earlierExit = m_exitStatus;
    m_jobs = second;
    m_runStatus = QList<FixPlan::RunStatus>(m_jobs.size(), FixPlan::RunStatus::NotRun);
    m_exitStatus = QList<int>(m_jobs.size(), -1);
    m_jobIndex = 0;
    m_round = 2;
    m_recheck = false;
    say(tr("What the web checks still see is fixed next (%n fix(es)).", nullptr, int(m_jobs.size())));
    runNextJob();
    return true;
}

void FixCommand::report(bool reached)
{
    const QString name = m_options.profiles.at(m_serverIndex).name;
    const QList<Finding> after = reached ? m_monitor->findings() : QList<Finding>();
    QList<FixPlan::Job> jobs = m_earlierJobs + m_jobs;
    const QList<FixPlan::RunStatus> statuses = m_earlierStatus + m_runStatus;
    const QList<int> exits = m_earlierExit + m_exitStatus;
    // Deferred consequences no round ran a fix for: reported as they are now.
    FixPlan::Job untouched;
    for (const FixPlan::Target &d : std::as_const(m_deferred)) {
        const bool covered = std::any_of(jobs.cbegin(), jobs.cend(), [&](const FixPlan::Job &j) {
            return std::any_of(j.targets.cbegin(), j.targets.cend(),
                               [&](const FixPlan::Target &t) { return t.matches(d); });
        });
        if (!covered)
            untouched.targets << d;
    }
    QList<FixPlan::Target> targets;
    QList<FixPlan::Outcome> outcomes;
    QJsonArray fixes;
    for (qsizetype i = 0; i < jobs.size() + 1; ++i) {
        const bool extra = i == jobs.size();
        if (extra && untouched.targets.isEmpty())
            break;
        const FixPlan::Job &job = extra ? untouched : jobs.at(i);
        const FixPlan::RunStatus run = extra ? FixPlan::RunStatus::NotRun : statuses.at(i);
        QJsonArray findings;
        for (const FixPlan::Target &t : job.targets) {
            const FixPlan::Outcome o = FixPlan::outcome(t, run, after, reached);
            targets << t;
            outcomes << o;
            const Finding *now = FixPlan::find(after, t);
            QString line = QStringLiteral("%1 %2").arg(outcomeText(o), targetName(t));
            if (now && o != FixPlan::Outcome::Fixed)
                line += QStringLiteral(": ") + TerminalText::escaped(now->message());
            if (o == FixPlan::Outcome::Unknown && !reached)
                line += QStringLiteral(": ") + tr("the server could not be checked again");
            say(line);
            QJsonObject fo{{QStringLiteral("id"), t.id},
                           {QStringLiteral("subject"), t.subject},
                           {QStringLiteral("before"), SeverityInfo::id(t.before)},
                           {QStringLiteral("outcome"), FixPlan::outcomeId(o)}};
            if (now)
                fo.insert(QStringLiteral("after"), FindingJson::toJson(*now));
            findings.append(fo);
        }
        QJsonObject fix = FindingJson::toJson(job.step);
        fix.insert(QStringLiteral("run"), runStatusId(run));
        fix.insert(QStringLiteral("findings"), findings);
        if (!extra && exits.at(i) >= 0)
            fix.insert(QStringLiteral("exitStatus"), exits.at(i));
        fixes.append(fix);
    }

    // What no single action fixes: named, with what to do.
    const QList<Finding> remaining = FixPlan::notAutomatic(reached ? after : m_before, m_options.findingIds);
    QJsonArray manual;
    if (!remaining.isEmpty())
        say(tr("Not fixed automatically:"));
    for (const Finding &f : remaining) {
        say(QStringLiteral("  %1: %2").arg(f.title(), TerminalText::escaped(f.message())));
        const QString todo = FindingCatalog::whatToDo(f.id);
        if (!todo.isEmpty())
            say(QStringLiteral("    ") + tr("What to do: %1").arg(todo));
        manual.append(FindingJson::toJson(f));
    }
    // What keeps them from coming back: named with the command, not run (a setting or a
    // job the admin chooses).
    QJsonArray preventions;
    const QList<FixPlan::Job> keep = FixPlan::preventions(m_before, m_options.findingIds);
    if (!keep.isEmpty())
        say(tr("Not run, so that they do not come back:"));
    for (const FixPlan::Job &p : keep) {
        const Action *action = m_catalog.find(p.step.actionId);
        QStringList ids;
        for (const FixPlan::Target &t : p.targets)
            ids << t.id;
        ids.removeDuplicates();
        say(QStringLiteral("  %1 (%2): %3").arg(action ? action->title() : p.step.actionId, ids.join(QStringLiteral(", ")),
                                                RemedyCommandLine::run(name, p.step)));
        QJsonObject prevention = FindingJson::toJson(p.step);
        prevention.insert(QStringLiteral("findings"), QJsonArray::fromStringList(ids));
        preventions.append(prevention);
    }
    const int code = reached || jobs.isEmpty() ? FixPlan::exitCode(targets, outcomes, after)
                                                 : SeverityInfo::exitCode(Severity::Unknown);
    m_jsonServers.append(QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("reached"), reached},
                                     {QStringLiteral("fixes"), fixes},
                                     {QStringLiteral("notAutomatic"), manual},
                                     {QStringLiteral("preventions"), preventions},
                                     {QStringLiteral("exitCode"), code}});
    finishServer(code);
}

void FixCommand::finishServer(int exitCode)
{
    m_worstExit = SeverityInfo::exitCode(SeverityInfo::worst(severityOfExit(m_worstExit), severityOfExit(exitCode)));
    if (m_session) {
        m_session->disconnectFromServer();
        m_session->deleteLater();
    }
    m_monitor = nullptr;
    m_runner = nullptr;
    QTimer::singleShot(0, this, &FixCommand::startServer);
}

void FixCommand::interrupt()
{
    m_interrupted = true;
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    else if (!m_checking)
        QTimer::singleShot(0, this, &FixCommand::startServer);
}

#include "CheckCommand.h"

#include "checks/FindingCatalog.h"
#include "checks/FindingJson.h"
#include "cli/CliConnector.h"
#include "cli/RemedyCommandLine.h"
#include "cli/Terminal.h"
#include "common/TerminalText.h"
#include "probes/LayoutDetection.h"
#include "servers/ProfileStore.h"
#include "session/ServerMonitor.h"
#include "session/ServerSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString tag(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return QStringLiteral("[ OK ]");
    case Severity::Warning:
        return QStringLiteral("[WARN]");
    case Severity::Critical:
        return QStringLiteral("[CRIT]");
    case Severity::Unknown:
        break;
    }
    return QStringLiteral("[ ?? ]");
}

// What to do, and the command that does it: "hoshu-cli fix" for a one-action
// fix, the actions in order for a procedure.
QStringList remedyText(const Finding &f, const QString &name)
{
    QStringList out;
    const QString todo = FindingCatalog::whatToDo(f.id);
    if (!todo.isEmpty())
        out << QStringLiteral("       ") + QCoreApplication::translate("CheckCommand", "What to do: %1").arg(todo);
    const FindingRemedy &r = f.remedy;
    if (r.kind == FindingRemedy::Kind::Fix) {
        out << QStringLiteral("       ")
                + QCoreApplication::translate("CheckCommand", "Fix: hoshu-cli fix %1 --finding %2").arg(name, f.id);
    } else if (r.kind == FindingRemedy::Kind::Procedure) {
        QStringList steps;
        for (const RemedyStep &s : r.steps)
            steps << RemedyCommandLine::run(name, s);
        out << QStringLiteral("       ")
                + QCoreApplication::translate("CheckCommand", "Steps: %1").arg(steps.join(QStringLiteral(" → ")));
    } else if (r.kind == FindingRemedy::Kind::Manual && r.manualSteps != todo) {
        out << QStringLiteral("       ") + TerminalText::escaped(r.manualSteps);
    }
    for (const RemedyStep &s : r.preventions) {
        out << QStringLiteral("       ")
                + QCoreApplication::translate("CheckCommand", "Prevent: %1").arg(RemedyCommandLine::run(name, s));
    }
    return out;
}

} // namespace

CheckCommand::CheckCommand(const Options &options, SecretStore *secrets, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_secrets(secrets)
    , m_history(history)
{
}

void CheckCommand::start()
{
    m_results.clear();
    for (const ServerProfile &p : std::as_const(m_options.profiles)) {
        Result r;
        r.profile = p;
        m_results << r;
    }
    m_pending = int(m_results.size());
    if (m_pending == 0) {
        Q_EMIT done(exitCodeFor(m_results));
        return;
    }
    for (int i = 0; i < m_results.size(); ++i)
        startOne(i);
}

void CheckCommand::startOne(int index)
{
    auto *session = new ServerSession(m_results.at(index).profile, m_secrets, this);
    if (!m_options.sudoPassword.isEmpty())
        session->setSudoPassword(m_options.sudoPassword);
    // Answers host-key and secret questions at the terminal and reports connection
    // failures on stderr; the monitor connects and decides this server's result.
    new CliConnector(session, m_options.acceptNewHostKey, {}, session);
    auto *monitor = new ServerMonitor(session, m_history, session);
    monitor->setRecordHistory(false);
    connect(monitor, &ServerMonitor::layoutDetected, this,
            [this, index](const ServerProfile &updated) { saveDetectedLayout(index, updated); });
    connect(monitor, &ServerMonitor::updated, this, [this, index, monitor] { finishOne(index, monitor, true); });
    connect(monitor, &ServerMonitor::refreshFailed, this, [this, index, monitor] { finishOne(index, monitor, false); });
    monitor->refresh(m_options.tier == ProbeScript::Tier::Full);
}

void CheckCommand::finishOne(int index, ServerMonitor *monitor, bool reached)
{
    Result &r = m_results[index];
    if (r.done)
        return;
    r.done = true;
    r.reached = reached;
    r.findings = monitor->findings();
    if (reached) {
        r.snapshot = monitor->snapshot();
    } else {
        r.snapshot.serverId = r.profile.id;
        r.snapshot.serverName = r.profile.name;
        r.snapshot.takenAt = monitor->lastRefresh();
    }
    ServerSession *session = monitor->session();
    if (session) {
        session->disconnectFromServer();
        session->deleteLater();
    }
    if (!m_options.json)
        Terminal::print(toText({r}, m_options.verbose) + QLatin1Char('\n'));
    if (--m_pending > 0)
        return;
    if (m_options.json)
        Terminal::printJson(QJsonDocument(toJson(m_results)));
    Q_EMIT done(exitCodeFor(m_results));
}

// The profile may change (the detected layout); the history never is written by check.
void CheckCommand::saveDetectedLayout(int index, const ServerProfile &updated)
{
    m_results[index].profile = updated;
    // The detected paths come from the server: one escaped value each, never a line break.
    const QString line = QStringLiteral("%1: %2").arg(TerminalText::escaped(updated.name),
                                                      TerminalText::escaped(LayoutDetection::detectedMessage(updated)));
    // stdout carries only the JSON document in --json mode.
    if (m_options.json)
        Terminal::message(line);
    else
        Terminal::print(line);
    if (!m_options.profileStore)
        return;
    QString error;
    if (!m_options.profileStore->update(updated, &error) || !m_options.profileStore->save(&error))
        Terminal::message(QCoreApplication::translate("CheckCommand", "The detected layout could not be saved: %1")
                              .arg(error));
}

QJsonObject CheckCommand::toJson(const QList<Result> &results)
{
    QJsonArray servers;
    Severity worst = Severity::Ok;
    for (const Result &r : results) {
        QJsonArray findings;
        for (const Finding &f : r.findings) {
            findings.append(FindingJson::toJson(f));
        }
        QJsonObject errors;
        for (auto it = r.snapshot.parseErrors.constBegin(); it != r.snapshot.parseErrors.constEnd(); ++it)
            errors.insert(it.key(), it.value());
        const Severity w = Finding::worst(r.findings);
        worst = SeverityInfo::worst(worst, w);
        QJsonObject server{{QStringLiteral("name"), r.profile.name},
                           {QStringLiteral("id"), r.profile.id},
                           {QStringLiteral("reached"), r.reached},
                           {QStringLiteral("timestamp"), r.snapshot.takenAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("worst"), SeverityInfo::id(w)},
                           {QStringLiteral("findings"), findings},
                           {QStringLiteral("parseErrors"), errors}};
        if (r.snapshot.probe.now.isValid())
            server.insert(QStringLiteral("serverTime"), r.snapshot.probe.now.toUTC().toString(Qt::ISODate));
        if (r.snapshot.version.status.ok)
            server.insert(QStringLiteral("mastodonVersion"), r.snapshot.version.toString());
        servers.append(server);
    }
    return {{QStringLiteral("worst"), SeverityInfo::id(worst)}, {QStringLiteral("servers"), servers}};
}

QString CheckCommand::toText(const QList<Result> &results, bool verbose)
{
    // Messages name files, units and paths from the server: each value is
    // escaped on its own, so it can neither drive the terminal nor start a
    // line that looks like another finding.
    QStringList out;
    for (const Result &r : results) {
        const Severity w = Finding::worst(r.findings);
        const QString name = TerminalText::escaped(r.profile.name);
        QString header = QCoreApplication::translate("CheckCommand", "== %1: %2 (%3)")
                             .arg(name, SeverityInfo::displayName(w),
                                  r.snapshot.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        if (r.snapshot.version.status.ok)
            header += QCoreApplication::translate("CheckCommand", ", Mastodon %1")
                          .arg(TerminalText::escaped(r.snapshot.version.toString()));
        out << header;
        int okCount = 0;
        for (const Finding &f : r.findings) {
            if (f.severity == Severity::Ok && !verbose) {
                ++okCount;
                continue;
            }
            out << QStringLiteral("%1 %2").arg(tag(f.severity), TerminalText::escaped(f.message()));
            if (f.severity == Severity::Warning || f.severity == Severity::Critical)
                out << remedyText(f, name);
        }
        if (okCount > 0)
            out << QCoreApplication::translate("CheckCommand", "%n check(s) OK.", nullptr, okCount);
        out << QString();
    }
    return out.join(QLatin1Char('\n')).trimmed();
}

int CheckCommand::exitCodeFor(const QList<Result> &results)
{
    Severity worst = Severity::Ok;
    for (const Result &r : results) {
        if (!r.reached)
            worst = SeverityInfo::worst(worst, Severity::Unknown);
        worst = SeverityInfo::worst(worst, Finding::worst(r.findings));
    }
    return SeverityInfo::exitCode(worst);
}

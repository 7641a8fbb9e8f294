#include "CheckCommand.h"

#include "checks/Checker.h"
#include "checks/ConnectionRule.h"
#include "cli/CliConnector.h"
#include "cli/Terminal.h"
#include "probes/ProbeRunner.h"
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

Checker::Inputs inputsFor(const ServerProfile &profile)
{
    Checker::Inputs in;
    in.thresholds = Thresholds::fromJson(profile.extra.value(QStringLiteral("thresholds")).toObject());
    in.profileExtra = profile.extra;
    return in;
}
} // namespace

CheckCommand::CheckCommand(const Options &options, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_secrets(secrets)
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
    auto *connector = new CliConnector(session, m_options.acceptNewHostKey, session);
    auto *runner = new ProbeRunner(session, session);
    // The connector reports connection failures on stderr; the runner is the one
    // that decides this server's result.
    connect(runner, &ProbeRunner::finished, this, [this, index, session](const Snapshot &snap) {
        Result &r = m_results[index];
        if (r.done)
            return;
        r.reached = true;
        r.snapshot = snap;
        r.findings = Checker::evaluate(snap, inputsFor(r.profile));
        session->disconnectFromServer();
        session->deleteLater();
        finishOne(index);
    });
    auto fail = [this, index, session](const Finding &finding) {
        Result &r = m_results[index];
        if (r.done)
            return; // a second report of the same end (connection lost during the probe)
        r.snapshot.serverId = r.profile.id;
        r.snapshot.serverName = r.profile.name;
        r.snapshot.takenAt = QDateTime::currentDateTimeUtc();
        r.findings = {finding};
        session->disconnectFromServer();
        session->deleteLater();
        finishOne(index);
    };
    connect(runner, &ProbeRunner::failed, this, [fail](const SshError &error, int exitStatus) {
        fail(exitStatus >= 0 ? ConnectionRule::probeFailed(exitStatus, error.detail) : ConnectionRule::fromError(error));
    });
    connect(connector, &CliConnector::connected, runner, [runner, this] { runner->start(m_options.tier); });
    connect(connector, &CliConnector::failed, this, [fail, session](int) {
        fail(ConnectionRule::fromError(session->lastError()));
    });
    connector->start();
}

void CheckCommand::finishOne(int index)
{
    m_results[index].done = true;
    if (--m_pending > 0)
        return;
    if (m_options.json)
        Terminal::print(QString::fromUtf8(QJsonDocument(toJson(m_results)).toJson(QJsonDocument::Indented)).trimmed());
    else
        Terminal::print(toText(m_results, m_options.verbose));
    Q_EMIT done(exitCodeFor(m_results));
}

QJsonObject CheckCommand::toJson(const QList<Result> &results)
{
    QJsonArray servers;
    Severity worst = Severity::Ok;
    for (const Result &r : results) {
        QJsonArray findings;
        for (const Finding &f : r.findings) {
            findings.append(QJsonObject{{QStringLiteral("id"), f.id},
                                        {QStringLiteral("severity"), SeverityInfo::id(f.severity)},
                                        {QStringLiteral("subject"), f.subject},
                                        {QStringLiteral("title"), f.title()},
                                        {QStringLiteral("message"), f.message()},
                                        {QStringLiteral("evidence"), QJsonObject::fromVariantMap(f.evidence)},
                                        {QStringLiteral("fixActionId"), f.fixActionId}});
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
    QStringList out;
    for (const Result &r : results) {
        const Severity w = Finding::worst(r.findings);
        QString header = QCoreApplication::translate("CheckCommand", "== %1: %2 (%3)")
                             .arg(r.profile.name, SeverityInfo::displayName(w),
                                  r.snapshot.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        if (r.snapshot.version.status.ok)
            header += QCoreApplication::translate("CheckCommand", ", Mastodon %1").arg(r.snapshot.version.toString());
        out << header;
        int okCount = 0;
        for (const Finding &f : r.findings) {
            if (f.severity == Severity::Ok && !verbose) {
                ++okCount;
                continue;
            }
            QString line = QStringLiteral("%1 %2").arg(tag(f.severity), f.message());
            if (!f.fixActionId.isEmpty())
                line += QLatin1Char(' ')
                    + QCoreApplication::translate("CheckCommand", "(see: hoshu-cli run %1 %2)").arg(r.profile.name, f.fixActionId);
            out << line;
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

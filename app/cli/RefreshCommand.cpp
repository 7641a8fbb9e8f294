#include "cli/RefreshCommand.h"

#include "checks/Finding.h"
#include "cli/CliConnector.h"
#include "cli/Terminal.h"
#include "common/TerminalText.h"
#include "probes/LayoutDetection.h"
#include "servers/ProfileStore.h"
#include "session/ServerMonitor.h"
#include "session/ServerSession.h"

#include <QCoreApplication>

RefreshCommand::RefreshCommand(const Options &options, SecretStore *secrets, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_secrets(secrets)
    , m_history(history)
{
}

QString RefreshCommand::line(const QString &name, Severity worst, int problems, qint64 durationMs, const QString &note)
{
    QString out = QCoreApplication::translate("RefreshCommand", "%1  %2  %n finding(s)  %3 s", nullptr, problems)
                      .arg(TerminalText::escaped(name), -16)
                      .arg(SeverityInfo::id(worst).toUpper(), -8)
                      .arg(QString::number(durationMs / 1000.0, 'f', 2));
    if (!note.isEmpty())
        out += QStringLiteral("  ") + TerminalText::escaped(note); // a message naming the server's files
    return out;
}

void RefreshCommand::start()
{
    m_pending = int(m_options.profiles.size());
    m_worst = Severity::Ok;
    if (m_pending == 0) {
        Q_EMIT done(SeverityInfo::exitCode(Severity::Unknown));
        return;
    }
    for (const ServerProfile &p : std::as_const(m_options.profiles)) {
        auto *session = new ServerSession(p, m_secrets, this);
        if (!m_options.sudoPassword.isEmpty())
            session->setSudoPassword(m_options.sudoPassword);
        // Answers host-key and secret questions at the terminal; the monitor connects.
        new CliConnector(session, m_options.acceptNewHostKey, {}, session);
        auto *monitor = new ServerMonitor(session, m_history, session);
        connect(monitor, &ServerMonitor::layoutDetected, this,
                [this](const ServerProfile &updated) { saveDetectedLayout(updated); });
        connect(monitor, &ServerMonitor::updated, this, [this, monitor] { finishOne(monitor, true); });
        connect(monitor, &ServerMonitor::refreshFailed, this, [this, monitor] { finishOne(monitor, false); });
        monitor->refresh(m_options.slow);
    }
}

void RefreshCommand::saveDetectedLayout(const ServerProfile &updated)
{
    Terminal::print(QStringLiteral("%1: %2").arg(TerminalText::escaped(updated.name),
                                                 TerminalText::escaped(LayoutDetection::detectedMessage(updated))));
    if (!m_options.profileStore)
        return;
    QString error;
    if (!m_options.profileStore->update(updated, &error) || !m_options.profileStore->save(&error))
        Terminal::message(QCoreApplication::translate("RefreshCommand", "The detected layout could not be saved: %1")
                              .arg(error));
}

void RefreshCommand::finishOne(ServerMonitor *monitor, bool reached)
{
    const QList<Finding> findings = monitor->findings();
    Severity worst = Finding::worst(findings);
    if (!reached)
        worst = SeverityInfo::worst(worst, Severity::Unknown);
    m_worst = SeverityInfo::worst(m_worst, worst);
    int problems = 0;
    for (const Finding &f : findings)
        problems += f.severity != Severity::Ok ? 1 : 0;
    QString note;
    if (!reached && !findings.isEmpty())
        note = findings.constFirst().message();
    if (!monitor->lastHistoryError().isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral("  "))
            + QCoreApplication::translate("RefreshCommand", "(not stored: %1)").arg(monitor->lastHistoryError());
    ServerSession *session = monitor->session();
    Terminal::print(line(session->profile().name, worst, problems, monitor->lastDurationMs(), note));
    session->disconnectFromServer();
    session->deleteLater();
    if (--m_pending == 0)
        Q_EMIT done(SeverityInfo::exitCode(m_worst));
}

#pragma once

#include "catalog/Action.h"
#include "catalog/ExpandedCommand.h"
#include "session/OutputRedactor.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshError.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class ServerSession;
class AuditLog;
class ServerActionLock;

// Runs one catalog action on one server: connects if needed, fetches the sudo
// password when the action needs it, streams redacted output, and records the
// run in the audit log. The command it runs is exactly the one prepare() showed.
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    explicit ActionRunner(ServerSession *session, QObject *parent = nullptr);
    ~ActionRunner() override;

    // Validates the parameters and builds the command shown in the confirmation.
    std::optional<ExpandedCommand> prepare(const Action &action, const QMap<QString, QString> &params,
                                           QString *error);
    void start(const ExpandedCommand &command);
    void cancel();
    bool isRunning() const { return m_running; }

    void setAuditLog(AuditLog *log) { m_auditLog = log; }

Q_SIGNALS:
    void started(const QString &displayCommand);
    void outputReady(const QByteArray &data, RemoteProcess::Channel channel);
    void finished(int exitStatus, qint64 durationMs);
    void failed(const SshError &error, qint64 durationMs);

private:
    void continueWhenConnected();
    void execute();
    void onOutput(const QByteArray &data, RemoteProcess::Channel channel);
    void finish(int exitStatus, const SshError &error);
    void disconnectFromSession();

    QPointer<ServerSession> m_session;
    QPointer<RemoteProcess> m_process;
    AuditLog *m_auditLog = nullptr;
    QString m_actionId;
    QMap<QString, QString> m_params;
    ExpandedCommand m_command;
    std::unique_ptr<ServerActionLock> m_actionLock; // held while a changing action runs
    SecretBytes m_sudoPassword; // between the session's answer and the exec only
    bool m_needsSudoPassword = false;
    bool m_running = false;
    bool m_cancelled = false;
    QElapsedTimer m_clock;
    OutputRedactor m_stdoutRedactor;
    OutputRedactor m_stderrRedactor;
    QList<QMetaObject::Connection> m_sessionConnections;
};

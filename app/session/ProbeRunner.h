#pragma once

#include "probes/ProbeScript.h"
#include "probes/Snapshot.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshError.h"

#include <QObject>
#include <QPointer>

class ServerSession;

// One refresh of one server: ONE exec of the probe script over the session's
// connection (connecting first if needed), then the output parsed into a Snapshot.
// Read-only, so it may run beside an action. Emits exactly one of finished/failed.
class ProbeRunner : public QObject
{
    Q_OBJECT

public:
    explicit ProbeRunner(ServerSession *session, QObject *parent = nullptr);
    ~ProbeRunner() override;

    void start(ProbeScript::Tier tier);
    // PendingUpdates::key of the last good refresh; empty: always simulate.
    void setUpdatesKey(const QString &key) { m_updatesKey = key; }
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Snapshot &snapshot);
    // Could not connect, or the probe could not run at all (exitStatus >= 0 then,
    // with its stderr in error.detail).
    void failed(const SshError &error, int exitStatus);

private:
    void whenConnected();
    void execute(const SecretBytes &sudoPassword);
    void done(int exitStatus);
    void fail(const SshError &error, int exitStatus = -1);
    void dropSessionConnections();

    QPointer<ServerSession> m_session;
    QPointer<RemoteProcess> m_process;
    ProbeScript::Tier m_tier = ProbeScript::Tier::Fast;
    QString m_updatesKey;
    QString m_nonce;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_running = false;
    QList<QMetaObject::Connection> m_sessionConnections;
};

#pragma once

#include "catalog/Action.h"
#include "catalog/ExpandedCommand.h"
#include "servers/SecretStore.h"
#include "servers/ServerProfile.h"
#include "ssh/HostKeyInfo.h"
#include "ssh/SshConnection.h"
#include "ssh/SshError.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class ActionRunner;
class AuditLog;
class ConfirmActionDialog;
class LogPane;
class QDialog;
class ServerSession;

// Everything the window keeps per server: its session (the SSH connection),
// the runner of its actions, and its log pane (kept when the user switches to
// another server). Answers the session's questions (host key, secrets) with
// dialogs, and asks before an action changes the server.
class ServerWorkspace : public QObject
{
    Q_OBJECT

public:
    // logPane is owned by the caller's widget tree; dialogParent parents the dialogs.
    ServerWorkspace(const ServerProfile &profile, SecretStore *secrets, LogPane *logPane, QWidget *dialogParent,
                    QObject *parent = nullptr);
    ~ServerWorkspace() override;

    QString id() const;
    const ServerProfile &profile() const;
    void setProfile(const ServerProfile &profile);
    ServerSession *session() const { return m_session; }
    ActionRunner *runner() const { return m_runner; }
    LogPane *logPane() const { return m_log; }
    void setAuditLog(AuditLog *log);
    AuditLog *auditLog() const { return m_auditLog; }

    SshConnection::State state() const;
    bool isRunning() const;

    void connectToServer();
    void disconnectFromServer();

    // Prepares, asks for confirmation when the risk requires it (the dialog is
    // window-modal but does not block: the run starts when it is accepted).
    // Returns false when the action could not even be prepared or another runs.
    bool runAction(const Action &action, const QMap<QString, QString> &parameters);
    void cancelRun();

    // A secret the user typed without asking to remember it: used once, for
    // the next time the session asks for this kind.
    void setOneTimeSecret(SecretStore::Kind kind, const SecretBytes &secret);

    // The last action started here (id and title), for the re-check after it.
    QString lastRunActionId() const { return m_lastRunActionId; }
    QString lastRunTitle() const { return m_lastRunTitle; }

Q_SIGNALS:
    void stateChanged(const QString &id, SshConnection::State state, const QString &errorTitle);
    void busyChanged(const QString &id, bool busy);
    void runningChanged(const QString &id, bool running);
    // runAction() ended without a run: the confirmation was cancelled, or it could not start.
    void actionNotStarted(const QString &actionId);
    // An action that may have changed the server ended (either way): its state is worth a fresh look.
    void serverMayHaveChanged(const QString &id);
    void statusMessage(const QString &text);

private:
    void startPrepared(const Action &action, const ExpandedCommand &command);
    // Runs the command's plan (read-only) and hands it to the dialog when it is there.
    void workOutPlan(ConfirmActionDialog *dialog, const ExpandedCommand &command);
    void onHostKey(const HostKeyInfo &info);
    void onSecretNeeded(SecretStore::Kind kind, const QString &reason);
    void onFailed(const SshError &error);
    void showHostKeyChanged(const SshError &error);
    static QString errorLine(const SshError &error);

    ServerSession *m_session;
    ActionRunner *m_runner;
    AuditLog *m_auditLog = nullptr;
    Risk m_runRisk = Risk::ReadOnly;
    QString m_lastRunActionId;
    QString m_lastRunTitle;
    QPointer<LogPane> m_log;
    QPointer<QWidget> m_dialogParent;
    QPointer<QDialog> m_question; // the one open question for this server, if any
    QMap<SecretStore::Kind, SecretBytes> m_oneTimeSecrets;
    HostKeyInfo m_lastHostKey;
};

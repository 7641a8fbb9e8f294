#pragma once

#include "ssh/ConnectionParams.h"
#include "ssh/ExecOptions.h"
#include "ssh/HostKeyInfo.h"
#include "ssh/RemoteProcess.h"
#include "ssh/RemoteScript.h"
#include "ssh/SftpDownloadRequest.h"
#include "ssh/SftpUploadRequest.h"
#include "ssh/SshConnection.h"
#include "ssh/SshChannelTask.h"
#include "ssh/SshError.h"
#include "ssh/TransferError.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <memory>

class QSocketNotifier;
class SftpTransferTask;
class SocketAborter;

// Owns one libssh session and touches it only from its own thread. Connects
// without blocking (socket notifiers and timers, no polling loop); only the
// short auth phase runs in libssh's blocking mode, bounded by SSH_OPTIONS_TIMEOUT
// and breakable through SocketAborter. Every method is called in the worker thread.
class SshWorker : public QObject
{
    Q_OBJECT
public:
    explicit SshWorker(std::shared_ptr<SocketAborter> aborter, QObject *parent = nullptr);
    ~SshWorker() override;

    void open(const ConnectionParams &params);
    void close();
    void shutdown(); // close without reporting, then quit the thread
    void acceptHostKey(const QString &fingerprintSha256);
    void rejectHostKey();
    void exec(quint64 id, const RemoteScript &script, const ExecOptions &options);
    void download(quint64 id, const SftpDownloadRequest &request);
    void upload(quint64 id, const SftpUploadRequest &request);
    void cancel(quint64 id); // a command or a transfer

Q_SIGNALS:
    void stateChanged(SshConnection::State state);
    void hostKeyNeedsApproval(const HostKeyInfo &info);
    void connected();
    void failed(const SshError &error);
    void closed();
    void processStarted(quint64 id);
    void processOutput(quint64 id, const QByteArray &data, RemoteProcess::Channel channel);
    void processFinished(quint64 id, int exitStatus, const QString &exitSignal);
    void processFailed(quint64 id, const SshError &error);
    void transferProgress(quint64 id, qint64 done, qint64 total);
    void transferFinished(quint64 id, qint64 resumedFrom, qint64 transferred, const QByteArray &sha256,
                          const QString &remotePath);
    void transferFailed(quint64 id, const TransferError &error);

private:
    // Closing: commands were cancelled, their kill scripts are being started before we hang up.
    enum class Phase { Idle, Connecting, AwaitingHostKey, Connected, Closing };

    bool configureSession();
    void continueConnect();
    void afterKeyExchange();
    void authenticate();
    void service();
    void pumpTasks();
    void pumpTransfers();
    void addTransfer(SftpTransferTask *task);
    bool sessionBroken() const;
    void updateWriteInterest();
    void watchSocket();
    void unwatchSocket();
    void sendKeepAlive();
    void failConnection(const SshError &error);
    void endAllTasks(const SshError &reason, bool signalRemote);
    void teardown(bool graceful);
    void onTaskEnded(quint64 id);
    void onTransferEnded(quint64 id);
    SshError refusal() const; // why a new command or download cannot start now, if it cannot
    bool hasWork() const { return !m_tasks.isEmpty() || !m_transfers.isEmpty(); }
    void spawnKiller(const QByteArray &token);
    void beginClose(bool quitThreadAfter);
    void finishClose();
    SshChannelTask *addTask(quint64 id, SshChannelTask::Mode mode, SecretBytes input, const QByteArray &token,
                            const ExecOptions &options);

    std::shared_ptr<SocketAborter> m_aborter;
    ConnectionParams m_params;
    Phase m_phase = Phase::Idle;
    SshError m_lastError;
    HostKeyInfo m_pendingHostKey; // shown to the user, awaiting a decision
    ssh_session m_session = nullptr;
    ssh_event m_event = nullptr;
    ssh_callbacks_struct m_sessionCallbacks{}; // stored by pointer in libssh: lives as long as the session
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    bool m_tcpConnected = false;
    bool m_viaProxy = false;
    int m_unansweredKeepAlives = 0;
    // Parented so moveToThread() takes them along to the worker thread.
    QTimer m_connectTimer{this};
    QTimer m_keepAliveTimer{this};
    QTimer m_flushTimer{this};
    QTimer m_closingTimer{this};
    bool m_quitThreadAfterClose = false;
    quint64 m_nextInternalId = 1;
    QHash<quint64, SshChannelTask *> m_tasks;
    QHash<quint64, SftpTransferTask *> m_transfers;
};

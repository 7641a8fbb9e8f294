#pragma once

#include "ssh/ConnectionParams.h"
#include "ssh/HostKeyInfo.h"
#include "ssh/RemoteExecutor.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SftpDownload.h"
#include "ssh/SftpDownloadRequest.h"
#include "ssh/SftpUploadRequest.h"
#include "ssh/SshError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QThread;
class SshWorker;
class SocketAborter;

// One SSH connection to one server. This facade lives in the caller's thread and
// never blocks it; the libssh session lives in a worker thread of its own, and
// every command runs on its own channel of that one session.
class SshConnection : public QObject, public RemoteExecutor
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, AwaitingHostKeyDecision, Connected, Failed };
    Q_ENUM(State)

    explicit SshConnection(const ConnectionParams &params, QObject *parent = nullptr);
    ~SshConnection() override; // stops the worker cleanly, no hang even if the network is dead

    State state() const;
    SshError lastError() const;
    ConnectionParams params() const;
    void setParams(const ConnectionParams &params); // used by the next open()

    void open();          // async
    void close();
    // After hostKeyNeedsApproval: records the key in Hoshu's known_hosts and continues,
    // but only if it is the one with the fingerprint the user was shown.
    void acceptHostKey(const QString &fingerprintSha256);
    void rejectHostKey(); // -> failed(HostKeyRejected)

    // May be called before open() finishes: queued until connected; fails with the connect
    // error if connecting fails. If the state is Disconnected or Failed, exec() opens the
    // connection itself.
    RemoteProcess *exec(const RemoteScript &script, const ExecOptions &options = {}) override;
    // Fetches one remote file over SFTP on this same connection (its own channel), resuming
    // a .part left by an earlier attempt; queued and opened like exec(). The handle is owned
    // by the caller; deleting it cancels the download.
    SftpDownload *download(const SftpDownloadRequest &request);
    // Puts one local file on the server the same way (see SftpUploadRequest); the handle's
    // remotePath() names where it is once finished.
    SftpDownload *upload(const SftpUploadRequest &request);

Q_SIGNALS:
    void stateChanged(SshConnection::State state);
    void hostKeyNeedsApproval(const HostKeyInfo &info); // only with HostKeyPolicy::Ask and an unknown key
    void connected();
    void failed(const SshError &error);
    void closed();

private:
    void setState(State state);
    void onWorkerFailed(const SshError &error);
    void onProcessStarted(quint64 id);
    void onProcessOutput(quint64 id, const QByteArray &data, RemoteProcess::Channel channel);
    void onProcessFinished(quint64 id, int exitStatus, const QString &exitSignal);
    void onProcessFailed(quint64 id, const SshError &error);
    void failAllProcesses(const SshError &error);
    template<typename Request>
    SftpDownload *transfer(const Request &request, void (SshWorker::*start)(quint64, const Request &));
    void onTransferProgress(quint64 id, qint64 done, qint64 total);
    void onTransferFinished(quint64 id, qint64 resumedFrom, qint64 transferred, const QByteArray &sha256,
                            const QString &remotePath);
    void onTransferFailed(quint64 id, const TransferError &error);

    ConnectionParams m_params;
    State m_state = State::Disconnected;
    SshError m_lastError;
    QThread *m_thread = nullptr;
    SshWorker *m_worker = nullptr;
    std::shared_ptr<SocketAborter> m_aborter;
    quint64 m_nextId = 1;
    QHash<quint64, QPointer<RemoteProcess>> m_processes;
    QHash<quint64, QPointer<SftpDownload>> m_transfers;
    QTimer m_loginDeadline{this}; // ConnectionParams::loginTimeoutSec, paused while the user decides on a host key
};

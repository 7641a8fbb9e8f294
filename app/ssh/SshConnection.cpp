#include "ssh/SshConnection.h"

#include "ssh/SocketAborter.h"
#include "ssh/SshThreadReaper.h"
#include "ssh/SshWorker.h"

#include <QThread>

namespace {
using K = SshError::Kind;
} // namespace

SshConnection::SshConnection(const ConnectionParams &params, QObject *parent)
    : QObject(parent), m_params(params), m_aborter(std::make_shared<SocketAborter>())
{
    qRegisterMetaType<SshError>();
    qRegisterMetaType<HostKeyInfo>();
    qRegisterMetaType<TransferError>();

    m_thread = new QThread; // not parented: it may have to outlive us (see destructor)
    m_thread->setObjectName(QStringLiteral("ssh:%1").arg(params.host));
    m_worker = new SshWorker(m_aborter);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &SshWorker::stateChanged, this, &SshConnection::setState);
    connect(m_worker, &SshWorker::hostKeyNeedsApproval, this, &SshConnection::hostKeyNeedsApproval);
    m_loginDeadline.setSingleShot(true);
    connect(&m_loginDeadline, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting)
            m_aborter->abort(SocketAborter::Reason::LoginTimeout);
    });
    connect(m_worker, &SshWorker::hostKeyNeedsApproval, this, [this] { m_loginDeadline.stop(); });
    connect(m_worker, &SshWorker::connected, this, [this] {
        m_loginDeadline.stop();
        m_lastError = {};
        emit connected();
    });
    connect(m_worker, &SshWorker::failed, this, &SshConnection::onWorkerFailed);
    connect(m_worker, &SshWorker::closed, this, &SshConnection::closed);
    connect(m_worker, &SshWorker::processStarted, this, &SshConnection::onProcessStarted);
    connect(m_worker, &SshWorker::processOutput, this, &SshConnection::onProcessOutput);
    connect(m_worker, &SshWorker::processFinished, this, &SshConnection::onProcessFinished);
    connect(m_worker, &SshWorker::processFailed, this, &SshConnection::onProcessFailed);
    connect(m_worker, &SshWorker::transferProgress, this, &SshConnection::onTransferProgress);
    connect(m_worker, &SshWorker::transferFinished, this, &SshConnection::onTransferFinished);
    connect(m_worker, &SshWorker::transferFailed, this, &SshConnection::onTransferFailed);
    m_thread->start();
}

SshConnection::~SshConnection()
{
    m_params.wipeSecrets();
    // Never wait here (this is often the GUI thread): the worker closes gracefully
    // on its own, and the reaper deletes its thread once it has finished.
    SshThreadReaper::instance().adopt(m_thread, m_aborter);
    QMetaObject::invokeMethod(m_worker, &SshWorker::shutdown, Qt::QueuedConnection);
    failAllProcesses(SshError(K::Cancelled, QStringLiteral("connection closed")));
}

SshConnection::State SshConnection::state() const
{
    return m_state;
}

SshError SshConnection::lastError() const
{
    return m_lastError;
}

ConnectionParams SshConnection::params() const
{
    return m_params;
}

void SshConnection::setParams(const ConnectionParams &params)
{
    m_params = params;
}

void SshConnection::open()
{
    if (m_state == State::Connecting || m_state == State::Connected || m_state == State::AwaitingHostKeyDecision)
        return;
    m_lastError = {};
    setState(State::Connecting);
    m_loginDeadline.start(qMax(1, m_params.loginTimeoutSec) * 1000);
    SshWorker *worker = m_worker;
    const ConnectionParams params = m_params;
    QMetaObject::invokeMethod(m_worker, [worker, params] { worker->open(params); }, Qt::QueuedConnection);
}

void SshConnection::close()
{
    m_loginDeadline.stop();
    setState(State::Disconnected);
    QMetaObject::invokeMethod(m_worker, &SshWorker::close, Qt::QueuedConnection);
}

void SshConnection::acceptHostKey(const QString &fingerprintSha256)
{
    m_loginDeadline.start(); // the user's think time does not count
    SshWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, fingerprintSha256] { worker->acceptHostKey(fingerprintSha256); },
                              Qt::QueuedConnection);
}

void SshConnection::rejectHostKey()
{
    QMetaObject::invokeMethod(m_worker, &SshWorker::rejectHostKey, Qt::QueuedConnection);
}

RemoteProcess *SshConnection::exec(const RemoteScript &script, const ExecOptions &options)
{
    if (m_state == State::Disconnected || m_state == State::Failed)
        open();
    auto *process = new RemoteProcess;
    const quint64 id = m_nextId++;
    m_processes.insert(id, process);
    SshWorker *worker = m_worker;
    connect(process, &RemoteProcess::cancelRequested, this, [worker, id] {
        QMetaObject::invokeMethod(worker, [worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
    });
    // A handle dropped by its owner while running: stop the remote command too.
    connect(process, &QObject::destroyed, this, [this, id] {
        if (m_processes.remove(id)) {
            SshWorker *w = m_worker;
            QMetaObject::invokeMethod(w, [w, id] { w->cancel(id); }, Qt::QueuedConnection);
        }
    });
    QMetaObject::invokeMethod(
        m_worker, [worker, id, script, options] { worker->exec(id, script, options); },
        Qt::QueuedConnection);
    return process;
}

SftpDownload *SshConnection::download(const SftpDownloadRequest &request)
{
    return transfer(request, &SshWorker::download);
}

SftpDownload *SshConnection::upload(const SftpUploadRequest &request)
{
    return transfer(request, &SshWorker::upload);
}

template<typename Request>
SftpDownload *SshConnection::transfer(const Request &request, void (SshWorker::*start)(quint64, const Request &))
{
    if (m_state == State::Disconnected || m_state == State::Failed)
        open();
    auto *handle = new SftpDownload;
    const quint64 id = m_nextId++;
    m_transfers.insert(id, handle);
    SshWorker *worker = m_worker;
    connect(handle, &SftpDownload::cancelRequested, this, [worker, id] {
        QMetaObject::invokeMethod(worker, [worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
    });
    connect(handle, &QObject::destroyed, this, [this, id] {
        if (m_transfers.remove(id)) {
            SshWorker *w = m_worker;
            QMetaObject::invokeMethod(w, [w, id] { w->cancel(id); }, Qt::QueuedConnection);
        }
    });
    QMetaObject::invokeMethod(m_worker, [worker, id, request, start] { (worker->*start)(id, request); }, Qt::QueuedConnection);
    return handle;
}

void SshConnection::onTransferProgress(quint64 id, qint64 done, qint64 total)
{
    if (SftpDownload *d = m_transfers.value(id))
        emit d->progress(done, total);
}

void SshConnection::onTransferFinished(quint64 id, qint64 resumedFrom, qint64 transferred, const QByteArray &sha256,
                                       const QString &remotePath)
{
    QPointer<SftpDownload> d = m_transfers.take(id);
    if (d) {
        d->setResult(resumedFrom, transferred, sha256, remotePath);
        emit d->finished();
    }
}

void SshConnection::onTransferFailed(quint64 id, const TransferError &error)
{
    QPointer<SftpDownload> d = m_transfers.take(id);
    if (d)
        emit d->failed(error);
}

void SshConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SshConnection::onWorkerFailed(const SshError &error)
{
    m_loginDeadline.stop();
    m_lastError = error;
    setState(State::Failed);
    emit failed(error);
}

void SshConnection::onProcessStarted(quint64 id)
{
    if (RemoteProcess *p = m_processes.value(id))
        emit p->started();
}

void SshConnection::onProcessOutput(quint64 id, const QByteArray &data, RemoteProcess::Channel channel)
{
    if (RemoteProcess *p = m_processes.value(id))
        emit p->outputReady(data, channel);
}

void SshConnection::onProcessFinished(quint64 id, int exitStatus, const QString &exitSignal)
{
    QPointer<RemoteProcess> p = m_processes.take(id);
    if (p) {
        p->setExitSignal(exitSignal);
        emit p->finished(exitStatus);
    }
}

void SshConnection::onProcessFailed(quint64 id, const SshError &error)
{
    QPointer<RemoteProcess> p = m_processes.take(id);
    if (p)
        emit p->failed(error);
}

void SshConnection::failAllProcesses(const SshError &error)
{
    const auto processes = std::exchange(m_processes, {});
    for (const QPointer<RemoteProcess> &p : processes) {
        if (p && !p->hasEnded())
            emit p->failed(error);
    }
    const auto downloads = std::exchange(m_transfers, {});
    for (const QPointer<SftpDownload> &d : downloads) {
        if (d && !d->hasEnded())
            emit d->failed(TransferError::fromSsh(error));
    }
}

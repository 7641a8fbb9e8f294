#include "ssh/SshConnection.h"

#include "ssh/SocketAborter.h"
#include "ssh/SshWorker.h"

#include <QDeadlineTimer>
#include <QThread>

namespace {
using K = SshError::Kind;
constexpr int GracefulStopMs = 2000;
constexpr int AbortedStopMs = 1500;
} // namespace

SshConnection::SshConnection(const ConnectionParams &params, QObject *parent)
    : QObject(parent), m_params(params), m_aborter(std::make_shared<SocketAborter>())
{
    qRegisterMetaType<SshError>();
    qRegisterMetaType<HostKeyInfo>();

    m_thread = new QThread; // not parented: it may have to outlive us (see destructor)
    m_thread->setObjectName(QStringLiteral("ssh:%1").arg(params.host));
    m_worker = new SshWorker(m_aborter);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &SshWorker::stateChanged, this, &SshConnection::setState);
    connect(m_worker, &SshWorker::hostKeyNeedsApproval, this, &SshConnection::hostKeyNeedsApproval);
    connect(m_worker, &SshWorker::connected, this, [this] {
        m_lastError = {};
        emit connected();
    });
    connect(m_worker, &SshWorker::failed, this, &SshConnection::onWorkerFailed);
    connect(m_worker, &SshWorker::closed, this, &SshConnection::closed);
    connect(m_worker, &SshWorker::processStarted, this, &SshConnection::onProcessStarted);
    connect(m_worker, &SshWorker::processOutput, this, &SshConnection::onProcessOutput);
    connect(m_worker, &SshWorker::processFinished, this, &SshConnection::onProcessFinished);
    connect(m_worker, &SshWorker::processFailed, this, &SshConnection::onProcessFailed);
    m_thread->start();
}

SshConnection::~SshConnection()
{
    m_params.wipeSecrets();
    QMetaObject::invokeMethod(m_worker, &SshWorker::shutdown, Qt::QueuedConnection);
    bool stopped = m_thread->wait(QDeadlineTimer(GracefulStopMs));
    if (!stopped) {
        // Stuck in a blocking libssh call (auth, or DNS): pull the socket from under it.
        m_aborter->abort();
        stopped = m_thread->wait(QDeadlineTimer(AbortedStopMs));
    }
    if (stopped) {
        delete m_thread;
    } else {
        // Still stuck (e.g. in getaddrinfo): let the thread finish on its own and
        // clean up after itself rather than hang the caller.
        qWarning("SshConnection: worker thread for %s did not stop in time; detaching it",
                 qUtf8Printable(m_params.host));
        QThread *thread = m_thread;
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        QMetaObject::invokeMethod(m_worker, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    }
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
    SshWorker *worker = m_worker;
    const ConnectionParams params = m_params;
    QMetaObject::invokeMethod(m_worker, [worker, params] { worker->open(params); }, Qt::QueuedConnection);
}

void SshConnection::close()
{
    setState(State::Disconnected);
    QMetaObject::invokeMethod(m_worker, &SshWorker::close, Qt::QueuedConnection);
}

void SshConnection::acceptHostKey()
{
    QMetaObject::invokeMethod(m_worker, &SshWorker::acceptHostKey, Qt::QueuedConnection);
}

void SshConnection::rejectHostKey()
{
    QMetaObject::invokeMethod(m_worker, &SshWorker::rejectHostKey, Qt::QueuedConnection);
}

RemoteProcess *SshConnection::exec(const QByteArray &command, const QByteArray &stdinData, const ExecOptions &options)
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
        m_worker, [worker, id, command, stdinData, options] { worker->exec(id, command, stdinData, options); },
        Qt::QueuedConnection);
    return process;
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
}

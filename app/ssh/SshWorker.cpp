#include "ssh/SshWorker.h"

#include "ssh/HostKeyVerifier.h"
#include "ssh/RemoteCommandWrapper.h"
#include "ssh/SocketAborter.h"
#include "ssh/SftpDownloadTask.h"
#include "ssh/SftpUploadTask.h"
#include "ssh/SshAuthenticator.h"
#include "ssh/SshChannelTask.h"
#include "ssh/SshErrorClassifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QThread>

#include <libssh/server.h> // ssh_send_keepalive is declared there, but works for clients too

namespace {
using K = SshError::Kind;

constexpr int FlushIntervalMs = 15;
constexpr int MaxPollsPerWakeup = 64; // libssh reads 4 KiB per poll; bound the work per event

// Never let libssh prompt on a terminal (it would for an encrypted default key).
int refusePrompt(const char *, char *buf, size_t len, int, int, void *)
{
    if (buf && len > 0)
        buf[0] = '\0';
    return -1;
}

QString libsshError(ssh_session session)
{
    return QString::fromUtf8(ssh_get_error(session));
}
} // namespace

SshWorker::SshWorker(std::shared_ptr<SocketAborter> aborter, QObject *parent)
    : QObject(parent), m_aborter(std::move(aborter))
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Connecting)
            failConnection(SshError(K::Timeout, QStringLiteral("no SSH answer within %1 s").arg(m_params.connectTimeoutSec)));
    });
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &SshWorker::sendKeepAlive);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    m_closingTimer.setSingleShot(true);
    connect(&m_closingTimer, &QTimer::timeout, this, &SshWorker::finishClose);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        for (SshChannelTask *task : std::as_const(m_tasks))
            task->flushOutput();
    });
}

SshWorker::~SshWorker()
{
    endAllTasks(SshError(K::Cancelled, QStringLiteral("connection closed")), false);
    teardown(false);
}

void SshWorker::open(const ConnectionParams &params)
{
    if (m_phase == Phase::Closing)
        finishClose(); // a new open() does not wait for the last kill scripts
    if (m_phase != Phase::Idle)
        return;
    m_params = params;
    m_lastError = {};
    m_aborter->reset();
    m_session = ssh_new();
    if (!m_session || !configureSession()) {
        failConnection(SshError(K::Protocol, m_session ? libsshError(m_session) : QStringLiteral("ssh_new failed")));
        return;
    }
    ssh_set_blocking(m_session, 0);
    m_phase = Phase::Connecting;
    m_tcpConnected = false;
    emit stateChanged(SshConnection::State::Connecting);
    m_connectTimer.start(qMax(1, m_params.connectTimeoutSec) * 1000);
    continueConnect();
}

bool SshWorker::configureSession()
{
    m_sessionCallbacks = {};
    m_sessionCallbacks.userdata = this;
    m_sessionCallbacks.auth_function = refusePrompt;
    ssh_callbacks_init(&m_sessionCallbacks);
    ssh_set_callbacks(m_session, &m_sessionCallbacks);

    const int verbosity = qEnvironmentVariableIntValue("HOSHU_SSH_LOG_LEVEL");
    ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);

    const QByteArray host = m_params.host.toUtf8();
    if (ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData()) != SSH_OK)
        return false;
    // ~/.ssh/config after the host (Host blocks match on it), explicit values after that.
    const QString config = m_params.effectiveSshConfigFile();
    if (!config.isEmpty() && QFileInfo::exists(config)) {
        const QByteArray path = QFile::encodeName(config);
        if (ssh_options_parse_config(m_session, path.constData()) != SSH_OK)
            return false;
        // The host-key policy is Hoshu's own: `StrictHostKeyChecking no` in the user's
        // config would make libssh answer "known" for unknown and changed keys.
        HostKeyVerifier::enforceStrictChecking(m_session);
    } else {
        const int no = 0; // otherwise ssh_connect() reads ~/.ssh/config and /etc/ssh/ssh_config itself
        ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    }
    if (m_params.port != 0) {
        const unsigned int port = m_params.port;
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    if (!m_params.user.isEmpty()) {
        const QByteArray user = m_params.user.toUtf8();
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    }
    const QString known = m_params.effectiveKnownHostsFile();
    QDir().mkpath(QFileInfo(known).absolutePath());
    const QByteArray knownPath = QFile::encodeName(known);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownPath.constData());
    // Only the user's file (or, if none, Hoshu's again): never a stray system-wide file.
    const QString userKnown = m_params.effectiveUserKnownHostsFile();
    const QByteArray globalPath = QFile::encodeName(userKnown.isEmpty() ? known : userKnown);
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, globalPath.constData());
    const long timeout = qMax(1, m_params.connectTimeoutSec);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    // As OpenSSH does: small packets (SFTP read requests, window adjusts, keepalives) leave at
    // once. With Nagle's algorithm they waited for the server's delayed ACK, ~40 ms a time,
    // which held SFTP downloads to a quarter of OpenSSH's speed on loopback.
    const int noDelay = 1;
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);

    char *proxy = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_PROXYCOMMAND, &proxy) == SSH_OK && proxy) {
        m_viaProxy = true;
        ssh_string_free_char(proxy);
    } else {
        m_viaProxy = false;
    }
    return true;
}

void SshWorker::continueConnect()
{
    const int rc = ssh_connect(m_session);
    if (rc == SSH_AGAIN) {
        if (!m_readNotifier)
            watchSocket();
        updateWriteInterest();
        return;
    }
    m_connectTimer.stop();
    if (rc != SSH_OK) {
        failConnection(SshErrorClassifier::fromConnectError(libsshError(m_session), m_viaProxy));
        return;
    }
    unwatchSocket(); // the host key decision and auth do not need them
    afterKeyExchange();
}

void SshWorker::afterKeyExchange()
{
    const HostKeyVerifier::Outcome outcome = HostKeyVerifier::check(m_session, m_params);
    QString error;
    switch (outcome.result) {
    case HostKeyVerifier::Result::Known:
        authenticate();
        return;
    case HostKeyVerifier::Result::Unknown:
        switch (m_params.hostKeyPolicy) {
        case HostKeyPolicy::Ask:
            m_phase = Phase::AwaitingHostKey;
            m_pendingHostKey = outcome.info;
            emit stateChanged(SshConnection::State::AwaitingHostKeyDecision);
            emit hostKeyNeedsApproval(outcome.info);
            return;
        case HostKeyPolicy::AcceptNew:
            if (!m_params.acceptFingerprint.isEmpty() && m_params.acceptFingerprint != outcome.info.fingerprintSha256)
                return failConnection(SshError(K::HostKeyUnknown,
                                               QStringLiteral("%1 (expected %2)").arg(outcome.detail, m_params.acceptFingerprint)));
            if (!HostKeyVerifier::accept(m_session, m_params, &error))
                return failConnection(SshError(K::Protocol, error));
            authenticate();
            return;
        case HostKeyPolicy::Strict:
            return failConnection(SshError(K::HostKeyUnknown, outcome.detail));
        }
        return;
    case HostKeyVerifier::Result::Changed:
        return failConnection(SshError(K::HostKeyChanged, outcome.detail));
    case HostKeyVerifier::Result::Error:
        return failConnection(SshError(K::Protocol, outcome.detail));
    }
}

void SshWorker::acceptHostKey(const QString &fingerprintSha256)
{
    if (m_phase != Phase::AwaitingHostKey)
        return;
    // Only the key the user was shown: never whatever the server presents now.
    if (fingerprintSha256 != m_pendingHostKey.fingerprintSha256)
        return failConnection(SshError(K::HostKeyRejected,
                                       QStringLiteral("the accepted fingerprint %1 is not the server's key %2")
                                           .arg(fingerprintSha256, m_pendingHostKey.fingerprintSha256)));
    QString error;
    if (!HostKeyVerifier::accept(m_session, m_params, &error))
        return failConnection(SshError(K::Protocol, error));
    m_phase = Phase::Connecting;
    emit stateChanged(SshConnection::State::Connecting);
    authenticate();
}

void SshWorker::rejectHostKey()
{
    if (m_phase != Phase::AwaitingHostKey)
        return;
    failConnection(SshError(K::HostKeyRejected, QStringLiteral("host key not accepted by the user")));
}

void SshWorker::authenticate()
{
    m_phase = Phase::Connecting;
    m_aborter->setSocket(ssh_get_fd(m_session));
    ssh_set_blocking(m_session, 1);
    SshError error = SshAuthenticator::authenticate(m_session, m_params);
    ssh_set_blocking(m_session, 0); // from here on nothing may block: close() must stay quick
    m_params.wipeSecrets();
    if (m_aborter->isAborted())
        error = SshError(K::Cancelled, QStringLiteral("connection closed during authentication"));
    if (error.isError())
        return failConnection(error);

    m_event = ssh_event_new();
    if (!m_event || ssh_event_add_session(m_event, m_session) != SSH_OK)
        return failConnection(SshError(K::Protocol, QStringLiteral("cannot watch the session")));
    m_phase = Phase::Connected;
    m_tcpConnected = true;
    m_unansweredKeepAlives = 0;
    watchSocket();
    if (m_params.keepAliveIntervalSec > 0)
        m_keepAliveTimer.start(m_params.keepAliveIntervalSec * 1000);
    emit stateChanged(SshConnection::State::Connected);
    emit connected();
    for (SshChannelTask *task : std::as_const(m_tasks))
        task->begin(m_session);
    const QList<SftpTransferTask *> transfers = m_transfers.values();
    for (SftpTransferTask *task : transfers)
        task->begin(m_session);
    service();
}

SshChannelTask *SshWorker::addTask(quint64 id, SshChannelTask::Mode mode, SecretBytes input,
                                   const QByteArray &token, const ExecOptions &options)
{
    auto *task = new SshChannelTask(id, mode, std::move(input), token, options, this);
    if (mode == SshChannelTask::Mode::Command) {
        connect(task, &SshChannelTask::started, this, &SshWorker::processStarted);
        connect(task, &SshChannelTask::output, this, &SshWorker::processOutput);
        connect(task, &SshChannelTask::finished, this, &SshWorker::processFinished);
        connect(task, &SshChannelTask::failed, this, &SshWorker::processFailed);
        connect(task, &SshChannelTask::remoteKillNeeded, this, &SshWorker::spawnKiller);
    }
    connect(task, &SshChannelTask::ended, this, &SshWorker::onTaskEnded);
    m_tasks.insert(id, task);
    return task;
}

void SshWorker::spawnKiller(const QByteArray &token)
{
    if (m_phase != Phase::Connected && m_phase != Phase::Closing)
        return;
    // Internal ids have the top bit set: the facade never hands those out.
    const quint64 id = (quint64(1) << 63) | m_nextInternalId++;
    const QByteArray kill = RemoteCommandWrapper::killPayload(token);
    SshChannelTask *task = addTask(id, SshChannelTask::Mode::Killer, SecretBytes(kill.constData(), std::size_t(kill.size())),
                                   token, {});
    task->begin(m_session);
}

void SshWorker::exec(quint64 id, const RemoteScript &script, const ExecOptions &options)
{
    const QByteArray token = RemoteCommandWrapper::newToken();
    SshChannelTask *task = addTask(id, SshChannelTask::Mode::Command, RemoteCommandWrapper::payload(script, token),
                                   token, options);
    if (const SshError refused = refusal(); refused.isError())
        return task->abandon(refused);
    if (m_phase == Phase::Connected) { // otherwise it begins once connected
        task->begin(m_session);
        service();
    }
}

SshError SshWorker::refusal() const
{
    switch (m_phase) {
    case Phase::Closing:
        return SshError(K::Cancelled, QStringLiteral("connection closing"));
    case Phase::Idle:
        return m_lastError.isError() ? m_lastError : SshError(K::ConnectionLost, QStringLiteral("not connected"));
    case Phase::Connecting:
    case Phase::AwaitingHostKey:
    case Phase::Connected:
        return {};
    }
    return {};
}

void SshWorker::download(quint64 id, const SftpDownloadRequest &request)
{
    addTransfer(new SftpDownloadTask(id, request, this));
}

void SshWorker::upload(quint64 id, const SftpUploadRequest &request)
{
    addTransfer(new SftpUploadTask(id, request, this));
}

void SshWorker::addTransfer(SftpTransferTask *task)
{
    connect(task, &SftpTransferTask::progress, this, &SshWorker::transferProgress);
    connect(task, &SftpTransferTask::finished, this, &SshWorker::transferFinished);
    connect(task, &SftpTransferTask::failed, this, &SshWorker::transferFailed);
    connect(task, &SftpTransferTask::ended, this, &SshWorker::onTransferEnded);
    connect(task, &SftpTransferTask::serviceNeeded, this, &SshWorker::service);
    m_transfers.insert(task->id(), task);
    if (const SshError refused = refusal(); refused.isError())
        return task->abandon(TransferError::fromSsh(refused));
    if (m_phase == Phase::Connected) { // otherwise it begins once connected
        task->begin(m_session);
        service();
    }
}

void SshWorker::cancel(quint64 id)
{
    if (SftpTransferTask *transfer = m_transfers.value(id)) {
        transfer->cancel();
    } else if (SshChannelTask *task = m_tasks.value(id)) {
        task->cancel(SshError(K::Cancelled, QStringLiteral("cancelled")));
    } else {
        return;
    }
    if (m_phase == Phase::Connected)
        service();
}

void SshWorker::onTransferEnded(quint64 id)
{
    if (SftpTransferTask *task = m_transfers.take(id))
        task->deleteLater();
}

void SshWorker::onTaskEnded(quint64 id)
{
    if (SshChannelTask *task = m_tasks.take(id))
        task->deleteLater();
    if (m_phase == Phase::Closing && !hasWork())
        // Queued: we may be deep inside a task's pump right now.
        QMetaObject::invokeMethod(this, [this] { if (m_phase == Phase::Closing) finishClose(); }, Qt::QueuedConnection);
}

void SshWorker::service()
{
    if (m_phase == Phase::Connecting) {
        continueConnect();
        return;
    }
    if (m_phase != Phase::Connected && m_phase != Phase::Closing) {
        unwatchSocket();
        return;
    }
    // Let libssh read and dispatch what arrived; channel callbacks fill the tasks' buffers.
    for (int i = 0; i < MaxPollsPerWakeup && !sessionBroken(); ++i) {
        if (ssh_event_dopoll(m_event, 0) != SSH_OK)
            break;
        // Something came from the server, however it was read: the keepalive's
        // answer is often taken off the socket here (right after sending it, or by
        // a timer's call) before the read notifier sees it. Counting only the
        // notifier declared a silent command (certbot waiting minutes on DNS) lost
        // after 45 s, while OpenSSH kept the same server for 8 minutes.
        m_unansweredKeepAlives = 0;
        // SFTP replies wait in libssh's channel buffer: taken as soon as they are complete,
        // it stays small. Left to grow, libssh shrinks and regrows it (mremap, page faults)
        // and a download costs twice the CPU of OpenSSH's.
        pumpTransfers();
    }
    if (!sessionBroken())
        pumpTasks();
    if (sessionBroken()) {
        if (m_phase == Phase::Closing)
            return finishClose();
        QString detail = libsshError(m_session);
        if (detail.isEmpty())
            detail = QStringLiteral("the connection was closed");
        failConnection(SshError(K::ConnectionLost, detail));
        return;
    }
    updateWriteInterest();
}

void SshWorker::pumpTasks()
{
    bool buffered = false;
    const QList<SshChannelTask *> tasks = m_tasks.values();
    for (SshChannelTask *task : tasks) {
        if (task->isEnded())
            continue;
        task->pump();
        buffered = buffered || task->hasBufferedOutput();
    }
    pumpTransfers();
    if (buffered && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void SshWorker::pumpTransfers()
{
    if (m_transfers.isEmpty() || sessionBroken())
        return;
    const QList<SftpTransferTask *> transfers = m_transfers.values();
    for (SftpTransferTask *transfer : transfers) {
        if (!transfer->isEnded())
            transfer->pump();
    }
}

bool SshWorker::sessionBroken() const
{
    if (!m_session)
        return true;
    return !ssh_is_connected(m_session) || (ssh_get_status(m_session) & (SSH_CLOSED | SSH_CLOSED_ERROR));
}

void SshWorker::updateWriteInterest()
{
    if (!m_writeNotifier || !m_session)
        return;
    // While the TCP connect is in progress, writability means "connected (or failed)".
    // Afterwards only while libssh holds unsent bytes: an idle socket is always writable.
    const bool want = !m_tcpConnected || (ssh_get_status(m_session) & SSH_WRITE_PENDING);
    if (m_writeNotifier->isEnabled() != want)
        m_writeNotifier->setEnabled(want);
}

void SshWorker::watchSocket()
{
    const socket_t fd = ssh_get_fd(m_session);
    if (fd == SSH_INVALID_SOCKET)
        return;
    m_aborter->setSocket(static_cast<qintptr>(fd));
    m_readNotifier = new QSocketNotifier(static_cast<qintptr>(fd), QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, [this] {
        m_unansweredKeepAlives = 0;
        service();
    });
    m_writeNotifier = new QSocketNotifier(static_cast<qintptr>(fd), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] {
        m_tcpConnected = true;
        service();
    });
}

void SshWorker::unwatchSocket()
{
    for (QSocketNotifier **n : {&m_readNotifier, &m_writeNotifier}) {
        if (*n) {
            (*n)->setEnabled(false);
            (*n)->deleteLater(); // may be inside its own activated() right now
            *n = nullptr;
        }
    }
}

void SshWorker::sendKeepAlive()
{
    if (m_phase != Phase::Connected)
        return;
    if (m_unansweredKeepAlives >= 3) {
        failConnection(SshError(K::ConnectionLost,
                                QStringLiteral("the server did not answer %1 keepalive requests (every %2 s)")
                                    .arg(m_unansweredKeepAlives)
                                    .arg(m_params.keepAliveIntervalSec)));
        return;
    }
    // In non-blocking mode libssh sends a new global request only once the previous
    // one's answer has been collected; the first call collects, the second sends.
    ssh_send_keepalive(m_session);
    ssh_send_keepalive(m_session);
    ++m_unansweredKeepAlives;
    service();
}

void SshWorker::close()
{
    beginClose(false);
}

void SshWorker::shutdown()
{
    beginClose(true);
}

void SshWorker::beginClose(bool quitThreadAfter)
{
    m_quitThreadAfterClose = m_quitThreadAfterClose || quitThreadAfter;
    if (m_phase == Phase::Closing)
        return;
    const bool connected = m_phase == Phase::Connected;
    // Cancelling running commands starts their kill scripts; give those a moment
    // (bounded, event-driven) to reach the server before hanging up.
    endAllTasks(SshError(K::Cancelled, QStringLiteral("connection closed")), true);
    if (connected && hasWork() && !sessionBroken()) {
        m_phase = Phase::Closing;
        m_keepAliveTimer.stop();
        m_closingTimer.start(1500);
        service();
        return;
    }
    finishClose();
}

void SshWorker::finishClose()
{
    m_closingTimer.stop();
    endAllTasks(SshError(K::Cancelled, QStringLiteral("connection closed")), false);
    teardown(true);
    m_lastError = {};
    emit stateChanged(SshConnection::State::Disconnected);
    emit closed();
    if (m_quitThreadAfterClose)
        thread()->quit();
}

void SshWorker::failConnection(const SshError &reported)
{
    // The facade's login deadline pulled the socket: whatever libssh said, that is why.
    const SshError error = m_aborter->reason() == SocketAborter::Reason::LoginTimeout
        ? SshError(K::Timeout, QStringLiteral("not logged in within %1 s").arg(m_params.loginTimeoutSec))
        : reported;
    m_lastError = error;
    endAllTasks(error, false);
    teardown(false);
    emit stateChanged(SshConnection::State::Failed);
    emit failed(error);
}

void SshWorker::endAllTasks(const SshError &reason, bool signalRemote)
{
    const QList<SshChannelTask *> tasks = m_tasks.values();
    const bool canSignal = signalRemote && m_phase == Phase::Connected && !sessionBroken();
    for (SshChannelTask *task : tasks) {
        if (canSignal)
            task->cancel(reason);
        else
            task->abandon(reason);
    }
    const QList<SftpTransferTask *> transfers = m_transfers.values();
    for (SftpTransferTask *transfer : transfers)
        transfer->abandon(TransferError::fromSsh(reason));
}

void SshWorker::teardown(bool graceful)
{
    unwatchSocket();
    m_connectTimer.stop();
    m_keepAliveTimer.stop();
    m_flushTimer.stop();
    m_closingTimer.stop();
    m_phase = Phase::Idle;
    if (m_session) {
        if (graceful && !sessionBroken() && !m_aborter->isAborted()) {
            // Give the TERM signals and channel closes a moment to leave; bounded.
            ssh_blocking_flush(m_session, 1000);
        }
        if (m_event) {
            ssh_event_remove_session(m_event, m_session);
            ssh_event_free(m_event);
            m_event = nullptr;
        }
        m_aborter->clearSocket();
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    m_params.wipeSecrets();
}

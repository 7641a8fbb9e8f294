#include "ssh/SshChannelTask.h"

#include "ssh/RemoteCommandWrapper.h"

#include <utility>

namespace {
int signalNumber(const QString &name)
{
    // Linux numbering; only used to report 128+n like a shell does.
    static const char *const names[] = {nullptr, "HUP",  "INT",  "QUIT", "ILL",  "TRAP", "ABRT", "BUS",
                                        "FPE",   "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM"};
    for (int i = 1; i < int(sizeof(names) / sizeof(names[0])); ++i) {
        if (name == QLatin1String(names[i]))
            return i;
    }
    return -1;
}
} // namespace

SshChannelTask::SshChannelTask(quint64 id, Mode mode, SecretBytes input, const QByteArray &token,
                               const ExecOptions &options, QObject *parent)
    : QObject(parent), m_id(id), m_mode(mode), m_token(token), m_stdin(std::move(input)), m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        cancel(SshError(SshError::Kind::Timeout,
                        QStringLiteral("the command did not finish within %1 s").arg(m_options.timeoutSec)));
    });
}

SshChannelTask::~SshChannelTask()
{
    endChannel(false);
}

void SshChannelTask::begin(ssh_session session)
{
    if (m_state != State::Waiting)
        return;
    m_session = session;
    m_channel = ssh_channel_new(session);
    if (!m_channel) {
        fail(SshError(SshError::Kind::ChannelFailed, QString::fromUtf8(ssh_get_error(session))));
        return;
    }
    m_callbacks = {};
    m_callbacks.userdata = this;
    m_callbacks.channel_data_function = &SshChannelTask::onData;
    m_callbacks.channel_eof_function = &SshChannelTask::onEof;
    m_callbacks.channel_close_function = &SshChannelTask::onClose;
    m_callbacks.channel_exit_status_function = &SshChannelTask::onExitStatus;
    m_callbacks.channel_exit_signal_function = &SshChannelTask::onExitSignal;
    ssh_callbacks_init(&m_callbacks);
    ssh_set_channel_callbacks(m_channel, &m_callbacks);
    m_state = State::Opening;
    if (m_options.timeoutSec > 0)
        m_timeout.start(m_options.timeoutSec * 1000);
    pump();
}

void SshChannelTask::pump()
{
    const auto channelError = [this](const char *what) {
        fail(SshError(SshError::Kind::ChannelFailed,
                      QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(ssh_get_error(m_session)))));
    };
    int rc = SSH_OK;
    switch (m_state) {
    case State::Waiting:
    case State::Ended:
        return;
    case State::Opening:
        rc = ssh_channel_open_session(m_channel);
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK)
            return channelError("opening a session channel");
        m_opened = true;
        m_state = State::Executing;
        [[fallthrough]];
    case State::Executing:
        rc = ssh_channel_request_exec(m_channel, RemoteCommandWrapper::execLine().constData());
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK)
            return channelError("starting the command");
        m_state = State::Running;
        if (m_mode == Mode::Command)
            emit started(m_id);
        [[fallthrough]];
    case State::Running:
        break;
    }

    writeStdin();
    if (m_state != State::Running)
        return;
    if (m_mode == Mode::Killer) {
        // Its first line means /bin/sh has read the whole kill script: let it go on alone.
        if (!m_out.isEmpty() || !m_err.isEmpty() || m_remoteEof || m_remoteClosed) {
            endChannel(true);
            setEnded();
            emit ended(m_id);
        }
        return;
    }
    if (m_out.size() >= FlushBytes || m_err.size() >= FlushBytes)
        flushOutput();
    // Done when the output ended and the exit status came, or the server closed the channel.
    if ((m_remoteEof && m_exitKnown) || m_remoteClosed) {
        flushOutput();
        if (m_exitKnown) {
            const int status = m_exitSignal.isEmpty() ? m_exitStatus
                                                      : (signalNumber(m_exitSignal) > 0 ? 128 + signalNumber(m_exitSignal) : -1);
            const QString sig = m_exitSignal;
            endChannel(true);
            setEnded();
            emit finished(m_id, status, sig);
            emit ended(m_id);
        } else {
            fail(SshError(SshError::Kind::ChannelFailed, QStringLiteral("the server closed the channel without an exit status")));
        }
    }
}

void SshChannelTask::writeStdin()
{
    while (m_stdinWritten < m_stdin.size()) {
        const std::size_t chunk = qMin<std::size_t>(m_stdin.size() - m_stdinWritten, 32 * 1024);
        const int n = ssh_channel_write(m_channel, m_stdin.constData() + m_stdinWritten, static_cast<uint32_t>(chunk));
        if (n == SSH_ERROR) {
            fail(SshError(SshError::Kind::ChannelFailed,
                          QStringLiteral("writing stdin: %1").arg(QString::fromUtf8(ssh_get_error(m_session)))));
            return;
        }
        if (n <= 0) // SSH_AGAIN or no window: the server's window adjust will wake us
            return;
        m_stdinWritten += std::size_t(n);
    }
    if (!m_eofSent) {
        if (ssh_channel_send_eof(m_channel) == SSH_ERROR) {
            fail(SshError(SshError::Kind::ChannelFailed, QString::fromUtf8(ssh_get_error(m_session))));
            return;
        }
        m_eofSent = true;
        m_stdin.clear();
    }
}

void SshChannelTask::flushOutput()
{
    if (!m_out.isEmpty())
        emit output(m_id, std::exchange(m_out, QByteArray()), RemoteProcess::Channel::Stdout);
    if (!m_err.isEmpty())
        emit output(m_id, std::exchange(m_err, QByteArray()), RemoteProcess::Channel::Stderr);
}

void SshChannelTask::cancel(const SshError &reason)
{
    if (m_state == State::Ended)
        return;
    const bool mayRun = m_mode == Mode::Command && (m_state == State::Executing || m_state == State::Running);
    if (m_channel && mayRun) {
        // Works where sshd allows it (not for root sessions); the wrapper turns it
        // into a kill of the whole group. The kill script covers the rest.
        ssh_channel_request_send_signal(m_channel, "TERM");
    }
    flushOutput();
    endChannel(true);
    setEnded();
    emit failed(m_id, reason);
    emit ended(m_id);
    if (mayRun)
        emit remoteKillNeeded(m_token);
}

void SshChannelTask::abandon(const SshError &reason)
{
    if (m_state == State::Ended)
        return;
    flushOutput();
    endChannel(false);
    setEnded();
    emit failed(m_id, reason);
    emit ended(m_id);
}

void SshChannelTask::fail(const SshError &error)
{
    flushOutput();
    endChannel(true);
    setEnded();
    emit failed(m_id, error);
    emit ended(m_id);
}

void SshChannelTask::endChannel(bool sendClose)
{
    if (!m_channel)
        return;
    ssh_remove_channel_callbacks(m_channel, &m_callbacks);
    if (sendClose && m_opened && ssh_is_connected(m_session))
        ssh_channel_close(m_channel);
    ssh_channel_free(m_channel);
    m_channel = nullptr;
}

void SshChannelTask::setEnded()
{
    m_state = State::Ended;
    m_timeout.stop();
}

int SshChannelTask::onData(ssh_session, ssh_channel, void *data, uint32_t len, int isStderr, void *userdata)
{
    auto *self = static_cast<SshChannelTask *>(userdata);
    QByteArray &buffer = isStderr ? self->m_err : self->m_out;
    buffer.append(static_cast<const char *>(data), static_cast<qsizetype>(len));
    return static_cast<int>(len);
}

void SshChannelTask::onEof(ssh_session, ssh_channel, void *userdata)
{
    static_cast<SshChannelTask *>(userdata)->m_remoteEof = true;
}

void SshChannelTask::onClose(ssh_session, ssh_channel, void *userdata)
{
    auto *self = static_cast<SshChannelTask *>(userdata);
    self->m_remoteClosed = true;
    self->m_remoteEof = true;
}

void SshChannelTask::onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *self = static_cast<SshChannelTask *>(userdata);
    self->m_exitKnown = true;
    self->m_exitStatus = status;
}

void SshChannelTask::onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                                  void *userdata)
{
    auto *self = static_cast<SshChannelTask *>(userdata);
    self->m_exitKnown = true;
    self->m_exitSignal = QString::fromLatin1(signal ? signal : "");
}

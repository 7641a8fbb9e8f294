#pragma once

#include "common/SecretBytes.h"
#include "ssh/ExecOptions.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshError.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

// One remote command on its own channel of the worker's session. Lives in the
// worker thread; driven by SshWorker::service() after socket activity. Output comes
// through libssh channel callbacks, so nothing stays buffered inside libssh.
class SshChannelTask : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype FlushBytes = 64 * 1024;

    // Command: a caller's script, wrapped (see RemoteCommandWrapper).
    // Killer: a fire-and-forget kill script; the channel is let go once it says it started.
    enum class Mode { Command, Killer };

    // Every channel execs RemoteCommandWrapper::execLine(); `input` is the program
    // /bin/sh reads on stdin. `token` identifies a Command's processes for the killer.
    SshChannelTask(quint64 id, Mode mode, SecretBytes input, const QByteArray &token, const ExecOptions &options,
                   QObject *parent = nullptr);
    ~SshChannelTask() override;

    quint64 id() const { return m_id; }
    bool isEnded() const { return m_state == State::Ended; }
    bool isWaiting() const { return m_state == State::Waiting; }
    bool hasBufferedOutput() const { return !m_out.isEmpty() || !m_err.isEmpty(); }

    void begin(ssh_session session); // opens the channel (connection is up)
    void pump();                     // advances opening/exec, writes stdin, detects the end
    void flushOutput();
    void cancel(const SshError &reason);  // signals the remote process, closes, emits failed
    void abandon(const SshError &reason); // connection is gone: no network, emits failed

Q_SIGNALS:
    void started(quint64 id);
    void output(quint64 id, const QByteArray &data, RemoteProcess::Channel channel);
    void finished(quint64 id, int exitStatus, const QString &exitSignal);
    void failed(quint64 id, const SshError &error);
    void ended(quint64 id);
    void remoteKillNeeded(const QByteArray &token); // cancelled after the command may have started

private:
    enum class State { Waiting, Opening, Executing, Running, Ended };

    static int onData(ssh_session, ssh_channel, void *data, uint32_t len, int isStderr, void *userdata);
    static void onEof(ssh_session, ssh_channel, void *userdata);
    static void onClose(ssh_session, ssh_channel, void *userdata);
    static void onExitStatus(ssh_session, ssh_channel, int status, void *userdata);
    static void onExitSignal(ssh_session, ssh_channel, const char *signal, int core, const char *errmsg,
                             const char *lang, void *userdata);

    void writeStdin();
    void fail(const SshError &error);
    void endChannel(bool sendClose);
    void setEnded();

    quint64 m_id;
    Mode m_mode;
    QByteArray m_token;
    SecretBytes m_stdin; // may hold the sudo password
    std::size_t m_stdinWritten = 0;
    bool m_eofSent = false;
    bool m_opened = false; // the server confirmed the channel, so a CLOSE is owed
    ExecOptions m_options;
    ssh_session m_session = nullptr;
    ssh_channel m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks{}; // stored by pointer in libssh: lives as long as the channel
    State m_state = State::Waiting;
    QByteArray m_out;
    QByteArray m_err;
    bool m_remoteEof = false;
    bool m_remoteClosed = false;
    bool m_exitKnown = false;
    int m_exitStatus = -1;
    QString m_exitSignal;
    QTimer m_timeout{this};
};

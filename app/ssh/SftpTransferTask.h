#pragma once

#include "ssh/TransferError.h"

#include <QByteArray>
#include <QObject>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

// One SFTP transfer on its own channel of the worker's session: what SshWorker drives,
// a download (SftpDownloadTask) or an upload (SftpUploadTask). Lives in the worker
// thread; pump() is called after socket activity.
class SftpTransferTask : public QObject
{
    Q_OBJECT
public:
    SftpTransferTask(quint64 id, QObject *parent)
        : QObject(parent)
        , m_id(id)
    { }

    quint64 id() const { return m_id; }
    bool isEnded() const { return m_phase == Phase::Ended; }
    void begin(ssh_session session); // opens the channel (connection is up)
    void pump(); // opening the channel and SFTP, then transfer()
    void cancel(); // keeps the .part for a resume, emits failed(Cancelled)
    void abandon(const TransferError &reason); // the connection is gone or closing

Q_SIGNALS:
    void progress(quint64 id, qint64 done, qint64 total);
    // remotePath: the server's file, absolute (an upload names where it put the file).
    void finished(quint64 id, qint64 resumedFrom, qint64 transferred, const QByteArray &sha256, const QString &remotePath);
    void failed(quint64 id, const TransferError &error);
    void ended(quint64 id);
    void serviceNeeded(); // it moved on its own (a timer): the worker should flush and poll

protected:
    // Before the channel opens: false after fail() (a request that cannot be done).
    virtual bool prepare() = 0;
    // The channel is an SFTP channel: the SFTP session and the file; false after fail().
    virtual bool startSftp() = 0;
    virtual void transfer() = 0; // moves data; complete or fail in the end
    virtual QString requestPath() const = 0; // named in a channel error
    virtual TransferError cancelled() const = 0;
    // Frees everything, sets the end, emits failed and ended.
    virtual void fail(const TransferError &error) = 0;
    bool isTransferring() const { return m_phase == Phase::Transferring; }
    void setEnded() { m_phase = Phase::Ended; }
    // SFTP on m_channel, initialised; false after fail().
    bool startSession();
    // The server's SFTP status or, without one but with a broken session, the lost connection.
    TransferError remoteError(TransferError::Kind kind, const char *what) const;
    // Frees the file (without SSH_FXP_CLOSE's round trip: the connection may be gone, and the
    // server drops every handle with the channel), the SFTP session and the channel.
    void releaseSftp();

    ssh_session m_session = nullptr;
    ssh_channel m_channel = nullptr; // freed by sftp_free once an SFTP session owns it
    sftp_session m_sftp = nullptr;
    sftp_file m_file = nullptr;

private:
    enum class Phase { Waiting, Opening, Transferring, Ended };
    enum class Open { Again, Ready, Failed };
    Open openSftpChannel(TransferError *error);

    quint64 m_id;
    Phase m_phase = Phase::Waiting;
    bool m_channelOpen = false;
};

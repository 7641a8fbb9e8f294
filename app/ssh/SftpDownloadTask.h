#pragma once

#include "ssh/PartFile.h"
#include "ssh/SftpTransferTask.h"
#include "ssh/SftpDownloadRequest.h"
#include "ssh/TransferError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QTimer>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

// One SFTP download on its own channel of the worker's session (the SFTP twin of
// SshChannelTask): lives in the worker thread, driven by SshWorker::service() after
// socket activity. Keeps ReadAhead() reads of ChunkBytes in flight and takes a reply
// only once it has fully arrived, so waiting is on the socket, never a loop.
// libssh 0.10's sftp_init/sftp_open/sftp_fstat wait for their answer inside the call:
// in a non-blocking session that is a poll loop of one round trip each, three per download.
class SftpDownloadTask : public SftpTransferTask
{
    Q_OBJECT
public:
    static constexpr uint32_t ChunkBytes = 64 * 1024;
    // 32 x 64 KiB used less CPU than OpenSSH's 64 x 32 KiB at the same speed; libssh's channel
    // window (1.28 MB) caps what is in flight anyway. See tests/bench/RESULTS.md.
    static constexpr int DefaultReadAhead = 32;
    static int readAhead(); // HOSHU_SFTP_READ_AHEAD overrides, for benchmarks

    SftpDownloadTask(quint64 id, const SftpDownloadRequest &request, QObject *parent = nullptr);
    ~SftpDownloadTask() override;


private:
    struct Read
    {
        uint32_t id;
        quint64 offset;
        uint32_t length;
        bool discard; // its data is dropped: an earlier short read moved the offsets
    };

    bool prepare() override;
    bool startSftp() override;
    void transfer() override;
    QString requestPath() const override { return m_request.remotePath; }
    TransferError cancelled() const override;
    void fail(const TransferError &error) override;
    bool requestMore();
    void complete();
    void reportProgress(bool force);
    void release();

    SftpDownloadRequest m_request;
    PartFile m_part;
    int m_readAhead;
    QQueue<Read> m_reads;
    quint64 m_total = 0;
    quint64 m_nextOffset = 0;
    qint64 m_transferred = 0;
    QByteArray m_buffer;
    bool m_forceRead = false;
    QTimer m_shortReply{this}; // see transfer(): a reply smaller than a full chunk
    QElapsedTimer m_sinceProgress;
};

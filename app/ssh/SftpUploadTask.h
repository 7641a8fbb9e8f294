#pragma once

#include "common/Sha256.h"
#include "ssh/SftpTransferTask.h"
#include "ssh/SftpUploadRequest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>


// One SFTP upload on its own channel (the twin of SftpDownloadTask). libssh 0.10 has no
// asynchronous write: sftp_write waits for the server's status of each chunk inside the
// call, so a pump writes chunks for a few milliseconds and then yields to the worker
// (a zero timer), keeping the other channels of the session moving.
class SftpUploadTask : public SftpTransferTask
{
    Q_OBJECT
public:
    static constexpr qint64 ChunkBytes = 32 * 1024; // every SFTP server takes this in one write

    SftpUploadTask(quint64 id, const SftpUploadRequest &request, QObject *parent = nullptr);
    ~SftpUploadTask() override;


private:
    bool prepare() override;
    bool startSftp() override;
    void transfer() override;
    QString requestPath() const override { return m_partPath.isEmpty() ? m_request.remoteName : m_partPath; }
    TransferError cancelled() const override;
    void fail(const TransferError &error) override;
    bool openPart();
    void complete();
    void release();

    SftpUploadRequest m_request;
    QFile m_local;
    Sha256 m_hash;
    QString m_dir; // absolute, on the server
    QString m_partPath;
    QString m_finalPath;
    qint64 m_total = 0;
    qint64 m_offset = 0;
    qint64 m_resumedFrom = 0;
    QByteArray m_buffer;
    QTimer m_more{this};
    QElapsedTimer m_sinceProgress;
};

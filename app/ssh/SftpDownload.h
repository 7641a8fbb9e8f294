#pragma once

#include "ssh/TransferError.h"

#include <QByteArray>
#include <QObject>

// A handle on one SFTP transfer, a download or an upload, living in the caller's thread
// (see SshConnection::download, upload). Exactly one of finished/failed is emitted, once.
class SftpDownload : public QObject
{
    Q_OBJECT
public:
    explicit SftpDownload(QObject *parent = nullptr);

    bool hasEnded() const { return m_ended; }
    qint64 bytesDone() const { return m_done; } // of the whole file, resumed part included
    qint64 bytesTotal() const { return m_total; } // -1 until the server said the size
    qint64 resumedFrom() const { return m_resumedFrom; }
    qint64 bytesTransferred() const { return m_transferred; } // over the network this time
    QByteArray sha256() const { return m_sha256; } // hex, valid after finished
    QString remotePath() const { return m_remotePath; } // the server's file, absolute, after finished
    TransferError error() const { return m_error; } // valid after failed

    // For transports: set before emitting finished().
    void setResult(qint64 resumedFrom, qint64 transferred, const QByteArray &sha256, const QString &remotePath);

public Q_SLOTS:
    // Emits cancelRequested(); the transport stops and keeps the .part file for a resume.
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total); // coalesced (a few per second), and once at the end
    void finished(); // verified and renamed into place
    void failed(const TransferError &error);
    void cancelRequested();

private:
    bool m_ended = false;
    qint64 m_done = 0;
    qint64 m_total = -1;
    qint64 m_resumedFrom = 0;
    qint64 m_transferred = 0;
    QByteArray m_sha256;
    QString m_remotePath;
    TransferError m_error;
};

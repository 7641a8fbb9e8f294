#include "ssh/SftpDownload.h"

SftpDownload::SftpDownload(QObject *parent)
    : QObject(parent)
{
    // Connected first, so the state is already right when the caller's slots run.
    connect(this, &SftpDownload::progress, this, [this](qint64 done, qint64 total) {
        m_done = done;
        m_total = total;
    });
    connect(this, &SftpDownload::finished, this, [this] { m_ended = true; });
    connect(this, &SftpDownload::failed, this, [this](const TransferError &error) {
        m_error = error;
        m_ended = true;
    });
}

void SftpDownload::setResult(qint64 resumedFrom, qint64 transferred, const QByteArray &sha256, const QString &remotePath)
{
    m_remotePath = remotePath;
    m_resumedFrom = resumedFrom;
    m_transferred = transferred;
    m_sha256 = sha256;
}

void SftpDownload::cancel()
{
    if (!m_ended)
        emit cancelRequested();
}

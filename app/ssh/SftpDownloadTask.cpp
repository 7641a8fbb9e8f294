#include "ssh/SftpDownloadTask.h"

#include <fcntl.h>

namespace {
using K = TransferError::Kind;

constexpr int ProgressIntervalMs = 100;
constexpr int ShortReplyWaitMs = 50;
// A DATA reply to a read of n bytes: length, type, request id, string length, n bytes.
constexpr int DataReplyOverhead = 4 + 1 + 4 + 4;

bool isSha256Hex(const QByteArray &text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}
} // namespace

int SftpDownloadTask::readAhead()
{
    const int n = qEnvironmentVariableIntValue("HOSHU_SFTP_READ_AHEAD");
    return n > 0 ? qMin(n, 256) : DefaultReadAhead;
}

SftpDownloadTask::SftpDownloadTask(quint64 id, const SftpDownloadRequest &request, QObject *parent)
    : SftpTransferTask(id, parent)
    , m_request(request)
    , m_part(request.localPath)
    , m_readAhead(readAhead())
{
    m_request.expectedSha256 = m_request.expectedSha256.trimmed().toLower();
    m_shortReply.setSingleShot(true);
    m_shortReply.setInterval(ShortReplyWaitMs);
    connect(&m_shortReply, &QTimer::timeout, this, [this] {
        m_forceRead = true;
        pump();
        emit serviceNeeded();
    });
}

SftpDownloadTask::~SftpDownloadTask()
{
    release();
}

bool SftpDownloadTask::prepare()
{
    if (isSha256Hex(m_request.expectedSha256))
        return true;
    fail(TransferError(K::InvalidChecksum, QString(), QString::fromLatin1(m_request.expectedSha256.left(80))));
    return false;
}

bool SftpDownloadTask::startSftp()
{
    if (!startSession())
        return false;
    const QByteArray path = m_request.remotePath.toUtf8();
    m_file = sftp_open(m_sftp, path.constData(), O_RDONLY, 0);
    if (!m_file) {
        fail(remoteError(K::RemoteFile, "opening"));
        return false;
    }
    sftp_attributes attributes = sftp_fstat(m_file); // of what was opened, not of the name again
    if (!attributes) {
        fail(remoteError(K::RemoteFile, "stat"));
        return false;
    }
    const bool regular = attributes->type == SSH_FILEXFER_TYPE_REGULAR;
    const bool sized = attributes->flags & SSH_FILEXFER_ATTR_SIZE;
    PartFile::Remote remote{m_request.remotePath, qint64(attributes->size), qint64(attributes->mtime),
                            m_request.expectedSha256};
    sftp_attributes_free(attributes);
    if (!regular || !sized) {
        fail(TransferError(K::NotRegularFile, m_request.remotePath));
        return false;
    }
    if (!m_part.open(remote)) {
        fail(TransferError(K::LocalFile, m_part.partPath(), m_part.errorString()));
        return false;
    }
    sftp_file_set_nonblocking(m_file);
    m_total = quint64(remote.size);
    m_nextOffset = quint64(m_part.size());
    m_buffer.resize(ChunkBytes);
    m_sinceProgress.start();
    emit progress(id(), m_part.size(), qint64(m_total));
    return true;
}

bool SftpDownloadTask::requestMore()
{
    while (m_reads.size() < m_readAhead && m_nextOffset < m_total) {
        const auto length = uint32_t(qMin<quint64>(ChunkBytes, m_total - m_nextOffset));
        sftp_seek64(m_file, m_nextOffset); // our offsets, not libssh's guess after a short read
        const int id = sftp_async_read_begin(m_file, length);
        if (id < 0) {
            fail(remoteError(K::RemoteFile, "requesting data"));
            return false;
        }
        m_reads.enqueue({uint32_t(id), m_nextOffset, length, false});
        m_nextOffset += length;
    }
    return true;
}

void SftpDownloadTask::transfer()
{
    while (isTransferring()) {
        if (!requestMore())
            return;
        if (m_reads.isEmpty())
            return complete();
        const Read head = m_reads.head();
        const int buffered = ssh_channel_poll(m_channel, 0);
        if (buffered == SSH_ERROR)
            return fail(TransferError::fromSsh(
                SshError(SshError::Kind::ConnectionLost, QString::fromUtf8(ssh_get_error(m_session)))));
        if (buffered == SSH_EOF)
            return fail(TransferError(K::RemoteFile, m_request.remotePath, QStringLiteral("the server ended SFTP")));
        // libssh reads a whole reply once it starts one, looping until the last byte is in.
        // A full chunk's reply is waited for on the socket; anything shorter (an error, the
        // end of the file, a short read) gets a moment to arrive completely, then is taken.
        if (buffered < DataReplyOverhead + int(head.length) && !m_forceRead) {
            if (buffered > 0 && !m_shortReply.isActive())
                m_shortReply.start();
            return;
        }
        m_forceRead = false;
        m_shortReply.stop();
        sftp_seek64(m_file, head.offset); // also clears libssh's end-of-file flag
        const int n = sftp_async_read(m_file, m_buffer.data(), head.length, head.id);
        if (n == SSH_AGAIN)
            return;
        m_reads.dequeue();
        if (n < 0)
            return fail(remoteError(K::RemoteFile, "reading"));
        if (head.discard)
            continue;
        if (n == 0)
            return fail(TransferError(K::RemoteChanged, m_request.remotePath,
                                      QStringLiteral("end of file at %1 of %2 bytes").arg(head.offset).arg(m_total)));
        if (!m_part.append(m_buffer.constData(), n))
            return fail(TransferError(K::LocalFile, m_part.partPath(), m_part.errorString()));
        m_transferred += n;
        if (uint32_t(n) < head.length) {
            // The server sent less than asked: ask again from there, drop what was asked after it.
            for (Read &r : m_reads)
                r.discard = true;
            m_nextOffset = head.offset + uint32_t(n);
        }
        reportProgress(false);
    }
}

void SftpDownloadTask::complete()
{
    reportProgress(true);
    release(); // the server has nothing more to say; the checksum is local work
    const QByteArray sha = m_part.sha256Hex();
    const qint64 resumedFrom = m_part.resumedFrom();
    switch (m_part.commit(sha)) {
    case PartFile::Commit::Saved:
        setEnded();
        emit finished(id(), resumedFrom, m_transferred, sha, m_request.remotePath);
        emit ended(id());
        return;
    case PartFile::Commit::Mismatch:
        return fail(TransferError(K::ChecksumMismatch, m_request.localPath, m_part.errorString()));
    case PartFile::Commit::Failed:
        return fail(TransferError(K::LocalFile, m_request.localPath, m_part.errorString()));
    }
}

void SftpDownloadTask::reportProgress(bool force)
{
    if (!force && m_sinceProgress.elapsed() < ProgressIntervalMs)
        return;
    m_sinceProgress.restart();
    emit progress(id(), m_part.size(), qint64(m_total));
}

TransferError SftpDownloadTask::cancelled() const
{
    return TransferError(K::Cancelled, m_request.localPath);
}

void SftpDownloadTask::fail(const TransferError &error)
{
    release();
    m_part.keep();
    setEnded();
    emit failed(id(), error);
    emit ended(id());
}

void SftpDownloadTask::release()
{
    m_shortReply.stop();
    m_reads.clear(); // their answers die with the SFTP session's queue
    releaseSftp();
}

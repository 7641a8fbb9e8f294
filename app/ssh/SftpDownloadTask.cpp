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
    : QObject(parent)
    , m_id(id)
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

void SftpDownloadTask::begin(ssh_session session)
{
    if (m_state != State::Waiting)
        return;
    if (!isSha256Hex(m_request.expectedSha256))
        return fail(
            TransferError(K::InvalidChecksum, QString(), QString::fromLatin1(m_request.expectedSha256.left(80))));
    m_session = session;
    m_channel = ssh_channel_new(session);
    if (!m_channel)
        return fail(
            TransferError::fromSsh(SshError(SshError::Kind::ChannelFailed, QString::fromUtf8(ssh_get_error(session)))));
    m_state = State::Opening;
    pump();
}

void SftpDownloadTask::pump()
{
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
            return fail(TransferError::fromSsh(
                SshError(SshError::Kind::ChannelFailed, QString::fromUtf8(ssh_get_error(m_session)))));
        m_state = State::Subsystem;
        [[fallthrough]];
    case State::Subsystem:
        rc = ssh_channel_request_subsystem(m_channel, "sftp");
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK)
            return fail(remoteError(K::RemoteFile, "the server offers no SFTP"));
        if (!start())
            return;
        m_state = State::Reading;
        [[fallthrough]];
    case State::Reading:
        transfer();
        return;
    }
}

bool SftpDownloadTask::start()
{
    m_sftp = sftp_new_channel(m_session, m_channel);
    if (!m_sftp || sftp_init(m_sftp) != SSH_OK) {
        fail(remoteError(K::RemoteFile, "starting SFTP"));
        return false;
    }
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
    emit progress(m_id, m_part.size(), qint64(m_total));
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
    while (m_state == State::Reading) {
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
        m_state = State::Ended;
        emit finished(m_id, resumedFrom, m_transferred, sha);
        emit ended(m_id);
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
    emit progress(m_id, m_part.size(), qint64(m_total));
}

TransferError SftpDownloadTask::remoteError(TransferError::Kind kind, const char *what) const
{
    const int code = m_sftp ? sftp_get_error(m_sftp) : SSH_FX_OK;
    const QString detail =
        QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(ssh_get_error(m_session)));
    // No SFTP status but a fatal session error: the connection broke, the file is not to blame.
    if (code == SSH_FX_OK && (ssh_get_error_code(m_session) == SSH_FATAL || !ssh_is_connected(m_session)))
        return TransferError::fromSsh(SshError(SshError::Kind::ConnectionLost, detail));
    return TransferError(kind, m_request.remotePath, QStringLiteral("%1 (SFTP status %2)").arg(detail).arg(code));
}

void SftpDownloadTask::cancel()
{
    if (m_state == State::Ended)
        return;
    fail(TransferError(K::Cancelled, m_request.localPath));
}

void SftpDownloadTask::abandon(const TransferError &reason)
{
    if (m_state == State::Ended)
        return;
    fail(reason);
}

void SftpDownloadTask::fail(const TransferError &error)
{
    release();
    m_part.keep();
    m_state = State::Ended;
    emit failed(m_id, error);
    emit ended(m_id);
}

void SftpDownloadTask::release()
{
    m_shortReply.stop();
    m_reads.clear(); // their answers die with the SFTP session's queue
    if (m_file) {
        // Freed here without SSH_FXP_CLOSE's round trip: the server drops every handle with the channel.
        ssh_string_free(m_file->handle);
        m_file->handle = nullptr;
        sftp_close(m_file);
        m_file = nullptr;
    }
    if (m_sftp) {
        sftp_free(m_sftp); // sends EOF, frees (and so closes) its channel
        m_sftp = nullptr;
        m_channel = nullptr;
    }
    if (m_channel) {
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
}

#include "ssh/SftpUploadTask.h"

#include <fcntl.h>

namespace {
using K = TransferError::Kind;

constexpr int ProgressIntervalMs = 100;
constexpr int SliceMs = 20; // writing this long per pump, then the worker's turn

bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") && !name.contains(QLatin1Char('/'));
}
} // namespace

SftpUploadTask::SftpUploadTask(quint64 id, const SftpUploadRequest &request, QObject *parent)
    : SftpTransferTask(id, parent)
    , m_request(request)
    , m_local(request.localPath)
{
    m_request.sha256 = m_request.sha256.trimmed().toLower();
    m_more.setSingleShot(true);
    m_more.setInterval(0);
    connect(&m_more, &QTimer::timeout, this, [this] {
        pump();
        emit serviceNeeded();
    });
}

SftpUploadTask::~SftpUploadTask()
{
    release();
}

bool SftpUploadTask::prepare()
{
    if (m_request.sha256.size() != 64 || !isPlainName(m_request.remoteName)) {
        fail(TransferError(K::InvalidChecksum, m_request.remoteName, QString::fromLatin1(m_request.sha256.left(80))));
        return false;
    }
    if (!m_local.open(QIODevice::ReadOnly)) {
        fail(TransferError(K::LocalFile, m_request.localPath, m_local.errorString()));
        return false;
    }
    m_total = m_local.size();
    return true;
}

bool SftpUploadTask::startSftp()
{
    if (!startSession())
        return false;
    // The server names the login user's home; the directory under it is created private.
    char *home = sftp_canonicalize_path(m_sftp, ".");
    if (!home) {
        fail(remoteError(K::RemoteFile, "finding the home directory"));
        return false;
    }
    m_dir = QString::fromUtf8(home) + QLatin1Char('/') + m_request.remoteDir;
    ssh_string_free_char(home);
    const QByteArray dir = m_dir.toUtf8();
    if (sftp_mkdir(m_sftp, dir.constData(), 0700) != SSH_OK && sftp_get_error(m_sftp) != SSH_FX_FILE_ALREADY_EXISTS) {
        sftp_attributes a = sftp_lstat(m_sftp, dir.constData());
        const bool isDir = a && a->type == SSH_FILEXFER_TYPE_DIRECTORY;
        sftp_attributes_free(a);
        if (!isDir) {
            fail(remoteError(K::RemoteFile, "creating the directory"));
            return false;
        }
    }
    m_finalPath = m_dir + QLatin1Char('/') + m_request.remoteName;
    m_partPath = m_finalPath + QLatin1Char('.') + QString::fromLatin1(m_request.sha256.left(16)) + QStringLiteral(".part");
    return openPart();
}

// Resumes a .part of this very content (its name carries the SHA-256) no longer than the file.
bool SftpUploadTask::openPart()
{
    const QByteArray part = m_partPath.toUtf8();
    qint64 have = 0;
    if (sftp_attributes a = sftp_lstat(m_sftp, part.constData())) {
        if (a->type == SSH_FILEXFER_TYPE_REGULAR && (a->flags & SSH_FILEXFER_ATTR_SIZE) && qint64(a->size) <= m_total)
            have = qint64(a->size);
        sftp_attributes_free(a);
    }
    m_file = sftp_open(m_sftp, part.constData(), have > 0 ? O_WRONLY : O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (!m_file) {
        fail(remoteError(K::RemoteFile, "opening"));
        return false;
    }
    // The part already there is hashed from the local file: the same bytes, by its name.
    m_buffer.resize(ChunkBytes);
    while (m_offset < have) {
        const qint64 n = m_local.read(m_buffer.data(), qMin(ChunkBytes, have - m_offset));
        if (n <= 0) {
            fail(TransferError(K::LocalFile, m_request.localPath, m_local.errorString()));
            return false;
        }
        m_hash.addData(QByteArrayView(m_buffer.constData(), n));
        m_offset += n;
    }
    if (sftp_seek64(m_file, quint64(m_offset)) < 0) {
        fail(remoteError(K::RemoteFile, "seeking"));
        return false;
    }
    m_resumedFrom = m_offset;
    m_sinceProgress.start();
    emit progress(id(), m_offset, m_total);
    return true;
}

void SftpUploadTask::transfer()
{
    QElapsedTimer slice;
    slice.start();
    while (isTransferring() && m_offset < m_total) {
        const qint64 n = m_local.read(m_buffer.data(), qMin(ChunkBytes, m_total - m_offset));
        if (n <= 0)
            return fail(TransferError(K::LocalFile, m_request.localPath,
                                      n == 0 ? QStringLiteral("the file got shorter while being sent") : m_local.errorString()));
        const ssize_t written = sftp_write(m_file, m_buffer.constData(), size_t(n));
        if (written != n)
            return fail(remoteError(K::RemoteFile, "writing"));
        m_hash.addData(QByteArrayView(m_buffer.constData(), n));
        m_offset += n;
        if (m_sinceProgress.elapsed() >= ProgressIntervalMs) {
            m_sinceProgress.restart();
            emit progress(id(), m_offset, m_total);
        }
        if (slice.elapsed() >= SliceMs) {
            m_more.start();
            return;
        }
    }
    if (isTransferring())
        complete();
}

void SftpUploadTask::complete()
{
    emit progress(id(), m_offset, m_total);
    const QByteArray sha = m_hash.hexDigest();
    if (sha != m_request.sha256) {
        const QByteArray part = m_partPath.toUtf8();
        sftp_unlink(m_sftp, part.constData()); // named for content it does not hold: no resume from it
        return fail(TransferError(K::ChecksumMismatch, m_request.localPath,
                                  QStringLiteral("the file changed while being sent: %1, not %2")
                                      .arg(QString::fromLatin1(sha), QString::fromLatin1(m_request.sha256))));
    }
    if (sftp_close(m_file) != SSH_OK) {
        m_file = nullptr;
        return fail(remoteError(K::RemoteFile, "closing"));
    }
    m_file = nullptr;
    const QByteArray part = m_partPath.toUtf8();
    const QByteArray target = m_finalPath.toUtf8();
    sftp_unlink(m_sftp, target.constData()); // SFTP v3's rename refuses an existing target
    if (sftp_rename(m_sftp, part.constData(), target.constData()) != SSH_OK)
        return fail(remoteError(K::RemoteFile, "renaming into place"));
    release();
    setEnded();
    emit finished(id(), m_resumedFrom, m_offset - m_resumedFrom, sha, m_finalPath);
    emit ended(id());
}

TransferError SftpUploadTask::cancelled() const
{
    return TransferError(K::Cancelled, m_request.localPath);
}

void SftpUploadTask::fail(const TransferError &error)
{
    release(); // the remote .part stays: the next upload of the same file resumes it
    setEnded();
    TransferError sent = error;
    sent.upload = true; // its message speaks of sending
    emit failed(id(), sent);
    emit ended(id());
}

void SftpUploadTask::release()
{
    m_more.stop();
    releaseSftp();
    m_local.close();
}

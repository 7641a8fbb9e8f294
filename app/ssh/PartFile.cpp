#include "ssh/PartFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions OwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr qint64 HashChunk = 1024 * 1024;
} // namespace

PartFile::PartFile(const QString &targetPath)
    : m_target(QFileInfo(targetPath).absoluteFilePath())
{ }

PartFile::~PartFile()
{
    keep();
}

bool PartFile::mkpathPrivate(const QString &dir, QString *error)
{
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute && !mkpathPrivate(parent, error))
        return false;
    // Created with its mode, not chmod-ed afterwards: never readable by others, not even briefly.
    if (!QDir().mkdir(absolute, OwnerOnlyDir) && !QFileInfo(absolute).isDir()) {
        if (error)
            *error = QStringLiteral("cannot create the directory %1").arg(absolute);
        return false;
    }
    return true;
}

bool PartFile::open(const Remote &remote)
{
    keep();
    m_remote = remote;
    m_error.clear();
    if (!mkpathPrivate(QFileInfo(m_target).path(), &m_error))
        return false;
    const bool resume = recordMatches(remote);
    m_file.setFileName(partPath());
    if (!m_file.open(QIODevice::ReadWrite, OwnerOnlyFile))
        return fail(m_file.errorString());
    if (!m_file.setPermissions(OwnerOnlyFile)) // an older .part may have been made with other modes
        return fail(m_file.errorString());
    m_hash.reset();
    m_size = 0;
    m_resumedFrom = 0;
    if (resume && m_file.size() <= remote.size) {
        if (!hashExisting())
            return false;
        m_resumedFrom = m_size;
        return true;
    }
    // A different file, or a record we cannot trust: start over.
    if (!m_file.resize(0) || !m_file.seek(0))
        return fail(m_file.errorString());
    return writeRecord(remote);
}

bool PartFile::recordMatches(const Remote &remote) const
{
    QFile info(infoPath());
    if (!QFileInfo::exists(partPath()) || !info.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(info.read(64 * 1024)).object();
    return o.value(QLatin1String("remote")).toString() == remote.path
        && o.value(QLatin1String("size")).toInteger(-1) == remote.size
        && o.value(QLatin1String("mtime")).toInteger(-1) == remote.mtime
        && o.value(QLatin1String("sha256")).toString().toLatin1() == remote.expectedSha256;
}

bool PartFile::writeRecord(const Remote &remote)
{
    QFile info(infoPath());
    if (!info.open(QIODevice::WriteOnly | QIODevice::Truncate, OwnerOnlyFile))
        return fail(info.errorString());
    const QJsonObject o{{QStringLiteral("remote"), remote.path},
                        {QStringLiteral("size"), remote.size},
                        {QStringLiteral("mtime"), remote.mtime},
                        {QStringLiteral("sha256"), QString::fromLatin1(remote.expectedSha256)}};
    if (info.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !info.flush())
        return fail(info.errorString());
    return true;
}

bool PartFile::hashExisting()
{
    QByteArray buffer(HashChunk, Qt::Uninitialized);
    m_file.seek(0);
    for (;;) {
        const qint64 n = m_file.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(m_file.errorString());
        if (n == 0)
            break;
        m_hash.addData(QByteArrayView(buffer.constData(), n));
        m_size += n;
    }
    return true;
}

bool PartFile::append(const char *data, qint64 length)
{
    if (m_file.write(data, length) != length)
        return fail(m_file.errorString());
    m_hash.addData(QByteArrayView(data, length));
    m_size += length;
    return true;
}

QByteArray PartFile::sha256Hex() const
{
    return m_hash.hexDigest();
}

PartFile::Commit PartFile::commit(const QByteArray &sha256Hex)
{
    bool ok = m_file.flush();
#ifdef Q_OS_UNIX
    ok = ok && ::fsync(m_file.handle()) == 0; // the copy must survive a crash before we call it saved
#endif
    m_file.close();
    if (!ok) {
        fail(QStringLiteral("cannot write %1").arg(partPath()));
        return Commit::Failed;
    }
    if (sha256Hex != m_remote.expectedSha256) {
        // Useless as a prefix for a resume too: the next download starts over.
        QFile::remove(partPath());
        QFile::remove(infoPath());
        m_error = QStringLiteral("sha256 %1, expected %2")
                      .arg(QString::fromLatin1(sha256Hex), QString::fromLatin1(m_remote.expectedSha256));
        return Commit::Mismatch;
    }
    std::error_code ec; // replaces an older download of the same name in one step
    std::filesystem::rename(QFile::encodeName(partPath()).toStdString(), QFile::encodeName(m_target).toStdString(), ec);
    if (ec) {
        fail(QString::fromStdString(ec.message()));
        return Commit::Failed;
    }
    QFile::remove(infoPath());
    return Commit::Saved;
}

void PartFile::keep()
{
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
}

bool PartFile::fail(const QString &error)
{
    m_error = error;
    return false;
}

#include "backups/DesktopBackupFolder.h"

#include "backups/CopyCipher.h"
#include "common/Sha256.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace {

constexpr QFileDevice::Permissions kOwnerDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString tr(const char *text)
{
    return QCoreApplication::translate("DesktopBackupFolder", text);
}

bool makeOwnerOnlyDir(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, kOwnerDir)) {
        if (error)
            *error = tr("Cannot create the folder %1 (readable by you only).").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    return true;
}

const QRegularExpression &bundleName()
{
    static const QRegularExpression re(
        QStringLiteral("\\Amastodon-bundle-[A-Za-z0-9._+@-]{0,200}-([0-9]{8}T[0-9]{6}Z)\\.tar\\z"));
    return re;
}

// "HEX  NAME" as sha256sum writes it (one line), for exactly this file name.
QString readRecorded(const QString &shaPath, const QString &fileName, bool *readable)
{
    QFile f(shaPath);
    *readable = false;
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.read(4096)).trimmed();
    static const QRegularExpression line(QStringLiteral("\\A([0-9a-f]{64}) [ *](.+)\\z"));
    const QRegularExpressionMatch m = line.match(text);
    if (!m.hasMatch() || m.captured(2) != fileName)
        return {};
    *readable = true;
    return m.captured(1);
}

} // namespace

DesktopBackupFolder::DesktopBackupFolder(const QString &root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
{
}

QString DesktopBackupFolder::folderNameFor(const QString &serverName)
{
    // Windows and macOS refuse some characters, and a leading dot hides the folder.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString folder = serverName;
    folder.replace(unsafe, QStringLiteral("_"));
    if (folder.startsWith(QLatin1Char('.')))
        folder[0] = QLatin1Char('_');
    if (folder.endsWith(QLatin1Char('.')) || folder.endsWith(QLatin1Char(' ')))
        folder.append(QLatin1Char('_'));
    if (folder.isEmpty())
        folder = QStringLiteral("_");
    if (folder != serverName) // two names must never share a folder
        folder += QLatin1Char('-')
            + QString::fromLatin1(QCryptographicHash::hash(serverName.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    return folder;
}

QString DesktopBackupFolder::serverDir(const QString &serverName) const
{
    return m_root + QLatin1Char('/') + folderNameFor(serverName);
}

QString DesktopBackupFolder::pathFor(const QString &serverName, const QString &bundleFileName) const
{
    return serverDir(serverName) + QLatin1Char('/') + bundleFileName;
}

bool DesktopBackupFolder::prepare(const QString &serverName, QString *error) const
{
    return makeOwnerOnlyDir(m_root, error) && makeOwnerOnlyDir(serverDir(serverName), error);
}

QList<DesktopCopy> DesktopBackupFolder::plainCopies() const
{
    QList<DesktopCopy> out;
    const QFileInfoList folders = QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : folders) {
        const QFileInfoList files = QDir(folder.absoluteFilePath()).entryInfoList({QStringLiteral("*.tar")}, QDir::Files);
        for (const QFileInfo &fi : files) {
            const DesktopCopy c = copyAt(fi.absoluteFilePath());
            if (c.checksum == DesktopCopy::Checksum::Recorded)
                out << c;
        }
    }
    return out;
}

bool DesktopBackupFolder::isBundleName(const QString &bundleFileName)
{
    static const QRegularExpression re(QStringLiteral("\\Amastodon-bundle-[A-Za-z0-9._-]{1,120}\\.tar\\z"));
    return re.match(bundleFileName).hasMatch();
}

QDateTime DesktopBackupFolder::stampOf(const QString &bundleFileName)
{
    const QRegularExpressionMatch m = bundleName().match(bundleFileName);
    if (!m.hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!t.isValid())
        return {};
    t.setTimeZone(QTimeZone::utc());
    return t;
}

DesktopCopy DesktopBackupFolder::copyAt(const QString &path)
{
    const QFileInfo fi(path);
    DesktopCopy c;
    c.path = fi.absoluteFilePath();
    c.fileName = fi.fileName();
    c.size = fi.size();
    c.modified = fi.lastModified();
    c.encrypted = c.fileName.endsWith(CopyCipher::suffix());
    c.bundleName = c.encrypted ? c.fileName.chopped(CopyCipher::suffix().size()) : c.fileName;
    c.madeUtc = stampOf(c.bundleName);
    const QString shaPath = c.checksumPath();
    if (QFileInfo::exists(shaPath)) {
        bool readable = false;
        c.sha256 = readRecorded(shaPath, c.bundleName, &readable);
        c.checksum = readable ? DesktopCopy::Checksum::Recorded : DesktopCopy::Checksum::Unreadable;
    }
    return c;
}

QList<DesktopCopy> DesktopBackupFolder::list(const QString &serverName) const
{
    QList<DesktopCopy> out;
    const QDir dir(serverDir(serverName));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.tar"), QStringLiteral("*.tar") + CopyCipher::suffix()},
                                                     QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : files)
        out << copyAt(fi.absoluteFilePath());
    std::sort(out.begin(), out.end(), [](const DesktopCopy &a, const DesktopCopy &b) {
        const QDateTime ta = a.madeUtc.isValid() ? a.madeUtc : a.modified;
        const QDateTime tb = b.madeUtc.isValid() ? b.madeUtc : b.modified;
        return ta != tb ? ta > tb : a.fileName > b.fileName;
    });
    return out;
}

QDateTime DesktopBackupFolder::newestMade(const QList<DesktopCopy> &copies)
{
    QDateTime newest;
    for (const DesktopCopy &c : copies) {
        const QDateTime made = c.madeUtc.isValid() ? c.madeUtc : c.modified.toUTC();
        if (c.checksum == DesktopCopy::Checksum::Recorded && (!newest.isValid() || made > newest))
            newest = made;
    }
    return newest;
}

bool DesktopBackupFolder::recordChecksum(const QString &copyPath, const QString &sha256, QString *error)
{
    QSaveFile f(copyPath + QStringLiteral(".sha256"));
    const QByteArray line = sha256.toLatin1() + "  " + QFileInfo(copyPath).fileName().toUtf8() + '\n';
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(kOwnerFile) || f.write(line) != line.size() || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(f.fileName()), f.errorString());
        return false;
    }
    return true;
}

QStringList DesktopBackupFolder::prune(const QString &serverName, int keep, QString *error) const
{
    QStringList removed;
    if (keep < 1)
        return removed;
    QList<DesktopCopy> copies = list(serverName);
    // Only finished copies count and go: one without its checksum may be a copy in progress.
    copies.erase(std::remove_if(copies.begin(), copies.end(),
                                [](const DesktopCopy &c) { return c.checksum != DesktopCopy::Checksum::Recorded; }),
                 copies.end());
    for (qsizetype i = keep; i < copies.size(); ++i) {
        const DesktopCopy &c = copies.at(i);
        if (!QFile::remove(c.path)) {
            if (error)
                *error = tr("Cannot remove the old copy %1.").arg(QDir::toNativeSeparators(c.path));
            return removed;
        }
        QFile::remove(c.checksumPath());
        removed << c.fileName;
    }
    return removed;
}

bool DesktopBackupFolder::verify(const DesktopCopy &copy, QString *actualSha256, const SecretBytes *passphrase,
                                 QString *error)
{
    if (copy.encrypted) {
        QString actual;
        if (!passphrase) {
            if (error)
                *error = tr("%1 is encrypted: it is read through its passphrase.").arg(copy.fileName);
            return false;
        }
        if (!CopyCipher::decryptedSha256(copy.path, *passphrase, &actual, error))
            return false;
        if (actualSha256)
            *actualSha256 = actual;
        return copy.checksum == DesktopCopy::Checksum::Recorded && actual == copy.sha256;
    }
    QFile f(copy.path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1.").arg(QDir::toNativeSeparators(copy.path));
        return false;
    }
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = tr("Cannot read %1.").arg(QDir::toNativeSeparators(copy.path));
            return false;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    const QString actual = QString::fromLatin1(hash.hexDigest());
    if (actualSha256)
        *actualSha256 = actual;
    return copy.checksum == DesktopCopy::Checksum::Recorded && actual == copy.sha256;
}

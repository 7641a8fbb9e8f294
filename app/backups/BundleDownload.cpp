#include "backups/BundleDownload.h"

#include "backups/FileWorkJob.h"
#include "backups/CopiesFolder.h"
#include "backups/CopiesPassphrase.h"
#include "backups/CopyCipher.h"
#include "backups/DesktopBackupFolder.h"
#include "ssh/SftpDownload.h"

#include <QDir>
#include <QFile>

BundleDownload::BundleDownload(const QString &copiesRoot, const QString &serverName, const BundleLine &bundle,
                               QObject *parent)
    : QObject(parent)
    , m_root(copiesRoot)
    , m_server(serverName)
    , m_bundle(bundle)
    , m_encrypt(CopiesFolder::encrypts())
{ }

BundleDownload::~BundleDownload()
{
    if (m_download && !m_download->hasEnded())
        m_download->cancel(); // the .part stays for the next attempt
}

bool BundleDownload::start(const Starter &starter, QString *error)
{
    const DesktopBackupFolder folder(m_root);
    if (!folder.prepare(m_server, error))
        return false;
    m_localPath = folder.pathFor(m_server, m_bundle.fileName());
    m_download = starter ? starter({m_bundle.path, m_localPath, m_bundle.sha256.toLatin1()}) : nullptr;
    if (!m_download) {
        if (error)
            *error = tr("Not connected to %1: the bundle was not copied.").arg(m_server);
        return false;
    }
    m_download->setParent(this);
    m_rate.start();
    connect(m_download, &SftpDownload::progress, this, [this](qint64 done, qint64 total) {
        m_rate.progress(done);
        m_done = done;
        m_total = total;
        Q_EMIT progress(done, total);
    });
    connect(m_download, &SftpDownload::finished, this, &BundleDownload::onFinished);
    connect(m_download, &SftpDownload::failed, this, &BundleDownload::failed);
    return true;
}

void BundleDownload::cancel()
{
    if (m_download)
        m_download->cancel();
}

qint64 BundleDownload::resumedFrom() const
{
    return m_download ? m_download->resumedFrom() : 0;
}

qint64 BundleDownload::bytesPerSecond() const
{
    if (!m_download)
        return 0;
    // While it runs, the progress tells what arrived; at the end, the transport's count.
    return m_rate.bytesPerSecond(m_download->hasEnded() ? m_download->bytesTransferred() : -1);
}

QString BundleDownload::removedMessage() const
{
    if (m_removed.isEmpty())
        return QString();
    return tr("Removed the oldest copies on this computer (keeping %n):", nullptr, m_keep) + QLatin1Char(' ')
        + m_removed.join(QStringLiteral(", "));
}

void BundleDownload::onFinished()
{
    m_rate.end(); // what follows (the record, gpg) is local work
    QString error;
    if (!DesktopBackupFolder::recordChecksum(m_localPath, m_bundle.sha256, &error)) {
        Q_EMIT failed(TransferError(TransferError::Kind::LocalFile, m_localPath + QStringLiteral(".sha256"), error));
        return;
    }
    if (!m_encrypt)
        return end();
    Q_EMIT encrypting();
    CopiesPassphrase::fetch(this, [this](bool found, const SecretBytes &passphrase, const QString &why) {
        if (!found) {
            m_encryptionError = notEncrypted(why);
            return end();
        }
        encrypt(passphrase);
    });
}

QString BundleDownload::notEncrypted(const QString &why) const
{
    return tr("The copy is NOT encrypted: %1 It is kept as it is, readable by you only: %2")
        .arg(why, QDir::toNativeSeparators(m_localPath));
}

void BundleDownload::encrypt(const SecretBytes &passphrase)
{
    const QString plain = m_localPath;
    const QString sealed = plain + CopyCipher::suffix();
    m_cipher = new FileWorkJob(this);
    connect(m_cipher, &FileWorkJob::finished, this, [this, sealed](bool ok, const QString &why) {
        if (ok) {
            m_localPath = sealed;
            m_encrypted = true;
        } else {
            m_encryptionError = notEncrypted(why);
        }
        end();
    });
    m_cipher->start([plain, passphrase](QString *error) { return CopyCipher::sealCopy(plain, passphrase, error); });
}

void BundleDownload::end()
{
    if (m_keep > 0)
        m_removed = DesktopBackupFolder(m_root).prune(m_server, m_keep, &m_pruneError);
    Q_EMIT finished();
}

#include "RestoreSender.h"

#include "backups/FileWorkJob.h"
#include "backups/CopiesPassphrase.h"
#include "backups/CopyCipher.h"
#include "backups/DesktopBackupFolder.h"
#include "session/ServerSession.h"
#include "ssh/SftpDownload.h"
#include "ssh/SftpUploadRequest.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

RestoreSender::RestoreSender(ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cipher(new FileWorkJob(this))
    , m_wrongPassphrase(std::make_shared<bool>(false))
{
    connect(m_cipher, &FileWorkJob::finished, this, [this](bool ok, const QString &why) {
        if (!ok && *m_wrongPassphrase) {
            removeOpened();
            Q_EMIT passphraseNeeded(why); // another passphrase (one the copy was made with) may open it
            return;
        }
        m_opening = false;
        QString error;
        if (!ok || !send(m_opened, &error)) {
            removeOpened();
            Q_EMIT failed(ok ? error : why, false);
        }
    });
}

RestoreSender::~RestoreSender()
{
    delete m_cipher; // waits for gpg, then the half-opened file can go
    removeOpened();
}

void RestoreSender::removeOpened()
{
    if (!m_opened.isEmpty())
        QFile::remove(m_opened);
    m_opened.clear();
}

QString RestoreSender::refusal(const DesktopCopy &copy)
{
    if (!DesktopBackupFolder::isBundleName(copy.bundleName))
        return tr("%1 is not a Hoshu bundle: its name must be mastodon-bundle-….tar (or .tar.gpg), as Hoshu saves "
                  "the copies.")
            .arg(QDir::toNativeSeparators(copy.path));
    if (copy.checksum != DesktopCopy::Checksum::Recorded)
        return tr("No SHA-256 is recorded beside %1 (%1.sha256), so Hoshu cannot tell that it is what was copied. "
                  "Copy the bundle from a server again, or restore it with hoshu-cli restore, which reads it whole "
                  "first.")
            .arg(copy.bundleName);
    return {};
}

std::optional<DesktopCopy> RestoreSender::askForCopy(QWidget *parent, const QString &server, const QString &copiesRoot,
                                                     const std::optional<DesktopCopy> &selected)
{
    DesktopCopy copy;
    if (selected) {
        copy = *selected;
    } else {
        const QString path = QFileDialog::getOpenFileName(parent, tr("Restore from a Copy"), copiesRoot,
                                                          tr("Hoshu bundles (mastodon-bundle-*.tar mastodon-bundle-*.tar.gpg)"));
        if (path.isEmpty())
            return std::nullopt;
        copy = DesktopBackupFolder::copyAt(path);
    }
    QMessageBox ask(QMessageBox::Question, tr("Restore onto %1").arg(server),
                    tr("Send %1 (%2) to %3 to restore it there?\n\nNothing on %3 changes yet. Once the copy is "
                       "there, Hoshu shows what the restore replaces (the database, the configuration, the "
                       "certificates, the Redis data) and asks you to type the server's name to confirm it; "
                       "Mastodon is stopped while it runs.")
                        .arg(copy.fileName, QLocale().formattedDataSize(copy.size), server),
                    QMessageBox::Cancel, parent);
    ask.setTextFormat(Qt::PlainText); // the file name is whatever the user's disk holds
    QPushButton *send = ask.addButton(tr("Send the Copy"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != send)
        return std::nullopt;
    return copy;
}

bool RestoreSender::start(const DesktopCopy &copy, QString *error)
{
    if (isSending())
        return false;
    if (const QString why = refusal(copy); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (!m_session->isConnected()) {
        *error = tr("Not connected to %1: connect, then send the copy again.").arg(m_session->profile().name);
        return false;
    }
    m_copy = copy;
    if (!copy.encrypted)
        return send(copy.path, error);
    m_opening = true;
    Q_EMIT opening();
    CopiesPassphrase::fetch(this, [this](bool found, const SecretBytes &passphrase, const QString &why) {
        if (found)
            return open(passphrase);
        Q_EMIT passphraseNeeded(why); // a new computer: the keychain never had it
    });
    return true;
}

void RestoreSender::open(const SecretBytes &passphrase)
{
    m_opened = m_copy.openedPath();
    const QString from = m_copy.path;
    const QString to = m_opened;
    auto wrong = m_wrongPassphrase;
    m_cipher->start([from, to, passphrase, wrong](QString *error) {
        return CopyCipher::decrypt(from, to, passphrase, error, wrong.get());
    });
}

void RestoreSender::providePassphrase(const SecretBytes &passphrase)
{
    if (m_opening && !m_cipher->isRunning())
        open(passphrase);
}

void RestoreSender::abandon()
{
    if (!m_opening || m_cipher->isRunning())
        return;
    m_opening = false;
    Q_EMIT failed(tr("No passphrase given: nothing was sent."), true);
}

bool RestoreSender::send(const QString &localPath, QString *error)
{
    m_upload = m_session->upload({localPath, QStringLiteral("hoshu-restore"), m_copy.bundleName, m_copy.sha256.toLatin1()});
    if (!m_upload) {
        *error = tr("Not connected to %1: connect, then send the copy again.").arg(m_session->profile().name);
        return false;
    }
    Q_EMIT sending();
    m_upload->setParent(this);
    m_rate.start();
    connect(m_upload, &SftpDownload::progress, this, [this](qint64 done, qint64 total) {
        m_rate.progress(done); // the first report is where this attempt began: what a resume found
        Q_EMIT progress(done, total);
    });
    connect(m_upload, &SftpDownload::finished, this, [this] {
        const QString remote = m_upload->remotePath();
        m_upload->deleteLater();
        m_upload = nullptr;
        removeOpened();
        Q_EMIT sent(remote, m_copy.sha256);
    });
    connect(m_upload, &SftpDownload::failed, this, &RestoreSender::onFailed);
    return true;
}

void RestoreSender::onFailed(const TransferError &error)
{
    m_upload->deleteLater();
    m_upload = nullptr;
    removeOpened();
    const bool cancelled = error.kind == TransferError::Kind::Cancelled;
    QString message = error.message();
    if (cancelled || error.kind == TransferError::Kind::Connection)
        message += QLatin1Char('\n') + tr("What was sent stays on the server; sending the same copy again continues.");
    Q_EMIT failed(message, cancelled);
}

void RestoreSender::cancel()
{
    if (m_upload)
        m_upload->cancel();
}

qint64 RestoreSender::bytesPerSecond() const
{
    return m_rate.bytesPerSecond();
}


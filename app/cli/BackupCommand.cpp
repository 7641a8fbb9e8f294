#include "BackupCommand.h"

#include "backups/BundleDownload.h"

#include "cli/ExitCode.h"
#include "cli/Terminal.h"
#include "session/ServerSession.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

BackupCommand::BackupCommand(const Options &options, SecretStore *secrets, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_run(nullptr)
{
    RunCommand::Options run = options.run;
    // The command is the request: backup.bundle is "safe" (Mastodon keeps running), so
    // `hoshu-cli backup` does not ask again as `run` would.
    run.yes = true;
    run.keepOutput = true;
    m_options.run.sudoPassword.clear();
    m_run = new RunCommand(run, secrets, audit, this);
    connect(m_run, &RunCommand::done, this, &BackupCommand::onBundleMade);
}

void BackupCommand::start()
{
    const int early = m_run->start();
    if (early >= 0)
        Q_EMIT done(early);
}

void BackupCommand::interrupt()
{
    m_interrupted = true;
    if (m_download) {
        m_download->cancel(); // keeps the .part: the next --download resumes it
        return;
    }
    m_run->interrupt();
}

void BackupCommand::onBundleMade(int exitCode)
{
    if (exitCode != ExitCode::Ok) {
        Q_EMIT done(exitCode);
        return;
    }
    const auto bundle = BundleLine::findLast(m_run->output());
    if (!bundle && m_options.newest) {
        Terminal::message(tr("There is no finished bundle on %1 to copy.").arg(m_options.run.profile.name));
        Q_EMIT done(1);
        return;
    }
    if (!bundle) {
        Terminal::message(tr("The backup ran, but its output does not end with the bundle line Hoshu reads "
                             "(hoshu-bundle: path=… size=… sha256=…), so Hoshu cannot tell which file it made. "
                             "See the output above."));
        Q_EMIT done(ExitCode::Software);
        return;
    }
    const QLocale locale;
    Terminal::message((m_options.newest ? tr("Newest bundle on %1: %2 (%3, SHA-256 %4)") : tr("Bundle on %1: %2 (%3, SHA-256 %4)"))
                          .arg(m_options.run.profile.name, bundle->path, locale.formattedDataSize(bundle->size),
                               bundle->sha256));
    if (m_options.downloadRoot.isEmpty()) {
        Q_EMIT done(ExitCode::Ok);
        return;
    }
    download(*bundle);
}

void BackupCommand::download(const BundleLine &bundle)
{
    m_download = new BundleDownload(m_options.downloadRoot, m_options.run.profile.name, bundle, this);
    m_download->setKeepCopies(m_options.keepCopies);
    ServerSession *session = m_run->session();
    QString error;
    const bool started = m_download->start(
        [session](const SftpDownloadRequest &request) { return session ? session->download(request) : nullptr; },
        &error);
    if (!started) {
        const bool connected = session && session->isConnected();
        Terminal::message(connected ? error
                                    : tr("The connection to %1 closed after the backup: the bundle was not copied. "
                                         "Run the command again to make and copy a new one.")
                                          .arg(m_options.run.profile.name));
        Q_EMIT done(connected ? ExitCode::CantCreate : ExitCode::Unavailable);
        return;
    }
    Terminal::message(tr("Copying it to %1 …").arg(QDir::toNativeSeparators(m_download->localPath())));
    m_progress.start();
    connect(m_download, &BundleDownload::progress, this, &BackupCommand::onProgress);
    connect(m_download, &BundleDownload::finished, this, &BackupCommand::onDownloaded);
    connect(m_download, &BundleDownload::failed, this, &BackupCommand::onDownloadFailed);
}

void BackupCommand::onProgress(qint64 done, qint64 total)
{
    m_progress.update(done, total, m_download->resumedFrom());
}

void BackupCommand::onDownloaded()
{
    m_progress.end();
    const QLocale locale;
    const BundleLine &bundle = m_download->bundle();
    const QString localPath = QDir::toNativeSeparators(m_download->localPath());
    const qint64 resumed = m_download->resumedFrom();
    const QString rate = locale.formattedDataSize(m_download->bytesPerSecond());
    const QString copied = resumed > 0
        ? tr("Copied to %1: %2, resumed after %3, %4/s; its SHA-256 is the server's.")
              .arg(localPath, locale.formattedDataSize(bundle.size), locale.formattedDataSize(resumed), rate)
        : tr("Copied to %1: %2, %3/s; its SHA-256 is the server's.")
              .arg(localPath, locale.formattedDataSize(bundle.size), rate);
    Terminal::message(copied);
    if (m_download->isEncrypted())
        Terminal::message(tr("Encrypted with the passphrase of the copies (OpenPGP): open it without Hoshu with "
                             "gpg -d %1 > %2")
                              .arg(QFileInfo(localPath).fileName(), bundle.fileName()));
    if (!m_download->encryptionError().isEmpty()) {
        Terminal::message(m_download->encryptionError());
        Q_EMIT done(ExitCode::CantCreate);
        return;
    }
    if (!m_download->removedMessage().isEmpty())
        Terminal::message(m_download->removedMessage());
    if (!m_download->pruneError().isEmpty()) {
        Terminal::message(m_download->pruneError());
        Q_EMIT done(ExitCode::CantCreate);
        return;
    }
    Terminal::message(tr("This copy holds the server's secrets (.env.production, the database): keep it where only "
                         "you can read it."));
    Q_EMIT done(ExitCode::Ok);
}

QString BackupCommand::resumeHint() const
{
    return tr("The partial copy is kept; this resumes it: hoshu-cli backup %1 --download %2 --newest")
        .arg(m_options.run.profile.name, QDir::toNativeSeparators(m_options.downloadRoot));
}

void BackupCommand::onDownloadFailed(const TransferError &error)
{
    m_progress.end();
    Terminal::message(error.message());
    switch (error.kind) {
    case TransferError::Kind::Cancelled:
        Terminal::message(resumeHint());
        Q_EMIT done(ExitCode::Interrupted);
        return;
    case TransferError::Kind::Connection:
        Terminal::message(resumeHint());
        Q_EMIT done(ExitCode::Unavailable);
        return;
    case TransferError::Kind::LocalFile:
        Q_EMIT done(ExitCode::CantCreate);
        return;
    default:
        Q_EMIT done(ExitCode::Software);
        return;
    }
}

#include "RestoreCommand.h"

#include "backups/CopiesPassphrase.h"
#include "backups/CopyCipher.h"
#include "backups/DesktopBackupFolder.h"
#include "backups/ResultLine.h"
#include "cli/CliConnector.h"
#include "cli/ExitCode.h"
#include "cli/Terminal.h"
#include "session/ServerSession.h"
#include "ssh/SftpDownload.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

RestoreCommand::RestoreCommand(const Options &options, SecretStore *secrets, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_session(new ServerSession(options.run.profile, secrets, this))
    , m_connector(new CliConnector(m_session, options.run.acceptNewHostKey || !options.run.acceptFingerprint.isEmpty(),
                                   options.run.acceptFingerprint, this))
{
}

RestoreCommand::~RestoreCommand()
{
    if (!m_opened.isEmpty())
        QFile::remove(m_opened); // the opened copy lives no longer than the command
}

void RestoreCommand::start()
{
    const int early = checkBundle();
    if (early >= 0) {
        Q_EMIT done(early);
        return;
    }
    connect(m_connector, &CliConnector::failed, this, &RestoreCommand::done);
    connect(m_connector, &CliConnector::connected, this, &RestoreCommand::upload);
    m_connector->start();
}

void RestoreCommand::interrupt()
{
    m_interrupted = true;
    if (m_run) {
        m_run->interrupt();
        return;
    }
    if (m_upload) {
        m_upload->cancel(); // the part stays on the server: the same command resumes it
        return;
    }
    Q_EMIT done(ExitCode::Interrupted);
}

// Before anything connects: the confirmation, and a copy that is what it says it is.
int RestoreCommand::checkBundle()
{
    const QString &server = m_options.run.profile.name;
    if (m_options.run.confirmName != server) {
        Terminal::message(tr("A restore replaces everything the database of %1 holds now, its configuration and its "
                             "certificates. Type the server's name to confirm: --confirm %1")
                              .arg(server));
        return ExitCode::Usage;
    }
    const QFileInfo file(m_options.bundlePath);
    DesktopCopy copy = DesktopBackupFolder::copyAt(file.absoluteFilePath());
    if (!DesktopBackupFolder::isBundleName(copy.bundleName)) {
        Terminal::message(tr("%1 is not a Hoshu bundle: its name must be mastodon-bundle-….tar (or .tar.gpg), as "
                             "hoshu-cli backup --download saves it.")
                              .arg(QDir::toNativeSeparators(m_options.bundlePath)));
        return ExitCode::Usage;
    }
    if (!file.isFile() || !file.isReadable()) {
        Terminal::message(tr("Cannot read %1.").arg(QDir::toNativeSeparators(file.absoluteFilePath())));
        return ExitCode::NoInput;
    }
    m_sendName = copy.bundleName;
    m_sendPath = copy.path;
    if (copy.encrypted) {
        const int opened = openEncrypted(copy, &copy);
        if (opened >= 0)
            return opened;
    }
    Terminal::message(tr("Checking %1 (%2)…").arg(QDir::toNativeSeparators(copy.path), QLocale().formattedDataSize(copy.size)));
    QString actual;
    const bool verified = DesktopBackupFolder::verify(copy, &actual);
    if (actual.isEmpty()) {
        Terminal::message(tr("Cannot read %1.").arg(QDir::toNativeSeparators(copy.path)));
        return ExitCode::NoInput;
    }
    switch (copy.checksum) {
    case DesktopCopy::Checksum::Recorded:
        if (!verified) {
            Terminal::message(tr("%1 is DAMAGED: its SHA-256 is %2, not the %3 recorded beside it when it was copied. "
                                 "Use another copy.")
                                  .arg(QDir::toNativeSeparators(copy.path), actual, copy.sha256));
            return ExitCode::InvalidParameter; // EX_DATAERR
        }
        Terminal::message(tr("Its SHA-256 is the one recorded when it was copied: %1").arg(actual));
        break;
    case DesktopCopy::Checksum::Missing:
    case DesktopCopy::Checksum::Unreadable:
        Terminal::message(tr("No readable %1.sha256 beside it: the server still checks every member against the "
                             "bundle's MANIFEST. SHA-256: %2")
                              .arg(copy.fileName, actual));
        break;
    }
    m_sha256 = actual.toLatin1();
    return -1;
}

int RestoreCommand::openEncrypted(const DesktopCopy &copy, DesktopCopy *opened)
{
    // --passphrase-stdin, else the keychain's; a person at the terminal is asked when that is
    // missing or not the one this copy was made with (a new computer, a changed passphrase).
    SecretBytes passphrase = m_options.passphrase;
    QString error;
    if (passphrase.isEmpty() && !CopiesPassphrase::readBlocking(&passphrase, &error))
        passphrase.clear();
    m_opened = copy.openedPath();
    Terminal::message(tr("Opening the encrypted copy %1 …").arg(QDir::toNativeSeparators(copy.path)));
    for (int attempt = 0;; ++attempt) {
        bool wrong = false;
        if (!passphrase.isEmpty() && CopyCipher::decrypt(copy.path, m_opened, passphrase, &error, &wrong))
            break;
        if ((!passphrase.isEmpty() && !wrong) || attempt == 3 || !Terminal::stdinIsInteractive()) {
            Terminal::message(error);
            return ExitCode::NoInput;
        }
        Terminal::message(error);
        passphrase = Terminal::readSecretLine(tr("Passphrase %1 was encrypted with: ").arg(copy.fileName));
        if (passphrase.isEmpty())
            return ExitCode::Interrupted;
    }
    // What is checked and sent from here on is the bundle itself, with the copy's record.
    opened->path = m_opened;
    opened->encrypted = false;
    opened->size = QFileInfo(m_opened).size();
    m_sendPath = m_opened;
    return -1;
}

void RestoreCommand::upload()
{
    disconnect(m_session, &ServerSession::failed, m_connector, nullptr);
    m_upload = m_session->upload({m_sendPath, QStringLiteral("hoshu-restore"), m_sendName, m_sha256});
    if (!m_upload) {
        Terminal::message(tr("The connection to %1 closed before the bundle could be sent.").arg(m_options.run.profile.name));
        Q_EMIT done(ExitCode::Unavailable);
        return;
    }
    m_upload->setParent(this);
    Terminal::message(tr("Sending it to %1 (~/hoshu-restore/) …").arg(m_options.run.profile.name));
    m_progress.start();
    connect(m_upload, &SftpDownload::progress, this, &RestoreCommand::onProgress);
    connect(m_upload, &SftpDownload::finished, this, &RestoreCommand::onUploaded);
    connect(m_upload, &SftpDownload::failed, this, &RestoreCommand::onUploadFailed);
}

void RestoreCommand::onProgress(qint64 done, qint64 total)
{
    m_progress.update(done, total, m_upload->resumedFrom());
}

void RestoreCommand::onUploaded()
{
    m_progress.end();
    const QLocale locale;
    const QString rate = locale.formattedDataSize(m_progress.rate(m_upload->bytesTransferred()));
    const QString remote = m_upload->remotePath();
    Terminal::message(m_upload->resumedFrom() > 0
                          ? tr("On %1 as %2 (resumed after %3, %4/s).")
                                .arg(m_options.run.profile.name, remote, locale.formattedDataSize(m_upload->resumedFrom()), rate)
                          : tr("On %1 as %2 (%3/s).").arg(m_options.run.profile.name, remote, rate));
    m_session->disconnectFromServer();
    RunCommand::Options run = m_options.run;
    run.params.insert(QStringLiteral("bundle"), remote);
    run.params.insert(QStringLiteral("sha256"), QString::fromLatin1(m_sha256));
    run.keepOutput = true;
    m_run = new RunCommand(run, m_secrets, m_audit, this);
    connect(m_run, &RunCommand::done, this, &RestoreCommand::onRestored);
    const int early = m_run->start();
    if (early >= 0)
        Q_EMIT done(early);
}

void RestoreCommand::onUploadFailed(const TransferError &error)
{
    m_progress.end();
    Terminal::message(error.message());
    if (error.kind == TransferError::Kind::Cancelled || error.kind == TransferError::Kind::Connection) {
        Terminal::message(tr("The part already sent stays on the server; the same command resumes it."));
        Q_EMIT done(error.kind == TransferError::Kind::Cancelled ? ExitCode::Interrupted : ExitCode::Unavailable);
        return;
    }
    Q_EMIT done(error.kind == TransferError::Kind::LocalFile ? ExitCode::NoInput : ExitCode::Software);
}

void RestoreCommand::onRestored(int exitCode)
{
    const QString &server = m_options.run.profile.name;
    if (exitCode != ExitCode::Ok) {
        if (exitCode != ExitCode::Interrupted)
            Terminal::message(tr("The restore of %1 stopped at the step shown above: do what it says, then run the same "
                                 "command again (the bundle is on the server already; the restore starts over).")
                                  .arg(server));
        Q_EMIT done(exitCode);
        return;
    }
    const QString prefix = QStringLiteral("hoshu-restore: result=ok ");
    const QString line = ResultLine::last(m_run->output(), QLatin1String("hoshu-restore: "));
    if (!line.startsWith(prefix)) {
        Terminal::message(tr("The restore ran, but its output does not end with its result line (hoshu-restore: …). "
                             "See the output above, then check the server: hoshu-cli check %1 --slow")
                              .arg(server));
        Q_EMIT done(ExitCode::Software);
        return;
    }
    Terminal::message(tr("%1 is restored (%2). Check it now: hoshu-cli check %1 --slow").arg(server, line.mid(prefix.size())));
    Q_EMIT done(ExitCode::Ok);
}

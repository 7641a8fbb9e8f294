#pragma once

#include "cli/RunCommand.h"
#include "cli/TransferProgressLine.h"
#include "common/SecretBytes.h"

#include <QObject>
#include <QPointer>

struct DesktopCopy;
class AuditLog;
class CliConnector;
class SecretStore;
class ServerSession;
class SftpDownload;
struct TransferError;

// `hoshu-cli restore NAME BUNDLE --confirm NAME`: rebuilds the server NAME from a bundle on
// this computer (a copy `backup --download` made): checks the copy's SHA-256 against the
// NAME.tar.sha256 beside it, puts it on the server over SFTP (~/hoshu-restore/, resumable),
// then runs backup.restore with its path and checksum, which stops Mastodon, restores the
// database, the files and Redis, and starts everything again. The server's name typed
// is the confirmation: what the server's database holds now is replaced. An encrypted copy
// (NAME.tar.gpg) is opened first with the passphrase in the keychain, into a hidden file
// beside it (0600) that is removed when the command ends.
class RestoreCommand : public QObject
{
    Q_OBJECT

public:
    struct Options {
        RunCommand::Options run; // profile, backup.restore, confirmName, host key and sudo options
        QString bundlePath; // on this computer
        SecretBytes passphrase; // --passphrase-stdin: opens an encrypted copy instead of the keychain's
    };

    RestoreCommand(const Options &options, SecretStore *secrets, AuditLog *audit, QObject *parent = nullptr);
    ~RestoreCommand() override;

    void start();
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    int checkBundle(); // an exit code when it must stop, else -1
    int openEncrypted(const DesktopCopy &copy, DesktopCopy *opened); // likewise
    void upload();
    void onProgress(qint64 done, qint64 total);
    void onUploaded();
    void onUploadFailed(const TransferError &error);
    void onRestored(int exitCode);

    Options m_options;
    SecretStore *m_secrets;
    AuditLog *m_audit;
    QByteArray m_sha256;
    QString m_sendPath; // what goes to the server: the copy, or the opened one
    QString m_sendName; // NAME.tar
    QString m_opened; // removed at the end
    ServerSession *m_session;
    CliConnector *m_connector;
    QPointer<SftpDownload> m_upload;
    RunCommand *m_run = nullptr;
    TransferProgressLine m_progress;
    bool m_interrupted = false;
};

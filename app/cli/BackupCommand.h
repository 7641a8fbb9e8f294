#pragma once

#include "backups/BundleLine.h"
#include "cli/RunCommand.h"
#include "cli/TransferProgressLine.h"

#include <QObject>
#include <QPointer>

class AuditLog;
class SecretStore;
class BundleDownload;
struct TransferError;

// `hoshu-cli backup NAME [--download DIR] [--keep N]`: runs backup.bundle on the server
// (its steps streamed as `run` does), reads the bundle line it ends with, and with
// --download copies the bundle over SFTP into DIR/<server>/ on this computer: resumed
// from an earlier attempt's .part, its SHA-256 checked against the server's, then the
// .sha256 written beside it and only the newest KEEP copies of the server kept.
// With --newest it makes no bundle: it copies the newest one on the server (the one the
// server's schedule made, or one whose copy was interrupted: the .part is resumed).
class BackupCommand : public QObject
{
    Q_OBJECT

public:
    struct Options {
        RunCommand::Options run; // profile, backup.bundle (or backup.list: --newest) and its parameters
        bool newest = false; // --newest: copy the newest bundle already on the server, make none
        QString downloadRoot; // empty: the bundle stays on the server
        int keepCopies = 7; // on this computer, per server
    };

    BackupCommand(const Options &options, SecretStore *secrets, AuditLog *audit, QObject *parent = nullptr);

    void start();
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    void onBundleMade(int exitCode);
    void download(const BundleLine &bundle);
    void onProgress(qint64 done, qint64 total);
    void onDownloaded();
    void onDownloadFailed(const TransferError &error);
    QString resumeHint() const;

    Options m_options;
    RunCommand *m_run;
    QPointer<BundleDownload> m_download;
    TransferProgressLine m_progress;
    bool m_interrupted = false;
};

#pragma once

#include "MessageBanner.h"
#include "backups/BackupInventory.h"
#include "backups/BundleDownload.h"
#include "backups/BundleLine.h"
#include "backups/CopyState.h"
#include "backups/DesktopCopy.h"
#include "catalog/Catalog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class BackupsTable;
class BundleLister;
class RestoreSender;
class TransferRow;
class QLabel;
class QPushButton;
class CopyVerifier;
class ServerWorkspace;
struct TransferError;

// One server's Backups tab: the bundles on the server (backup.list, read-only, run
// when the tab is first shown and on "Show the bundles on the server") beside the
// copies on this computer (DesktopBackupFolder), with when each was made, its size,
// where it is and its checksum state. "Back up now" asks for backup.bundle through
// the window's usual confirm-and-run path (its output in the log pane), then copies
// the new bundle here; "Download" copies a bundle that is only on the server,
// resuming an earlier .part. A copy is kept only when its SHA-256 is the server's.
// Everything from the server shows as plain text.
class BackupsView : public QWidget
{
    Q_OBJECT

public:
    explicit BackupsView(ServerWorkspace *workspace, QWidget *parent = nullptr);
    ~BackupsView() override;

    void setCatalog(const Catalog &catalog);
    void setCopiesRoot(const QString &root); // default AppPaths::backupCopiesDir()
    QString copiesRoot() const { return m_copiesRoot; }
    void setBundleDir(const QString &dir); // on the server; empty: the actions' default
    void setKeepCopies(int keep) { m_keep = keep; } // on this computer; 0: none removed

    void listServer();
    void reloadCopies();
    void backUpNow();
    void downloadSelected();
    // The newest bundle on the server, copied here unless it already is (listed first when
    // the list is not fresh): what backup.no_offsite_copy's button asks for.
    void copyNewest();
    // Once a day while Hoshu runs (ServerDashboard asks after each refresh that reached the
    // server): the newest bundle copied quietly, only for a server that already has a copy
    // here (the first copy is the user's choice) and only over a connection already open
    // (never a password prompt out of nowhere). True when it started a list or a copy.
    bool pullIfDue();
    void checkCopies(); // reads every recorded copy again, off the GUI thread
    void cancelDownload(); // or the sending of a copy for a restore
    // "Restore from a copy…": the selected copy (or one picked from the copies folder),
    // asked about, then sendForRestore().
    void restoreFromCopy();
    // Sends the copy to the server (RestoreSender), then asks for backup.restore with it
    // through the window's confirm-and-run path.
    void sendForRestore(const DesktopCopy &copy);
    bool isDownloading() const { return m_download != nullptr; }
    bool isSending() const;
    bool isTransferring() const { return isDownloading() || isSending(); }
    bool isListing() const;

    BackupsTable *table() const { return m_table; }
    TransferRow *transferRow() const { return m_transfer; }
    QLabel *summaryLabel() const { return m_summary; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *listButton() const { return m_listButton; }
    QPushButton *backupButton() const { return m_backupButton; }
    QPushButton *downloadButton() const { return m_downloadButton; }
    QPushButton *checkButton() const { return m_checkButton; }
    QPushButton *restoreButton() const { return m_restoreButton; }

Q_SIGNALS:
    // A catalog action for this server, to run through the window's confirm-and-run path.
    void actionRequested(const QString &actionId, const QMap<QString, QString> &params);
    void listed(bool reached); // the server answered (or not); the table is filled anew
    void downloadEnded(bool saved);
    void sendEnded(bool sent); // a copy sent for a restore (then backup.restore is asked for)
    void copiesChecked();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QMap<QString, QString> dirParams() const;
    void fill();
    void onCopiesChecked(const QList<DesktopCopy> &copies, const QList<CopyState::State> &states);
    void updateSummary();
    void updateButtons();
    void startDownload(const BundleLine &bundle);
    void onProgress(qint64 done, qint64 total);
    void onSentForRestore(const QString &remotePath, const QString &sha256);
    void askCopiesPassphrase(const QString &why);
    void whenConnected(const std::function<void()> &then);
    void onDownloaded();
    void onDownloadFailed(const TransferError &error);
    void endDownload();
    void onBundleRunEnded(int exitStatus);
    void showMessage(MessageBanner::Level level, const QString &text);

    QPointer<ServerWorkspace> m_workspace;
    Catalog m_catalog;
    QString m_copiesRoot;
    QString m_bundleDir;
    int m_keep = 7;
    BundleLister *m_lister;
    RestoreSender *m_sender;
    QPointer<BundleDownload> m_download;
    CopyVerifier *m_verifier;
    QList<BundleLine> m_onServer; // newest first
    bool m_serverListed = false;
    QElapsedTimer m_listedAt;
    QString m_listError;
    QList<DesktopCopy> m_copies;
    bool m_collecting = false; // a backup.bundle run is under way on this server
    bool m_downloadAfterRun = false; // asked for with "Back up now"
    bool m_copyNewestAfterList = false; // asked for with copyNewest()
    bool m_quietPull = false; // pullIfDue(): no message when there is nothing to copy
    QByteArray m_runOutput; // its stdout's tail: the bundle line is the last line

    QLabel *m_summary;
    MessageBanner *m_banner;
    BackupsTable *m_table;
    QPushButton *m_listButton;
    QPushButton *m_backupButton;
    QPushButton *m_downloadButton;
    QPushButton *m_checkButton;
    QPushButton *m_restoreButton;
    QPushButton *m_openButton;
    TransferRow *m_transfer;
};

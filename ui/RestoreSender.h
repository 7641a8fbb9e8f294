#pragma once

#include "backups/DesktopCopy.h"
#include "backups/TransferRate.h"
#include "common/SecretBytes.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class FileWorkJob;
class QWidget;
class ServerSession;
class SftpDownload;
struct TransferError;

// "Restore from a copy…" in a server's Backups tab: sends a copy on this computer to that
// server for backup.restore. The copy must carry the SHA-256 recorded when it was copied:
// the upload (SFTP, into ~/hoshu-restore/, resumed from a part already there) checks every
// byte against it and puts nothing in place otherwise. Nothing on the server changes here;
// the restore itself is the catalog action, confirmed with the server's name typed and
// its plan (what it replaces) shown. An encrypted copy is opened first (gpg, the passphrase
// from the keychain) into a hidden file beside it, readable by the user only, which is sent
// and then removed.
class RestoreSender : public QObject
{
    Q_OBJECT

public:
    explicit RestoreSender(ServerSession *session, QObject *parent = nullptr);
    ~RestoreSender() override;

    // Over a connected session. False with the reason when it cannot start.
    bool start(const DesktopCopy &copy, QString *error);
    void cancel(); // the part stays on the server: sending the same copy again resumes it
    // After passphraseNeeded: open the copy with the passphrase the user typed, or give up.
    void providePassphrase(const SecretBytes &passphrase);
    void abandon();
    bool isSending() const { return m_upload != nullptr || m_opening; }
    const DesktopCopy &copy() const { return m_copy; }
    qint64 bytesPerSecond() const;

    // Why a copy cannot be sent as it is (empty: it can).
    static QString refusal(const DesktopCopy &copy);
    // The copy to restore onto SERVER: the one selected in the tab, else one the user picks
    // in the copies folder (another server's, for a restore onto a new server); then asked
    // whether to send it. Nothing when the user cancels.
    static std::optional<DesktopCopy> askForCopy(QWidget *parent, const QString &server, const QString &copiesRoot,
                                                 const std::optional<DesktopCopy> &selected);

Q_SIGNALS:
    void opening(); // gpg opens the encrypted copy on this computer
    // The keychain has no passphrase, or not the one this copy was made with (why says which).
    void passphraseNeeded(const QString &why);
    void sending(); // the upload begins
    void progress(qint64 done, qint64 total);
    void sent(const QString &remotePath, const QString &sha256);
    void failed(const QString &message, bool cancelled);

private:
    void open(const SecretBytes &passphrase);
    bool send(const QString &localPath, QString *error);
    void onFailed(const TransferError &error);
    void removeOpened();

    ServerSession *m_session;
    QPointer<SftpDownload> m_upload;
    FileWorkJob *m_cipher;
    bool m_opening = false;
    std::shared_ptr<bool> m_wrongPassphrase; // set by the gpg step, read when it ended
    QString m_opened; // the opened (decrypted) copy being sent, removed when it ends
    DesktopCopy m_copy;
    TransferRate m_rate;
};

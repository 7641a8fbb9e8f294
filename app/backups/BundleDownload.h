#pragma once

#include "backups/BundleLine.h"
#include "backups/TransferRate.h"
#include "common/SecretBytes.h"
#include "ssh/SftpDownloadRequest.h"
#include "ssh/TransferError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class FileWorkJob;
class SftpDownload;

// Copies one bundle off a server into the copies folder on this computer, as
// `hoshu-cli backup --download` and the GUI's Backups tab both do: the server's
// folder made 0700, the transfer resumed from an earlier attempt's .part (0600),
// its SHA-256 checked against the server's (a wrong one is refused: nothing is
// saved), NAME.tar.sha256 written beside it; when the copies are encrypted (CopiesFolder),
// NAME.tar becomes NAME.tar.gpg with the passphrase from the keychain; then only the newest
// KEEP copies kept. A copy that could not be encrypted is kept as it is, and said so.
// cancel() keeps the .part for the next attempt. Exactly one of finished/failed.
class BundleDownload : public QObject
{
    Q_OBJECT

public:
    // Starts the SFTP transfer (ServerSession::download); nullptr when not connected.
    using Starter = std::function<SftpDownload *(const SftpDownloadRequest &)>;

    BundleDownload(const QString &copiesRoot, const QString &serverName, const BundleLine &bundle,
                   QObject *parent = nullptr);
    ~BundleDownload() override;

    void setKeepCopies(int keep) { m_keep = keep; } // 0: none removed
    void setEncrypt(bool encrypt) { m_encrypt = encrypt; } // default: CopiesFolder::encrypts()
    // Prepares the folder and starts; false with *error (translated) when it cannot.
    bool start(const Starter &starter, QString *error);
    void cancel();

    const BundleLine &bundle() const { return m_bundle; }
    QString localPath() const { return m_localPath; }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }
    qint64 resumedFrom() const;
    qint64 bytesPerSecond() const; // over the network this time, since start()
    QStringList removedCopies() const { return m_removed; } // after finished
    // "Removed the oldest copies on this computer (keeping N): …"; empty when none was removed.
    QString removedMessage() const;
    QString pruneError() const { return m_pruneError; } // after finished: removing old copies failed
    // After finished: the copy is NOT encrypted although the copies are, and why (translated).
    QString encryptionError() const { return m_encryptionError; }
    bool isEncrypted() const { return m_encrypted; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void encrypting(); // the transfer is over and checked; gpg is at work
    void finished(); // saved, SHA-256 equal to the server's, recorded; old copies pruned
    void failed(const TransferError &error);

private:
    void onFinished();
    void encrypt(const SecretBytes &passphrase);
    void end();
    QString notEncrypted(const QString &why) const;

    QString m_root;
    QString m_server;
    BundleLine m_bundle;
    QString m_localPath;
    int m_keep = 0;
    QPointer<SftpDownload> m_download;
    TransferRate m_rate;
    qint64 m_done = 0;
    qint64 m_total = -1;
    QStringList m_removed;
    QString m_pruneError;
    bool m_encrypt;
    bool m_encrypted = false;
    QString m_encryptionError;
    FileWorkJob *m_cipher = nullptr;
};

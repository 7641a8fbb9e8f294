#pragma once

#include "backups/DesktopCopy.h"
#include "common/SecretBytes.h"

#include <QList>
#include <QString>
#include <QStringList>

// The folder on this computer that keeps the bundles copied off the servers:
//   ROOT/<server folder>/mastodon-bundle-HOST-STAMP.tar       0600
//   ROOT/<server folder>/mastodon-bundle-HOST-STAMP.tar.sha256 0600, "HEX  NAME.tar" (sha256sum -c reads it)
//   ROOT/<server folder>/mastodon-bundle-HOST-STAMP.tar.gpg   0600, instead of NAME.tar when the copies are
//                                                              encrypted (CopyCipher); the .sha256 is NAME.tar's
// ROOT and the server folders are 0700: a bundle holds the server's secrets
// (.env.production, the database), so only this user may read it.
class DesktopBackupFolder
{
public:
    explicit DesktopBackupFolder(const QString &root);

    QString root() const { return m_root; }
    // The folder of one server: its name where the file system takes it as is,
    // otherwise the unsafe characters replaced and a short hash of the name added.
    QString serverDir(const QString &serverName) const;
    static QString folderNameFor(const QString &serverName);

    // Creates ROOT and the server's folder (0700, also when they existed with wider modes).
    bool prepare(const QString &serverName, QString *error) const;
    QString pathFor(const QString &serverName, const QString &bundleFileName) const;

    // The server's copies, newest first (by the stamp in the name, else by file time).
    QList<DesktopCopy> list(const QString &serverName) const;
    // Every finished copy here that is not encrypted, of every server's folder.
    QList<DesktopCopy> plainCopies() const;
    // When the server made the newest finished copy among COPIES (its .sha256 recorded; dated
    // by the bundle's name, else the file's time); invalid when there is none.
    static QDateTime newestMade(const QList<DesktopCopy> &copies);
    // One bundle file anywhere (a copy chosen for a restore), with its recorded checksum.
    static DesktopCopy copyAt(const QString &path);
    // Writes NAME.tar.sha256 beside a finished copy (atomically, 0600).
    static bool recordChecksum(const QString &copyPath, const QString &sha256, QString *error);
    // Removes the oldest finished copies beyond KEEP (>= 1), with their .sha256 files;
    // returns the file names removed. Unfinished downloads (.part) are left alone.
    QStringList prune(const QString &serverName, int keep, QString *error) const;
    // Reads the copy and compares with its recorded SHA-256 (false if none is recorded). An
    // encrypted copy is read through gpg with PASSPHRASE; without one it is not read. *ERROR
    // tells why it could not be read (an unequal checksum is no error).
    static bool verify(const DesktopCopy &copy, QString *actualSha256, const SecretBytes *passphrase = nullptr,
                       QString *error = nullptr);

    // A name backup.bundle gives a bundle (mastodon-bundle-….tar): what a restore accepts.
    static bool isBundleName(const QString &bundleFileName);
    // The stamp of mastodon-bundle-HOST-YYYYMMDDTHHMMSSZ.tar, as UTC; invalid otherwise.
    static QDateTime stampOf(const QString &bundleFileName);

private:
    QString m_root;
};

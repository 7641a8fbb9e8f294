#pragma once

#include <QDateTime>
#include <QString>

// One backup bundle copied off a server onto this computer (DesktopBackupFolder).
struct DesktopCopy
{
    // What Hoshu knows about the copy's checksum without reading it again.
    enum class Checksum {
        Recorded, // NAME.tar.sha256 beside it names a SHA-256, and the sizes agree with the download
        Missing, // no NAME.tar.sha256: not a finished download (or copied in by hand)
        Unreadable, // NAME.tar.sha256 is not "<64 hex>  NAME.tar"
    };

    QString path; // absolute, NAME.tar or NAME.tar.gpg
    QString fileName;
    QString bundleName; // NAME.tar, the server's name for it, also when the copy is encrypted
    bool encrypted = false; // NAME.tar.gpg: opened with the copies' passphrase (CopyCipher)
    qint64 size = 0;
    QDateTime madeUtc; // from the bundle's name (when the server made it); invalid if the name has no stamp
    QDateTime modified; // the file's own time
    QString sha256; // from NAME.tar.sha256 (Recorded only): of the bundle itself, before any encryption
    Checksum checksum = Checksum::Missing;

    QString checksumPath() const; // NAME.tar.sha256 beside it
    // Where an encrypted copy is opened for a restore: .NAME.tar.opened beside it (hidden, 0600,
    // removed once sent).
    QString openedPath() const;
    static QString checksumId(Checksum c); // "recorded", "missing", "unreadable"
};

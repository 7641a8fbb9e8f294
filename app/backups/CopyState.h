#pragma once

#include "backups/BundleLine.h"
#include "backups/DesktopCopy.h"
#include "common/SecretBytes.h"

#include <QCoreApplication>
#include <QString>

// What Hoshu can say about one copy on this computer (DesktopBackupFolder), for
// hoshu-cli backups and the GUI's Backups tab alike: its checksum recorded at the
// download, read again and found equal (verified) or not (damaged), or not there.
class CopyState
{
    Q_DECLARE_TR_FUNCTIONS(CopyState)

public:
    enum class State {
        Recorded, // NAME.tar.sha256 names the SHA-256 the download checked
        Verified, // the file was read again and is what was copied
        Damaged, // the file was read again and is NOT what was copied
        Missing, // no NAME.tar.sha256: an unfinished copy, or one put there by hand
        Unreadable, // NAME.tar.sha256 is not "<64 hex>  NAME.tar"
        Unopenable, // encrypted, and gpg could not open it (no passphrase, another one, no gpg)
    };

    // From the copy's record; with verify, a recorded copy is read again (slow: the whole file),
    // an encrypted one through gpg with PASSPHRASE.
    static State of(const DesktopCopy &copy, bool verify, const SecretBytes *passphrase = nullptr);
    static QString id(State state); // recorded, verified, mismatch, missing, unreadable, unopenable (the JSON's words)
    static QString text(State state); // for people, translated
    // The server's bundle and the copy are the same file: same name, same recorded SHA-256.
    static bool sameBundle(const BundleLine &bundle, const DesktopCopy &copy);
};

#pragma once

#include <QString>

// The folder on this computer that keeps the bundles copied off the servers: one choice for
// the GUI and hoshu-cli alike. The folder chosen in Settings (kept in hoshu.ini in the config
// folder, so hoshu-cli sees it), else AppPaths::backupCopiesDir() ($HOSHU_BACKUP_DIR or the
// user's data folder).
class CopiesFolder
{
public:
    static QString current();
    static bool isChosen();
    // An empty path, or the default itself, goes back to the default. False with a reason
    // when the choice could not be written.
    static bool choose(const QString &folder, QString *error);
    static QString settingsFile(); // <config>/hoshu.ini

    // While the GUI runs, the newest bundle of a server that already has a copy here is
    // copied here once a day (the first copy of a server is always the user's own choice).
    static bool keepsUpToDate(); // default on
    static bool setKeepsUpToDate(bool on, QString *error);

    // Copies made from now on are encrypted with the passphrase in the keychain
    // (CopiesPassphrase, CopyCipher): NAME.tar.gpg beside NAME.tar.sha256. Default off.
    static bool encrypts();
    static bool setEncrypts(bool on, QString *error);
};

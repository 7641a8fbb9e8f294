#pragma once

#include <QCoreApplication>
#include <QStringList>

// `hoshu-cli copies`: where the backup copies on this computer are kept and whether they are
// encrypted; `copies encrypt --passphrase-stdin` encrypts the copies made from now on with a
// passphrase kept in the keychain (the same setting as the GUI's), `copies encrypt --off`
// stops (the passphrase stays in the keychain: the copies made before still need it);
// `copies encrypt --existing` encrypts the copies made before encryption was on.
class CopiesCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopiesCommand)

public:
    static int run(const QStringList &args);

private:
    static int show(bool json);
    static int encryptFromStdin(); // --passphrase-stdin
    static int encryptNoMore();    // --off
    static int encryptExisting(); // the plain copies already here, with the keychain's passphrase
};

#pragma once

#include "common/SecretBytes.h"

#include <QCoreApplication>
#include <QString>

// Encrypts and opens the copies on this computer with a passphrase, through gpg (GpgProgram):
// OpenPGP symmetric, AES-256, no compression (a bundle is compressed already). The result is a
// plain .gpg file that `gpg -d NAME.tar.gpg > NAME.tar` opens without Hoshu. Blocking: call it
// from a worker thread (FileWorkJob) or from hoshu-cli. Output is written as PATH.part (0600 from
// the start) and renamed only when gpg succeeded, so a failure never leaves a half file.
class CopyCipher
{
    Q_DECLARE_TR_FUNCTIONS(CopyCipher)

public:
    static QString suffix() { return QStringLiteral(".gpg"); }

    static bool encrypt(const QString &plainPath, const QString &encryptedPath, const SecretBytes &passphrase,
                        QString *error);
    // *WRONGPASSPHRASE: it failed because the passphrase is not the one it was made with.
    static bool decrypt(const QString &encryptedPath, const QString &plainPath, const SecretBytes &passphrase,
                        QString *error, bool *wrongPassphrase = nullptr);
    // A plain copy becomes PLAIN.gpg: encrypted, then the plain file removed (when it cannot
    // go, the encrypted one goes instead: one copy, never two).
    static bool sealCopy(const QString &plainPath, const SecretBytes &passphrase, QString *error);
    // The SHA-256 (hex) of what ENCRYPTED holds, read through gpg and written nowhere.
    static bool decryptedSha256(const QString &encryptedPath, const SecretBytes &passphrase, QString *sha256,
                                QString *error);

    // Why PASSPHRASE cannot protect the copies (translated), empty when it can: gpg reads
    // one line, and a short one is guessed.
    static QString passphraseProblem(const SecretBytes &passphrase);
    static constexpr int MinimumLength = 8;
};

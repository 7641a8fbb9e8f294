#pragma once

#include <QString>
#include <QStringList>

// The gpg program that encrypts the copies on this computer. OpenPGP, so that a user opens a
// copy without Hoshu (gpg -d NAME.tar.gpg > NAME.tar, or Kleopatra / GPG Suite). Found on
// PATH or where Gpg4win, GPG Suite, MacPorts and Homebrew install it; $HOSHU_GPG names
// another program (tests use it to take gpg away).
class GpgProgram
{
public:
    static QString path(); // empty: no gpg here
    static bool isAvailable() { return !path().isEmpty(); }
    // Why the copies cannot be encrypted here, translated ("install GnuPG…").
    static QString missingReason();
    // The arguments every run starts with: no gpg.conf of the user's, no questions, the
    // passphrase on standard input (its first line), and not kept by gpg-agent afterwards.
    static QStringList baseArguments();
};

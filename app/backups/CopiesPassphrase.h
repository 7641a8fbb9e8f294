#pragma once

#include "common/SecretBytes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

// The passphrase the copies on this computer are encrypted with. Kept in the keychain only
// (SecretStore::Kind::CopiesPassphrase), read when a copy is encrypted or opened, never
// stored by Hoshu anywhere else.
class CopiesPassphrase
{
    Q_DECLARE_TR_FUNCTIONS(CopiesPassphrase)

public:
    using Done = std::function<void(bool found, const SecretBytes &passphrase, const QString &error)>;
    // Reads it, then calls DONE in CONTEXT's thread (never when CONTEXT is gone by then).
    static void fetch(QObject *context, const Done &done);
    // Keeps PASSPHRASE in the keychain, then calls STORED (same rules as fetch).
    static void store(QObject *context, const SecretBytes &passphrase,
                      const std::function<void(bool ok, const QString &error)> &stored);
    // For hoshu-cli (never on the GUI thread).
    static bool readBlocking(SecretBytes *passphrase, QString *error);
    static bool storeBlocking(const SecretBytes &passphrase, QString *error);
};

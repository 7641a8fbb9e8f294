#include "backups/CopiesPassphrase.h"

#include "servers/SecretStore.h"

#include <QPointer>

namespace {
using Kind = SecretStore::Kind;
const QString Owner = QStringLiteral("copies"); // no server: SecretStore::keyFor gives "copies/passphrase"

// Why no passphrase came: not there (an empty entry is none), or the keychain's own reason.
QString whyMissing(SecretStore::Status status, const QString &message)
{
    if (status != SecretStore::Status::NotFound && status != SecretStore::Status::Ok)
        return message;
    return CopiesPassphrase::tr("The passphrase of the encrypted copies is not in the keychain. Set it again in "
                                "Settings (or: hoshu-cli copies encrypt --passphrase-stdin).");
}
} // namespace

void CopiesPassphrase::fetch(QObject *context, const Done &done)
{
    auto *store = new SecretStore;
    QPointer<QObject> guard(context);
    QObject::connect(store, &SecretStore::readFinished, store,
                     [store, guard, done](const QString &, Kind kind, SecretStore::Status status,
                                          const SecretBytes &secret, const QString &message) {
                         if (kind != Kind::CopiesPassphrase)
                             return;
                         store->deleteLater();
                         if (!guard)
                             return;
                         const bool found = status == SecretStore::Status::Ok && !secret.isEmpty();
                         done(found, secret, found ? QString() : whyMissing(status, message));
                     });
    store->read(Owner, Kind::CopiesPassphrase);
}

void CopiesPassphrase::store(QObject *context, const SecretBytes &passphrase,
                             const std::function<void(bool ok, const QString &error)> &stored)
{
    auto *store = new SecretStore;
    QPointer<QObject> guard(context);
    QObject::connect(store, &SecretStore::writeFinished, store,
                     [store, guard, stored](const QString &, Kind kind, SecretStore::Status status, const QString &message) {
                         if (kind != Kind::CopiesPassphrase)
                             return;
                         store->deleteLater();
                         if (guard)
                             stored(status == SecretStore::Status::Ok, message);
                     });
    store->write(Owner, Kind::CopiesPassphrase, passphrase);
}

bool CopiesPassphrase::readBlocking(SecretBytes *passphrase, QString *error)
{
    SecretStore store;
    QString message;
    const SecretStore::Status status = store.readBlocking(Owner, Kind::CopiesPassphrase, passphrase, &message);
    if (status == SecretStore::Status::Ok && !passphrase->isEmpty())
        return true;
    if (error)
        *error = whyMissing(status, message);
    return false;
}

bool CopiesPassphrase::storeBlocking(const SecretBytes &passphrase, QString *error)
{
    SecretStore store;
    QString message;
    if (store.writeBlocking(Owner, Kind::CopiesPassphrase, passphrase, &message) == SecretStore::Status::Ok)
        return true;
    if (error)
        *error = message;
    return false;
}

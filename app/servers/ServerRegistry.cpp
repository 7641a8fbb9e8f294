#include "ServerRegistry.h"

#include "servers/ProfileStore.h"

ServerRegistry::ServerRegistry(ProfileStore *store, SecretStore *secrets, SecretCalls calls, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_calls(calls)
{
}

QList<SecretStore::Kind> ServerRegistry::secretKinds()
{
    return {SecretStore::Kind::Password, SecretStore::Kind::KeyPassphrase, SecretStore::Kind::SudoPassword};
}

QString ServerRegistry::readOnlyMessage()
{
    return tr("The server list was written by a newer Hoshu and is not changed by this one.");
}

QStringList ServerRegistry::namesExcept(const QString &exceptId) const
{
    QStringList names;
    for (const ServerProfile &p : m_store->profiles()) {
        if (exceptId.isEmpty() || p.id != exceptId)
            names << p.name;
    }
    return names;
}

std::optional<ServerProfile> ServerRegistry::add(const ServerProfile &profile, QString *error)
{
    if (!m_store->add(profile, error))
        return std::nullopt;
    saveWaiting();
    const std::optional<ServerProfile> added = m_store->findByName(profile.name);
    if (added)
        Q_EMIT serverAdded(*added);
    return added;
}

bool ServerRegistry::update(const ServerProfile &profile, QString *error)
{
    if (!m_store->update(profile, error))
        return false;
    saveWaiting();
    Q_EMIT serverUpdated(m_store->findById(profile.id).value_or(profile));
    return true;
}

bool ServerRegistry::remove(const QString &id, QString *error)
{
    const std::optional<ServerProfile> profile = m_store->findById(id);
    if (!profile || !m_store->remove(id)) {
        if (error)
            *error = m_store->isReadOnly() ? readOnlyMessage()
                                           : tr("There is no such server (it may have been removed meanwhile).");
        return false;
    }
    // The secrets go once the removal is written: a server still in the file keeps them.
    if (saveWaiting()) {
        for (SecretStore::Kind kind : secretKinds())
            forgetSecret(id, kind);
    }
    Q_EMIT serverRemoved(id, profile->name);
    return true;
}

SecretStore::Status ServerRegistry::storeSecret(const QString &id, SecretStore::Kind kind, const SecretBytes &secret,
                                                QString *message)
{
    if (m_calls == SecretCalls::Async) {
        m_secrets->write(id, kind, secret);
        return SecretStore::Status::Ok;
    }
    QString text;
    const SecretStore::Status status = m_secrets->writeBlocking(id, kind, secret, &text);
    if (message)
        *message = text.isEmpty() && status != SecretStore::Status::Ok ? SecretStore::statusMessage(status) : text;
    return status;
}

void ServerRegistry::forgetSecret(const QString &id, SecretStore::Kind kind)
{
    if (m_calls == SecretCalls::Async) {
        m_secrets->remove(id, kind);
        return;
    }
    QString ignored; // "not found" is the common, fine case
    m_secrets->removeBlocking(id, kind, &ignored);
}

bool ServerRegistry::saveWaiting()
{
    QString error;
    if (m_store->save(&error))
        return true;
    Q_EMIT saveFailed(error);
    return false;
}

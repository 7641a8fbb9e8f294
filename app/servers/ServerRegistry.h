#pragma once

#include "common/SecretBytes.h"
#include "servers/SecretStore.h"
#include "servers/ServerProfile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class ProfileStore;

// Adds, edits and removes servers: the one place that changes a server across
// the ProfileStore (written at once, under its lock, onto the file as it is
// now) and the SecretStore (a removed server's secrets go with it). The GUI
// (ServerListController) and hoshu-cli (ServerCommands) both use it; the signals
// tell the GUI what happened so it can update its workspaces and models.
//
// Secrets: Async for the GUI thread (results come as SecretStore signals),
// Blocking for hoshu-cli (each call waits for the keychain).
class ServerRegistry : public QObject
{
    Q_OBJECT

public:
    enum class SecretCalls { Async, Blocking };

    ServerRegistry(ProfileStore *store, SecretStore *secrets, SecretCalls calls, QObject *parent = nullptr);

    ProfileStore *store() const { return m_store; }
    SecretStore *secrets() const { return m_secrets; }

    // Every kind of secret a server may have in the keychain.
    static QList<SecretStore::Kind> secretKinds();

    // Translated: why a read-only list (ProfileStore::isReadOnly) is not changed.
    static QString readOnlyMessage();

    // Names other than the server `exceptId`'s, for a dialog's uniqueness check.
    QStringList namesExcept(const QString &exceptId = QString()) const;

    // The stored profile (with its new id), or nothing with a translated error
    // (invalid, name taken, read-only list, lock or write failed): then nothing
    // was written. -> serverAdded
    std::optional<ServerProfile> add(const ServerProfile &profile, QString *error);
    // By id; only the fields changed since the caller's copy are written over
    // what another process wrote meanwhile. -> serverUpdated
    bool update(const ServerProfile &profile, QString *error);
    // The server and all its secrets. False with a translated error for an
    // unknown id or a read-only list; then nothing changed. When the list cannot
    // be written now, the removal waits in the store (the next save retries it)
    // and the secrets stay, so a server still in the file keeps them: the result
    // is still true (it is gone from profiles()), and saveFailed tells why.
    // -> serverRemoved
    bool remove(const QString &id, QString *error);

    // Blocking: the keychain's answer; Async: Ok at once, the answer comes as
    // SecretStore::writeFinished. `message` may be null.
    SecretStore::Status storeSecret(const QString &id, SecretStore::Kind kind, const SecretBytes &secret,
                                    QString *message);
    // Removing a secret that is not stored is fine ("not found" counts as gone).
    void forgetSecret(const QString &id, SecretStore::Kind kind);

Q_SIGNALS:
    void serverAdded(const ServerProfile &profile);
    void serverUpdated(const ServerProfile &profile);
    void serverRemoved(const QString &id, const QString &name);
    // A change could not be written yet (translated); it waits in the store.
    void saveFailed(const QString &message);

private:
    bool saveWaiting(); // false after saveFailed

    ProfileStore *m_store;
    SecretStore *m_secrets;
    SecretCalls m_calls;
};

#pragma once

#include <QCoreApplication>
#include <QStringList>

class ProfileStore;
class SecretStore;

// `hoshu-cli server add|list|remove`.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)

public:
    static int add(ProfileStore &store, SecretStore &secrets, const QStringList &args);
    static int list(const ProfileStore &store, const QStringList &args);
    static int remove(ProfileStore &store, SecretStore &secrets, const QStringList &args);
    // server renewal NAME WHAT --due YYYY-MM-DD: what renewal.due reminds of (rent,
    // domain), added or moved; also how a renewal paid at the provider is recorded.
    static int renewal(ProfileStore &store, SecretStore &secrets, const QStringList &args);
};

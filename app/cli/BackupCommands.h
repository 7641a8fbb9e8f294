#pragma once

#include <QCoreApplication>
#include <QStringList>

class Catalog;
class ProfileStore;
class SecretStore;

// `hoshu-cli backup | backups | drill | restore`: the command lines of the backup commands.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    // backup NAME [--download DIR] [--keep N] [--newest] [--media] [--param KEY=VALUE]...
    static int backup(const ProfileStore &store, SecretStore &secrets, const Catalog &catalog, const QStringList &args);
    // backups NAME [--copies DIR] [--verify] [--json] [--param dir=DIR]
    static int backups(const ProfileStore &store, SecretStore &secrets, const Catalog &catalog, const QStringList &args);
    // drill NAME [--param bundle=PATH] [--param dir=DIR]
    static int drill(const ProfileStore &store, SecretStore &secrets, const Catalog &catalog, const QStringList &args);
    // restore NAME BUNDLE --confirm NAME
    static int restore(const ProfileStore &store, SecretStore &secrets, const Catalog &catalog, const QStringList &args);
};

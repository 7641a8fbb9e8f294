#include "ssh/ConnectionParams.h"

#include "common/AppPaths.h"


QString ConnectionParams::effectiveKnownHostsFile() const
{
    return knownHostsFile.isEmpty() ? AppPaths::knownHostsFile() : knownHostsFile;
}

QString ConnectionParams::effectiveUserKnownHostsFile() const
{
    if (userKnownHostsFile.isNull())
        return AppPaths::userSshDir() + QStringLiteral("/known_hosts");
    return userKnownHostsFile;
}

QString ConnectionParams::effectiveSshConfigFile() const
{
    if (sshConfigFile.isNull())
        return AppPaths::userSshDir() + QStringLiteral("/config");
    return sshConfigFile;
}

void ConnectionParams::wipeSecrets()
{
    password.clear();
    keyPassphrase.clear();
}

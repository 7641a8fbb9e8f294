#include "ssh/ConnectionParams.h"

#include "common/AppPaths.h"

#include <cstring>

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
    wipe(password);
    wipe(keyPassphrase);
}

void ConnectionParams::wipe(QByteArray &secret)
{
    if (!secret.isEmpty()) {
        secret.detach();
        // volatile so the compiler cannot drop the store as dead.
        volatile char *p = secret.data();
        for (qsizetype i = 0; i < secret.size(); ++i)
            p[i] = 0;
    }
    secret.clear();
}

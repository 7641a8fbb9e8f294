#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

QString AppPaths::configDir()
{
    const QString fromEnv = qEnvironmentVariable("HOSHU_CONFIG_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir::cleanPath(base + QStringLiteral("/hoshu"));
}

QString AppPaths::profilesFile()
{
    return configDir() + QStringLiteral("/servers.json");
}

QString AppPaths::knownHostsFile()
{
    return configDir() + QStringLiteral("/known_hosts");
}

QString AppPaths::historyDatabase()
{
    return configDir() + QStringLiteral("/history.sqlite");
}

QString AppPaths::logsDir()
{
    return configDir() + QStringLiteral("/logs");
}

QString AppPaths::auditLogFile()
{
    return logsDir() + QStringLiteral("/audit.jsonl");
}

QString AppPaths::backupCopiesDir()
{
    const QString fromEnv = qEnvironmentVariable("HOSHU_BACKUP_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir::cleanPath(base + QStringLiteral("/hoshu/backups"));
}

QString AppPaths::userSshDir()
{
    return QDir::homePath() + QStringLiteral("/.ssh");
}

bool AppPaths::ensureConfigDir(QString *error)
{
    const QString dir = configDir();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QCoreApplication::translate("AppPaths", "Cannot create the folder %1.").arg(dir);
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

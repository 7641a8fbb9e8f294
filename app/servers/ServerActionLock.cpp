#include "servers/ServerActionLock.h"

#include "common/AppPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>

ServerActionLock::ServerActionLock(const QString &serverId, const QString &serverName)
    : m_serverName(serverName)
    , m_lock(lockFilePathFor(serverId), 0) // an action may run for an hour: never stale by age
{
}

ServerActionLock::~ServerActionLock()
{
    release();
}

QString ServerActionLock::lockFilePathFor(const QString &serverId)
{
    // Ids are UUIDs (ServerProfile::validate); anything else is hashed so it can never name another path.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    const QString name = safe.match(serverId).hasMatch()
        ? serverId
        : QString::fromLatin1(QCryptographicHash::hash(serverId.toUtf8(), QCryptographicHash::Sha256).toHex());
    return AppPaths::configDir() + QStringLiteral("/locks/") + name + QStringLiteral(".lock");
}

bool ServerActionLock::tryAcquire(QString *error)
{
    if (m_lock.isLocked())
        return true;
    if (m_lock.tryLock(0))
        return true;
    QString ignored;
    QString &err = error ? *error : ignored;
    switch (m_lock.error()) {
    case QLockFile::LockFailedError:
        err = tr("Another action that changes “%1” is running (in %2). Only one such action runs on a "
                 "server at a time: wait for it to finish, then try again.")
                  .arg(m_serverName, m_lock.holder());
        break;
    case QLockFile::PermissionError:
        err = tr("The action on “%1” was not started: Hoshu may not create its lock file %2.")
                  .arg(m_serverName, QDir::toNativeSeparators(m_lock.path()));
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        err = tr("The action on “%1” was not started: its lock file %2 cannot be created.")
                  .arg(m_serverName, QDir::toNativeSeparators(m_lock.path()));
        break;
    }
    return false;
}

void ServerActionLock::release()
{
    m_lock.unlock();
}

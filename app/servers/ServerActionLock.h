#pragma once

#include "servers/FileLock.h"

#include <QCoreApplication>
#include <QString>

// "One changing action per server at a time", across processes: the GUI and
// every hoshu-cli take this lock (AppPaths::configDir()/locks/<server id>.lock)
// for the whole run of an action that may change the server, and release it
// when the run ends. Read-only probes do not take it.
// A holder that crashed (its process is gone, or the machine rebooted) does not
// block: its lock is taken over. A live holder is never presumed stale by age,
// however long its action runs. Released on destruction.
class ServerActionLock
{
    Q_DECLARE_TR_FUNCTIONS(ServerActionLock)

public:
    ServerActionLock(const QString &serverId, const QString &serverName);
    ~ServerActionLock();
    ServerActionLock(const ServerActionLock &) = delete;
    ServerActionLock &operator=(const ServerActionLock &) = delete;

    // Does not wait. False with a translated message naming the server and,
    // when the lock file tells, the program holding it.
    bool tryAcquire(QString *error);
    void release();
    bool isHeld() const { return m_lock.isLocked(); }

    QString lockFilePath() const { return m_lock.path(); }
    static QString lockFilePathFor(const QString &serverId);

private:
    QString m_serverName;
    FileLock m_lock;
};

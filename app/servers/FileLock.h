#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

// A lock between Hoshu processes (the GUI, any number of hoshu-cli), as a
// QLockFile. A holder that crashed is detected and its lock taken over: on the
// same machine when its process is gone (or the machine rebooted), and in any
// case once the lock is older than staleAfterMs (0: never by age, for locks
// held for minutes). Creates the lock's folder (mode 0700) when missing.
class FileLock
{
    Q_DECLARE_TR_FUNCTIONS(FileLock)

public:
    FileLock(const QString &path, int staleAfterMs);

    QString path() const { return m_path; }
    // Waits up to timeoutMs (0: one attempt). After false, error() says why.
    bool tryLock(int timeoutMs);
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }
    QLockFile::LockError error() const { return m_error; }

    // After a failed tryLock(): who holds the lock, translated, e.g.
    // "hoshu-cli, process 1234" (or "... on host" for another machine), or
    // "an unknown program" when the lock file does not tell.
    QString holder() const;

private:
    QString m_path;
    QLockFile m_lock;
    QLockFile::LockError m_error = QLockFile::NoError;
};

#pragma once

#include <QProcess>
#include <QStringList>

// Runs tests/unit/lock_holder (path in $HOSHU_LOCK_HOLDER): another process
// holding a lock, until release() or crash().
class LockHolderProcess
{
public:
    LockHolderProcess() = default;
    ~LockHolderProcess();
    LockHolderProcess(const LockHolderProcess &) = delete;
    LockHolderProcess &operator=(const LockHolderProcess &) = delete;

    // True once the helper says it holds the lock; else *error tells why.
    bool start(const QStringList &args, QString *error);
    qint64 pid() const { return m_process.processId(); }
    void release(); // closes its stdin: it unlocks and exits
    void crash();   // SIGKILL: the lock file stays behind, as after a crash

private:
    QProcess m_process;
};

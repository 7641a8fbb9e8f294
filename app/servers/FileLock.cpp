#include "servers/FileLock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

FileLock::FileLock(const QString &path, int staleAfterMs)
    : m_path(path)
    , m_lock(path)
{
    m_lock.setStaleLockTime(staleAfterMs);
}

bool FileLock::tryLock(int timeoutMs)
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir)) {
            m_error = QLockFile::PermissionError;
            return false;
        }
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // QLockFile's own waiting doubles its sleep up to 5 s, so a process that
    // takes and drops the lock often (the GUI, hoshu-cli in a script loop) can
    // starve a waiter. Holders keep it for milliseconds: try again every 5-25 ms.
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (m_lock.tryLock(0)) {
            m_error = QLockFile::NoError;
            return true;
        }
        m_error = m_lock.error();
        if (m_error != QLockFile::LockFailedError || deadline.hasExpired())
            return false;
        const int pause = 5 + int(QRandomGenerator::global()->bounded(20));
        QThread::msleep(ulong(qMin<qint64>(pause, qMax<qint64>(1, deadline.remainingTime()))));
    }
}

void FileLock::unlock()
{
    m_lock.unlock();
}

QString FileLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock.getLockInfo(&pid, &host, &app))
        return tr("an unknown program");
    // The name comes from the lock file, which anyone with access to the folder can write: keep it short and plain.
    app = app.left(64);
    app.removeIf([](QChar c) { return !c.isPrint(); });
    if (app.isEmpty())
        app = tr("an unknown program");
    if (pid == QCoreApplication::applicationPid() && (host.isEmpty() || host == QSysInfo::machineHostName()))
        return tr("this %1 itself, process %2").arg(app).arg(pid);
    if (!host.isEmpty() && host != QSysInfo::machineHostName()) {
        host = host.left(64);
        host.removeIf([](QChar c) { return !c.isPrint(); });
        return tr("%1, process %2 on %3").arg(app).arg(pid).arg(host);
    }
    return tr("%1, process %2").arg(app).arg(pid);
}

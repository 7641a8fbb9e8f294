#include "ssh/SshThreadReaper.h"

#include "ssh/SocketAborter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

SshThreadReaper &SshThreadReaper::instance()
{
    static SshThreadReaper reaper;
    return reaper;
}

SshThreadReaper::~SshThreadReaper()
{
    finish();
}

void SshThreadReaper::adopt(QThread *thread, std::shared_ptr<SocketAborter> aborter)
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.append({thread, aborter});
    }
    // Direct: finished is emitted in the dying thread; forget() only takes the lock.
    QObject::connect(thread, &QThread::finished, thread, [this, thread] { forget(thread); }, Qt::DirectConnection);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    std::weak_ptr<SocketAborter> weak = aborter;
    QTimer::singleShot(GraceMs, thread, [weak] {
        if (auto a = weak.lock())
            a->abort(); // still closing: stop waiting for a server that does not answer
    });
    QCoreApplication *app = QCoreApplication::instance();
    if (app && !m_watchingQuit) {
        m_watchingQuit = true;
        QObject::connect(app, &QCoreApplication::aboutToQuit, app, [this] { finish(); });
    }
}

int SshThreadReaper::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

void SshThreadReaper::forget(QThread *thread)
{
    QMutexLocker lock(&m_mutex);
    m_entries.removeIf([thread](const Entry &e) { return e.thread == thread; });
}

void SshThreadReaper::finish(int graceMs)
{
    QList<Entry> entries;
    {
        QMutexLocker lock(&m_mutex);
        entries = m_entries;
    }
    if (entries.isEmpty())
        return;
    if (graceMs > 0) {
        const QDeadlineTimer grace(graceMs);
        for (const Entry &e : std::as_const(entries))
            e.thread->wait(grace); // closing on its own: channels closed, the server told
    }
    for (const Entry &e : std::as_const(entries))
        e.aborter->abort();
    const QDeadlineTimer deadline(ExitWaitMs);
    for (const Entry &e : std::as_const(entries)) {
        if (e.thread->wait(deadline)) {
            forget(e.thread);
            delete e.thread;
        }
    }
}

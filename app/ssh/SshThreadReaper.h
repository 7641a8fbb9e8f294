#pragma once

#include <QList>
#include <QMutex>

#include <memory>

class QThread;
class SocketAborter;

// Takes the worker threads of destroyed connections and lets them finish their
// graceful close (kill scripts, channel closes) on their own, so that dropping a
// connection never blocks the caller's thread. A thread still closing after
// GraceMs has its socket pulled. At exit, finish() waits a bounded time for the rest.
class SshThreadReaper
{
public:
    static constexpr int GraceMs = 2000;
    static constexpr int ExitWaitMs = 1500;

    static SshThreadReaper &instance();

    void adopt(QThread *thread, std::shared_ptr<SocketAborter> aborter);
    int pendingCount() const; // threads still closing
    // Waits (at most ExitWaitMs after aborting them) for every adopted thread; with
    // graceMs, first that long for them to close gracefully. Threads stuck even then
    // (e.g. in getaddrinfo) are left to the OS at exit. A program without an event loop's
    // exec() (hoshu-cli) calls it before it returns: after main, the threads would run on
    // while QCoreApplication and the libraries' globals are torn down.
    void finish(int graceMs = 0);

private:
    SshThreadReaper() = default;
    ~SshThreadReaper();
    void forget(QThread *thread);

    struct Entry
    {
        QThread *thread;
        std::shared_ptr<SocketAborter> aborter;
    };
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
    bool m_watchingQuit = false; // GUI thread only
};

#pragma once

#include <QMutex>
#include <QtGlobal>

#include <atomic>

// Lets another thread break a worker out of a blocking libssh call (connect/auth
// phase) by shutting the socket down underneath it. Shared between the facade and
// the worker so it stays valid whichever of them goes first.
class SocketAborter
{
public:
    void setSocket(qintptr fd); // worker thread
    void clearSocket();         // worker thread, before libssh closes the socket
    void abort();               // any thread
    bool isAborted() const;

private:
    mutable QMutex m_mutex;
    qintptr m_fd = -1;
    std::atomic_bool m_aborted{false};
};

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
    enum class Reason { None, Closed, LoginTimeout };

    void setSocket(qintptr fd); // worker thread
    void clearSocket();         // worker thread, before libssh closes the socket
    void reset();               // worker thread, before a new connection attempt
    void abort(Reason reason = Reason::Closed); // any thread
    bool isAborted() const { return reason() != Reason::None; }
    Reason reason() const { return m_reason; }

private:
    mutable QMutex m_mutex;
    qintptr m_fd = -1;
    std::atomic<Reason> m_reason{Reason::None};
};

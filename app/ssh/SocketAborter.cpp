#include "ssh/SocketAborter.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

void SocketAborter::setSocket(qintptr fd)
{
    QMutexLocker lock(&m_mutex);
    m_fd = fd;
}

void SocketAborter::clearSocket()
{
    QMutexLocker lock(&m_mutex);
    m_fd = -1;
}

void SocketAborter::reset()
{
    // A close wins over everything; only a login timeout is forgotten by a new attempt.
    Reason expected = Reason::LoginTimeout;
    m_reason.compare_exchange_strong(expected, Reason::None);
}

void SocketAborter::abort(Reason reason)
{
    Reason expected = Reason::None;
    m_reason.compare_exchange_strong(expected, reason);
    QMutexLocker lock(&m_mutex);
    if (m_fd < 0)
        return;
    // Only shutdown, never close: the descriptor still belongs to libssh.
#ifdef Q_OS_WIN
    ::shutdown(static_cast<SOCKET>(m_fd), SD_BOTH);
#else
    ::shutdown(static_cast<int>(m_fd), SHUT_RDWR);
#endif
}


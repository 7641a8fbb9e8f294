#include "backups/TransferRate.h"

void TransferRate::start()
{
    m_clock.start();
    m_first = -1;
    m_done = 0;
    m_endMs = -1;
}

void TransferRate::progress(qint64 done)
{
    if (m_first < 0)
        m_first = done;
    m_done = done;
}

void TransferRate::end()
{
    if (m_clock.isValid() && m_endMs < 0)
        m_endMs = m_clock.elapsed();
}

qint64 TransferRate::bytesPerSecond(qint64 moved) const
{
    if (!m_clock.isValid())
        return 0;
    const qint64 ms = qMax<qint64>(1, m_endMs >= 0 ? m_endMs : m_clock.elapsed());
    const qint64 bytes = moved >= 0 ? moved : m_done - qMax<qint64>(0, m_first);
    return qMax<qint64>(0, bytes) * 1000 / ms;
}

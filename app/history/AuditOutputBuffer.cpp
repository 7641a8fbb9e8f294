#include "AuditOutputBuffer.h"

AuditOutputBuffer::AuditOutputBuffer(qsizetype cap)
    : m_cap(qMax<qsizetype>(cap, 2))
{
}

void AuditOutputBuffer::append(QByteArrayView data)
{
    m_total += data.size();
    const qsizetype headCap = m_cap - m_cap / 2;
    if (m_head.size() < headCap) {
        const qsizetype take = qMin(data.size(), headCap - m_head.size());
        m_head += data.first(take);
        data = data.sliced(take);
    }
    if (data.isEmpty())
        return;
    const qsizetype tailCap = m_cap / 2;
    if (data.size() >= tailCap) {
        m_tail = data.last(tailCap).toByteArray();
        return;
    }
    m_tail += data;
    // Trim only when twice the cap: amortised, not a move per chunk.
    if (m_tail.size() > 2 * tailCap)
        m_tail.remove(0, m_tail.size() - tailCap);
}

void AuditOutputBuffer::clear()
{
    m_head.clear();
    m_tail.clear();
    m_total = 0;
}

QByteArray AuditOutputBuffer::cutMark(qint64 cutBytes)
{
    return "\n\xe2\x80\xa6 " + QByteArray::number(cutBytes) + " bytes cut \xe2\x80\xa6\n";
}

QByteArray AuditOutputBuffer::bytes() const
{
    const qsizetype tailCap = m_cap / 2;
    const QByteArray tail = m_tail.size() > tailCap ? m_tail.right(tailCap) : m_tail;
    const qint64 cut = m_total - m_head.size() - tail.size();
    if (cut <= 0)
        return m_head + tail;
    return m_head + cutMark(cut) + tail;
}

#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The output of one run as the audit keeps it: everything up to a cap; past it,
// the first and the last half of the cap with a "… N bytes cut …" line between.
// Memory stays bounded however much a run prints.
class AuditOutputBuffer
{
public:
    static constexpr qsizetype kDefaultCap = 1024 * 1024;

    explicit AuditOutputBuffer(qsizetype cap = kDefaultCap);

    void append(QByteArrayView data);
    void clear();
    qint64 totalBytes() const { return m_total; }
    // What is kept: the whole output, or head + the cut mark + tail.
    QByteArray bytes() const;
    static QByteArray cutMark(qint64 cutBytes);

private:
    qsizetype m_cap;
    QByteArray m_head;
    QByteArray m_tail; // the last cap/2 bytes once the head is full (trimmed lazily)
    qint64 m_total = 0;
};

#include "LineBoundedDecoder.h"

#include <cstring>

LineBoundedDecoder::LineBoundedDecoder(int maxLineBytes)
    : m_maxLineBytes(qMax(1, maxLineBytes))
{
}

void LineBoundedDecoder::setMaxLineBytes(int bytes)
{
    m_maxLineBytes = qMax(1, bytes);
}

void LineBoundedDecoder::reset()
{
    m_decoder.resetState();
    m_carry.clear();
    m_lineBytes = 0;
}

void LineBoundedDecoder::keep(QList<Piece> &out, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    QString text = m_decoder.decode(bytes);
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().cutBytes == 0)
        out.last().text += text;
    else
        out.append(Piece{std::move(text), 0});
}

namespace {
// Bytes at the end of `bytes` that begin a character it does not finish (0-3).
qsizetype incompleteTail(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const uchar c = uchar(bytes[n - back]);
        if ((c & 0xc0) == 0x80)
            continue; // a continuation byte: the lead is further back
        const qsizetype length = c >= 0xf0 && c <= 0xf7 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}
} // namespace

QList<LineBoundedDecoder::Piece> LineBoundedDecoder::decode(QByteArrayView data)
{
    // A character begun in the previous chunk is finished here: join it first
    // (at most 3 bytes were held back, so only then is the chunk copied).
    QByteArray joined;
    if (!m_carry.isEmpty()) {
        joined = m_carry;
        joined.append(data);
        m_lineBytes -= m_carry.size(); // counted again below
        m_carry.clear();
        data = joined;
    }
    QList<Piece> out;
    const char *p = data.data();
    const qsizetype n = data.size();
    // '\n' and '\r' are single bytes that never occur inside a UTF-8 sequence, so
    // lines can be measured on the raw bytes, and the cut part never decoded.
    auto find = [p, n](char c, qsizetype from) {
        const void *hit = std::memchr(p + from, c, size_t(n - from));
        return hit ? qsizetype(static_cast<const char *>(hit) - p) : n;
    };
    qsizetype pos = 0;
    qsizetype keptFrom = 0; // start of the bytes still to decode
    qsizetype nl = -1;
    qsizetype cr = -1;
    while (pos < n) {
        if (nl < pos)
            nl = find('\n', pos);
        if (cr < pos)
            cr = find('\r', pos);
        const qsizetype brk = qMin(nl, cr); // n: the line goes on past this chunk
        const qint64 room = qint64(m_maxLineBytes) - m_lineBytes;
        if (brk - pos > room) {
            qsizetype keepEnd = pos + qsizetype(qMax<qint64>(0, room));
            while (keepEnd > pos && (uchar(p[keepEnd]) & 0xc0) == 0x80)
                --keepEnd; // not inside a character
            keep(out, QByteArrayView(p + keptFrom, keepEnd - keptFrom));
            const qint64 cut = brk - keepEnd;
            if (!out.isEmpty() && out.last().cutBytes > 0)
                out.last().cutBytes += cut;
            else
                out.append(Piece{QString(), cut});
            keptFrom = brk;
        }
        m_lineBytes += brk - pos;
        if (brk == n)
            break;
        m_lineBytes = 0; // the break itself is kept: it ends (or restarts) the line
        pos = brk + 1;
    }
    // Hold back a character this chunk does not finish; the decoder only ever
    // sees whole characters, so a cut never leaves half of one behind in it.
    QByteArrayView rest(p + keptFrom, n - keptFrom);
    const qsizetype tail = incompleteTail(rest);
    if (tail > 0) {
        m_carry = rest.last(tail).toByteArray();
        rest.chop(tail);
    }
    keep(out, rest);
    return out;
}

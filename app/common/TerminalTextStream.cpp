#include "TerminalTextStream.h"

#include "common/TerminalText.h"

#include <QString>

namespace {

bool isPlainAscii(QByteArrayView data)
{
    for (const char ch : data) {
        const auto c = uchar(ch);
        if ((c < 0x20 && c != '\n' && c != '\t') || c >= 0x7f)
            return false;
    }
    return true;
}

// Where an unfinished UTF-8 character at the end of `data` starts (data.size() if none).
qsizetype unfinishedTail(QByteArrayView data)
{
    qsizetype i = data.size();
    int continuation = 0;
    while (continuation < 3 && i > 0 && (uchar(data[i - 1]) & 0xC0) == 0x80) {
        --i;
        ++continuation;
    }
    if (i == 0)
        return data.size();
    const auto lead = uchar(data[i - 1]);
    int length = 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    return length > 1 && continuation + 1 < length ? i - 1 : data.size();
}

} // namespace

QByteArray TerminalTextStream::feed(QByteArrayView data)
{
    if (data.isEmpty())
        return {};
    if (m_carry.isEmpty() && isPlainAscii(data)) {
        if (m_afterCr && data.front() == '\n')
            data = data.sliced(1);
        m_afterCr = false;
        return data.toByteArray();
    }

    QByteArray bytes = m_carry + data.toByteArray();
    const qsizetype complete = unfinishedTail(bytes);
    m_carry = bytes.mid(complete);
    bytes.truncate(complete);

    const QString decoded = QString::fromUtf8(bytes);
    QString text;
    text.reserve(decoded.size());
    for (const QChar c : decoded) {
        if (c == u'\r') {
            text += u'\n';
            m_afterCr = true;
            continue;
        }
        if (!(c == u'\n' && m_afterCr))
            text += c;
        m_afterCr = false;
    }
    return TerminalText::escaped(text, TerminalText::LineBreaks::Keep).toUtf8();
}

QByteArray TerminalTextStream::finish()
{
    const QByteArray rest = m_carry;
    m_carry.clear();
    m_afterCr = false;
    if (rest.isEmpty())
        return {};
    return TerminalText::escaped(QString::fromUtf8(rest), TerminalText::LineBreaks::Keep).toUtf8();
}

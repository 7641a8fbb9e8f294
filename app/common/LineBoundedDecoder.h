#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringDecoder>

// Turns a stream of UTF-8 output (chunks as they arrive) into text, keeping at
// most maxLineBytes() bytes of each line: the rest of a longer line is not
// decoded at all, only counted, so output without any newline costs no memory.
// A line ends at '\n'; '\r' starts it over (a progress bar redrawing itself is
// never cut). Stateful: a UTF-8 character or a line split across chunks is
// joined again; a character is never cut in half.
class LineBoundedDecoder
{
public:
    struct Piece
    {
        QString text;        // kept text (when cutBytes is 0)
        qint64 cutBytes = 0; // > 0: this many bytes of the current line were left out here
    };

    explicit LineBoundedDecoder(int maxLineBytes);

    void setMaxLineBytes(int bytes);
    int maxLineBytes() const { return m_maxLineBytes; }

    // The pieces of `data`, in order. Adjacent kept text comes as one piece.
    QList<Piece> decode(QByteArrayView data);
    // A new stream: a pending partial character and the line length are forgotten.
    void reset();

private:
    void keep(QList<Piece> &out, QByteArrayView bytes);

    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QByteArray m_carry;     // the start of a character the last chunk did not finish
    qint64 m_lineBytes = 0; // bytes of the current line so far, kept and cut
    int m_maxLineBytes;
};

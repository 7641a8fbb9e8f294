#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Remote output on its way to the user's terminal (hoshu-cli run), made safe
// chunk by chunk. A server's output may carry what a terminal obeys (OSC 52
// writes the clipboard, CSI moves the cursor, CR and BS overwrite what was
// printed), and a chunk may end anywhere, even inside a UTF-8 character or an
// escape sequence. So the stream decodes UTF-8 across chunks, escapes every
// control character itself (as TerminalText does: ESC becomes the visible
// text \u001b, so a sequence split between chunks is harmless on both sides),
// and turns CR and CRLF into a line break: a line can be redrawn, never hidden.
// Plain ASCII text passes through as it is, on a fast path.
class TerminalTextStream
{
public:
    QByteArray feed(QByteArrayView data);
    // The end of the stream: an unfinished character becomes U+FFFD.
    QByteArray finish();

private:
    QByteArray m_carry;    // the start of a UTF-8 character the last chunk did not finish
    bool m_afterCr = false; // the last character was CR: a following LF belongs to it
};

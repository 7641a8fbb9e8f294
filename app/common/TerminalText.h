#pragma once

#include <QString>
#include <QStringView>

// Text made safe for a terminal. Anything that came from a server (file names,
// unit names, messages built from them) may carry bytes that a terminal obeys:
// ESC starting CSI/OSC sequences (OSC 52 writes the user's clipboard), BEL,
// backspace and carriage return (which overwrite what was printed), C1
// controls (U+0080..U+009F, which some terminals treat as 8-bit CSI/OSC), and
// bidirectional overrides that make text read differently from what it is.
//
// escaped() replaces each such character by a visible escape: \r, \t, \n
// (when line breaks are not kept) and \uXXXX otherwise (\u001b for ESC,
// \u202e for RIGHT-TO-LEFT OVERRIDE). Those escapes are also JSON's own, so
// a JSON document passed through it parses to the same values.
// Everything else, Japanese included, is kept as it is.
class TerminalText
{
public:
    enum class LineBreaks {
        Escape, // a single value (a file name): it cannot start a line of its own
        Keep,   // whole messages: '\n' and '\t' stay, everything else is escaped
    };

    static QString escaped(const QString &text, LineBreaks lineBreaks = LineBreaks::Escape);
    // True for the characters escaped() never lets through (with '\n' and '\t' allowed).
    static bool isUnsafe(char32_t c);
};

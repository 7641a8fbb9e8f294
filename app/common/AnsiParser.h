#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// The visual attributes a log line may carry. Only what a log view can show
// faithfully: the 16 basic colours and bold/italic/underline. Anything else
// (256 colours, true colour, cursor movement, titles) is dropped.
struct AnsiStyle
{
    int foreground = -1; // -1 = default, 0..7 normal, 8..15 bright
    int background = -1;
    bool bold = false;
    bool italic = false;
    bool underline = false;

    bool isDefault() const { return *this == AnsiStyle(); }
    bool operator==(const AnsiStyle &o) const
    {
        return foreground == o.foreground && background == o.background && bold == o.bold
            && italic == o.italic && underline == o.underline;
    }
    bool operator!=(const AnsiStyle &o) const { return !(*this == o); }
};

struct AnsiSpan
{
    QString text;
    AnsiStyle style;
};

// Turns terminal output into styled text spans. Pure (no widgets) so it can be
// unit-tested and fuzzed. Stateful: the current style and an escape sequence
// cut in half by a chunk boundary carry over to the next parse() call.
//
// Guarantee: the text of the returned spans never contains ESC or another
// control character except '\t', '\n' and '\r' (the caller decides what a
// carriage return means).
class AnsiParser
{
public:
    QList<AnsiSpan> parse(QStringView input);
    // Ends the stream: a pending incomplete escape sequence is discarded.
    void finish();
    void reset();

    AnsiStyle currentStyle() const { return m_style; }

    // Convenience: the text without any escape sequence or stray control.
    static QString strip(QStringView input);

private:
    enum class State { Text, Escape, EscapeIntermediate, Csi, String, StringEscape };

    void applySgr(QStringView params);

    State m_state = State::Text;
    AnsiStyle m_style;
    QString m_sequence; // parameter bytes of the CSI being read
    int m_sequenceLength = 0;
};

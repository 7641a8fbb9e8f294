#include "AnsiParser.h"

namespace {

constexpr char16_t Esc = 0x1b;
constexpr char16_t Bel = 0x07;
// Longest parameter string or OSC/DCS payload we keep reading. Beyond that the
// input is not a terminal sequence we could honour; give the text back.
constexpr int MaxCsiLength = 256;
constexpr int MaxStringLength = 4096;

bool isKeptControl(char16_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r';
}

// Characters that must never reach the view: C0 (except tab/newline/CR), DEL, C1.
bool isDroppedControl(char16_t c)
{
    if (c < 0x20)
        return !isKeptControl(c);
    return c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

} // namespace

void AnsiParser::reset()
{
    m_state = State::Text;
    m_style = AnsiStyle();
    m_sequence.clear();
    m_sequenceLength = 0;
}

void AnsiParser::finish()
{
    m_state = State::Text;
    m_sequence.clear();
    m_sequenceLength = 0;
}

QList<AnsiSpan> AnsiParser::parse(QStringView input)
{
    QList<AnsiSpan> out;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        const char16_t c = input[i].unicode();
        switch (m_state) {
        case State::Text:
            if (c == Esc) {
                m_state = State::Escape;
            } else if (c == 0x9b) { // 8-bit CSI
                m_state = State::Csi;
                m_sequence.clear();
                m_sequenceLength = 0;
            } else if (c == 0x90 || c == 0x98 || c == 0x9d || c == 0x9e || c == 0x9f) {
                m_state = State::String; // 8-bit DCS, SOS, OSC, PM, APC
                m_sequenceLength = 0;
            } else if (!isDroppedControl(c)) {
                // Fast path: copy a run of plain characters at once.
                qsizetype j = i + 1;
                while (j < n) {
                    const char16_t d = input[j].unicode();
                    if (d == Esc || isDroppedControl(d))
                        break;
                    ++j;
                }
                if (out.isEmpty() || out.last().style != m_style)
                    out.append(AnsiSpan{QString(), m_style});
                out.last().text.append(input.mid(i, j - i));
                i = j;
                continue;
            }
            ++i;
            break;

        case State::Escape:
            if (c == u'[') {
                m_state = State::Csi;
                m_sequence.clear();
                m_sequenceLength = 0;
                ++i;
            } else if (c == u']' || c == u'P' || c == u'X' || c == u'^' || c == u'_') {
                m_state = State::String;
                m_sequenceLength = 0;
                ++i;
            } else if (c == Esc) {
                ++i; // a new sequence starts; the old one is abandoned
            } else if (c >= 0x20 && c <= 0x2f) {
                m_state = State::EscapeIntermediate;
                ++i;
            } else if (c >= 0x30 && c <= 0x7e) {
                m_state = State::Text; // two-character sequence such as ESC 7, ESC c
                ++i;
            } else {
                m_state = State::Text; // malformed: drop ESC, keep the character
            }
            break;

        case State::EscapeIntermediate:
            if (c >= 0x20 && c <= 0x2f) {
                ++i;
            } else if (c >= 0x30 && c <= 0x7e) {
                m_state = State::Text; // e.g. ESC ( B
                ++i;
            } else if (c == Esc) {
                m_state = State::Escape;
                ++i;
            } else {
                m_state = State::Text;
            }
            break;

        case State::Csi:
            if (c >= 0x20 && c <= 0x3f) {
                if (++m_sequenceLength > MaxCsiLength) {
                    m_state = State::Text; // not a real sequence: drop what was read
                    m_sequence.clear();
                } else {
                    m_sequence.append(QChar(c));
                }
                ++i;
            } else if (c >= 0x40 && c <= 0x7e) {
                if (c == u'm')
                    applySgr(m_sequence);
                m_sequence.clear();
                m_state = State::Text;
                ++i;
            } else if (c == Esc) {
                m_sequence.clear();
                m_state = State::Escape;
                ++i;
            } else {
                // A control or non-ASCII character inside a CSI: the sequence is
                // broken. Drop it and treat the character as text.
                m_sequence.clear();
                m_state = State::Text;
            }
            break;

        case State::String:
            if (c == Bel || c == 0x9c) {
                m_state = State::Text;
                ++i;
            } else if (c == Esc) {
                m_state = State::StringEscape;
                ++i;
            } else if (c == u'\n' || ++m_sequenceLength > MaxStringLength) {
                // A title or hyperlink never spans lines; an unterminated string
                // must not swallow the rest of the log.
                m_state = State::Text;
            } else {
                ++i;
            }
            break;

        case State::StringEscape:
            if (c == u'\\') {
                m_state = State::Text; // ESC \ = string terminator
                ++i;
            } else {
                m_state = State::Escape; // ESC started something new
            }
            break;
        }
    }
    return out;
}

void AnsiParser::applySgr(QStringView params)
{
    // Private-mode or intermediate-carrying sequences are not SGR.
    for (QChar ch : params) {
        const char16_t c = ch.unicode();
        if (c == u'<' || c == u'=' || c == u'>' || c == u'?' || (c >= 0x20 && c <= 0x2f))
            return;
    }
    const QList<QStringView> fields = params.split(u';');
    for (qsizetype k = 0; k < fields.size(); ++k) {
        QStringView field = fields[k];
        bool colonForm = false;
        const qsizetype colon = field.indexOf(u':');
        if (colon >= 0) {
            colonForm = true;
            field = field.left(colon);
        }
        int code = 0;
        if (!field.isEmpty()) {
            bool ok = false;
            code = field.toInt(&ok);
            if (!ok)
                continue;
        }
        if (code == 38 || code == 48 || code == 58) {
            // Extended colour: 38;5;N or 38;2;R;G;B. Only N < 16 maps onto
            // the colours we show; the rest are dropped, keeping the default.
            int colour = -1;
            if (!colonForm && k + 1 < fields.size()) {
                const int mode = fields[k + 1].toInt();
                if (mode == 5 && k + 2 < fields.size()) {
                    bool ok = false;
                    const int idx = fields[k + 2].toInt(&ok);
                    if (ok && idx >= 0 && idx < 16)
                        colour = idx;
                    k += 2;
                } else if (mode == 2) {
                    k += qMin<qsizetype>(4, fields.size() - 1 - k);
                } else {
                    k += 1;
                }
            }
            if (code == 38)
                m_style.foreground = colour;
            else if (code == 48)
                m_style.background = colour;
            continue;
        }
        if (code == 0) {
            m_style = AnsiStyle();
        } else if (code == 1) {
            m_style.bold = true;
        } else if (code == 3) {
            m_style.italic = true;
        } else if (code == 4) {
            m_style.underline = !(colonForm && fields[k].mid(colon + 1) == u"0");
        } else if (code == 22) {
            m_style.bold = false;
        } else if (code == 23) {
            m_style.italic = false;
        } else if (code == 24) {
            m_style.underline = false;
        } else if (code >= 30 && code <= 37) {
            m_style.foreground = code - 30;
        } else if (code == 39) {
            m_style.foreground = -1;
        } else if (code >= 40 && code <= 47) {
            m_style.background = code - 40;
        } else if (code == 49) {
            m_style.background = -1;
        } else if (code >= 90 && code <= 97) {
            m_style.foreground = code - 90 + 8;
        } else if (code >= 100 && code <= 107) {
            m_style.background = code - 100 + 8;
        }
        // Everything else (faint, blink, inverse, fonts...) is ignored.
    }
}

QString AnsiParser::strip(QStringView input)
{
    AnsiParser parser;
    QString result;
    const QList<AnsiSpan> spans = parser.parse(input);
    for (const AnsiSpan &span : spans)
        result += span.text;
    return result;
}

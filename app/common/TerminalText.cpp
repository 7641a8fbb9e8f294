#include "TerminalText.h"

namespace {

// Bidirectional formatting characters (the "Trojan Source" set) and the
// Unicode line/paragraph separators, which some terminals treat as breaks.
bool isBidiOrSeparator(char32_t c)
{
    return c == 0x061c                     // ARABIC LETTER MARK
        || c == 0x200e || c == 0x200f      // LRM, RLM
        || (c >= 0x202a && c <= 0x202e)    // LRE, RLE, PDF, LRO, RLO
        || (c >= 0x2066 && c <= 0x2069)    // LRI, RLI, FSI, PDI
        || c == 0x2028 || c == 0x2029;     // LINE / PARAGRAPH SEPARATOR
}

void appendEscape(QString &out, char32_t c)
{
    switch (c) {
    case u'\n':
        out += QLatin1String("\\n");
        return;
    case u'\r':
        out += QLatin1String("\\r");
        return;
    case u'\t':
        out += QLatin1String("\\t");
        return;
    default:
        break;
    }
    out += QLatin1String("\\u");
    out += QString::number(uint(c), 16).rightJustified(4, QLatin1Char('0'));
}

} // namespace

bool TerminalText::isUnsafe(char32_t c)
{
    if (c < 0x20)
        return c != u'\n' && c != u'\t';
    return c == 0x7f || (c >= 0x80 && c <= 0x9f) || isBidiOrSeparator(c);
}

QString TerminalText::escaped(const QString &text, LineBreaks lineBreaks)
{
    const bool keep = lineBreaks == LineBreaks::Keep;
    auto unsafe = [keep](char32_t c) { return isUnsafe(c) || (!keep && (c == u'\n' || c == u'\t')); };

    // Fast path: nearly every text is clean; return it without copying.
    qsizetype first = 0;
    const qsizetype n = text.size();
    while (first < n && !unsafe(text.at(first).unicode()))
        ++first;
    if (first == n)
        return text;

    QString out;
    out.reserve(n + 16);
    out += QStringView(text).left(first);
    for (qsizetype i = first; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (unsafe(c))
            appendEscape(out, c);
        else
            out += QChar(c);
    }
    return out;
}

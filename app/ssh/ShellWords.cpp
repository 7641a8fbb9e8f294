#include "ssh/ShellWords.h"

QByteArray ShellWords::quote(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '\'';
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    out += '\'';
    return out;
}

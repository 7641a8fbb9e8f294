#include "catalog/ShellQuote.h"

QByteArray ShellQuote::quote(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('\'');
    for (char c : value) {
        if (c == '\'')
            out.append("'\\''");
        else
            out.append(c);
    }
    out.append('\'');
    return out;
}

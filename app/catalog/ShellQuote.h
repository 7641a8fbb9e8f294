#pragma once

#include <QByteArray>

// THE one function that puts a value into shell text. POSIX sh single quotes:
// everything between them is literal; a quote becomes '\'' (close, escaped quote,
// reopen). Always quotes, even "safe" strings, so there is no second code path.
// Values must be NUL-free (a shell cannot hold NUL in a word anyway).
class ShellQuote
{
public:
    static QByteArray quote(const QByteArray &value);
};

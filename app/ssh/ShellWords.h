#pragma once

#include <QByteArray>

// POSIX shell quoting for the SSH transport's own command wrapper only.
// (Catalog parameters have their own, single quoting path in app/catalog.)
class ShellWords
{
public:
    // 'text' with every ' written as '\'' : one shell word, no expansion of anything.
    static QByteArray quote(const QByteArray &text);
};

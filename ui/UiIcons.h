#pragma once

#include "catalog/Risk.h"
#include "ssh/SshConnection.h"

#include <QIcon>

// Hoshu's own icons, drawn in code (see PaintedIconEngine). Every status icon
// differs by SHAPE as well as colour, and is always shown next to a text,
// so that nothing depends on telling colours apart.
class UiIcons
{
public:
    static QIcon application();
    static QIcon risk(Risk risk);
    static QIcon connectionState(SshConnection::State state, bool busy = false);
};

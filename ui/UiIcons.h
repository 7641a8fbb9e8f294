#pragma once

#include "catalog/Risk.h"
#include "checks/Severity.h"
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
    // ok: green circle with a check; warning: amber triangle "!"; critical: red
    // octagon with a cross; unknown: grey circle "?".
    static QIcon severity(Severity severity);
    // A circular arrow: a refresh is running.
    static QIcon refreshing();
};

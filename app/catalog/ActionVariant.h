#pragma once

#include <QString>

// The script of an action for one deployment ("systemd" or "docker").
struct ActionVariant
{
    QString script;         // POSIX sh; lines joined with "\n"
    bool needsRoot = false; // the action's needs_root unless the variant overrides it
};

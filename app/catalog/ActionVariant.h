#pragma once

#include <QString>

// The script of an action for one deployment ("systemd" or "docker"): the file
// resources/actions/<id>.<deployment>.sh.
struct ActionVariant
{
    QString script;         // POSIX sh, the whole file
    bool needsRoot = false; // the action's needs_root unless the variant overrides it
};

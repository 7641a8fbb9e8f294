#pragma once

#include <QString>

// The script of an action for one deployment ("systemd" or "docker"): the file
// resources/actions/<id>.<deployment>.sh.
struct ActionVariant
{
    QString script;         // POSIX sh, the whole file
    bool needsRoot = false; // the action's needs_root unless the variant overrides it
    // "embeds": "<id>": the action installs another action's script on the server (a
    // scheduled job). Catalog resolves it: that action's script for the same deployment,
    // which the expander hands to this script as $hoshu_embedded_script (lib.sh + it).
    QString embeds;
    QString embeddedScript;
};

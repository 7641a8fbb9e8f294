#pragma once

#include "catalog/Risk.h"
#include "ssh/RemoteScript.h"

#include <QByteArray>
#include <QString>

// An action ready to run: the exact script for the server's /bin/sh and how it gets root.
struct ExpandedCommand
{
    QByteArray script;             // assignments + the action's script; every value shell-quoted
    RemoteScript::Elevation elevation = RemoteScript::Elevation::None;
    QString displayCommand;        // shown in the confirmation and the audit log: what /bin/sh runs, and as whom
    Risk risk = Risk::ReadOnly;
    int timeoutSec = 60;

    // The sudo password is given at run time (never part of the expansion, the
    // display or the audit log).
    RemoteScript remoteScript(const SecretBytes &sudoPassword = {}) const;
};

#pragma once

#include "catalog/Risk.h"
#include "ssh/RemoteScript.h"

#include <QByteArray>
#include <QString>

// An action ready to run: the exact script for the server's /bin/sh and how it gets root.
struct ExpandedCommand
{
    QByteArray script;             // assignments + prelude + the action's script; every value shell-quoted
    // The same with hoshu_plan='1': it prints the changing commands as "+ …" lines and
    // runs none of them (resources/actions/README.md, "Plan mode").
    QByteArray planScript;
    RemoteScript::Elevation elevation = RemoteScript::Elevation::None; // the plan's too
    QString displayCommand;        // shown behind "Show the full script" and in the audit log: what /bin/sh runs, and as whom
    Risk risk = Risk::ReadOnly;
    int timeoutSec = 60;

    // A changing action works out its plan first; a read-only one just runs.
    bool hasPlan() const { return risk != Risk::ReadOnly && !planScript.isEmpty(); }
    // The plan only reads: it gets the action's time, but at most 5 minutes.
    int planTimeoutSec() const { return timeoutSec < 300 ? timeoutSec : 300; }

    // The sudo password is given at run time (never part of the expansion, the
    // display or the audit log).
    RemoteScript remoteScript(const SecretBytes &sudoPassword = {}) const;
    RemoteScript planRemoteScript(const SecretBytes &sudoPassword = {}) const;
};

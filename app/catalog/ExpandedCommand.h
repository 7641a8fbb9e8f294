#pragma once

#include "catalog/Risk.h"

#include <QByteArray>
#include <QList>
#include <QString>

// An action ready to run: the exact bytes to exec remotely and what to feed it.
struct ExpandedCommand
{
    QByteArray command;                // exact bytes to exec remotely
    QByteArray stdinData;              // sudo password + "\n" for SudoWithPassword, else empty
    QList<QByteArray> secretsToRedact; // to scrub from output and logs
    QString displayCommand;            // shown in the confirmation; == QString::fromUtf8(command)
    QByteArray script;                 // the sh script `command` runs (assignments + action script)
    Risk risk = Risk::ReadOnly;
    int timeoutSec = 60;
    bool pty = false;
};

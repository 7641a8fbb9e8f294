#pragma once

#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"

#include <QEventLoop>
#include <QObject>

// Runs a command object (start() ... done(int)) in a local event loop until it reports.
// Ctrl+C calls its interrupt(), which stops what runs on the server and then reports.
// Started queued, so a command that fails at once still finds the loop running.
template<typename Command>
int runUntilDone(Command &command)
{
    int exitCode = ExitCode::Software;
    QEventLoop loop;
    QObject::connect(&command, &Command::done, &loop, [&](int code) {
        exitCode = code;
        loop.quit();
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &command, &Command::interrupt);
    QMetaObject::invokeMethod(&command, &Command::start, Qt::QueuedConnection);
    loop.exec();
    return exitCode;
}

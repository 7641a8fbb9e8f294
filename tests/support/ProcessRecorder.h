#pragma once

#include "ssh/RemoteProcess.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

// Collects everything a RemoteProcess reports, for assertions in tests.
class ProcessRecorder : public QObject
{
    Q_OBJECT
public:
    explicit ProcessRecorder(RemoteProcess *process, QObject *parent = nullptr);

    // Spins the event loop until finished/failed or the timeout; true if it ended.
    bool waitForEnd(int timeoutMs);

    QPointer<RemoteProcess> process;
    QByteArray out;
    QByteArray err;
    int stdoutChunks = 0;
    bool started = false;
    bool finished = false;
    bool failed = false;
    int endSignals = 0; // finished + failed emissions: must end up exactly 1
    int exitStatus = -1;
    SshError error;
    bool runningAtFirstOutput = false;
    qint64 firstOutputMs = -1;
    QByteArray firstChunk;
    QElapsedTimer clock;
};

#include "ProcessRecorder.h"

#include <QTest>

ProcessRecorder::ProcessRecorder(RemoteProcess *p, QObject *parent)
    : QObject(parent), process(p)
{
    clock.start();
    connect(p, &RemoteProcess::started, this, [this] { started = true; });
    connect(p, &RemoteProcess::outputReady, this, [this](const QByteArray &data, RemoteProcess::Channel channel) {
        if (channel == RemoteProcess::Channel::Stdout) {
            if (stdoutChunks++ == 0) {
                firstChunk = data;
                firstOutputMs = clock.elapsed();
                runningAtFirstOutput = process && process->isRunning();
            }
            out += data;
        } else {
            err += data;
        }
    });
    connect(p, &RemoteProcess::finished, this, [this](int status) {
        finished = true;
        exitStatus = status;
        ++endSignals;
    });
    connect(p, &RemoteProcess::failed, this, [this](const SshError &e) {
        failed = true;
        error = e;
        ++endSignals;
    });
}

bool ProcessRecorder::waitForEnd(int timeoutMs)
{
    return QTest::qWaitFor([this] { return endSignals > 0; }, timeoutMs);
}

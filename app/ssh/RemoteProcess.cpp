#include "ssh/RemoteProcess.h"

RemoteProcess::RemoteProcess(QObject *parent)
    : QObject(parent)
{
    // Connected first, so the state is already right when the caller's slots run.
    connect(this, &RemoteProcess::started, this, [this] { m_started = true; });
    connect(this, &RemoteProcess::finished, this, [this](int status) {
        m_exitStatus = status;
        m_ended = true;
    });
    connect(this, &RemoteProcess::failed, this, [this](const SshError &error) {
        m_error = error;
        m_ended = true;
    });
}

bool RemoteProcess::isRunning() const
{
    return m_started && !m_ended;
}

bool RemoteProcess::hasEnded() const
{
    return m_ended;
}

int RemoteProcess::exitStatus() const
{
    return m_exitStatus;
}

QString RemoteProcess::exitSignal() const
{
    return m_exitSignal;
}

SshError RemoteProcess::error() const
{
    return m_error;
}

void RemoteProcess::setExitSignal(const QString &signalName)
{
    m_exitSignal = signalName;
}

void RemoteProcess::cancel()
{
    if (!m_ended)
        emit cancelRequested();
}

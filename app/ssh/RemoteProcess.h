#pragma once

#include "ssh/SshError.h"

#include <QByteArray>
#include <QObject>
#include <QString>

// A handle on one remote command, living in the caller's thread. Its state follows
// its own signals, so a fake transport in unit tests can create one and emit them.
// Exactly one of finished/failed is emitted, once.
class RemoteProcess : public QObject
{
    Q_OBJECT
public:
    enum class Channel { Stdout, Stderr };
    Q_ENUM(Channel)

    explicit RemoteProcess(QObject *parent = nullptr);

    bool isRunning() const;   // after started, before finished/failed
    bool hasEnded() const;    // finished or failed was emitted
    int exitStatus() const;   // valid after finished
    QString exitSignal() const; // e.g. "TERM" if killed by a signal, else empty
    SshError error() const;   // valid after failed

    // For transports: set before emitting finished() when the process died of a signal.
    void setExitSignal(const QString &signalName);

public Q_SLOTS:
    // Emits cancelRequested(); the transport really stops the remote process (and its children).
    void cancel();

Q_SIGNALS:
    void started();
    void outputReady(const QByteArray &data, RemoteProcess::Channel channel); // chunks in order, coalesced
    void finished(int exitStatus); // exit status; 128+n or -1 if killed by signal
    void failed(const SshError &error); // could not run / connection lost / cancelled / timeout
    void cancelRequested();

private:
    bool m_started = false;
    bool m_ended = false;
    int m_exitStatus = -1;
    QString m_exitSignal;
    SshError m_error;
};

#pragma once

#include "ssh/ConnectionParams.h"
#include "ssh/SshError.h"

#include <QObject>

class ServerSession;

// Drives a ServerSession to "connected" from a terminal: asks about an unknown
// host key or a missing secret only when a person is at the terminal, and turns
// a failure into hoshu-cli's exit code.
class CliConnector : public QObject
{
    Q_OBJECT

public:
    // acceptNewHostKey: record an unknown host key without asking; only the one with
    // acceptFingerprint when that is given.
    CliConnector(ServerSession *session, bool acceptNewHostKey, const QString &acceptFingerprint = {},
                 QObject *parent = nullptr);

    void start();
    static int exitCodeFor(const SshError &error);

Q_SIGNALS:
    void connected();
    void failed(int exitCode);

private:
    void onHostKey(const class HostKeyInfo &info);
    void onFailed(const SshError &error);

    ServerSession *m_session;
};

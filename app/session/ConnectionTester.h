#pragma once

#include "common/SecretBytes.h"
#include "servers/ServerProfile.h"
#include "ssh/HostKeyInfo.h"
#include "ssh/SshError.h"

#include <QObject>
#include <QPointer>

class ServerSession;

// "Test connection" in the server dialog: connects with the profile as typed
// (not yet saved), runs one harmless command, and reports what it found.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // password may be empty: then the keychain is not consulted either.
    void test(const ServerProfile &profile, const SecretBytes &password, const SecretBytes &keyPassphrase = {});
    void acceptHostKey(const QString &fingerprintSha256);
    void rejectHostKey();
    void abort();
    bool isRunning() const;

Q_SIGNALS:
    void hostKeyNeedsApproval(const HostKeyInfo &info);
    void succeeded(const QString &summary);
    void failed(const SshError &error);

private:
    void runProbe();
    void fail(const SshError &error);

    QPointer<ServerSession> m_session;
    QByteArray m_output;
};

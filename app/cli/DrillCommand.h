#pragma once

#include "cli/RunCommand.h"

#include <QObject>

class AuditLog;
class SecretStore;

// `hoshu-cli drill NAME [--bundle PATH]`: runs backup.drill (the newest backup restored
// into a scratch database on the server, its row counts compared with the live ones),
// streams its steps, and ends with what the result means; exits 0 when it passed, else
// with the drill's status.
class DrillCommand : public QObject
{
    Q_OBJECT

public:
    DrillCommand(const RunCommand::Options &options, SecretStore *secrets, AuditLog *audit, QObject *parent = nullptr);

    void start();
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    void onDrilled(int exitCode);

    RunCommand *m_run;
    QString m_server;
};

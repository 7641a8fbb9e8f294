#pragma once

#include "backups/BundleLine.h"
#include "cli/RunCommand.h"

#include <QObject>

class AuditLog;
class SecretStore;

// `hoshu-cli backups NAME [--copies DIR] [--verify] [--json]`: the bundles on the server
// (backup.list, read-only) beside the copies on this computer in DIR/<server>/, with their
// age, size and checksum state (--verify reads each copy again). A server that cannot be
// reached still gets its copies on this computer listed, and the exit says it was not reached.
class BackupsCommand : public QObject
{
    Q_OBJECT

public:
    struct Options {
        RunCommand::Options run; // profile, backup.list and its parameters
        QString copiesRoot;
        bool verify = false;
        bool json = false;
    };

    BackupsCommand(const Options &options, SecretStore *secrets, AuditLog *audit, QObject *parent = nullptr);

    void start();
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    void onListed(int exitCode);
    void printText(const QList<BundleLine> &onServer, bool reached) const;
    void printJson(const QList<BundleLine> &onServer, bool reached) const;

    Options m_options;
    RunCommand *m_run;
};

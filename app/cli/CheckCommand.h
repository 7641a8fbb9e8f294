#pragma once

#include "checks/Finding.h"
#include "probes/ProbeScript.h"
#include "probes/Snapshot.h"
#include "servers/ServerProfile.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

class SecretStore;

// `hoshu-cli check NAME... | --all [--json] [--slow] [--verbose]`: one probe exec per
// server, all servers in parallel, findings printed per server. Exit code as
// monitoring plugins: 0 ok, 1 warning, 2 critical, 3 unknown/unreachable.
class CheckCommand : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<ServerProfile> profiles;
        ProbeScript::Tier tier = ProbeScript::Tier::Fast;
        bool json = false;
        bool verbose = false;
        bool acceptNewHostKey = false;
    };
    struct Result
    {
        ServerProfile profile;
        bool reached = false;
        Snapshot snapshot;
        QList<Finding> findings;
        bool done = false;
    };

    CheckCommand(const Options &options, SecretStore *secrets, QObject *parent = nullptr);
    void start();

    // Pure pieces, unit-tested.
    static QJsonObject toJson(const QList<Result> &results);
    static QString toText(const QList<Result> &results, bool verbose);
    static int exitCodeFor(const QList<Result> &results);

Q_SIGNALS:
    void done(int exitCode);

private:
    void startOne(int index);
    void finishOne(int index);

    Options m_options;
    SecretStore *m_secrets;
    QList<Result> m_results;
    int m_pending = 0;
};

#pragma once

#include "common/SecretBytes.h"

#include "checks/Finding.h"
#include "probes/ProbeScript.h"
#include "probes/Snapshot.h"
#include "servers/ServerProfile.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

class HistoryStore;
class ProfileStore;
class SecretStore;
class ServerMonitor;

// `hoshu-cli check NAME... | --all [--json] [--slow] [--verbose]`: each server
// through its own ServerMonitor (ONE probe exec + the desktop HTTP checks), all in
// parallel. Text is printed per server as it finishes (the slowest delays no
// other); JSON once at the end. The history (if given) is read for
// disk.full_soon but never written: `refresh` stores snapshots. Exit code as
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
        SecretBytes sudoPassword; // --sudo-password-stdin: for every server that uses sudo with a password
        // Where a detected layout (ServerMonitor::layoutDetected) is saved; none: not saved.
        ProfileStore *profileStore = nullptr;
    };
    struct Result
    {
        ServerProfile profile;
        bool reached = false;
        Snapshot snapshot;
        QList<Finding> findings;
        bool done = false;
    };

    CheckCommand(const Options &options, SecretStore *secrets, HistoryStore *history = nullptr,
                 QObject *parent = nullptr);
    void start();

    // Pure pieces, unit-tested.
    static QJsonObject toJson(const QList<Result> &results);
    static QString toText(const QList<Result> &results, bool verbose);
    static int exitCodeFor(const QList<Result> &results);

Q_SIGNALS:
    void done(int exitCode);

private:
    void startOne(int index);
    void finishOne(int index, ServerMonitor *monitor, bool reached);
    void saveDetectedLayout(int index, const ServerProfile &updated);

    Options m_options;
    SecretStore *m_secrets;
    HistoryStore *m_history;
    QList<Result> m_results;
    int m_pending = 0;
};

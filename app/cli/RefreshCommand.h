#pragma once

#include "common/SecretBytes.h"

#include "checks/Severity.h"
#include "servers/ServerProfile.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class HistoryStore;
class ProfileStore;
class SecretStore;
class ServerMonitor;

// `hoshu-cli refresh NAME... | --all [--slow] [--accept-new-host-key]`: refreshes
// every named server in parallel through ServerMonitor (probe + HTTP checks),
// stores each snapshot in the history and prints one line per server as it
// finishes: worst severity, number of findings that are not OK, duration.
// Exit code as `check` (monitoring plugins): 0 ok, 1 warning, 2 critical, 3 unknown.
class RefreshCommand : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<ServerProfile> profiles;
        bool slow = false;
        bool acceptNewHostKey = false;
        SecretBytes sudoPassword; // --sudo-password-stdin: for every server that uses sudo with a password
        // Where a detected layout (ServerMonitor::layoutDetected) is saved; none: not saved.
        ProfileStore *profileStore = nullptr;
    };

    RefreshCommand(const Options &options, SecretStore *secrets, HistoryStore *history, QObject *parent = nullptr);
    void start();

    // "mastodon-a  WARNING  2 findings  1.23 s" (pure, tested).
    static QString line(const QString &name, Severity worst, int problems, qint64 durationMs, const QString &note = {});

Q_SIGNALS:
    void done(int exitCode);

private:
    void finishOne(ServerMonitor *monitor, bool reached);
    void saveDetectedLayout(const ServerProfile &updated);

    Options m_options;
    SecretStore *m_secrets;
    HistoryStore *m_history;
    int m_pending = 0;
    Severity m_worst = Severity::Ok;
};

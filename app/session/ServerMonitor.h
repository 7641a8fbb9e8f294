#pragma once

#include "checks/Checker.h"
#include "checks/Finding.h"
#include "probes/HttpProbe.h"
#include "probes/Snapshot.h"
#include "servers/ServerProfile.h"
#include "ssh/SshError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class HistoryStore;
class ProbeRunner;
class ServerSession;

// The refresh of one server, for the GUI and `hoshu-cli refresh`: ONE exec of the
// probe script and the desktop-side HTTP checks in parallel, then the checks
// (with disk.full_soon projected from the history), then the history. Each
// server has its own monitor, so no refresh ever waits for another server's.
// The session must be connectable without questions (the caller handles host
// keys and secrets through the session's signals, as CliConnector does).
class ServerMonitor : public QObject
{
    Q_OBJECT

public:
    ServerMonitor(ServerSession *session, HistoryStore *history, QObject *parent = nullptr);
    ~ServerMonitor() override;

    void refresh(bool includeSlowTier = false);
    bool isRefreshing() const { return m_refreshing; }
    // The last snapshot; slow-tier parts are kept from the last slow refresh
    // (their time is snapshot().slowTakenAt).
    const Snapshot &snapshot() const { return m_snapshot; }
    QList<Finding> findings() const { return m_findings; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    qint64 lastDurationMs() const { return m_lastDurationMs; }
    // Set when the history could not be written (the refresh itself still counts).
    QString lastHistoryError() const { return m_historyError; }
    // The base options of the HTTP checks (timeouts; tests); the profile's
    // httpAddress() and httpCaFile() are added to them at each refresh.
    void setHttpOptions(const HttpProbe::Options &options);
    // false: findings are computed (disk.full_soon still reads the history) but
    // nothing is written to it (`hoshu-cli check`). Default true.
    void setRecordHistory(bool record) { m_recordHistory = record; }
    ServerSession *session() const { return m_session; }

    // The domain HTTP checks go to: the profile's domain(), else WEB_DOMAIN/LOCAL_DOMAIN. Pure.
    static QString domainFor(const ServerProfile &profile, const Snapshot &snapshot);
    // Thresholds and the profile's extra JSON for the Checker. Pure.
    static Checker::Inputs inputsFor(const ServerProfile &profile);
    // base + the profile's httpAddress() (connect there for the domain, SNI and Host
    // stay the domain) and httpCaFile() (extra CAs). A setting that cannot be used
    // sets *problem (translated) so the HTTP checks report it instead of passing.
    static HttpProbe::Options httpOptionsFor(const ServerProfile &profile, const QString &domain,
                                             const HttpProbe::Options &base, QString *problem);

Q_SIGNALS:
    void refreshStarted();
    void updated(const Snapshot &snapshot, const QList<Finding> &findings);
    void refreshFailed(const SshError &error);   // findings() then holds connection.failed
    // The probe found the deployment or the Mastodon directory to differ from the
    // profile (LayoutDetection; only while profile.detectLayout). The session
    // already holds `updated` and a second refresh has started with it, so the
    // first result shown is right; the receiver saves the profile. That refresh
    // ends in updated()/refreshFailed() as usual (the first one emits neither).
    void layoutDetected(const ServerProfile &updated);

private:
    void onProbeFinished(const Snapshot &snapshot);
    void onProbeFailed(const SshError &error, int exitStatus);
    void onHttpFinished(const HttpChecks &http);
    void startHttp(const QString &domain);
    void finishIfDone();
    QList<Finding> projections(const Snapshot &snap, const Thresholds &th) const;

    QPointer<ServerSession> m_session;
    HistoryStore *m_history;
    ProbeRunner *m_runner;
    HttpProbe *m_http;
    Snapshot m_snapshot;
    Snapshot m_pending;
    PendingUpdates m_lastUpdates; // the last apt/yum result read in full, reused while apt is unchanged
    HttpChecks m_httpResult;
    QList<Finding> m_findings;
    QDateTime m_lastRefresh;
    QElapsedTimer m_clock;
    qint64 m_lastDurationMs = -1;
    QString m_historyError;
    SshError m_error;
    Finding m_failure;
    HttpProbe::Options m_baseHttpOptions;
    bool m_recordHistory = true;
    bool m_refreshing = false;
    bool m_slow = false;
    bool m_probeDone = false;
    bool m_probeOk = false;
    bool m_httpDone = false;
    bool m_httpStarted = false;
    bool m_layoutRetry = false; // this refresh follows a layoutDetected(): never a third
};

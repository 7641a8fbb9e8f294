#pragma once

#include "checks/Finding.h"
#include "checks/Severity.h"
#include "servers/ServerProfile.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class HistoryStore;
class OverviewModel;
class QTimer;
class ServerDashboard;
class ServerMonitor;
class ServerSession;
struct Snapshot;

// Drives the dashboards: one ServerMonitor per server (each refreshes on its
// own, so the slowest never delays the others), the auto-refresh timer, the
// disk history for the charts, and the "turned critical" notification.
class MonitorHub : public QObject
{
    Q_OBJECT

public:
    MonitorHub(OverviewModel *overview, ServerDashboard *dashboard, QObject *parent = nullptr);
    ~MonitorHub() override;

    // Opens (or creates) the history database; false with a reason when it cannot.
    bool openHistory(const QString &path, QString *error);
    HistoryStore *history() const { return m_history.get(); }

    void addServer(const QString &id, const QString &name, ServerSession *session);
    void renameServer(const QString &id, const QString &name);
    void removeServer(const QString &id);
    ServerMonitor *monitor(const QString &id) const;

    void refresh(const QString &id, bool slow = false);
    void refreshAll();
    // 0: off. Minutes otherwise.
    void setAutoRefreshMinutes(int minutes);
    int autoRefreshMinutes() const { return m_minutes; }

    // For tests: feed one result as if a monitor had delivered it.
    void deliver(const QString &id, const Snapshot &snapshot, const QList<Finding> &findings);
    // When the slow tier (backups, dumps, du) was last asked for by itself (invalid: never).
    QDateTime slowTierAskedAt(const QString &id) const { return m_slowAsked.value(id); }

Q_SIGNALS:
    // A server went from not-critical to critical (not on every critical refresh).
    void turnedCritical(const QString &id, const QString &title, const QString &message);
    // The probe detected another layout (ServerMonitor::layoutDetected): the
    // session already uses it; the receiver saves the profile.
    void layoutDetected(const QString &id, const ServerProfile &updated);
    // Every result, for the sidebar: the worst finding (unknown when the check failed).
    void healthChanged(const QString &id, Severity worst);

private:
    void onUpdated(const QString &id, const Snapshot &snapshot, const QList<Finding> &findings);
    void loadHistory(const QString &id, const QString &mount);

    OverviewModel *m_overview;
    QPointer<ServerDashboard> m_dashboard;
    std::unique_ptr<HistoryStore> m_history;
    QHash<QString, ServerMonitor *> m_monitors;
    QHash<QString, QString> m_names;
    QHash<QString, Severity> m_lastWorst;
    QHash<QString, QDateTime> m_slowAsked;
    QTimer *m_timer;
    int m_minutes = 0;
};

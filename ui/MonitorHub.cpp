#include "MonitorHub.h"

#include "OverviewModel.h"
#include "ServerDashboard.h"
#include "checks/ServerSummary.h"
#include "history/HistoryStore.h"
#include "session/ServerMonitor.h"
#include "session/ServerSession.h"

#include <QTimer>

MonitorHub::MonitorHub(OverviewModel *overview, ServerDashboard *dashboard, QObject *parent)
    : QObject(parent)
    , m_overview(overview)
    , m_dashboard(dashboard)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &MonitorHub::refreshAll);
    if (m_dashboard) {
        connect(m_dashboard, &ServerDashboard::refreshRequested, this, [this](const QString &id) { refresh(id); });
        connect(m_dashboard, &ServerDashboard::measureRequested, this,
                [this](const QString &id) { refresh(id, true); });
        connect(m_dashboard, &ServerDashboard::historyWanted, this, &MonitorHub::loadHistory);
    }
}

MonitorHub::~MonitorHub()
{
    // Monitors talk to the history while they finish: delete them first.
    qDeleteAll(m_monitors);
    m_monitors.clear();
}

bool MonitorHub::openHistory(const QString &path, QString *error)
{
    auto store = std::make_unique<HistoryStore>(path);
    if (!store->open(error))
        return false;
    m_history = std::move(store);
    return true;
}

void MonitorHub::addServer(const QString &id, const QString &name, ServerSession *session)
{
    if (m_monitors.contains(id))
        return;
    auto *monitor = new ServerMonitor(session, m_history.get(), nullptr);
    m_monitors.insert(id, monitor);
    m_names.insert(id, name);
    // What the server looked like last time (even before any refresh in this run):
    // a server that was already critical does not notify again.
    if (m_history) {
        if (const auto last = m_history->lastRefresh(id))
            m_lastWorst.insert(id, last->worst);
    }
    connect(monitor, &ServerMonitor::refreshStarted, this, [this, id, monitor] {
        m_overview->setRefreshing(id, true);
        if (m_dashboard)
            m_dashboard->setRefreshing(id, true, monitor->property("slow").toBool());
    });
    connect(monitor, &ServerMonitor::layoutDetected, this,
            [this, id](const ServerProfile &updated) { Q_EMIT layoutDetected(id, updated); });
    connect(monitor, &ServerMonitor::updated, this,
            [this, id](const Snapshot &snapshot, const QList<Finding> &findings) { onUpdated(id, snapshot, findings); });
    connect(monitor, &ServerMonitor::refreshFailed, this, [this, id, monitor](const SshError &error) {
        m_overview->setFailed(id, error.title());
        Q_EMIT healthChanged(id, Severity::Unknown);
        if (m_dashboard) {
            // The findings then hold connection.failed: show them, so the reason is on the checklist too.
            if (!monitor->findings().isEmpty())
                m_dashboard->setResult(id, monitor->snapshot(), monitor->findings(), monitor->lastRefresh());
            m_dashboard->setFailed(id, error.title());
        }
    });
}

void MonitorHub::renameServer(const QString &id, const QString &name)
{
    if (m_names.contains(id))
        m_names.insert(id, name);
}

void MonitorHub::removeServer(const QString &id)
{
    delete m_monitors.take(id);
    m_names.remove(id);
    m_lastWorst.remove(id);
}

ServerMonitor *MonitorHub::monitor(const QString &id) const
{
    return m_monitors.value(id);
}

void MonitorHub::refresh(const QString &id, bool slow)
{
    ServerMonitor *m = monitor(id);
    if (!m || m->isRefreshing())
        return;
    m->setProperty("slow", slow);
    m->refresh(slow);
}

void MonitorHub::refreshAll()
{
    // Each monitor runs on its own: results arrive (and rows update) as each finishes.
    for (auto it = m_monitors.cbegin(); it != m_monitors.cend(); ++it)
        refresh(it.key());
}

void MonitorHub::setAutoRefreshMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    if (m_minutes == 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_minutes * 60 * 1000);
}

void MonitorHub::deliver(const QString &id, const Snapshot &snapshot, const QList<Finding> &findings)
{
    onUpdated(id, snapshot, findings);
}

namespace {
// The slow tier (backups, dumps, du) follows a quick refresh by itself when its last run
// is this old: the backup findings (a job stopped months ago) must not wait for a click.
constexpr qint64 kSlowTierEverySeconds = 6 * 3600;
constexpr qint64 kSlowTierRetrySeconds = 30 * 60; // not asked again sooner, whatever came of it
} // namespace

void MonitorHub::onUpdated(const QString &id, const Snapshot &snapshot, const QList<Finding> &findings)
{
    const QDateTime time = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    m_overview->setResult(id, snapshot, findings, time);
    if (m_dashboard)
        m_dashboard->setResult(id, snapshot, findings, time);

    ServerMonitor *m = monitor(id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime asked = m_slowAsked.value(id);
    const bool slowOld = !snapshot.slowTakenAt.isValid() || snapshot.slowTakenAt.secsTo(now) > kSlowTierEverySeconds;
    if (m && !m->property("slow").toBool() && slowOld
        && (!asked.isValid() || asked.secsTo(now) >= kSlowTierRetrySeconds)) {
        m_slowAsked.insert(id, now);
        QTimer::singleShot(0, this, [this, id] { refresh(id, true); });
    }

    const Severity worst = Finding::worst(findings);
    Q_EMIT healthChanged(id, worst);
    const Severity before = m_lastWorst.value(id, Severity::Ok);
    m_lastWorst.insert(id, worst);
    if (worst == Severity::Critical && before != Severity::Critical) {
        const Finding *w = ServerSummary::worstFinding(findings);
        Q_EMIT turnedCritical(id, tr("%1 needs attention").arg(m_names.value(id, id)),
                              w ? QStringLiteral("%1: %2").arg(w->title(), w->message()) : QString());
    }
}

void MonitorHub::loadHistory(const QString &id, const QString &mount)
{
    if (!m_history || !m_dashboard)
        return;
    const QList<HistoryStore::DiskPoint> rows =
        m_history->diskHistory(id, mount, QDateTime::currentDateTimeUtc().addDays(-60));
    QList<DiskProjection::Point> points;
    qint64 size = 0;
    for (const HistoryStore::DiskPoint &p : rows) {
        points.append({p.time, p.usedBytes});
        size = p.sizeBytes; // the latest size counts (a filesystem can be grown)
    }
    m_dashboard->setHistory(id, mount, points, size);
}

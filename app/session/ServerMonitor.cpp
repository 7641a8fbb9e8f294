#include "session/ServerMonitor.h"

#include "backups/CopiesFolder.h"
#include "backups/DesktopBackupFolder.h"
#include "checks/ConnectionRule.h"
#include "checks/DiskProjection.h"
#include "checks/HttpRules.h"
#include "history/HistoryStore.h"
#include "probes/LayoutDetection.h"
#include "session/ProbeRunner.h"
#include "session/ServerSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

#include <utility>

namespace {
constexpr int kProjectionWindowDays = 30; // recent enough to follow the trend, long enough to see it
}

ServerMonitor::ServerMonitor(ServerSession *session, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(history)
    , m_runner(new ProbeRunner(session, this))
    , m_http(new HttpProbe(this))
{
    connect(m_runner, &ProbeRunner::finished, this, &ServerMonitor::onProbeFinished);
    connect(m_runner, &ProbeRunner::failed, this, &ServerMonitor::onProbeFailed);
    connect(m_http, &HttpProbe::finished, this, &ServerMonitor::onHttpFinished);
    if (session) {
        m_snapshot.serverId = session->profile().id;
        m_snapshot.serverName = session->profile().name;
        m_snapshot.deployment = session->profile().deployment;
    }
}

ServerMonitor::~ServerMonitor() = default;

void ServerMonitor::setHttpOptions(const HttpProbe::Options &options)
{
    m_baseHttpOptions = options;
    m_http->setOptions(options);
}

HttpProbe::Options ServerMonitor::httpOptionsFor(const ServerProfile &profile, const QString &domain,
                                                 const HttpProbe::Options &base, QString *problem)
{
    HttpProbe::Options options = base;
    problem->clear();
    const QString address = profile.httpAddress();
    if (!address.isEmpty()) {
        const QHostAddress ip(address);
        if (ip.isNull()) {
            *problem = QCoreApplication::translate("ServerMonitor", "The HTTP address \"%1\" in the server's settings "
                                                                    "is not an IP address.").arg(address.left(100));
            return options;
        }
        // The domain without a port: that is the host name the probe's URLs carry.
        const QString host = domain.trimmed().toLower().section(QLatin1Char(':'), 0, 0);
        if (!host.isEmpty())
            options.resolveOverrides.insert(host, ip);
    }
    const QString caFile = profile.httpCaFile();
    if (!caFile.isEmpty()) {
        QFile f(caFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *problem = QCoreApplication::translate("ServerMonitor", "The CA file %1 for the HTTP checks cannot be "
                                                                    "read: %2").arg(caFile, f.errorString());
            return options;
        }
        const QList<QSslCertificate> cas = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (cas.isEmpty()) {
            *problem = QCoreApplication::translate("ServerMonitor", "The CA file %1 for the HTTP checks holds no "
                                                                    "PEM certificate.").arg(caFile);
            return options;
        }
        options.extraCaCertificates << cas;
    }
    return options;
}

QString ServerMonitor::domainFor(const ServerProfile &profile, const Snapshot &snapshot)
{
    const QString override = profile.domain();
    if (!override.isEmpty())
        return override;
    return snapshot.env.status.ok ? snapshot.env.domain() : QString();
}

Checker::Inputs ServerMonitor::inputsFor(const ServerProfile &profile)
{
    Checker::Inputs in;
    in.thresholds = Thresholds::fromJson(profile.thresholds());
    in.profileExtra = profile.extra;
    // The copies this computer holds (hoshu-cli backup --download, the Backups tab): finished
    // ones only (their .sha256 recorded), dated by when the server made them.
    const DesktopBackupFolder copies(CopiesFolder::current());
    in.serverName = profile.name;
    in.offsiteFolder = copies.serverDir(profile.name);
    in.offsiteCopiesLooked = true;
    in.newestOffsiteCopy = DesktopBackupFolder::newestMade(copies.list(profile.name));
    return in;
}

void ServerMonitor::refresh(bool includeSlowTier)
{
    if (m_refreshing || !m_session)
        return;
    m_refreshing = true;
    m_slow = includeSlowTier;
    m_probeDone = m_probeOk = m_httpDone = m_httpStarted = false;
    m_pending = Snapshot();
    m_httpResult = HttpChecks();
    m_error = SshError();
    if (!m_layoutRetry) // the retry after layoutDetected() counts as part of the same refresh
        m_clock.start();
    Q_EMIT refreshStarted();
    // The domain is known from the profile or the last refresh: HTTP runs beside the probe.
    // The very first refresh learns it from the probe and asks afterwards.
    const QString domain = domainFor(m_session->profile(), m_snapshot);
    if (!domain.isEmpty())
        startHttp(domain);
    m_runner->setUpdatesKey(m_lastUpdates.status.ok ? m_lastUpdates.key : QString());
    m_runner->start(includeSlowTier ? ProbeScript::Tier::Full : ProbeScript::Tier::Fast);
}

void ServerMonitor::startHttp(const QString &domain)
{
    m_httpStarted = true;
    QString problem;
    const ServerProfile profile = m_session ? m_session->profile() : ServerProfile();
    HttpProbe::Options options = httpOptionsFor(profile, domain, m_baseHttpOptions, &problem);
    // Both of the server's own names may serve pages and assets; nothing else is contacted.
    const Snapshot &known = m_probeDone ? m_pending : m_snapshot;
    if (known.env.status.ok) {
        for (const QString &own : {known.env.localDomain, known.env.webDomain}) {
            if (!own.isEmpty() && own != domain && !options.ownDomains.contains(own))
                options.ownDomains << own;
        }
    }
    if (!problem.isEmpty()) {
        // Not checked is not passed: every HTTP check says why (as "unknown").
        m_httpResult = HttpChecks();
        m_httpResult.domain = domain;
        m_httpResult.checkedAt = QDateTime::currentDateTimeUtc();
        m_httpResult.status = ParseStatus::bad(problem);
        m_httpDone = true;
        return;
    }
    m_http->setOptions(options);
    m_http->start(domain);
}

void ServerMonitor::onProbeFinished(const Snapshot &snapshot)
{
    if (!m_refreshing || m_probeDone)
        return;
    m_pending = snapshot;
    // apt's simulation costs most of the probe's CPU; when apt's state is
    // unchanged the probe skips it and the last result still holds.
    if (m_pending.updates.unchanged && m_lastUpdates.status.ok && m_pending.updates.key == m_lastUpdates.key)
        m_pending.updates = m_lastUpdates;
    else if (m_pending.updates.status.ok)
        m_lastUpdates = m_pending.updates;
    m_probeDone = true;
    m_probeOk = true;
    if (!m_httpStarted && m_session)
        startHttp(domainFor(m_session->profile(), snapshot)); // empty: reported as unknown
    finishIfDone();
}

void ServerMonitor::onProbeFailed(const SshError &error, int exitStatus)
{
    if (!m_refreshing || m_probeDone)
        return;
    m_error = error;
    m_failure = exitStatus >= 0 ? ConnectionRule::probeFailed(exitStatus, error.detail) : ConnectionRule::fromError(error);
    m_probeDone = true;
    m_probeOk = false;
    if (!m_httpStarted)
        m_httpDone = true;
    finishIfDone();
}

void ServerMonitor::onHttpFinished(const HttpChecks &http)
{
    if (!m_refreshing)
        return;
    m_httpResult = http;
    m_httpDone = true;
    finishIfDone();
}

QList<Finding> ServerMonitor::projections(const Snapshot &snap, const Thresholds &th) const
{
    QList<Finding> out;
    if (!m_history || !m_history->isOpen() || !snap.disks.status.ok)
        return out;
    const QDateTime now = snap.takenAt;
    for (const Filesystem &fs : snap.disks.filesystems) {
        QList<DiskProjection::Point> points;
        const auto history = m_history->diskHistory(snap.serverId, fs.mount, now.addDays(-kProjectionWindowDays));
        for (const HistoryStore::DiskPoint &p : history)
            points << DiskProjection::Point{p.time, p.usedBytes};
        points << DiskProjection::Point{now, fs.usedBytes};
        // Full for Mastodon and PostgreSQL (normal users) is when df's "available"
        // reaches 0: used + available, not the raw size that includes root's reserve.
        const qint64 usable = fs.usedBytes + fs.availBytes;
        if (auto f = DiskProjection::evaluate(fs.mount, points, usable, now, th)) {
            f->attachRemedy(snap.deployment, snap.version.knownMajor());
            out << *f;
        }
    }
    return out;
}

void ServerMonitor::finishIfDone()
{
    if (!m_probeDone || !m_httpDone)
        return;
    m_refreshing = false;
    m_lastDurationMs = m_clock.elapsed();
    m_lastRefresh = QDateTime::currentDateTimeUtc();
    m_historyError.clear();
    const bool layoutRetry = std::exchange(m_layoutRetry, false);
    // A layout that differs from the profile: this result was read from the wrong
    // place; refresh again at once with the detected layout, before anyone sees it.
    if (m_probeOk && !layoutRetry && m_session) {
        if (const auto updated = LayoutDetection::apply(m_session->profile(), m_pending)) {
            m_session->setProfile(*updated);
            m_snapshot.deployment = updated->deployment;
            m_layoutRetry = true;
            Q_EMIT layoutDetected(*updated);
            refresh(m_slow);
            return;
        }
    }
    const ServerProfile profile = m_session ? m_session->profile() : ServerProfile();

    if (!m_probeOk) {
        // Nothing is known from the inside; what the desktop saw over HTTPS still counts.
        Snapshot failed;
        failed.serverId = m_snapshot.serverId;
        failed.serverName = m_snapshot.serverName;
        failed.takenAt = m_lastRefresh;
        failed.http = m_httpResult;
        m_findings = QList<Finding>{m_failure} + HttpRules::evaluate(failed);
        if (m_recordHistory && m_history && m_history->isOpen())
            m_history->record(failed, m_findings, &m_historyError);
        Q_EMIT refreshFailed(m_error);
        return;
    }

    Snapshot snap = m_pending;
    m_pending = Snapshot();
    if (!m_slow && m_snapshot.slowTakenAt.isValid())
        snap.mergeSlow(m_snapshot);
    snap.http = m_httpResult;
    const Checker::Inputs inputs = inputsFor(profile);
    // Projection first: it reads the history before this refresh is added to it.
    QList<Finding> findings = Checker::evaluate(snap, inputs);
    findings << projections(snap, inputs.thresholds);
    if (m_recordHistory && m_history && m_history->isOpen())
        m_history->record(snap, findings, &m_historyError);
    m_snapshot = snap;
    m_findings = findings;
    Q_EMIT updated(m_snapshot, m_findings);
}

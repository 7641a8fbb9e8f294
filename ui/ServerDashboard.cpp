#include "ServerDashboard.h"

#include "AuditView.h"
#include "BackupsView.h"
#include "CertificatesView.h"
#include "DashboardText.h"
#include "DiskView.h"
#include "FindingsView.h"
#include "RenewalDoneDialog.h"
#include "ServicesView.h"
#include "TimersView.h"
#include "UiIcons.h"
#include "common/AppPaths.h"
#include "history/AuditLogReader.h"
#include "probes/LayoutDetection.h"

#include "backups/CopiesFolder.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

ServerDashboard::ServerDashboard(QWidget *actions, QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_layout(new QLabel(this))
    , m_refresh(new QPushButton(UiIcons::refreshing(), tr("&Refresh"), this))
    , m_tabs(new QTabWidget(this))
    , m_findings(new FindingsView(this))
    , m_disk(new DiskView(this))
    , m_certs(new CertificatesView(this))
    , m_services(new ServicesView(this))
    , m_timers(new TimersView(this))
    , m_audit(new AuditView(this))
    , m_backups(new QStackedWidget(this))
    , m_noBackups(new QLabel(tr("Select a server."), this))
    , m_copiesRoot(AppPaths::backupCopiesDir())
{
    setObjectName(QStringLiteral("serverDashboard"));
    m_header->setObjectName(QStringLiteral("dashboardHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_layout->setObjectName(QStringLiteral("dashboardLayout"));
    m_layout->setTextFormat(Qt::PlainText);
    m_layout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->setToolTip(tr("How Mastodon runs on this server. Change it with Server → Edit Server…"));
    m_refresh->setObjectName(QStringLiteral("refreshServerButton"));
    m_refresh->setToolTip(tr("Check this server again now (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (!m_current.isEmpty())
            Q_EMIT refreshRequested(m_current);
    });

    m_tabs->setObjectName(QStringLiteral("serverTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_findings, tr("Findings"));
    m_tabs->addTab(m_disk, tr("Disk"));
    m_tabs->addTab(m_certs, tr("Certificates"));
    m_tabs->addTab(m_services, tr("Services"));
    m_tabs->addTab(m_timers, tr("Timers"));
    if (actions)
        m_tabs->addTab(actions, tr("Actions"));
    m_tabs->addTab(m_audit, tr("Audit"));
    m_backups->setObjectName(QStringLiteral("backupsStack"));
    m_backups->addWidget(m_noBackups);
    m_tabs->addTab(m_backups, tr("Backups"));

    connect(m_findings, &FindingsView::fixRequested, this,
            [this](const QString &actionId, const QMap<QString, QString> &params) {
                Data &d = m_data[m_current];
                d.requested = m_findings->lastRequest();
                d.ranTitle.clear();
                Q_EMIT fixRequested(m_current, actionId, params);
            });
    connect(m_findings, &FindingsView::markDoneRequested, this, [this](const QString &what, const QDate &due) {
        auto *dialog = new RenewalDoneDialog(what, due, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QString id = m_current;
        connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
            Q_EMIT renewalRecorded(id, dialog->what(), dialog->nextDue());
            Q_EMIT refreshRequested(id); // the re-check shows the reminder gone
        });
        dialog->open();
    });
    connect(m_findings, &FindingsView::copyHereRequested, this, [this] {
        if (BackupsView *view = m_backupViews.value(m_current)) {
            m_tabs->setCurrentIndex(BackupsTab); // the transfer shows there
            view->copyNewest();
        }
    });
    connect(m_disk, &DiskView::measureRequested, this, [this] { Q_EMIT measureRequested(m_current); });
    connect(m_disk, &DiskView::historyMountChanged, this, [this](const QString &mount) {
        if (!m_current.isEmpty())
            Q_EMIT historyWanted(m_current, mount);
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    auto *headerLines = new QVBoxLayout;
    headerLines->setSpacing(0);
    headerLines->addWidget(m_header);
    headerLines->addWidget(m_layout);
    top->addLayout(headerLines, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    showCurrent();
}

void ServerDashboard::setCatalog(const Catalog &catalog)
{
    m_findings->setCatalog(catalog);
    m_audit->setCatalog(catalog);
    m_catalog = catalog;
    for (BackupsView *view : std::as_const(m_backupViews))
        view->setCatalog(catalog);
    showCurrent();
}

void ServerDashboard::setCurrentServer(const QString &id, const QString &name, const QString &deployment)
{
    const bool changed = id != m_current;
    m_current = id;
    m_currentName = name;
    m_deployment = deployment;
    m_findings->setDeployment(deployment);
    m_audit->setServer(id, name);
    BackupsView *backups = m_backupViews.value(id);
    m_backups->setCurrentWidget(backups ? static_cast<QWidget *>(backups) : m_noBackups);
    if (changed) {
        m_disk->clear(); // another server: its own filesystems, the fullest chosen again
        showCurrent();
    }
    else
        updateHeader();
}

void ServerDashboard::setServerProfile(const QString &id, const ServerProfile &profile)
{
    m_profiles.insert(id, profile);
    if (id == m_current)
        updateHeader();
}

QString ServerDashboard::layoutText() const
{
    return m_layout->isHidden() ? QString() : m_layout->text();
}

void ServerDashboard::addBackupsView(const QString &id, BackupsView *view)
{
    delete m_backupViews.take(id);
    view->setParent(m_backups);
    view->setObjectName(QStringLiteral("backupsView_") + id);
    view->setCatalog(m_catalog);
    view->setCopiesRoot(m_copiesRoot);
    m_backups->addWidget(view);
    m_backupViews.insert(id, view);
    connect(view, &BackupsView::actionRequested, this,
            [this, id](const QString &actionId, const QMap<QString, QString> &params) {
                Q_EMIT actionRequested(id, actionId, params);
            });
    // A new copy here answers backup.no_offsite_copy: the re-check shows it.
    connect(view, &BackupsView::downloadEnded, this, [this, id](bool saved) {
        if (saved)
            Q_EMIT refreshRequested(id);
    });
    if (id == m_current)
        m_backups->setCurrentWidget(view);
}

void ServerDashboard::setBackupCopiesDir(const QString &root)
{
    m_copiesRoot = root;
    for (BackupsView *view : std::as_const(m_backupViews))
        view->setCopiesRoot(root);
}

void ServerDashboard::removeServer(const QString &id)
{
    delete m_backupViews.take(id);
    m_data.remove(id);
    m_profiles.remove(id);
    delete m_retry.take(id);
    if (id == m_current)
        setCurrentServer(QString(), QString(), QString());
}

void ServerDashboard::setRefreshing(const QString &id, bool refreshing, bool slow)
{
    Data &d = m_data[id];
    d.refreshing = refreshing;
    d.slow = refreshing && slow;
    if (id == m_current) {
        m_disk->setMeasuring(d.slow);
        updateHeader();
    }
}

void ServerDashboard::setResult(const QString &id, const Snapshot &snapshot, const QList<Finding> &findings,
                                const QDateTime &time)
{
    Data &d = m_data[id];
    // A refresh that did not reach the server (its findings are connection.failed)
    // is no re-check: what the fix did is still not known, the re-check still owed.
    const bool reached = std::none_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.id == QLatin1String("connection.failed");
    });
    if (reached) {
        d.outcomeUnknown.clear();
        d.retryMs = 0;
        if (QTimer *t = m_retry.value(id))
            t->stop();
        // The connection is open now: the moment to keep this server's copies here fresh.
        if (BackupsView *backups = m_backupViews.value(id); backups && CopiesFolder::keepsUpToDate())
            backups->pullIfDue();
    }
    d.snapshot = snapshot;
    d.findings = findings;
    d.time = time;
    d.hasResult = true;
    d.refreshing = false;
    d.slow = false;
    d.error.clear();
    d.recheck = {};
    d.recheckTitle.clear();
    if (reached && !d.ranTitle.isEmpty()) {
        d.recheck = d.requested;
        d.recheckTitle = d.ranTitle;
        d.requested = {};
        d.ranTitle.clear();
    }
    if (id == m_current)
        showCurrent();
}

void ServerDashboard::fixRan(const QString &id, const QString &actionId, const QString &actionTitle)
{
    Data &d = m_data[id];
    if (!actionId.isEmpty() && d.requested.actionId == actionId)
        d.ranTitle = actionTitle;
    // How it ended is in the audit log, written before the runner said it ended.
    AuditLogReader::Options newest;
    newest.serverId = id;
    newest.limit = 1;
    const AuditLogReader::Result read = AuditLogReader(m_audit->logPath()).read(newest);
    if (!actionId.isEmpty() && !read.entries.isEmpty() && read.entries.constFirst().actionId == actionId
        && read.entries.constFirst().outcome == AuditLog::Outcome::Unknown) {
        const QString name = read.entries.constFirst().serverName;
        d.outcomeUnknown = tr("Outcome unknown: the connection to %1 dropped while “%2” was running. "
                              "Hoshu will check again when the server answers.")
                               .arg(name, actionTitle);
        d.retryMs = 0;
        if (id == m_current)
            showCurrent();
    }
}

void ServerDashboard::retryRecheck(const QString &id)
{
    // The server did not answer the re-check: ask again, a little later each time.
    Data &d = m_data[id];
    d.retryMs = d.retryMs <= 0 ? m_firstRetryMs : qMin(d.retryMs * 2, 5 * 60 * 1000);
    QTimer *timer = m_retry.value(id);
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, id] {
            if (m_data.contains(id) && recheckOwed(m_data.value(id)))
                Q_EMIT refreshRequested(id);
        });
        m_retry.insert(id, timer);
    }
    timer->start(d.retryMs);
}

void ServerDashboard::setFailed(const QString &id, const QString &message)
{
    Data &d = m_data[id];
    d.refreshing = false;
    d.slow = false;
    d.error = message;
    if (recheckOwed(d))
        retryRecheck(id);
    if (id == m_current)
        showCurrent();
}

void ServerDashboard::setHistory(const QString &id, const QString &mount, const QList<DiskProjection::Point> &points,
                                 qint64 sizeBytes)
{
    if (id == m_current && mount == m_disk->historyMount())
        m_disk->setHistory(mount, points, sizeBytes);
}

void ServerDashboard::showCurrent()
{
    const Data d = m_data.value(m_current);
    m_disk->setMeasuring(d.slow);
    if (!d.hasResult) {
        m_findings->showMessage(m_current.isEmpty() ? tr("Select a server.")
                                : d.error.isEmpty() ? tr("Not checked yet. Press F5 to refresh this server.")
                                                    : tr("Could not refresh: %1").arg(d.error));
        m_disk->clear();
        m_certs->clear();
        m_services->clear();
        m_timers->clear();
    } else {
        m_findings->setFindings(d.findings, d.time);
        if (!d.recheckTitle.isEmpty())
            m_findings->showRecheck(d.recheck, d.recheckTitle);
    }
    if (!d.outcomeUnknown.isEmpty())
        m_findings->showOutcomeUnknown(d.outcomeUnknown);
    if (d.hasResult) {
        m_disk->setSnapshot(d.snapshot, d.findings);
        m_certs->setSnapshot(d.snapshot, d.findings);
        m_services->setSnapshot(d.snapshot, d.findings);
        m_timers->setSnapshot(d.snapshot, d.findings);
    }
    updateHeader();
    updateTabTitles();
}

void ServerDashboard::updateHeader()
{
    m_refresh->setEnabled(!m_current.isEmpty());
    const auto profile = m_profiles.constFind(m_current);
    if (m_current.isEmpty() || profile == m_profiles.constEnd()) {
        m_layout->clear();
        m_layout->hide();
    } else {
        m_layout->setText(LayoutDetection::summaryLine(*profile, m_data.value(m_current).snapshot));
        m_layout->show();
    }
    if (m_current.isEmpty()) {
        m_header->clear();
        return;
    }
    const Data d = m_data.value(m_current);
    QString state;
    if (d.refreshing)
        state = d.slow ? tr("measuring disk usage (slow)…") : tr("refreshing…");
    else if (!d.error.isEmpty())
        state = tr("could not refresh: %1").arg(d.error.toHtmlEscaped());
    else if (d.hasResult)
        state = tr("%1: last refresh %2").arg(SeverityInfo::displayName(Finding::worst(d.findings)),
                                               DashboardText::relativeTime(d.time));
    else
        state = tr("not checked yet");
    m_header->setText(QStringLiteral("<b>%1</b> — %2").arg(m_currentName.toHtmlEscaped(), state));
    m_refresh->setEnabled(!d.refreshing);
}

void ServerDashboard::updateTabTitles()
{
    // The Findings tab carries the worst state's icon and the problem count.
    const Data d = m_data.value(m_current);
    int problems = 0;
    for (const Finding &f : d.findings) {
        if (f.severity != Severity::Ok)
            ++problems;
    }
    m_tabs->setTabIcon(FindingsTab, d.hasResult ? UiIcons::severity(Finding::worst(d.findings)) : QIcon());
    m_tabs->setTabText(FindingsTab, problems > 0 ? tr("Findings (%1)").arg(problems) : tr("Findings"));
}

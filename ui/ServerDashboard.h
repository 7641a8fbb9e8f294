#pragma once

#include "FindingsView.h"

#include "catalog/Catalog.h"
#include "checks/DiskProjection.h"
#include "checks/Finding.h"
#include "probes/Snapshot.h"
#include "servers/ServerProfile.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class AuditView;
class BackupsView;
class CertificatesView;
class DiskView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class ServicesView;
class QTimer;
class TimersView;

// One server's tabs: Findings, Disk, Certificates, Services, Timers, the
// Actions panel, the Audit and the Backups (each server's own BackupsView, kept while
// another server is shown, so a download goes on). Keeps the last result of every server, so switching servers
// shows their data at once; only the shown server's widgets are filled.
class ServerDashboard : public QWidget
{
    Q_OBJECT

public:
    enum Tab { FindingsTab, DiskTab, CertificatesTab, ServicesTab, TimersTab, ActionsTab, AuditTab, BackupsTab };

    // actions: the existing actions panel, shown as the last tab.
    explicit ServerDashboard(QWidget *actions, QWidget *parent = nullptr);

    void setCatalog(const Catalog &catalog);
    void setCurrentServer(const QString &id, const QString &name, const QString &deployment);
    QString currentServer() const { return m_current; }
    void removeServer(const QString &id); // deletes its BackupsView
    // The server's Backups tab (taken over; shown while the server is); given the catalog and copies folder.
    void addBackupsView(const QString &id, BackupsView *view);
    BackupsView *backupsView(const QString &id) const { return m_backupViews.value(id); }
    void setBackupCopiesDir(const QString &root);
    // The profile whose layout the header's second line shows
    // ("systemd · /home/mastodon/live · example.social · backups: ...").
    void setServerProfile(const QString &id, const ServerProfile &profile);
    QString layoutText() const;

    void setRefreshing(const QString &id, bool refreshing, bool slow = false);
    void setResult(const QString &id, const Snapshot &snapshot, const QList<Finding> &findings,
                   const QDateTime &time = QDateTime::currentDateTimeUtc());
    void setFailed(const QString &id, const QString &message);
    // A fix asked for from a finding card ran on this server (either way): the
    // next result is its re-check, and the Findings tab says what became of it.
    // When the audit log says the connection dropped while it ran (outcome
    // unknown), the Findings tab says so and the server is checked again, with
    // growing pauses, until it answers; a refresh that did not reach the server
    // is never taken for the re-check.
    void fixRan(const QString &id, const QString &actionId, const QString &actionTitle);
    // The first pause before checking again after a failed re-check (doubling up to 5 minutes).
    void setRecheckRetryDelay(int ms) { m_firstRetryMs = ms; }
    void setHistory(const QString &id, const QString &mount, const QList<DiskProjection::Point> &points,
                    qint64 sizeBytes);

    QTabWidget *tabs() const { return m_tabs; }
    FindingsView *findingsView() const { return m_findings; }
    DiskView *diskView() const { return m_disk; }
    CertificatesView *certificatesView() const { return m_certs; }
    ServicesView *servicesView() const { return m_services; }
    TimersView *timersView() const { return m_timers; }
    AuditView *auditView() const { return m_audit; }

Q_SIGNALS:
    void fixRequested(const QString &serverId, const QString &actionId, const QMap<QString, QString> &params);
    // Any other catalog action asked for from a tab (the Backups tab's "Back up now").
    void actionRequested(const QString &serverId, const QString &actionId, const QMap<QString, QString> &params);
    void refreshRequested(const QString &serverId);
    void measureRequested(const QString &serverId);
    void historyWanted(const QString &serverId, const QString &mount);
    // renewal.due: the user recorded the next due date of `what`.
    void renewalRecorded(const QString &serverId, const QString &what, const QDate &nextDue);

private:
    struct Data
    {
        Snapshot snapshot;
        QList<Finding> findings;
        QDateTime time;
        bool hasResult = false;
        bool refreshing = false;
        bool slow = false;
        QString error;
        FindingsView::Request requested; // the last fix asked for from a card
        QString ranTitle;                // set when it ran: the next result is its re-check
        FindingsView::Request recheck;   // shown with the findings until the next result
        QString recheckTitle;
        QString outcomeUnknown;          // set when a changing action's connection dropped: the text shown
        int retryMs = 0;                 // the pause before the next re-check, while one is owed
    };
    bool recheckOwed(const Data &d) const { return !d.ranTitle.isEmpty() || !d.outcomeUnknown.isEmpty(); }
    void retryRecheck(const QString &id);
    void showCurrent();
    void updateHeader();
    void updateTabTitles();

    QHash<QString, Data> m_data;
    QHash<QString, ServerProfile> m_profiles;
    QString m_current;
    QString m_currentName;
    QString m_deployment;
    QLabel *m_header;
    QLabel *m_layout;
    QPushButton *m_refresh;
    QTabWidget *m_tabs;
    FindingsView *m_findings;
    DiskView *m_disk;
    CertificatesView *m_certs;
    ServicesView *m_services;
    TimersView *m_timers;
    AuditView *m_audit;
    QStackedWidget *m_backups;
    QWidget *m_noBackups;
    QHash<QString, BackupsView *> m_backupViews;
    Catalog m_catalog;
    QString m_copiesRoot;
    QHash<QString, QTimer *> m_retry;
    int m_firstRetryMs = 10 * 1000;
};

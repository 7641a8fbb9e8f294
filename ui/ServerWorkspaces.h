#pragma once

#include "servers/ServerProfile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class AuditLog;
class LogPane;
class MonitorHub;
class OverviewModel;
class QSettings;
class QStackedWidget;
class QWidget;
class SecretStore;
class ServerDashboard;
class ServerListModel;
class ServerSession;
class ServerWorkspace;

// One ServerWorkspace (connection, log pane, runs) per server, by id, each wired
// to the views that show it: its state and busy flag to the sidebar model, its
// session to the MonitorHub, its re-check after a changing action to the
// dashboard. Adding or removing a server here adds or removes it everywhere.
class ServerWorkspaces : public QObject
{
    Q_OBJECT

public:
    struct Views {
        QStackedWidget *logStack = nullptr; // each server's LogPane goes here
        ServerListModel *serverModel = nullptr;
        OverviewModel *overviewModel = nullptr;
        ServerDashboard *dashboard = nullptr;
        MonitorHub *hub = nullptr;
    };

    ServerWorkspaces(SecretStore *secrets, AuditLog *auditLog, QSettings *settings, const Views &views,
                     QWidget *dialogParent);
    ~ServerWorkspaces() override;

    ServerWorkspace *workspace(const QString &id) const { return m_workspaces.value(id); }
    QList<ServerWorkspace *> all() const { return m_workspaces.values(); }
    QStringList runningNames() const; // servers with an action still running

    void load(const QList<ServerProfile> &profiles); // the whole list, at start
    void add(const ServerProfile &profile);           // a new server, at the end of the list
    void update(const ServerProfile &profile); // the profile, everywhere it is shown
    void remove(const QString &id);            // disconnects, drops its log, tells every view

    // For tests: adjust each session when it is created (ssh config, host key policy).
    void setSessionConfigurator(std::function<void(ServerSession *)> configurator);

Q_SIGNALS:
    void runningChanged();
    void statusMessage(const QString &text);

private:
    ServerWorkspace *create(const ServerProfile &profile);

    SecretStore *m_secrets;
    AuditLog *m_auditLog;
    QSettings *m_settings;
    Views m_views;
    QWidget *m_dialogParent;
    std::function<void(ServerSession *)> m_configureSession;
    QHash<QString, ServerWorkspace *> m_workspaces;
};

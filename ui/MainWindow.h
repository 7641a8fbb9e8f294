#pragma once

#include "catalog/Catalog.h"
#include "servers/ProfileStore.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QStackedWidget;
class QLabel;
class ActionPanel;
class AuditLog;
class LogDock;
class LogPane;
class MainWindowActions;
class MessageBanner;
class MonitorHub;
class OverviewModel;
class OverviewView;
class ServerDashboard;
class SecretStore;
class ServerListController;
class ServerListModel;
class ServerRegistry;
class ServerSession;
class ServerSidebar;
class ServerWorkspace;
class ServerWorkspaces;
class RefreshController;
class WindowSettings;

// The main window: servers on the left, the overview or the selected server's
// dashboard in the centre, its log in a dock at the bottom. Holds no SSH logic
// itself: each server's connection lives in its ServerWorkspace (ServerWorkspaces),
// changes to the server list go through ServerListController and ServerRegistry.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // profilesPath empty = AppPaths::profilesFile(). Settings (geometry, last
    // server, language) live in AppPaths::configDir(), so HOSHU_CONFIG_DIR
    // keeps tests away from the user's files.
    explicit MainWindow(const QString &profilesPath = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    static QString settingsFile();

    ServerListModel *serverModel() const { return m_model; }
    ActionPanel *actionPanel() const { return m_actions; }
    MessageBanner *banner() const { return m_banner; }
    QString currentServerId() const;
    void selectServer(const QString &id);
    ServerWorkspace *workspace(const QString &id) const;
    LogPane *logPane(const QString &id) const;
    const Catalog &catalog() const { return m_catalog; }
    OverviewModel *overviewModel() const { return m_overviewModel; }
    OverviewView *overviewView() const { return m_overview; }
    ServerDashboard *dashboard() const { return m_dashboard; }
    MonitorHub *monitorHub() const { return m_hub; }
    bool isOverviewShown() const;

    // For tests: use these actions instead of the embedded catalog.
    void setCatalog(const Catalog &catalog);
    // For tests: adjust each session when it is created (ssh config, host key policy).
    void setSessionConfigurator(std::function<void(ServerSession *)> configurator);

public Q_SLOTS:
    void addServer();
    void editServer();
    void removeServer();
    void connectServer();
    void disconnectServer();
    // The all-servers table (the first thing shown), or the selected server's tabs.
    void showOverview();
    void showServerDashboard();
    // Refreshes every server now, starts the auto-refresh timer and the tray icon.
    // Called by main(); tests that want no background SSH leave it out.
    void startMonitoring();
    void refreshCurrent();
    void refreshAll();
    void openSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void createWidgets();
    void restoreSettings();
    void onCurrentServerChanged();
    void updateActionStates();
    void showActionsFor(const QString &id);
    void runActionOn(const QString &serverId, const QString &actionId, const QMap<QString, QString> &parameters);
    void setLanguage(const QString &language);
    void showStatus(const QString &text, int timeoutMs);

    std::unique_ptr<WindowSettings> m_settings;
    ProfileStore m_store;
    Catalog m_catalog;
    SecretStore *m_secrets;
    std::unique_ptr<AuditLog> m_auditLog;

    ServerListModel *m_model;
    MainWindowActions *m_act = nullptr;
    ServerSidebar *m_sidebar = nullptr;
    ActionPanel *m_actions = nullptr;
    MessageBanner *m_banner = nullptr;
    LogDock *m_logDock = nullptr;
    QLabel *m_stateLabel = nullptr;
    OverviewModel *m_overviewModel = nullptr;
    OverviewView *m_overview = nullptr;
    ServerDashboard *m_dashboard = nullptr;
    MonitorHub *m_hub = nullptr;
    QStackedWidget *m_pages = nullptr;
    RefreshController *m_refresh = nullptr;
    ServerRegistry *m_registry = nullptr;
    ServerWorkspaces *m_workspaces = nullptr;
    ServerListController *m_servers = nullptr;
};

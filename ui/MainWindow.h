#pragma once

#include "catalog/Catalog.h"
#include "servers/ProfileStore.h"
#include "ssh/SshConnection.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListView;
class QSettings;
class QStackedWidget;
class ActionPanel;
class AuditLog;
class LogPane;
class MessageBanner;
class MonitorHub;
class OverviewModel;
class OverviewView;
class QSystemTrayIcon;
class QToolButton;
class ServerDashboard;
class SecretStore;
class ServerDialog;
class ServerListModel;
class ServerSession;
class ServerWorkspace;

// The main window: servers on the left, the selected server's actions in the
// centre, its log in a dock at the bottom. Holds no SSH logic itself: each
// server's connection lives in its ServerWorkspace.
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
    void about();
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
    void createActions();
    void createMenus();
    void createWidgets();
    void loadProfiles();
    void restoreSettings();
    void saveSettings();
    ServerWorkspace *createWorkspace(const ServerProfile &profile);
    void onCurrentServerChanged();
    void updateActionStates();
    void showActionsFor(const QString &id);
    void runAction(const QString &actionId, const QMap<QString, QString> &parameters);
    void runActionOn(const QString &serverId, const QString &actionId, const QMap<QString, QString> &parameters);
    void notifyCritical(const QString &id, const QString &title, const QString &message);
    void applyDialogSecret(const QString &id, const ServerDialog &dialog);
    void applyDetectedLayout(const QString &id, const ServerProfile &updated);
    bool saveStore();
    void setLanguage(const QString &language);

    std::unique_ptr<QSettings> m_settings;
    ProfileStore m_store;
    Catalog m_catalog;
    SecretStore *m_secrets;
    std::unique_ptr<AuditLog> m_auditLog;
    std::function<void(ServerSession *)> m_configureSession;
    QHash<QString, ServerWorkspace *> m_workspaces;

    ServerListModel *m_model;
    QListView *m_serverList = nullptr;
    ActionPanel *m_actions = nullptr;
    MessageBanner *m_banner = nullptr;
    QDockWidget *m_logDock = nullptr;
    QStackedWidget *m_logStack = nullptr;
    QWidget *m_logPlaceholder = nullptr;
    QLabel *m_stateLabel = nullptr;
    QPointer<ServerDialog> m_serverDialog;
    OverviewModel *m_overviewModel = nullptr;
    OverviewView *m_overview = nullptr;
    ServerDashboard *m_dashboard = nullptr;
    MonitorHub *m_hub = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolButton *m_overviewButton = nullptr;
    QSystemTrayIcon *m_tray = nullptr;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_refreshAllAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

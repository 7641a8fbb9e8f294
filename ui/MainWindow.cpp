#include "MainWindow.h"

#include "ActionPanel.h"
#include "LogDock.h"
#include "LogPane.h"
#include "MainWindowActions.h"
#include "MessageBanner.h"
#include "MonitorHub.h"
#include "OverviewModel.h"
#include "OverviewView.h"
#include "QuitConfirmation.h"
#include "RefreshController.h"
#include "ServerDashboard.h"
#include "ServerListController.h"
#include "ServerListModel.h"
#include "ServerSidebar.h"
#include "ServerWorkspace.h"
#include "ServerWorkspaces.h"
#include "UiIcons.h"
#include "WindowSettings.h"
#include "backups/CopiesFolder.h"
#include "common/AppPaths.h"
#include "history/AuditLog.h"
#include "servers/SecretStore.h"
#include "servers/ServerRegistry.h"
#include "session/ServerSession.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(const QString &profilesPath, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<WindowSettings>())
    , m_store(profilesPath.isEmpty() ? AppPaths::profilesFile() : profilesPath)
    , m_secrets(new SecretStore(this))
    , m_auditLog(std::make_unique<AuditLog>(AppPaths::auditLogFile()))
    , m_model(new ServerListModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_secrets->setRetryWhenUnavailable(true); // at login the Secret Service may start a moment after us
    setWindowTitle(QStringLiteral("Hoshu"));
    setWindowIcon(UiIcons::application());

    m_act = new MainWindowActions(this);
    createWidgets();
    m_act->fillMenuBar(menuBar(), m_logDock);
    connectActions();

    QStringList catalogErrors;
    m_catalog = Catalog::loadEmbedded(&catalogErrors);
    m_dashboard->setCatalog(m_catalog);
    if (!catalogErrors.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("Some actions could not be loaded and are not shown:\n%1")
                                  .arg(catalogErrors.join(QLatin1Char('\n'))));

    if (const QString problem = m_refresh->openHistory(AppPaths::historyDatabase()); !problem.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning, problem);

    m_servers->loadServers();
    restoreSettings();
    showOverview(); // the morning look comes first
    updateActionStates();
}

MainWindow::~MainWindow()
{
    // Monitors use the sessions: they go first, then the workspaces that own the sessions.
    delete m_hub;
    m_hub = nullptr;
    delete m_workspaces;
    m_workspaces = nullptr;
}

QString MainWindow::settingsFile()
{
    return WindowSettings::file();
}

// ---- construction -------------------------------------------------------------

void MainWindow::connectActions()
{
    connect(m_act->add, &QAction::triggered, this, &MainWindow::addServer);
    connect(m_act->edit, &QAction::triggered, this, &MainWindow::editServer);
    connect(m_act->remove, &QAction::triggered, this, &MainWindow::removeServer);
    connect(m_act->connectServer, &QAction::triggered, this, &MainWindow::connectServer);
    connect(m_act->disconnectServer, &QAction::triggered, this, &MainWindow::disconnectServer);
    connect(m_act->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_act->overview, &QAction::triggered, this, &MainWindow::showOverview);
    connect(m_act->refresh, &QAction::triggered, this, &MainWindow::refreshCurrent);
    connect(m_act->refreshAll, &QAction::triggered, this, &MainWindow::refreshAll);
    connect(m_act->settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_act, &MainWindowActions::languageChosen, this, &MainWindow::setLanguage);
}

void MainWindow::createWidgets()
{
    m_sidebar = new ServerSidebar(m_model, m_act->overview,
                                  {m_act->connectServer, m_act->disconnectServer, m_act->edit, m_act->remove}, this);
    QListView *list = m_sidebar->list();
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentServerChanged);
    connect(list, &QListView::activated, this, [this] { connectServer(); });
    connect(list, &QListView::clicked, this, [this] { showServerDashboard(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateActionStates(); });

    m_actions = new ActionPanel(this);
    connect(m_actions, &ActionPanel::runRequested, this,
            [this](const QString &actionId, const QMap<QString, QString> &parameters) {
                runActionOn(currentServerId(), actionId, parameters);
            });

    m_overviewModel = new OverviewModel(this);
    m_overview = new OverviewView(m_overviewModel, this);
    connect(m_overview, &OverviewView::openServerRequested, this, [this](const QString &id) {
        selectServer(id);
        showServerDashboard();
    });
    m_dashboard = new ServerDashboard(m_actions, this);
    connect(m_dashboard, &ServerDashboard::fixRequested, this, &MainWindow::runActionOn);
    connect(m_dashboard, &ServerDashboard::actionRequested, this, &MainWindow::runActionOn);
    m_dashboard->setBackupCopiesDir(CopiesFolder::current());
    m_hub = new MonitorHub(m_overviewModel, m_dashboard, this);
    connect(m_hub, &MonitorHub::healthChanged, m_model, &ServerListModel::setHealth);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("centralPages"));
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_dashboard);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 980});

    m_banner = new MessageBanner(this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_logDock = new LogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_act->fillToolBar(addToolBar(tr("Main Toolbar")));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_stateLabel);
    m_refresh = new RefreshController(m_hub, m_settings.get(), this);
    connect(m_refresh, &RefreshController::statusMessage, this, &MainWindow::showStatus);
    connect(m_refresh, &RefreshController::backupCopiesDirChanged, m_dashboard, &ServerDashboard::setBackupCopiesDir);

    m_registry = new ServerRegistry(&m_store, m_secrets, ServerRegistry::SecretCalls::Async, this);
    m_workspaces = new ServerWorkspaces(m_secrets, m_auditLog.get(), m_settings->settings(),
                                        {m_logDock->stack(), m_model, m_overviewModel, m_dashboard, m_hub}, this);
    connect(m_workspaces, &ServerWorkspaces::runningChanged, this, &MainWindow::updateActionStates);
    connect(m_workspaces, &ServerWorkspaces::statusMessage, this,
            [this](const QString &text) { showStatus(text, 10000); });
    m_servers = new ServerListController(m_registry, m_workspaces, m_hub, m_banner, this);
    connect(m_hub, &MonitorHub::layoutDetected, m_servers, &ServerListController::applyDetectedLayout);
    connect(m_dashboard, &ServerDashboard::renewalRecorded, m_servers, &ServerListController::recordRenewal);
    connect(m_servers, &ServerListController::statusMessage, this, &MainWindow::showStatus);
    connect(m_servers, &ServerListController::serverAdded, this, &MainWindow::selectServer);
    connect(m_servers, &ServerListController::serverChanged, this, [this](const QString &id) {
        if (id == currentServerId() || !workspace(id))
            onCurrentServerChanged();
    });
}

// ---- settings -----------------------------------------------------------------

void MainWindow::restoreSettings()
{
    m_settings->restoreWindow(this);
    const QString last = m_settings->lastServerId();
    if (m_model->rowOf(last) >= 0)
        selectServer(last);
    else if (m_model->rowCount() > 0)
        selectServer(m_model->idAt(0));
    else
        onCurrentServerChanged();
}

void MainWindow::setLanguage(const QString &language)
{
    m_settings->setLanguage(language);
    const QString text = language == QLatin1String("ja")
        ? QStringLiteral("表示言語は Hoshu の次回起動時に日本語に切り替わります。")
        : QStringLiteral("Hoshu will use English the next time it starts.");
    showStatus(text, 15000);
    QMessageBox box(QMessageBox::Information, tr("Language"), text, QMessageBox::Ok, this);
    box.setInformativeText(tr("The language takes effect after restarting Hoshu."));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QStringList running = m_workspaces->runningNames();
    if (!running.isEmpty()) {
        if (!QuitConfirmation::ask(this, running)) {
            event->ignore();
            return;
        }
        for (ServerWorkspace *ws : m_workspaces->all())
            ws->cancelRun();
    }
    m_settings->saveWindow(this, currentServerId(), logPane(currentServerId()));
    event->accept();
}

// ---- selection ----------------------------------------------------------------

QString MainWindow::currentServerId() const
{
    return m_sidebar->currentServerId();
}

void MainWindow::selectServer(const QString &id)
{
    if (m_model->rowOf(id) < 0)
        return;
    m_sidebar->setCurrentServer(id);
    onCurrentServerChanged();
}

ServerWorkspace *MainWindow::workspace(const QString &id) const
{
    return m_workspaces->workspace(id);
}

LogPane *MainWindow::logPane(const QString &id) const
{
    ServerWorkspace *ws = workspace(id);
    return ws ? ws->logPane() : nullptr;
}

void MainWindow::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    m_dashboard->setCatalog(catalog);
    showActionsFor(currentServerId());
}

void MainWindow::setSessionConfigurator(std::function<void(ServerSession *)> configurator)
{
    m_workspaces->setSessionConfigurator(std::move(configurator));
}

void MainWindow::onCurrentServerChanged()
{
    const QString id = currentServerId();
    showActionsFor(id);
    const ServerWorkspace *ws = workspace(id);
    m_logDock->showLog(logPane(id), ws ? ws->profile().name : QString());
    if (ws)
        m_dashboard->setServerProfile(id, ws->profile());
    m_dashboard->setCurrentServer(id, ws ? ws->profile().name : QString(),
                                  ws ? ws->profile().deployment : QString());
    updateActionStates();
}

void MainWindow::showActionsFor(const QString &id)
{
    const ServerWorkspace *ws = workspace(id);
    if (!ws) {
        m_actions->clearActions(m_model->rowCount() == 0 ? tr("Add a server to get started: Server → Add Server…")
                                                         : tr("Select a server on the left."));
        return;
    }
    m_actions->setActions(m_catalog.actions(), ws->profile().deployment, ws->profile().name);
}

void MainWindow::updateActionStates()
{
    const ServerWorkspace *ws = workspace(currentServerId());
    const bool has = ws != nullptr;
    m_act->enableFor(has, !m_store.isReadOnly(), has && ws->isRunning(),
                     has ? ws->state() : SshConnection::State::Disconnected);
    const QModelIndex index = m_sidebar->list()->currentIndex();
    m_stateLabel->setText(has ? QStringLiteral("%1: %2").arg(ws->profile().name,
                                                              index.data(ServerListModel::StateTextRole).toString())
                              : QString());
    if (has && (ws->isRunning() || ws->session()->isBusy()))
        m_actions->setRunsEnabled(false, tr("An action is running on this server; wait for it or cancel it."));
    else
        m_actions->setRunsEnabled(true);
}

// ---- servers ------------------------------------------------------------------

void MainWindow::addServer()
{
    m_servers->addServer();
}

void MainWindow::editServer()
{
    m_servers->editServer(currentServerId());
}

void MainWindow::removeServer()
{
    m_servers->removeServer(currentServerId());
}

void MainWindow::connectServer()
{
    if (ServerWorkspace *ws = workspace(currentServerId()))
        ws->connectToServer();
}

void MainWindow::disconnectServer()
{
    if (ServerWorkspace *ws = workspace(currentServerId()))
        ws->disconnectFromServer();
}

void MainWindow::runActionOn(const QString &serverId, const QString &actionId,
                             const QMap<QString, QString> &parameters)
{
    ServerWorkspace *ws = workspace(serverId);
    const Action *action = m_catalog.find(actionId);
    if (!ws || !action)
        return;
    m_logDock->show();
    ws->runAction(*action, parameters);
}

// ---- dashboards ---------------------------------------------------------------

bool MainWindow::isOverviewShown() const
{
    return m_pages->currentWidget() == m_overview;
}

void MainWindow::showOverview()
{
    m_pages->setCurrentWidget(m_overview);
    m_sidebar->showOverviewChecked();
    m_overview->table()->setFocus();
}

void MainWindow::showServerDashboard()
{
    if (currentServerId().isEmpty()) {
        showOverview();
        return;
    }
    m_pages->setCurrentWidget(m_dashboard);
    m_sidebar->showServerOpen();
}

void MainWindow::startMonitoring()
{
    m_refresh->start();
}

void MainWindow::refreshCurrent()
{
    QString id;
    if (isOverviewShown())
        id = m_overview->table()->currentIndex().data(OverviewModel::IdRole).toString();
    if (id.isEmpty())
        id = currentServerId();
    if (!id.isEmpty())
        m_refresh->refresh(id, workspace(id) ? workspace(id)->profile().name : id);
}

void MainWindow::refreshAll()
{
    m_refresh->refreshAll();
}

void MainWindow::openSettings()
{
    m_refresh->openSettings();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

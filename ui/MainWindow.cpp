#include "MainWindow.h"

#include "ActionPanel.h"
#include "LogPane.h"
#include "MessageBanner.h"
#include "MonitorHub.h"
#include "OverviewModel.h"
#include "OverviewView.h"
#include "ServerDashboard.h"
#include "SettingsDialog.h"
#include "ServerDialog.h"
#include "ServerListModel.h"
#include "ServerWorkspace.h"
#include "UiIcons.h"
#include "common/AppPaths.h"
#include "common/UiLanguage.h"
#include "history/AuditLog.h"
#include "history/HistoryStore.h"
#include "probes/LayoutDetection.h"
#include "servers/SecretStore.h"
#include "session/ServerMonitor.h"
#include "session/ServerSession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const QString KeyGeometry = QStringLiteral("window/geometry");
const QString KeyState = QStringLiteral("window/state");
const QString KeySplitter = QStringLiteral("window/splitter");
const QString KeyLastServer = QStringLiteral("ui/lastServerId");
const QString KeyLanguage = QStringLiteral("ui/language");
const QString KeyLogLines = QStringLiteral("log/maximumLines");
const QString KeyLogTimestamps = QStringLiteral("log/timestamps");
} // namespace

MainWindow::MainWindow(const QString &profilesPath, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat))
    , m_store(profilesPath.isEmpty() ? AppPaths::profilesFile() : profilesPath)
    , m_secrets(new SecretStore(this))
    , m_auditLog(std::make_unique<AuditLog>(AppPaths::auditLogFile()))
    , m_model(new ServerListModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_secrets->setRetryWhenUnavailable(true); // at login the Secret Service may start a moment after us
    setWindowTitle(QStringLiteral("Hoshu"));
    setWindowIcon(UiIcons::application());

    createActions();
    createWidgets();
    createMenus();

    QStringList catalogErrors;
    m_catalog = Catalog::loadEmbedded(&catalogErrors);
    m_dashboard->setCatalog(m_catalog);
    if (!catalogErrors.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("Some actions could not be loaded and are not shown:\n%1")
                                  .arg(catalogErrors.join(QLatin1Char('\n'))));

    connect(m_secrets, &SecretStore::writeFinished, this,
            [this](const QString &, SecretStore::Kind, SecretStore::Status status, const QString &message) {
                if (status != SecretStore::Status::Ok)
                    m_banner->showMessage(MessageBanner::Level::Warning,
                                          tr("The secret could not be saved in the system keychain: %1\n"
                                             "Hoshu will ask for it again when it is needed.")
                                              .arg(message.isEmpty() ? SecretStore::statusMessage(status) : message));
            });

    QString historyError;
    if (!m_hub->openHistory(AppPaths::historyDatabase(), &historyError))
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("The history database could not be opened, so charts stay empty: %1")
                                  .arg(historyError));
    else if (!m_hub->history()->setAsidePath().isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("The history database was damaged. It was moved to %1 and a new one was started.")
                                  .arg(m_hub->history()->setAsidePath()));

    loadProfiles();
    restoreSettings();
    showOverview(); // the morning look comes first
    updateActionStates();
}

MainWindow::~MainWindow()
{
    // Monitors use the sessions: they go first.
    delete m_hub;
    m_hub = nullptr;
    // Workspaces own sessions that may emit while being torn down: disconnect first.
    for (ServerWorkspace *ws : std::as_const(m_workspaces))
        ws->disconnect(this);
    qDeleteAll(m_workspaces);
}

QString MainWindow::settingsFile()
{
    return AppPaths::configDir() + QStringLiteral("/hoshu-ui.ini");
}

// ---- construction -------------------------------------------------------------

void MainWindow::createActions()
{
    QStyle *s = style();
    m_addAction = new QAction(s->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add Server…"), this);
    m_addAction->setObjectName(QStringLiteral("addServerAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setStatusTip(tr("Add a server to look after"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addServer);

    m_editAction = new QAction(s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit Server…"), this);
    m_editAction->setObjectName(QStringLiteral("editServerAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editServer);

    m_removeAction = new QAction(s->standardIcon(QStyle::SP_TrashIcon), tr("&Remove Server…"), this);
    m_removeAction->setObjectName(QStringLiteral("removeServerAction"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeServer);

    m_connectAction = new QAction(s->standardIcon(QStyle::SP_DialogYesButton), tr("&Connect"), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectServer);

    m_disconnectAction = new QAction(s->standardIcon(QStyle::SP_DialogNoButton), tr("&Disconnect"), this);
    m_disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectServer);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_overviewAction = new QAction(tr("&Overview of All Servers"), this);
    m_overviewAction->setObjectName(QStringLiteral("overviewAction"));
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_overviewAction, &QAction::triggered, this, &MainWindow::showOverview);

    m_refreshAction = new QAction(UiIcons::refreshing(), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    m_refreshAction->setStatusTip(tr("Check the selected server again now (read-only)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrent);

    m_refreshAllAction = new QAction(tr("Refresh &All"), this);
    m_refreshAllAction->setObjectName(QStringLiteral("refreshAllAction"));
    m_refreshAllAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F5), QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    m_refreshAllAction->setStatusTip(tr("Check every server again now, all at the same time (read-only)"));
    connect(m_refreshAllAction, &QAction::triggered, this, &MainWindow::refreshAll);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_aboutAction = new QAction(tr("&About Hoshu"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createWidgets()
{
    m_serverList = new QListView(this);
    m_serverList->setObjectName(QStringLiteral("serverList"));
    m_serverList->setModel(m_model);
    m_serverList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_serverList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_serverList->setIconSize(QSize(22, 22));
    m_serverList->setSpacing(2);
    m_serverList->setTextElideMode(Qt::ElideRight); // the tooltip has the full text
    m_serverList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_serverList->setMinimumWidth(200);
    m_serverList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_serverList->addActions({m_connectAction, m_disconnectAction, m_editAction, m_removeAction});
    m_serverList->setAccessibleName(tr("Servers"));
    connect(m_serverList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentServerChanged);
    connect(m_serverList, &QListView::activated, this, [this] { connectServer(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateActionStates(); });

    connect(m_serverList, &QListView::clicked, this, [this] { showServerDashboard(); });

    m_actions = new ActionPanel(this);
    connect(m_actions, &ActionPanel::runRequested, this, &MainWindow::runAction);

    // Left: "Overview" above the servers. Right: the overview table or the server's tabs.
    m_overviewButton = new QToolButton(this);
    m_overviewButton->setObjectName(QStringLiteral("overviewButton"));
    m_overviewButton->setDefaultAction(m_overviewAction);
    m_overviewButton->setCheckable(true);
    m_overviewButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_overviewButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_overviewButton->setAutoRaise(true);
    m_overviewButton->setIconSize(QSize(22, 22));
    m_overviewAction->setIcon(UiIcons::application());
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(2);
    sideLayout->addWidget(m_overviewButton);
    sideLayout->addWidget(m_serverList, 1);

    m_overviewModel = new OverviewModel(this);
    m_overview = new OverviewView(m_overviewModel, this);
    connect(m_overview, &OverviewView::openServerRequested, this, [this](const QString &id) {
        selectServer(id);
        showServerDashboard();
    });
    m_dashboard = new ServerDashboard(m_actions, this);
    connect(m_dashboard, &ServerDashboard::fixRequested, this,
            [this](const QString &serverId, const QString &actionId, const QMap<QString, QString> &params) {
                runActionOn(serverId, actionId, params);
            });
    m_hub = new MonitorHub(m_overviewModel, m_dashboard, this);
    connect(m_hub, &MonitorHub::turnedCritical, this, &MainWindow::notifyCritical);
    connect(m_hub, &MonitorHub::healthChanged, m_model, &ServerListModel::setHealth);
    connect(m_hub, &MonitorHub::layoutDetected, this, &MainWindow::applyDetectedLayout);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("centralPages"));
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_dashboard);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(side);
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

    m_logStack = new QStackedWidget(this);
    m_logStack->setObjectName(QStringLiteral("logStack"));
    auto *placeholder = new QLabel(tr("Select a server to see its log."), m_logStack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    m_logPlaceholder = placeholder;
    m_logStack->addWidget(m_logPlaceholder);
    m_logDock = new QDockWidget(tr("Log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logStack);
    m_logDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                           | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    auto *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_removeAction);
    toolbar->addSeparator();
    toolbar->addAction(m_connectAction);
    toolbar->addAction(m_disconnectAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_refreshAllAction);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_stateLabel);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_addAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *server = menuBar()->addMenu(tr("&Server"));
    server->setObjectName(QStringLiteral("serverMenu"));
    server->addAction(m_addAction);
    server->addAction(m_editAction);
    server->addAction(m_removeAction);
    server->addSeparator();
    server->addAction(m_connectAction);
    server->addAction(m_disconnectAction);
    server->addSeparator();
    server->addAction(m_refreshAction);
    server->addAction(m_refreshAllAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_overviewAction);
    view->addSeparator();
    QAction *showLog = m_logDock->toggleViewAction();
    showLog->setText(tr("Show &Log"));
    showLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(showLog);

    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    // Language names are written in their own language, so anyone can find theirs.
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("ja"), QStringLiteral("日本語")},
                                                      {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : languages) {
        QAction *action = language->addAction(name);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(UiLanguage::current() == code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
}

void MainWindow::loadProfiles()
{
    const ProfileStore::LoadResult result = m_store.load();
    switch (result.status) {
    case ProfileStore::LoadStatus::Ok:
    case ProfileStore::LoadStatus::Missing:
        break;
    case ProfileStore::LoadStatus::Corrupt:
    case ProfileStore::LoadStatus::TooNew:
    case ProfileStore::LoadStatus::Unreadable:
        m_banner->showMessage(MessageBanner::Level::Error, result.message);
        break;
    }
    const QList<ServerProfile> profiles = m_store.profiles();
    m_model->setProfiles(profiles);
    m_overviewModel->setProfiles(profiles);
    for (const ServerProfile &profile : profiles)
        createWorkspace(profile);
}

ServerWorkspace *MainWindow::createWorkspace(const ServerProfile &profile)
{
    auto *log = new LogPane(m_logStack);
    log->setObjectName(QStringLiteral("logPane_") + profile.id);
    log->setMaximumLines(m_settings->value(KeyLogLines, 100000).toInt());
    log->setTimestampsVisible(m_settings->value(KeyLogTimestamps, true).toBool());
    m_logStack->addWidget(log);
    auto *ws = new ServerWorkspace(profile, m_secrets, log, this);
    ws->setAuditLog(m_auditLog.get());
    if (m_configureSession)
        m_configureSession(ws->session());
    connect(ws, &ServerWorkspace::stateChanged, this,
            [this](const QString &id, SshConnection::State state, const QString &errorTitle) {
                m_model->setState(id, state, errorTitle);
            });
    connect(ws, &ServerWorkspace::busyChanged, this,
            [this](const QString &id, bool busy) { m_model->setBusy(id, busy); });
    connect(ws, &ServerWorkspace::runningChanged, this, [this](const QString &, bool) { updateActionStates(); });
    // The action's verify step: look at the server again, so the findings show its result.
    connect(ws, &ServerWorkspace::serverMayHaveChanged, this, [this, ws](const QString &id) {
        m_dashboard->fixRan(id, ws->lastRunActionId(), ws->lastRunTitle());
        m_hub->refresh(id);
    });
    connect(ws, &ServerWorkspace::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_workspaces.insert(profile.id, ws);
    m_overviewModel->addProfile(profile);
    m_hub->addServer(profile.id, profile.name, ws->session());
    return ws;
}

// ---- settings -----------------------------------------------------------------

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings->value(KeyGeometry).toByteArray()))
        resize(1200, 780);
    restoreState(m_settings->value(KeyState).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(m_settings->value(KeySplitter).toByteArray());
    const QString last = m_settings->value(KeyLastServer).toString();
    if (m_model->rowOf(last) >= 0)
        selectServer(last);
    else if (m_model->rowCount() > 0)
        selectServer(m_model->idAt(0));
    else
        onCurrentServerChanged();
}

void MainWindow::saveSettings()
{
    m_settings->setValue(KeyGeometry, saveGeometry());
    m_settings->setValue(KeyState, saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        m_settings->setValue(KeySplitter, splitter->saveState());
    m_settings->setValue(KeyLastServer, currentServerId());
    if (LogPane *log = logPane(currentServerId()))
        m_settings->setValue(KeyLogTimestamps, log->timestampsVisible());
    m_settings->sync();
}

void MainWindow::setLanguage(const QString &language)
{
    m_settings->setValue(KeyLanguage, language);
    m_settings->sync();
    const QString text = language == QLatin1String("ja")
        ? QStringLiteral("表示言語は Hoshu の次回起動時に日本語に切り替わります。")
        : QStringLiteral("Hoshu will use English the next time it starts.");
    statusBar()->showMessage(text, 15000);
    QMessageBox box(QMessageBox::Information, tr("Language"), text, QMessageBox::Ok, this);
    box.setInformativeText(tr("The language takes effect after restarting Hoshu."));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QStringList running;
    for (const ServerWorkspace *ws : std::as_const(m_workspaces)) {
        if (ws->isRunning())
            running << ws->profile().name;
    }
    if (!running.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Quit Hoshu?"),
                        tr("An action is still running on: %1.").arg(running.join(QStringLiteral(", "))),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("If you quit now, Hoshu asks the server to stop the command, and you will not "
                                  "see how it ends."));
        QPushButton *quit = box.addButton(tr("&Quit Anyway"), QMessageBox::DestructiveRole);
        QPushButton *stay = box.addButton(tr("&Keep Running"), QMessageBox::RejectRole);
        box.setDefaultButton(stay);
        box.exec();
        if (box.clickedButton() != quit) {
            event->ignore();
            return;
        }
        for (ServerWorkspace *ws : std::as_const(m_workspaces))
            ws->cancelRun();
    }
    saveSettings();
    event->accept();
}

// ---- selection ----------------------------------------------------------------

QString MainWindow::currentServerId() const
{
    return m_model->idAt(m_serverList->currentIndex().row());
}

void MainWindow::selectServer(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_serverList->setCurrentIndex(m_model->index(row));
    onCurrentServerChanged();
}

ServerWorkspace *MainWindow::workspace(const QString &id) const
{
    return m_workspaces.value(id);
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
    m_configureSession = std::move(configurator);
    if (m_configureSession) {
        for (ServerWorkspace *ws : std::as_const(m_workspaces))
            m_configureSession(ws->session());
    }
}

void MainWindow::onCurrentServerChanged()
{
    const QString id = currentServerId();
    showActionsFor(id);
    LogPane *log = logPane(id);
    m_logStack->setCurrentWidget(log ? static_cast<QWidget *>(log) : m_logPlaceholder);
    const ServerWorkspace *ws = workspace(id);
    m_logDock->setWindowTitle(ws ? tr("Log — %1").arg(ws->profile().name) : tr("Log"));
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
    const bool writable = !m_store.isReadOnly();
    m_addAction->setEnabled(writable);
    m_editAction->setEnabled(has && writable);
    m_removeAction->setEnabled(has && writable && !ws->isRunning());
    const SshConnection::State state = has ? ws->state() : SshConnection::State::Disconnected;
    const bool idle = state == SshConnection::State::Disconnected || state == SshConnection::State::Failed;
    m_connectAction->setEnabled(has && idle);
    m_disconnectAction->setEnabled(has && !idle);
    const QModelIndex index = m_serverList->currentIndex();
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
    if (m_serverDialog && m_serverDialog->isVisible()) {
        m_serverDialog->raise();
        return;
    }
    auto *dialog = new ServerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (const ServerProfile &p : m_store.profiles())
        names << p.name;
    dialog->setExistingNames(names);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!m_store.add(dialog->profile(), &error)) {
            QMessageBox::warning(this, tr("Could Not Add the Server"), error);
            return;
        }
        saveStore();
        const std::optional<ServerProfile> added = m_store.findByName(dialog->profile().name);
        if (!added)
            return;
        m_model->addProfile(*added);
        createWorkspace(*added);
        applyDialogSecret(added->id, *dialog);
        selectServer(added->id);
        statusBar()->showMessage(tr("Added %1.").arg(added->name), 10000);
    });
    m_serverDialog = dialog;
    dialog->open();
}

void MainWindow::editServer()
{
    ServerWorkspace *ws = workspace(currentServerId());
    if (!ws || (m_serverDialog && m_serverDialog->isVisible()))
        return;
    auto *dialog = new ServerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(ws->profile());
    if (const ServerMonitor *monitor = m_hub->monitor(ws->id()); monitor && monitor->snapshot().takenAt.isValid())
        dialog->setDetected(LayoutDetection::detected(monitor->snapshot()));
    QStringList names;
    for (const ServerProfile &p : m_store.profiles()) {
        if (p.id != ws->id())
            names << p.name;
    }
    dialog->setExistingNames(names);
    const QString id = ws->id();
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        ServerWorkspace *ws = workspace(id);
        if (!ws)
            return;
        const ServerProfile profile = dialog->profile();
        QString error;
        if (!m_store.update(profile, &error)) {
            QMessageBox::warning(this, tr("Could Not Save the Server"), error);
            return;
        }
        saveStore();
        ws->setProfile(profile);
        m_model->updateProfile(profile);
        m_overviewModel->updateProfile(profile);
        m_hub->renameServer(id, profile.name);
        applyDialogSecret(id, *dialog);
        showActionsFor(currentServerId());
        onCurrentServerChanged();
    });
    m_serverDialog = dialog;
    dialog->open();
}

void MainWindow::applyDetectedLayout(const QString &id, const ServerProfile &updated)
{
    ServerWorkspace *ws = workspace(id);
    if (!ws)
        return;
    // Only the layout changes: anything else the user edited meanwhile stays.
    ServerProfile profile = ws->profile();
    profile.deployment = updated.deployment;
    profile.mastodonDir = updated.mastodonDir;
    ws->setProfile(profile);
    m_dashboard->setServerProfile(id, profile);
    if (!m_store.isReadOnly()) {
        QString error;
        if (m_store.update(profile, &error))
            saveStore();
    }
    m_model->updateProfile(profile);
    m_overviewModel->updateProfile(profile);
    statusBar()->showMessage(QStringLiteral("%1: %2").arg(profile.name, LayoutDetection::detectedMessage(profile)),
                             10000);
    if (id == currentServerId())
        onCurrentServerChanged(); // the actions offered depend on the deployment
}

void MainWindow::applyDialogSecret(const QString &id, const ServerDialog &dialog)
{
    const SecretBytes secret = dialog.secret();
    if (secret.isEmpty())
        return; // nothing typed: keep what the keychain has
    if (dialog.rememberSecret()) {
        m_secrets->write(id, dialog.secretKind(), secret);
    } else {
        // The user does not want it stored: drop an older stored one too.
        m_secrets->remove(id, dialog.secretKind());
        if (ServerWorkspace *ws = workspace(id))
            ws->setOneTimeSecret(dialog.secretKind(), secret);
    }
}

void MainWindow::removeServer()
{
    ServerWorkspace *ws = workspace(currentServerId());
    if (!ws)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Server"),
                                tr("Remove %1 from Hoshu?").arg(ws->profile().name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeServerConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Its settings, its log and its passwords in the system keychain are removed. "
                               "Nothing on the server itself is changed."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    const QString id = ws->id();
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        ServerWorkspace *ws = m_workspaces.take(id);
        if (!ws)
            return;
        const QString name = ws->profile().name;
        m_hub->removeServer(id);
        m_overviewModel->removeProfile(id);
        m_dashboard->removeServer(id);
        ws->disconnect(this);
        ws->disconnectFromServer();
        LogPane *log = ws->logPane();
        delete ws;
        delete log;
        for (SecretStore::Kind kind :
             {SecretStore::Kind::Password, SecretStore::Kind::KeyPassphrase, SecretStore::Kind::SudoPassword})
            m_secrets->remove(id, kind);
        m_store.remove(id);
        saveStore();
        m_model->removeProfile(id);
        onCurrentServerChanged();
        statusBar()->showMessage(tr("Removed %1.").arg(name), 10000);
    });
    box->open();
}

bool MainWindow::saveStore()
{
    QString error;
    if (m_store.save(&error))
        return true;
    m_banner->showMessage(MessageBanner::Level::Error,
                          tr("The server list could not be saved: %1\nYour change stays until Hoshu is closed.")
                              .arg(error));
    return false;
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

void MainWindow::runAction(const QString &actionId, const QMap<QString, QString> &parameters)
{
    runActionOn(currentServerId(), actionId, parameters);
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

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Hoshu"),
                       tr("<h3>Hoshu %1</h3>"
                          "<p>A desktop console for people who run their own Mastodon servers.</p>"
                          "<p>Hoshu connects only to your own servers over SSH. Every command that changes "
                          "a server is shown to you before it runs.</p>")
                           .arg(QStringLiteral(HOSHU_VERSION)));
}

// ---- dashboards ---------------------------------------------------------------

bool MainWindow::isOverviewShown() const
{
    return m_pages->currentWidget() == m_overview;
}

void MainWindow::showOverview()
{
    m_pages->setCurrentWidget(m_overview);
    m_overviewButton->setChecked(true);
    // The sidebar keeps its current server (for the toolbar), but shows none as open.
    m_serverList->clearSelection();
    m_overview->table()->setFocus();
}

void MainWindow::showServerDashboard()
{
    if (currentServerId().isEmpty()) {
        showOverview();
        return;
    }
    m_pages->setCurrentWidget(m_dashboard);
    m_overviewButton->setChecked(false);
    const QModelIndex current = m_serverList->currentIndex();
    m_serverList->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
}

void MainWindow::startMonitoring()
{
    const int minutes = m_settings->value(SettingsDialog::intervalKey(), SettingsDialog::defaultIntervalMinutes()).toInt();
    m_hub->setAutoRefreshMinutes(minutes);
    if (QSystemTrayIcon::isSystemTrayAvailable() && !m_tray) {
        m_tray = new QSystemTrayIcon(UiIcons::application(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setToolTip(QStringLiteral("Hoshu"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    m_hub->refreshAll();
}

void MainWindow::refreshCurrent()
{
    QString id;
    if (isOverviewShown()) {
        const QModelIndex index = m_overview->table()->currentIndex();
        id = index.data(OverviewModel::IdRole).toString();
    }
    if (id.isEmpty())
        id = currentServerId();
    if (id.isEmpty())
        return;
    m_hub->refresh(id);
    statusBar()->showMessage(tr("Refreshing %1…").arg(workspace(id) ? workspace(id)->profile().name : id), 5000);
}

void MainWindow::refreshAll()
{
    m_hub->refreshAll();
    statusBar()->showMessage(tr("Refreshing all servers…"), 5000);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIntervalMinutes(
        m_settings->value(SettingsDialog::intervalKey(), SettingsDialog::defaultIntervalMinutes()).toInt());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int minutes = dialog->intervalMinutes();
        m_settings->setValue(SettingsDialog::intervalKey(), minutes);
        m_settings->sync();
        m_hub->setAutoRefreshMinutes(minutes);
    });
    dialog->open();
}

void MainWindow::notifyCritical(const QString &id, const QString &title, const QString &message)
{
    Q_UNUSED(id)
    statusBar()->showMessage(title, 15000);
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Critical, 30000);
}

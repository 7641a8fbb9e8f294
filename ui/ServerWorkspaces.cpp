#include "ServerWorkspaces.h"

#include "BackupsView.h"
#include "LogPane.h"
#include "MonitorHub.h"
#include "OverviewModel.h"
#include "ServerDashboard.h"
#include "ServerListModel.h"
#include "ServerWorkspace.h"

#include <QSettings>
#include <QStackedWidget>

namespace {
const QString KeyLogLines = QStringLiteral("log/maximumLines");
const QString KeyLogTimestamps = QStringLiteral("log/timestamps");
} // namespace

ServerWorkspaces::ServerWorkspaces(SecretStore *secrets, AuditLog *auditLog, QSettings *settings, const Views &views,
                                   QWidget *dialogParent)
    : QObject(dialogParent)
    , m_secrets(secrets)
    , m_auditLog(auditLog)
    , m_settings(settings)
    , m_views(views)
    , m_dialogParent(dialogParent)
{
}

ServerWorkspaces::~ServerWorkspaces()
{
    // Workspaces own sessions that may emit while being torn down: disconnect first.
    for (ServerWorkspace *ws : std::as_const(m_workspaces))
        ws->disconnect(this);
    qDeleteAll(m_workspaces);
}

QStringList ServerWorkspaces::runningNames() const
{
    QStringList running;
    for (const ServerWorkspace *ws : std::as_const(m_workspaces)) {
        if (ws->isRunning())
            running << ws->profile().name;
    }
    return running;
}

void ServerWorkspaces::load(const QList<ServerProfile> &profiles)
{
    m_views.serverModel->setProfiles(profiles);
    m_views.overviewModel->setProfiles(profiles);
    for (const ServerProfile &profile : profiles)
        create(profile);
}

void ServerWorkspaces::add(const ServerProfile &profile)
{
    m_views.serverModel->addProfile(profile);
    create(profile);
}

ServerWorkspace *ServerWorkspaces::create(const ServerProfile &profile)
{
    auto *log = new LogPane(m_views.logStack);
    log->setObjectName(QStringLiteral("logPane_") + profile.id);
    log->setMaximumLines(m_settings->value(KeyLogLines, 100000).toInt());
    log->setTimestampsVisible(m_settings->value(KeyLogTimestamps, true).toBool());
    m_views.logStack->addWidget(log);
    auto *ws = new ServerWorkspace(profile, m_secrets, log, m_dialogParent);
    ws->setAuditLog(m_auditLog);
    if (m_configureSession)
        m_configureSession(ws->session());
    // Every connection has this as its context, so remove() cuts them all at once.
    connect(ws, &ServerWorkspace::stateChanged, this,
            [this](const QString &id, SshConnection::State state, const QString &errorTitle) {
                m_views.serverModel->setState(id, state, errorTitle);
            });
    connect(ws, &ServerWorkspace::busyChanged, this,
            [this](const QString &id, bool busy) { m_views.serverModel->setBusy(id, busy); });
    connect(ws, &ServerWorkspace::runningChanged, this, [this] { Q_EMIT runningChanged(); });
    // The action's verify step: look at the server again, so the findings show its result.
    connect(ws, &ServerWorkspace::serverMayHaveChanged, this, [this, ws](const QString &id) {
        m_views.dashboard->fixRan(id, ws->lastRunActionId(), ws->lastRunTitle());
        m_views.hub->refresh(id);
    });
    connect(ws, &ServerWorkspace::statusMessage, this, &ServerWorkspaces::statusMessage);
    m_workspaces.insert(profile.id, ws);
    m_views.dashboard->addBackupsView(profile.id, new BackupsView(ws));
    m_views.overviewModel->addProfile(profile);
    m_views.hub->addServer(profile.id, profile.name, ws->session());
    return ws;
}

void ServerWorkspaces::update(const ServerProfile &profile)
{
    if (ServerWorkspace *ws = workspace(profile.id))
        ws->setProfile(profile);
    m_views.serverModel->updateProfile(profile);
    m_views.overviewModel->updateProfile(profile);
    m_views.dashboard->setServerProfile(profile.id, profile);
    m_views.hub->renameServer(profile.id, profile.name);
}

void ServerWorkspaces::remove(const QString &id)
{
    ServerWorkspace *ws = m_workspaces.take(id);
    if (!ws)
        return;
    m_views.hub->removeServer(id);
    m_views.overviewModel->removeProfile(id);
    m_views.dashboard->removeServer(id);
    ws->disconnect(this);
    ws->disconnectFromServer();
    LogPane *log = ws->logPane();
    delete ws;
    delete log;
    m_views.serverModel->removeProfile(id);
}

void ServerWorkspaces::setSessionConfigurator(std::function<void(ServerSession *)> configurator)
{
    m_configureSession = std::move(configurator);
    if (m_configureSession) {
        for (ServerWorkspace *ws : std::as_const(m_workspaces))
            m_configureSession(ws->session());
    }
}

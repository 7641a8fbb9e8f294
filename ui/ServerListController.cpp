#include "ServerListController.h"

#include "LogPane.h"
#include "MessageBanner.h"
#include "MonitorHub.h"
#include "ServerDialog.h"
#include "ServerWorkspace.h"
#include "ServerWorkspaces.h"
#include "probes/LayoutDetection.h"
#include "servers/ProfileStore.h"
#include "servers/RenewalRecord.h"
#include "servers/ServerRegistry.h"
#include "session/ServerMonitor.h"
#include "session/ServerSession.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

ServerListController::ServerListController(ServerRegistry *registry, ServerWorkspaces *workspaces, MonitorHub *hub,
                                           MessageBanner *banner, QWidget *window)
    : QObject(window)
    , m_registry(registry)
    , m_workspaces(workspaces)
    , m_hub(hub)
    , m_banner(banner)
    , m_window(window)
{
    connect(registry, &ServerRegistry::serverAdded, workspaces, &ServerWorkspaces::add);
    connect(registry, &ServerRegistry::serverUpdated, workspaces, &ServerWorkspaces::update);
    connect(registry, &ServerRegistry::serverRemoved, workspaces,
            [workspaces](const QString &id) { workspaces->remove(id); });
    connect(registry, &ServerRegistry::saveFailed, this, [this](const QString &error) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("The server list could not be saved: %1\nYour change stays until Hoshu is closed.")
                                  .arg(error));
    });
    connect(registry->secrets(), &SecretStore::writeFinished, this,
            [this](const QString &, SecretStore::Kind, SecretStore::Status status, const QString &message) {
                if (status != SecretStore::Status::Ok)
                    m_banner->showMessage(MessageBanner::Level::Warning,
                                          tr("The secret could not be saved in the system keychain: %1\n"
                                             "Hoshu will ask for it again when it is needed.")
                                              .arg(message.isEmpty() ? SecretStore::statusMessage(status) : message));
            });
}

void ServerListController::loadServers()
{
    const ProfileStore::LoadResult result = m_registry->store()->load();
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
    m_workspaces->load(m_registry->store()->profiles());
}

bool ServerListController::dialogOpen() const
{
    return m_dialog && m_dialog->isVisible();
}

void ServerListController::addServer()
{
    if (dialogOpen()) {
        m_dialog->raise();
        return;
    }
    auto *dialog = new ServerDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingNames(m_registry->namesExcept());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        const std::optional<ServerProfile> added = m_registry->add(dialog->profile(), &error);
        if (!added) {
            QMessageBox::warning(m_window, tr("Could Not Add the Server"), error);
            return;
        }
        applyDialogSecret(added->id, *dialog);
        Q_EMIT serverAdded(added->id);
        Q_EMIT statusMessage(tr("Added %1.").arg(added->name), 10000);
    });
    m_dialog = dialog;
    dialog->open();
}

void ServerListController::editServer(const QString &id)
{
    ServerWorkspace *ws = m_workspaces->workspace(id);
    if (!ws || dialogOpen())
        return;
    auto *dialog = new ServerDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(ws->profile());
    if (const ServerMonitor *monitor = m_hub->monitor(id); monitor && monitor->snapshot().takenAt.isValid())
        dialog->setDetected(LayoutDetection::detected(monitor->snapshot()));
    dialog->setExistingNames(m_registry->namesExcept(id));
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (!m_workspaces->workspace(id))
            return;
        QString error;
        if (!m_registry->update(dialog->profile(), &error)) {
            QMessageBox::warning(m_window, tr("Could Not Save the Server"), error);
            return;
        }
        applyDialogSecret(id, *dialog);
        Q_EMIT serverChanged(id);
    });
    m_dialog = dialog;
    dialog->open();
}

void ServerListController::applyDetectedLayout(const QString &id, const ServerProfile &updated)
{
    ServerWorkspace *ws = m_workspaces->workspace(id);
    if (!ws)
        return;
    // Only the layout changes: anything else the user edited meanwhile stays.
    ServerProfile profile = ws->profile();
    profile.deployment = updated.deployment;
    profile.mastodonDir = updated.mastodonDir;
    QString error;
    if (m_registry->store()->isReadOnly() || !m_registry->update(profile, &error))
        m_workspaces->update(profile); // shown for this run even when it cannot be kept
    Q_EMIT statusMessage(QStringLiteral("%1: %2").arg(profile.name, LayoutDetection::detectedMessage(profile)), 10000);
    Q_EMIT serverChanged(id); // the actions offered depend on the deployment
}

void ServerListController::recordRenewal(const QString &id, const QString &what, const QDate &nextDue)
{
    ServerWorkspace *ws = m_workspaces->workspace(id);
    if (!ws)
        return;
    ServerProfile profile = ws->profile();
    QString error;
    if (!RenewalRecord::markRenewed(&profile.extra, what, nextDue, QDate::currentDate(), &error)
        || !m_registry->update(profile, &error)) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("%1: could not record the renewal: %2").arg(profile.name, error));
        return;
    }
    Q_EMIT statusMessage(tr("%1: “%2” is due next on %3.")
                             .arg(profile.name, what, QLocale().toString(nextDue, QLocale::ShortFormat)),
                         10000);
    Q_EMIT serverChanged(id);
}

void ServerListController::applyDialogSecret(const QString &id, const ServerDialog &dialog)
{
    const SecretBytes secret = dialog.secret();
    if (secret.isEmpty())
        return; // nothing typed: keep what the keychain has
    if (dialog.rememberSecret()) {
        m_registry->storeSecret(id, dialog.secretKind(), secret, nullptr);
    } else {
        // The user does not want it stored: drop an older stored one too.
        m_registry->forgetSecret(id, dialog.secretKind());
        if (ServerWorkspace *ws = m_workspaces->workspace(id))
            ws->setOneTimeSecret(dialog.secretKind(), secret);
    }
}

void ServerListController::removeServer(const QString &id)
{
    ServerWorkspace *ws = m_workspaces->workspace(id);
    if (!ws)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Server"),
                                tr("Remove %1 from Hoshu?").arg(ws->profile().name), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("removeServerConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Its settings, its log and its passwords in the system keychain are removed. "
                               "Nothing on the server itself is changed."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    const QString name = ws->profile().name;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id, name](QAbstractButton *clicked) {
        QString error;
        if (clicked != remove || !m_workspaces->workspace(id))
            return;
        if (!m_registry->remove(id, &error)) {
            QMessageBox::warning(m_window, tr("Remove Server"), error);
            return;
        }
        Q_EMIT serverChanged(id);
        Q_EMIT statusMessage(tr("Removed %1.").arg(name), 10000);
    });
    box->open();
}

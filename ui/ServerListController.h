#pragma once

#include <QObject>
#include <QPointer>

class MessageBanner;
class MonitorHub;
class ServerDialog;
struct ServerProfile;
class ServerRegistry;
class ServerWorkspaces;
class QWidget;

// What the Server menu does: the add and edit dialogs, the removal with its
// confirmation, and the layout the probe detected. Changes go through the
// ServerRegistry (the list and the keychain); the workspaces and models follow
// its signals. Problems show in the window's banner or a message box.
class ServerListController : public QObject
{
    Q_OBJECT

public:
    ServerListController(ServerRegistry *registry, ServerWorkspaces *workspaces, MonitorHub *hub,
                         MessageBanner *banner, QWidget *window);

    // Reads the server list (a damaged or newer one shows in the banner) and opens a workspace for each.
    void loadServers();
    void addServer();
    void editServer(const QString &id);
    void removeServer(const QString &id); // asks first
    // The probe found another deployment or Mastodon directory: only those change.
    void applyDetectedLayout(const QString &id, const ServerProfile &updated);
    // renewal.due's "Mark as renewed": the next due date of `what`, kept in the profile.
    void recordRenewal(const QString &id, const QString &what, const QDate &nextDue);

Q_SIGNALS:
    void serverAdded(const QString &id);  // select it
    void serverChanged(const QString &id); // edited, detected or removed: show the selection again
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool dialogOpen() const;
    void applyDialogSecret(const QString &id, const ServerDialog &dialog);

    ServerRegistry *m_registry;
    ServerWorkspaces *m_workspaces;
    MonitorHub *m_hub;
    MessageBanner *m_banner;
    QWidget *m_window;
    QPointer<ServerDialog> m_dialog;
};

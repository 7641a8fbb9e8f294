#pragma once

#include "common/SecretBytes.h"

#include <QObject>

class MonitorHub;
class QWidget;
class TrayNotifier;
class WindowSettings;

// Looking at the servers again: on request (one or all), on the auto-refresh
// timer with the interval from the Settings dialog, and the tray icon that
// tells when a server turns critical.
class RefreshController : public QObject
{
    Q_OBJECT

public:
    RefreshController(MonitorHub *hub, WindowSettings *settings, QWidget *window);

    // The charts' history database; empty when fine, else the warning to show (translated).
    QString openHistory(const QString &path);
    // Refreshes every server now, starts the auto-refresh timer and the tray icon.
    void start();
    void refresh(const QString &id, const QString &name);
    void refreshAll();
    void openSettings(); // the interval, the copies folder, keeping and encrypting the copies

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void backupCopiesDirChanged(const QString &root);

private:
    void applyEncryption(bool on, const SecretBytes &passphrase);
    void notifyCritical(const QString &id, const QString &title, const QString &message);

    MonitorHub *m_hub;
    WindowSettings *m_settings;
    QWidget *m_window;
    TrayNotifier *m_tray;
};

#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

// The tray icon, once monitoring starts: a click brings the window back, and a
// server that turns critical shows a tray message (where the desktop has them).
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QWidget *window);

    void show(); // once, when the desktop has a system tray
    void notifyCritical(const QString &title, const QString &message);

private:
    void bringBack();

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

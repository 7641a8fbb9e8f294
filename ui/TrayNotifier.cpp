#include "TrayNotifier.h"

#include "UiIcons.h"

#include <QSystemTrayIcon>
#include <QWidget>

TrayNotifier::TrayNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

void TrayNotifier::show()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || m_tray)
        return;
    m_tray = new QSystemTrayIcon(UiIcons::application(), m_window);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(QStringLiteral("Hoshu"));
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::bringBack);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::bringBack);
    m_tray->show();
}

void TrayNotifier::bringBack()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayNotifier::notifyCritical(const QString &title, const QString &message)
{
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Critical, 30000);
}

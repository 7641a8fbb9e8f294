#include "WindowSettings.h"

#include "LogPane.h"
#include "SettingsDialog.h"
#include "common/AppPaths.h"

#include <QMainWindow>
#include <QSplitter>

namespace {
const QString KeyGeometry = QStringLiteral("window/geometry");
const QString KeyState = QStringLiteral("window/state");
const QString KeySplitter = QStringLiteral("window/splitter");
const QString KeyLastServer = QStringLiteral("ui/lastServerId");
const QString KeyLanguage = QStringLiteral("ui/language");
const QString KeyLogTimestamps = QStringLiteral("log/timestamps");
const QString MainSplitter = QStringLiteral("mainSplitter");
} // namespace

WindowSettings::WindowSettings()
    : m_settings(file(), QSettings::IniFormat)
{
}

QString WindowSettings::file()
{
    return AppPaths::configDir() + QStringLiteral("/hoshu-ui.ini");
}

void WindowSettings::restoreWindow(QMainWindow *window)
{
    if (!window->restoreGeometry(m_settings.value(KeyGeometry).toByteArray()))
        window->resize(1200, 780);
    window->restoreState(m_settings.value(KeyState).toByteArray());
    if (auto *splitter = window->findChild<QSplitter *>(MainSplitter))
        splitter->restoreState(m_settings.value(KeySplitter).toByteArray());
}

void WindowSettings::saveWindow(QMainWindow *window, const QString &lastServerId, const LogPane *currentLog)
{
    m_settings.setValue(KeyGeometry, window->saveGeometry());
    m_settings.setValue(KeyState, window->saveState());
    if (auto *splitter = window->findChild<QSplitter *>(MainSplitter))
        m_settings.setValue(KeySplitter, splitter->saveState());
    m_settings.setValue(KeyLastServer, lastServerId);
    if (currentLog)
        m_settings.setValue(KeyLogTimestamps, currentLog->timestampsVisible());
    m_settings.sync();
}

QString WindowSettings::lastServerId() const
{
    return m_settings.value(KeyLastServer).toString();
}

int WindowSettings::refreshMinutes() const
{
    return m_settings.value(SettingsDialog::intervalKey(), SettingsDialog::defaultIntervalMinutes()).toInt();
}

void WindowSettings::setRefreshMinutes(int minutes)
{
    m_settings.setValue(SettingsDialog::intervalKey(), minutes);
    m_settings.sync();
}

void WindowSettings::setLanguage(const QString &language)
{
    m_settings.setValue(KeyLanguage, language);
    m_settings.sync();
}

#pragma once

#include <QSettings>
#include <QString>

class LogPane;
class QMainWindow;

// The GUI's own settings file (hoshu-ui.ini in AppPaths::configDir(), so
// HOSHU_CONFIG_DIR keeps tests away from the user's files): the window's
// geometry, the last server, the log's options, the refresh interval and the
// language for the next start.
class WindowSettings
{
public:
    WindowSettings();

    static QString file();
    QSettings *settings() { return &m_settings; }

    void restoreWindow(QMainWindow *window);
    void saveWindow(QMainWindow *window, const QString &lastServerId, const LogPane *currentLog);
    QString lastServerId() const;

    int refreshMinutes() const;
    void setRefreshMinutes(int minutes);
    void setLanguage(const QString &language); // "ja" or "en", used at the next start

private:
    QSettings m_settings;
};

#pragma once

#include "ssh/SshConnection.h"

#include <QObject>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenuBar;
class QToolBar;
class QWidget;

// The main window's actions (add, edit, remove, connect, refresh, …) with their
// shortcuts and object names, and the menus and toolbar that show them. The
// window connects each action's triggered() to what it does; the Help menu's
// about boxes are shown here.
class MainWindowActions : public QObject
{
    Q_OBJECT

public:
    explicit MainWindowActions(QWidget *window);

    // File, Server, View (with the log dock's toggle and the languages), Help.
    void fillMenuBar(QMenuBar *menuBar, QDockWidget *logDock);
    void fillToolBar(QToolBar *toolBar);
    // Which server actions apply: a server selected, the list writable, an action running, its connection.
    void enableFor(bool hasServer, bool writable, bool running, SshConnection::State state);

    QAction *add = nullptr;
    QAction *edit = nullptr;
    QAction *remove = nullptr;
    QAction *connectServer = nullptr;
    QAction *disconnectServer = nullptr;
    QAction *quit = nullptr;
    QAction *about = nullptr;
    QAction *overview = nullptr;
    QAction *refresh = nullptr;
    QAction *refreshAll = nullptr;
    QAction *settings = nullptr;

Q_SIGNALS:
    // "ja" or "en", from the View → Language menu.
    void languageChosen(const QString &language);

private:
    void showAbout(); // Help → About Hoshu
    QAction *make(const QString &objectName, const QString &text);

    QWidget *m_window;
    QActionGroup *m_languageGroup = nullptr;
};

#include "MainWindowActions.h"

#include "UiIcons.h"
#include "common/UiLanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>

MainWindowActions::MainWindowActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    QStyle *s = window->style();
    add = make(QStringLiteral("addServerAction"), tr("&Add Server…"));
    add->setIcon(s->standardIcon(QStyle::SP_FileDialogNewFolder));
    add->setShortcut(QKeySequence::New);
    add->setStatusTip(tr("Add a server to look after"));

    edit = make(QStringLiteral("editServerAction"), tr("&Edit Server…"));
    edit->setIcon(s->standardIcon(QStyle::SP_FileDialogDetailedView));
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    remove = make(QStringLiteral("removeServerAction"), tr("&Remove Server…"));
    remove->setIcon(s->standardIcon(QStyle::SP_TrashIcon));

    connectServer = make(QStringLiteral("connectAction"), tr("&Connect"));
    connectServer->setIcon(s->standardIcon(QStyle::SP_DialogYesButton));
    connectServer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    disconnectServer = make(QStringLiteral("disconnectAction"), tr("&Disconnect"));
    disconnectServer->setIcon(s->standardIcon(QStyle::SP_DialogNoButton));
    disconnectServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    quit = make(QStringLiteral("quitAction"), tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    overview = make(QStringLiteral("overviewAction"), tr("&Overview of All Servers"));
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    overview->setIcon(UiIcons::application());

    refresh = make(QStringLiteral("refreshAction"), tr("&Refresh"));
    refresh->setIcon(UiIcons::refreshing());
    refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    refresh->setStatusTip(tr("Check the selected server again now (read-only)"));

    refreshAll = make(QStringLiteral("refreshAllAction"), tr("Refresh &All"));
    refreshAll->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F5), QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    refreshAll->setStatusTip(tr("Check every server again now, all at the same time (read-only)"));

    settings = make(QStringLiteral("settingsAction"), tr("&Settings…"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    about = make(QStringLiteral("aboutAction"), tr("&About Hoshu"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindowActions::showAbout);
}

void MainWindowActions::showAbout()
{
    QMessageBox::about(m_window, tr("About Hoshu"),
                       tr("<h3>Hoshu %1</h3>"
                          "<p>A desktop console for people who run their own Mastodon servers.</p>"
                          "<p>Hoshu connects only to your own servers over SSH. Every command that changes "
                          "a server is shown to you before it runs.</p>")
                           .arg(QStringLiteral(HOSHU_VERSION)));
}

QAction *MainWindowActions::make(const QString &objectName, const QString &text)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(objectName);
    return action;
}

void MainWindowActions::fillMenuBar(QMenuBar *menuBar, QDockWidget *logDock)
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(add);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    QMenu *server = menuBar->addMenu(tr("&Server"));
    server->setObjectName(QStringLiteral("serverMenu"));
    server->addActions({add, edit, remove});
    server->addSeparator();
    server->addActions({connectServer, disconnectServer});
    server->addSeparator();
    server->addActions({refresh, refreshAll});

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(overview);
    view->addSeparator();
    QAction *showLog = logDock->toggleViewAction();
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
        connect(action, &QAction::triggered, this, [this, code = code] { Q_EMIT languageChosen(code); });
    }

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(about);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
}

void MainWindowActions::fillToolBar(QToolBar *toolBar)
{
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({add, edit, remove});
    toolBar->addSeparator();
    toolBar->addActions({connectServer, disconnectServer});
    toolBar->addSeparator();
    toolBar->addActions({refresh, refreshAll});
}

void MainWindowActions::enableFor(bool hasServer, bool writable, bool running, SshConnection::State state)
{
    add->setEnabled(writable);
    edit->setEnabled(hasServer && writable);
    remove->setEnabled(hasServer && writable && !running);
    const bool idle = state == SshConnection::State::Disconnected || state == SshConnection::State::Failed;
    connectServer->setEnabled(hasServer && idle);
    disconnectServer->setEnabled(hasServer && !idle);
}

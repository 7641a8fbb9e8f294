#pragma once

#include <QWidget>

class QAction;
class QListView;
class QToolButton;
class ServerListModel;

// The main window's left side: the "Overview of All Servers" button above the
// list of servers (with its context menu of server actions).
class ServerSidebar : public QWidget
{
    Q_OBJECT

public:
    ServerSidebar(ServerListModel *model, QAction *overviewAction, const QList<QAction *> &serverActions,
                  QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QString currentServerId() const;
    void setCurrentServer(const QString &id); // false row: nothing changes
    // The overview is shown: the list keeps its current server (for the toolbar) but shows none as open.
    void showOverviewChecked();
    void showServerOpen(); // the current server is shown as open

private:
    ServerListModel *m_model;
    QListView *m_list;
    QToolButton *m_overviewButton;
};

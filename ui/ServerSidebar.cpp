#include "ServerSidebar.h"

#include "ServerListModel.h"

#include <QAction>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

ServerSidebar::ServerSidebar(ServerListModel *model, QAction *overviewAction, const QList<QAction *> &serverActions,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_overviewButton(new QToolButton(this))
{
    m_list->setObjectName(QStringLiteral("serverList"));
    m_list->setModel(model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setIconSize(QSize(22, 22));
    m_list->setSpacing(2);
    m_list->setTextElideMode(Qt::ElideRight); // the tooltip has the full text
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(200);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions(serverActions);
    m_list->setAccessibleName(tr("Servers"));

    m_overviewButton->setObjectName(QStringLiteral("overviewButton"));
    m_overviewButton->setDefaultAction(overviewAction);
    m_overviewButton->setCheckable(true);
    m_overviewButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_overviewButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_overviewButton->setAutoRaise(true);
    m_overviewButton->setIconSize(QSize(22, 22));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_overviewButton);
    layout->addWidget(m_list, 1);
}

QString ServerSidebar::currentServerId() const
{
    return m_model->idAt(m_list->currentIndex().row());
}

void ServerSidebar::setCurrentServer(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void ServerSidebar::showOverviewChecked()
{
    m_overviewButton->setChecked(true);
    m_list->clearSelection();
}

void ServerSidebar::showServerOpen()
{
    m_overviewButton->setChecked(false);
    m_list->selectionModel()->select(m_list->currentIndex(), QItemSelectionModel::ClearAndSelect);
}

#include "OverviewView.h"

#include "DashboardText.h"
#include "OverviewModel.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

OverviewView::OverviewView(OverviewModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_hint(new QLabel(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewView"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(OverviewModel::SortRole);

    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setAccessibleName(tr("All servers"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OverviewModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(20, 20));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OverviewModel::StatusColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->viewport()->installEventFilter(this);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(OverviewModel::IdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openServerRequested(id);
    });

    m_hint->setObjectName(QStringLiteral("overviewHint"));
    m_hint->setWordWrap(true);
    m_hint->setContentsMargins(6, 4, 6, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateHint(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { updateHint(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateHint(); });
    updateHint();

    // "2 min ago" must move on even when nothing refreshes.
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, m_model, &OverviewModel::updateTimes);
    m_clock->start();
}

bool OverviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table->viewport() || event->type() != QEvent::ToolTip)
        return QWidget::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_table->indexAt(help->pos());
    const QString tip = index.data(Qt::ToolTipRole).toString();
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), DashboardText::plainToolTip(tip), m_table->viewport(),
                           m_table->visualRect(index));
    return true;
}

void OverviewView::updateHint()
{
    m_hint->setText(m_model->rowCount() == 0
                        ? tr("No servers yet. Add one with Server → Add Server…")
                        : tr("Every server at a glance. Double-click a row to open that server. "
                             "F5 refreshes the selected server, Ctrl+F5 all of them."));
}

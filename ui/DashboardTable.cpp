#include "DashboardTable.h"

#include "DashboardText.h"
#include "UiIcons.h"

#include <QHeaderView>

DashboardTable::DashboardTable(const QStringList &headers, const QString &objectName, QWidget *parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setObjectName(objectName);
    setHorizontalHeaderLabels(headers);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setSortingEnabled(false);
}

int DashboardTable::addRow(const QStringList &cells, Severity severity, const QString &tooltip)
{
    const int row = rowCount();
    insertRow(row);
    for (int c = 0; c < cells.size() && c < columnCount(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (!tooltip.isEmpty())
            item->setToolTip(DashboardText::plainToolTip(tooltip)); // a path or names from the server
        setItem(row, c, item);
    }
    if (QTableWidgetItem *first = item(row, 0)) {
        first->setIcon(UiIcons::severity(severity));
        first->setData(Qt::UserRole, SeverityInfo::id(severity));
    }
    return row;
}

void DashboardTable::setNote(const QString &text, Severity severity)
{
    clearRows();
    addRow({text}, severity);
    setSpan(0, 0, 1, columnCount());
}

void DashboardTable::clearRows()
{
    clearSpans();
    setRowCount(0);
}

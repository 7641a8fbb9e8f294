#include "BackupsTable.h"

#include "DashboardText.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

BackupsTable::BackupsTable(QWidget *parent)
    : DashboardTable({tr("Bundle"), tr("Where"), tr("Made"), tr("Size"), tr("Checksum")}, QStringLiteral("backupsTable"),
                     parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
}

const BackupInventory::Entry *BackupsTable::selectedEntry() const
{
    const int row = currentRow();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void BackupsTable::remember(const DesktopCopy &copy, CopyState::State state)
{
    m_checked.insert(copy.path, {copy.size, copy.modified, state});
}

CopyState::State BackupsTable::stateOf(const DesktopCopy &copy) const
{
    const auto checked = m_checked.constFind(copy.path);
    if (checked != m_checked.constEnd() && checked->size == copy.size && checked->modified == copy.modified
        && copy.checksum == DesktopCopy::Checksum::Recorded)
        return checked->state;
    return CopyState::of(copy, false);
}

void BackupsTable::fill(const QList<BackupInventory::Entry> &rows, const QString &partsDir)
{
    const BackupInventory::Entry *before = selectedEntry();
    const QString selected = before ? before->fileName : QString();
    m_rows = rows;
    setRowCount(0);
    setRowCount(int(m_rows.size()));
    int reselect = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        fillRow(row, m_rows.at(row), partsDir);
        if (m_rows.at(row).fileName == selected)
            reselect = row;
    }
    if (reselect >= 0)
        selectRow(reselect);
}

void BackupsTable::fillRow(int row, const BackupInventory::Entry &r, const QString &partsDir)
{
    const QLocale locale;
    QString where;
    QString checksum;
    QString path;
    bool damaged = false;
    if (r.copy) {
        const CopyState::State state = stateOf(*r.copy);
        damaged = state == CopyState::State::Damaged;
        checksum = CopyState::text(state);
        if (r.copy->encrypted)
            where = r.onServer ? tr("server and this computer (encrypted)") : tr("this computer (encrypted)");
        else
            where = r.onServer ? tr("server and this computer") : tr("this computer");
        path = QDir::toNativeSeparators(r.copy->path);
        if (r.onServer)
            path += QLatin1Char('\n') + r.onServer->path;
    } else {
        where = tr("server");
        checksum = tr("recorded on the server");
        path = r.onServer->path;
        const QFileInfo part(QDir(partsDir).filePath(r.fileName + QStringLiteral(".part")));
        if (part.exists())
            where = tr("server (%1 of %2 copied here)")
                        .arg(locale.formattedDataSize(part.size()), locale.formattedDataSize(r.onServer->size));
    }
    const qint64 size = r.size();
    const QStringList cells{r.fileName, where, DashboardText::relativeTime(r.made), locale.formattedDataSize(size),
                            checksum};
    const QStringList tips{path, where, DashboardText::dateTime(r.made), tr("%1 bytes").arg(locale.toString(size)),
                           r.copy && !r.copy->sha256.isEmpty() ? QStringLiteral("SHA-256 ") + r.copy->sha256
                               : r.onServer                    ? QStringLiteral("SHA-256 ") + r.onServer->sha256
                                                               : checksum};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(DashboardText::plainToolTip(tips.at(column)));
        if (column == SizeColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (damaged) {
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        setItem(row, column, item);
    }
}

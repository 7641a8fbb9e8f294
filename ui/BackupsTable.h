#pragma once

#include "DashboardTable.h"
#include "backups/BackupInventory.h"
#include "backups/CopyState.h"
#include "backups/DesktopCopy.h"

#include <QDateTime>
#include <QHash>
#include <QList>

// The Backups tab's table: one row per bundle, on the server, here or both, with when it
// was made, its size, where it is and its checksum state. It remembers what reading a copy
// again (or its download) found, for as long as the file stays as it was. Plain text only.
class BackupsTable : public DashboardTable
{
    Q_OBJECT

public:
    enum Column { NameColumn, WhereColumn, MadeColumn, SizeColumn, ChecksumColumn, ColumnCount };

    explicit BackupsTable(QWidget *parent = nullptr);

    // ROWS shown, the selection kept by name; a bundle only on the server says how much of
    // it is already here (PARTS: the server's folder of copies, where its .part would be).
    void fill(const QList<BackupInventory::Entry> &rows, const QString &partsDir);
    const QList<BackupInventory::Entry> &rows() const { return m_rows; }
    const BackupInventory::Entry *selectedEntry() const;

    void remember(const DesktopCopy &copy, CopyState::State state);
    void forgetChecks() { m_checked.clear(); }
    CopyState::State stateOf(const DesktopCopy &copy) const;

private:
    void fillRow(int row, const BackupInventory::Entry &r, const QString &partsDir);

    QList<BackupInventory::Entry> m_rows;
    struct Checked
    {
        qint64 size = 0;
        QDateTime modified;
        CopyState::State state = CopyState::State::Recorded;
    };
    QHash<QString, Checked> m_checked; // by path
};

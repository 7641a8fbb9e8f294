#include "backups/BackupInventory.h"

#include "backups/CopyState.h"
#include "backups/DesktopBackupFolder.h"

#include <algorithm>

QList<BackupInventory::Entry> BackupInventory::merge(const QList<BundleLine> &onServer,
                                                     const QList<DesktopCopy> &copies)
{
    QList<Entry> out;
    QList<DesktopCopy> left = copies;
    for (const BundleLine &b : onServer) {
        Entry e{b.fileName(), b, std::nullopt, DesktopBackupFolder::stampOf(b.fileName())};
        const auto same =
            std::find_if(left.begin(), left.end(), [&b](const DesktopCopy &c) { return CopyState::sameBundle(b, c); });
        if (same != left.end()) {
            e.copy = *same;
            left.erase(same);
        }
        out << e;
    }
    for (const DesktopCopy &c : std::as_const(left))
        out << Entry{c.fileName, std::nullopt, c, c.madeUtc.isValid() ? c.madeUtc : c.modified.toUTC()};
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return a.made != b.made ? a.made > b.made : a.fileName > b.fileName;
    });
    return out;
}

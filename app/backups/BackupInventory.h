#pragma once

#include "backups/BundleLine.h"
#include "backups/DesktopCopy.h"

#include <QDateTime>
#include <QList>
#include <optional>

// One server's bundles on both sides, one entry per bundle: on the server (backup.list),
// on this computer (DesktopBackupFolder), or both when the copy is the server's file
// (same name, same SHA-256: CopyState::sameBundle). A copy whose SHA-256 differs from
// the server's bundle of the same name is an entry of its own. Newest first.
struct BackupInventory
{
    struct Entry
    {
        QString fileName;
        std::optional<BundleLine> onServer;
        std::optional<DesktopCopy> copy;
        QDateTime made; // from the name's stamp (UTC), else the copy's file time; invalid if neither
        qint64 size() const { return copy ? copy->size : onServer ? onServer->size : 0; }
    };

    static QList<Entry> merge(const QList<BundleLine> &onServer, const QList<DesktopCopy> &copies);
};

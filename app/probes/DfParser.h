#pragma once

#include "probes/ParseStatus.h"

#include <QList>
#include <QString>

struct Filesystem
{
    QString device;
    QString type;
    QString mount;
    qint64 sizeBytes = 0;
    qint64 usedBytes = 0;
    qint64 availBytes = 0;
    qint64 inodes = -1;      // -1: unknown; 0: the filesystem has no fixed inode count (btrfs)
    qint64 inodesUsed = -1;

    // As df computes Use%: used / (used + available), rounded up; the root reserve counts as used.
    int usedPercent() const;
    int inodesUsedPercent() const; // -1 when unknown
};

struct DiskFree
{
    ParseStatus status;
    QList<Filesystem> filesystems;
    const Filesystem *find(const QString &mount) const;
    // The filesystem holding a path (longest mount prefix); nullptr if none.
    const Filesystem *holding(const QString &path) const;
};

// `df -PT -B1` (POSIX format: one line per filesystem) and `df -PT -i`.
class DfParser
{
public:
    static DiskFree parse(const QString &text);
    // Adds the inode counts of `df -PT -i` to the filesystems already parsed;
    // the status tells whether that text could be read.
    static ParseStatus mergeInodes(DiskFree *df, const QString &text);
};

#pragma once

#include "probes/ParseStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct FileEntry
{
    QString path;
    qint64 sizeBytes = 0;
    QDateTime modified;
    QString dir; // the listed directory it was found under (backups), else empty
};

struct FileList
{
    ParseStatus status;
    QStringList searched;    // directories looked at (backups)
    QStringList dirs;        // directories that exist (backups)
    QList<FileEntry> files;  // newest first within a directory, as listed
    QList<FileEntry> filesIn(const QString &dir) const;
};

// Lines "file SIZE MTIME PATH" (find -printf '%s %T@ %p\0', the path escaped by lib.sh's
// esc0 so a name with a newline stays one line) and "dir PATH": the stray dump files and
// the backup directory listings of the slow tier. A path or directory listed twice is
// tampering (unreadable).
class FileListParser
{
public:
    static FileList parse(const QString &text);
};

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

// How the probe read the newest dump or bundle (backups): as pg_restore would.
struct BackupCheck
{
    QString path;    // empty: nothing was checked
    QString status;  // ok, begins, bad, old_pg_restore, no_pg_restore, cannot_read, timeout
    QString message; // pg_restore's first error (server output: shown as plain text)
};

// What backup.drill recorded on the server (/var/lib/hoshu/drill-last, drill-passed).
struct DrillRecord
{
    QDateTime at;      // invalid: none recorded
    QString line;      // its "hoshu-drill: …" line, as DrillLine reads it
};

struct FileList
{
    ParseStatus status;
    QStringList searched;    // directories looked at (backups)
    QStringList dirs;        // directories that exist (backups)
    QList<FileEntry> files;  // newest first within a directory, as listed
    BackupCheck check;       // (backups)
    DrillRecord lastDrill;   // (backups)
    DrillRecord lastPassedDrill;
    QList<FileEntry> filesIn(const QString &dir) const;
};

// Lines "file SIZE MTIME PATH" (find -printf '%s %T@ %p\0', the path escaped by lib.sh's
// esc0 so a name with a newline stays one line) and "dir PATH": the stray dump files and
// the backup directory listings of the slow tier; for backups also "check STATUS PATH",
// "check_message TEXT" and "drill last|passed MTIME LINE". A path, directory or record
// listed twice is tampering (unreadable).
class FileListParser
{
public:
    static FileList parse(const QString &text);
};

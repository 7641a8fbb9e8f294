#pragma once

#include "AuditLog.h"

#include <QList>
#include <QString>

// Reads the audit log newest first, in bounded memory: the file is read
// backwards in blocks, lines longer than maxLineBytes are never held (they are
// skipped as damaged, however long they claim to be), and reading stops at
// `limit` entries. A line that is not a whole JSON entry (cut off by a crash,
// garbage, a foreign format) is skipped and counted. Lines of older versions
// (no user, outcome or output) read as entries.
class AuditLogReader
{
public:
    struct Options
    {
        QString serverId;    // empty: every server (or those named serverName)
        QString serverName;  // used when serverId is empty: a server removed since
        int limit = 500;     // at most this many entries (newest first)
        qsizetype maxLineBytes = 1024 * 1024;
    };
    struct Result
    {
        QList<AuditLog::Entry> entries; // newest first
        int damaged = 0;                // lines skipped among those read
        bool truncated = false;         // stopped at the limit: older entries exist
        QString error;                  // the file exists but cannot be read
    };

    explicit AuditLogReader(const QString &filePath);
    Result read(const Options &options) const;

private:
    QString m_filePath;
};

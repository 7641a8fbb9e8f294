#pragma once

#include "AuditLog.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

class AuditOutputStore;

// Audit entries for other tools, each with its output: CSV (RFC 4180, every text
// cell quoted, and a cell starting with = + - @ tab or CR prefixed with ' so a
// spreadsheet shows it instead of running it as a formula) and a JSON array.
class AuditExport
{
public:
    static QByteArray csv(const QList<AuditLog::Entry> &entries, const AuditOutputStore &outputs);
    static QJsonArray json(const QList<AuditLog::Entry> &entries, const AuditOutputStore &outputs);
    // One CSV text cell, quoted and defused.
    static QByteArray csvCell(const QString &text);
    // The output kept for the entry as text (invalid UTF-8 replaced), empty when none.
    static QString outputText(const AuditLog::Entry &entry, const AuditOutputStore &outputs, bool *pruned = nullptr);
};

#pragma once

#include "AuditLog.h"

#include <QCoreApplication>
#include <QString>

// How an audit entry reads for people (the Audit view and `hoshu-cli audit`):
// the outcome in words, a duration as "2.3 s" or "1 min 4 s", the time in the
// user's locale and time zone, and who ran it from where.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString outcome(const AuditLog::Entry &entry); // "Succeeded", "Failed (exit status 3)", …
    static QString duration(qint64 ms);
    static QString localTime(const QDateTime &time);
    static QString who(const AuditLog::Entry &entry); // "alice@desk (hoshu-cli)"
    // What it ran, for a table cell: the steps it reported ("systemctl start …; …"), or,
    // for a run that reported none (read-only, or older entries), its command.
    static QString commandSummary(const AuditLog::Entry &entry);
};

#pragma once

#include <QList>
#include <QString>
#include <optional>

// The line backup.drill prints last:
//   hoshu-drill: result=pass|fail accounts=N/M statuses=N/M media_attachments=N/M users=N/M reason=R source=PATH
// N: rows in the restored copy, M: live rows that were there before the dump ("-" when
// not counted). Hostile server output: only that exact shape is taken.
struct DrillLine
{
    struct Count
    {
        QString table;
        qint64 restored = -1; // -1: not counted
        qint64 live = -1;
    };

    bool passed = false;
    QList<Count> counts; // accounts, statuses, media_attachments, users
    QString reason; // ok, no_dump, extract, space, pg_restore, createdb, counts, left_behind, internal
    QString source; // the bundle or dump restored; empty when none was found

    static std::optional<DrillLine> parse(const QString &line);
    static std::optional<DrillLine> findLast(const QString &output);

    // For people, translated: what the reason means and what to do.
    static QString reasonText(const QString &reason);
    // "accounts 12/12, statuses 340/340, …"
    QString countsText() const;
};

#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"

#include <QDateTime>
#include <QList>

#include <optional>

// disk.full_soon: a straight line through the history of a filesystem's use,
// extended to where it meets the size. Pure: the history comes from HistoryStore.
class DiskProjection
{
public:
    struct Point
    {
        QDateTime time;
        qint64 usedBytes = 0;
    };

    // When the least-squares line reaches sizeBytes; nullopt when usage is not
    // growing or there is too little history (fewer than 3 points or under 6 hours).
    static std::optional<QDateTime> fullAt(const QList<Point> &points, qint64 sizeBytes);

    // The finding for one filesystem (Ok when not filling up within the horizon);
    // nullopt when the history cannot tell.
    static std::optional<Finding> evaluate(const QString &mount, const QList<Point> &points, qint64 sizeBytes,
                                           const QDateTime &now, const Thresholds &th);
};

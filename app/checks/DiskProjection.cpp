#include "checks/DiskProjection.h"

#include "checks/DaysLeft.h"
#include "checks/RuleHelpers.h"

#include <QTimeZone>

#include <cmath>

std::optional<QDateTime> DiskProjection::fullAt(const QList<Point> &points, qint64 sizeBytes)
{
    QList<Point> valid;
    for (const Point &p : points) {
        if (p.time.isValid() && p.usedBytes >= 0)
            valid << p;
    }
    if (valid.size() < 3 || sizeBytes <= 0)
        return std::nullopt;
    qint64 t0 = valid.constFirst().time.toSecsSinceEpoch();
    qint64 t1 = t0;
    for (const Point &p : valid) {
        t0 = qMin(t0, p.time.toSecsSinceEpoch());
        t1 = qMax(t1, p.time.toSecsSinceEpoch());
    }
    if (t1 - t0 < 6 * 3600)
        return std::nullopt;
    // Least squares on (seconds since t0, bytes), in doubles: sizes fit comfortably.
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const Point &p : valid) {
        const double x = double(p.time.toSecsSinceEpoch() - t0);
        const double y = double(p.usedBytes);
        n += 1;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double denom = n * sxx - sx * sx;
    if (denom <= 0)
        return std::nullopt;
    const double slope = (n * sxy - sx * sy) / denom; // bytes per second
    const double intercept = (sy - slope * sx) / n;
    if (!(slope > 0) || !std::isfinite(slope))
        return std::nullopt;
    const double x = (double(sizeBytes) - intercept) / slope;
    if (!std::isfinite(x) || x > 100.0 * 365 * 86400)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(t0 + qint64(x), QTimeZone::utc()).toUTC();
}

std::optional<Finding> DiskProjection::evaluate(const QString &mount, const QList<Point> &points, qint64 sizeBytes,
                                                const QDateTime &now, const Thresholds &th)
{
    if (points.size() < 3)
        return std::nullopt;
    const std::optional<QDateTime> full = fullAt(points, sizeBytes);
    Severity s = Severity::Ok;
    qint64 days = -1;
    if (full) {
        days = qMax<qint64>(0, DaysLeft::until(now, *full));
        if (days < th.fullSoonCritDays)
            s = Severity::Critical;
        else if (days < th.fullSoonDays)
            s = Severity::Warning;
    }
    QVariantMap ev{{QStringLiteral("mount"), mount}, {QStringLiteral("horizonDays"), th.fullSoonDays}};
    if (full) { // not filling up: no date and no day count to show
        ev.insert(QStringLiteral("days"), days);
        ev.insert(QStringLiteral("fullAt"), RuleHelpers::isoTime(*full));
    }
    return Finding::make(QStringLiteral("disk.full_soon"), s, mount, ev);
}

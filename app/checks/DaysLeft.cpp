#include "checks/DaysLeft.h"

qint64 DaysLeft::until(const QDateTime &now, const QDateTime &t)
{
    constexpr qint64 day = 86400;
    const qint64 secs = now.secsTo(t);
    return secs >= 0 ? secs / day : -((-secs + day - 1) / day);
}

#pragma once

#include <QDateTime>

// Whole days from now until t, the one rule every view and finding uses for
// certificates, renewals and disk projections (they disagreed by a day when
// each divided on its own): rounded towards the past, so 23 hours left is 0
// days and one hour ago is -1.
class DaysLeft
{
public:
    static qint64 until(const QDateTime &now, const QDateTime &t);
};

#pragma once

#include <QtGlobal>

// Arithmetic on numbers a server printed (sizes, counts), which can be as large as
// int64 holds: sums saturate, percentages divide first. Never overflows.
class SafeMath
{
public:
    enum class Round { Down, Up };
    // a + b, clamped to int64's range.
    static qint64 add(qint64 a, qint64 b);
    // 100 * part / whole (0 when whole <= 0 or part <= 0), clamped to int's range.
    static int percent(qint64 part, qint64 whole, Round round = Round::Down);
    // 100 * part / (part + other), the sum taken without overflow (df's Use%).
    static int percentOfSum(qint64 part, qint64 other, Round round = Round::Down);
};

#include "probes/SafeMath.h"

#include <limits>

namespace {
// 100 * part / whole in unsigned 64 bits: the quotient first, then the remainder
// scaled down with the divisor until 100 * remainder fits (sizes that large lose
// nothing a percentage can show).
quint64 percentU(quint64 part, quint64 whole, SafeMath::Round round)
{
    const quint64 quotient = part / whole;
    quint64 rest = part % whole;
    if (quotient > std::numeric_limits<quint64>::max() / 200)
        return std::numeric_limits<quint64>::max();
    while (rest > std::numeric_limits<quint64>::max() / 100) {
        rest >>= 1;
        whole >>= 1;
    }
    const quint64 scaled = rest * 100;
    quint64 fraction = scaled / whole;
    if (round == SafeMath::Round::Up && scaled % whole != 0)
        ++fraction;
    return quotient * 100 + fraction;
}

int toInt(quint64 v)
{
    return v > quint64(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max() : int(v);
}
} // namespace

qint64 SafeMath::add(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (!qAddOverflow(a, b, &sum))
        return sum;
    return a > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
}

int SafeMath::percent(qint64 part, qint64 whole, Round round)
{
    if (whole <= 0 || part <= 0)
        return 0;
    return toInt(percentU(quint64(part), quint64(whole), round));
}

int SafeMath::percentOfSum(qint64 part, qint64 other, Round round)
{
    if (part <= 0)
        return 0;
    const quint64 whole = quint64(part) + quint64(qMax<qint64>(other, 0)); // < 2^64: no overflow
    return toInt(percentU(quint64(part), whole, round));
}

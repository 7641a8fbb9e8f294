#pragma once

#include <QString>

// The result lines Hoshu's backup actions print last ("hoshu-bundle: …", "hoshu-drill: …").
namespace ResultLine {
// The last line of output that starts with prefix (a trailing CR dropped); null if none.
// Only the last counts: a malformed last line is not replaced by an older good one.
QString last(const QString &output, QLatin1String prefix);
} // namespace ResultLine

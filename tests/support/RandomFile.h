#pragma once

#include <QByteArray>
#include <QString>

// Writes `size` pseudo-random bytes (the same for the same seed) to `path`, as a stand-in for
// a backup bundle. Returns their SHA-256 in lower-case hex, or an empty array on failure.
QByteArray writeRandomFile(const QString &path, qint64 size, quint32 seed);

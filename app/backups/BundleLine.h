#pragma once

#include <QList>
#include <QString>
#include <optional>

// The line backup.bundle (and the scheduled backup) print last:
//   hoshu-bundle: path=/var/backups/mastodon/mastodon-bundle-HOST-20261202T140000Z.tar size=BYTES sha256=HEX
// The server's output is hostile: only an absolute path of plain characters ending in .tar,
// a decimal size and 64 lowercase hex digits are taken; anything else is no bundle line.
struct BundleLine
{
    QString path;
    qint64 size = 0;
    QString sha256;

    // The last bundle line of output (several runs may share a log), if any.
    static std::optional<BundleLine> findLast(const QString &output);
    // Every bundle line of output, in order (backup.list prints one per bundle).
    static QList<BundleLine> findAll(const QString &output);
    static std::optional<BundleLine> parse(const QString &line);
    QString fileName() const; // the part after the last '/'
};

#include "backups/DesktopCopy.h"

#include <QFileInfo>

QString DesktopCopy::checksumPath() const
{
    return QFileInfo(path).absolutePath() + QLatin1Char('/') + bundleName + QStringLiteral(".sha256");
}

QString DesktopCopy::openedPath() const
{
    return QFileInfo(path).absolutePath() + QStringLiteral("/.") + bundleName + QStringLiteral(".opened");
}

QString DesktopCopy::checksumId(Checksum c)
{
    switch (c) {
    case Checksum::Recorded:
        return QStringLiteral("recorded");
    case Checksum::Missing:
        return QStringLiteral("missing");
    case Checksum::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QStringLiteral("missing");
}

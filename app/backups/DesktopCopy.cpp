#include "backups/DesktopCopy.h"

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

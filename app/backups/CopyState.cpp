#include "backups/CopyState.h"

#include "backups/DesktopBackupFolder.h"

CopyState::State CopyState::of(const DesktopCopy &copy, bool verify, const SecretBytes *passphrase)
{
    switch (copy.checksum) {
    case DesktopCopy::Checksum::Missing:
        return State::Missing;
    case DesktopCopy::Checksum::Unreadable:
        return State::Unreadable;
    case DesktopCopy::Checksum::Recorded:
        break;
    }
    if (!verify)
        return State::Recorded;
    QString actual;
    if (DesktopBackupFolder::verify(copy, &actual, passphrase))
        return State::Verified;
    return copy.encrypted && actual.isEmpty() ? State::Unopenable : State::Damaged;
}

QString CopyState::id(State state)
{
    switch (state) {
    case State::Recorded:
        return QStringLiteral("recorded");
    case State::Verified:
        return QStringLiteral("verified");
    case State::Damaged:
        return QStringLiteral("mismatch");
    case State::Missing:
        return QStringLiteral("missing");
    case State::Unreadable:
        return QStringLiteral("unreadable");
    case State::Unopenable:
        return QStringLiteral("unopenable");
    }
    return QStringLiteral("missing");
}

QString CopyState::text(State state)
{
    switch (state) {
    case State::Verified:
        return tr("checksum verified now");
    case State::Damaged:
        return tr("DAMAGED: the file is not what was copied");
    case State::Recorded:
        return tr("checksum recorded");
    case State::Unreadable:
        return tr("checksum file unreadable");
    case State::Unopenable:
        return tr("encrypted, and its passphrase does not open it");
    case State::Missing:
        break;
    }
    return tr("no checksum: an unfinished copy?");
}

bool CopyState::sameBundle(const BundleLine &bundle, const DesktopCopy &copy)
{
    return bundle.fileName() == copy.bundleName && bundle.sha256 == copy.sha256;
}

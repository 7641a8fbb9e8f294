#include "backups/GpgProgram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString GpgProgram::path()
{
    if (qEnvironmentVariableIsSet("HOSHU_GPG")) {
        const QFileInfo chosen(qEnvironmentVariable("HOSHU_GPG"));
        return chosen.isFile() && chosen.isExecutable() ? chosen.absoluteFilePath() : QString();
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("gpg"));
    if (!onPath.isEmpty())
        return onPath;
    // A desktop started from the Dock or the Start menu may not have these on its PATH.
    const QStringList usual = {
        QStringLiteral("C:/Program Files (x86)/GnuPG/bin"), QStringLiteral("C:/Program Files/GnuPG/bin"),
        QStringLiteral("/usr/local/MacGPG2/bin"), QStringLiteral("/opt/homebrew/bin"),
        QStringLiteral("/usr/local/bin"), QStringLiteral("/opt/local/bin"),
    };
    return QStandardPaths::findExecutable(QStringLiteral("gpg"), usual);
}

QString GpgProgram::missingReason()
{
    return QCoreApplication::translate(
        "GpgProgram",
        "GnuPG (gpg) is not installed on this computer, so the copies cannot be encrypted. Install it (Linux: the "
        "gnupg package; Windows: Gpg4win; macOS: GPG Suite or Homebrew's gnupg), then come back here.");
}

QStringList GpgProgram::baseArguments()
{
    return {QStringLiteral("--no-options"),         QStringLiteral("--batch"),
            QStringLiteral("--quiet"),              QStringLiteral("--yes"),
            QStringLiteral("--pinentry-mode"),      QStringLiteral("loopback"),
            QStringLiteral("--passphrase-fd"),      QStringLiteral("0"),
            QStringLiteral("--no-symkey-cache")};
}

#include "CopiesFolder.h"

#include "common/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace {
const QString Key = QStringLiteral("backups/copiesDir");

QString chosenFolder()
{
    const QSettings settings(CopiesFolder::settingsFile(), QSettings::IniFormat);
    const QString folder = settings.value(Key).toString().trimmed();
    return folder.isEmpty() ? QString() : QDir::cleanPath(folder);
}
} // namespace

QString CopiesFolder::settingsFile()
{
    return AppPaths::configDir() + QStringLiteral("/hoshu.ini");
}

QString CopiesFolder::current()
{
    const QString chosen = chosenFolder();
    return chosen.isEmpty() ? AppPaths::backupCopiesDir() : chosen;
}

bool CopiesFolder::isChosen()
{
    return !chosenFolder().isEmpty();
}

bool CopiesFolder::choose(const QString &folder, QString *error)
{
    if (!AppPaths::ensureConfigDir(error))
        return false;
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const QString clean = folder.trimmed().isEmpty() ? QString() : QDir::cleanPath(folder.trimmed());
    if (clean.isEmpty() || clean == AppPaths::backupCopiesDir())
        settings.remove(Key);
    else
        settings.setValue(Key, clean);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("CopiesFolder", "Cannot save the backup copies folder in %1.")
                         .arg(QDir::toNativeSeparators(settingsFile()));
        return false;
    }
    return true;
}

#include "CopiesFolder.h"

#include "common/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace {
const QString Key = QStringLiteral("backups/copiesDir");
const QString KeyUpToDate = QStringLiteral("backups/keepUpToDate");
const QString KeyEncrypt = QStringLiteral("backups/encryptCopies");

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

namespace {
// Writes KEY (an invalid value removes it) and says whether it reached the file.
bool store(const QString &key, const QVariant &value, QString *error)
{
    if (!AppPaths::ensureConfigDir(error))
        return false;
    QSettings settings(CopiesFolder::settingsFile(), QSettings::IniFormat);
    if (value.isValid())
        settings.setValue(key, value);
    else
        settings.remove(key);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("CopiesFolder", "Cannot save the backup settings in %1.")
                         .arg(QDir::toNativeSeparators(CopiesFolder::settingsFile()));
        return false;
    }
    return true;
}
} // namespace

bool CopiesFolder::choose(const QString &folder, QString *error)
{
    const QString clean = folder.trimmed().isEmpty() ? QString() : QDir::cleanPath(folder.trimmed());
    const bool isDefault = clean.isEmpty() || clean == AppPaths::backupCopiesDir();
    return store(Key, isDefault ? QVariant() : QVariant(clean), error);
}

bool CopiesFolder::keepsUpToDate()
{
    return QSettings(settingsFile(), QSettings::IniFormat).value(KeyUpToDate, true).toBool();
}

bool CopiesFolder::setKeepsUpToDate(bool on, QString *error)
{
    return store(KeyUpToDate, on ? QVariant() : QVariant(false), error);
}

bool CopiesFolder::encrypts()
{
    return QSettings(settingsFile(), QSettings::IniFormat).value(KeyEncrypt, false).toBool();
}

bool CopiesFolder::setEncrypts(bool on, QString *error)
{
    return store(KeyEncrypt, on ? QVariant(true) : QVariant(), error);
}

#include "ProfileStore.h"

#include "servers/ProfileJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath)
    : m_filePath(filePath)
{
}

ProfileStore::LoadResult ProfileStore::load()
{
    m_profiles.clear();
    m_extra = QJsonObject();
    m_readOnly = false;
    m_readOnlyReason.clear();

    LoadResult result;
    QFile file(m_filePath);
    if (!QFileInfo::exists(m_filePath)) {
        result.status = LoadStatus::Missing;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        // Saving now would replace a file we never saw: refuse until it is readable.
        result.status = LoadStatus::Unreadable;
        result.message = QCoreApplication::translate("ProfileStore",
            "Hoshu cannot read the server list %1: %2. It will not change the file "
            "until this is fixed.")
                             .arg(nativePath(m_filePath), file.errorString());
        m_readOnly = true;
        m_readOnlyReason = result.message;
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    ProfileJson::ParsedFile parsed = ProfileJson::parseFile(bytes);
    switch (parsed.result) {
    case ProfileJson::ParsedFile::Result::Ok: {
        m_profiles = parsed.servers;
        m_extra = parsed.extra;
        bool assigned = false;
        for (ServerProfile &p : m_profiles) {
            if (p.id.isEmpty()) {
                p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                assigned = true;
            }
        }
        if (assigned) {
            QString error;
            if (!save(&error))
                result.message = error;
        }
        result.status = LoadStatus::Ok;
        return result;
    }
    case ProfileJson::ParsedFile::Result::TooNew:
        // Shown if we could read it, but never written back.
        m_profiles = parsed.servers;
        m_readOnly = true;
        result.status = LoadStatus::TooNew;
        result.message = QCoreApplication::translate("ProfileStore",
            "The server list %1 was written by a newer version of Hoshu (format %2; this "
            "version knows format %3). Hoshu will not change it: update Hoshu to edit "
            "your servers.")
                             .arg(nativePath(m_filePath))
                             .arg(parsed.schema)
                             .arg(ProfileJson::kSchemaVersion);
        m_readOnlyReason = result.message;
        return result;
    case ProfileJson::ParsedFile::Result::Corrupt:
        break;
    }

    result.status = LoadStatus::Corrupt;
    QString moveError;
    result.setAsidePath = setAside(&moveError);
    if (result.setAsidePath.isEmpty()) {
        m_readOnly = true;
        result.message = QCoreApplication::translate("ProfileStore",
            "The server list %1 is damaged (%2) and could not be moved aside (%3). Hoshu "
            "will not change it until it is repaired or removed.")
                             .arg(nativePath(m_filePath), parsed.error, moveError);
        m_readOnlyReason = result.message;
    } else {
        result.message = QCoreApplication::translate("ProfileStore",
            "The server list %1 is damaged (%2). It was kept as %3 and Hoshu starts with "
            "an empty list.")
                             .arg(nativePath(m_filePath), parsed.error, nativePath(result.setAsidePath));
    }
    return result;
}

// Moves the damaged file to servers.json.corrupt-YYYYMMDD-HHMMSS[-N]; never
// replaces an existing file (QFile::rename refuses to).
QString ProfileStore::setAside(QString *error) const
{
    const QString base = m_filePath + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 1; n < 1000; ++n) {
        const QString target = n == 1 ? base : base + QLatin1Char('-') + QString::number(n);
        if (QFileInfo::exists(target))
            continue;
        QFile file(m_filePath);
        if (file.rename(target))
            return target;
        *error = file.errorString();
        if (!QFileInfo::exists(target)) // failed for another reason than a race on the name
            return {};
    }
    return {};
}

bool ProfileStore::save(QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    if (!checkWritable(&err))
        return false;

    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        err = QCoreApplication::translate("ProfileStore", "Cannot create the folder %1.")
                  .arg(nativePath(info.absolutePath()));
        return false;
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        err = QCoreApplication::translate("ProfileStore", "Cannot save the server list %1: %2")
                  .arg(nativePath(m_filePath), file.errorString());
        return false;
    }
    // On the temporary file, before any data: never world-readable, not even briefly.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = ProfileJson::serializeFile(m_profiles, m_extra);
    // Qt 6.4's commit() returns true even when the final flush failed (disk full),
    // leaving a truncated file: check the write and the flush ourselves.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        err = QCoreApplication::translate(
            "ProfileStore", "Cannot save the server list %1: %2. The previous file is unchanged.")
                  .arg(nativePath(m_filePath), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (m_beforeCommit)
        m_beforeCommit(file);
    if (!file.commit()) {
        err = QCoreApplication::translate(
            "ProfileStore", "Cannot save the server list %1: %2. The previous file is unchanged.")
                  .arg(nativePath(m_filePath), file.errorString());
        return false;
    }
    return true;
}

std::optional<ServerProfile> ProfileStore::findByName(const QString &name) const
{
    for (const ServerProfile &p : m_profiles) {
        if (p.name == name)
            return p;
    }
    // Names are unique up to case and width, so this finds at most one.
    const QString key = ServerProfile::nameKey(name);
    for (const ServerProfile &p : m_profiles) {
        if (ServerProfile::nameKey(p.name) == key)
            return p;
    }
    return std::nullopt;
}

std::optional<ServerProfile> ProfileStore::findById(const QString &id) const
{
    const int i = indexOfId(id);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

bool ProfileStore::add(ServerProfile profile, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    if (!checkWritable(&err))
        return false;
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (indexOfId(profile.id) >= 0) {
        err = QCoreApplication::translate("ProfileStore", "A server with the ID %1 already exists.").arg(profile.id);
        return false;
    }
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        err = problems.join(QLatin1Char('\n'));
        return false;
    }
    if (!checkUniqueName(profile, &err))
        return false;
    m_profiles.append(profile);
    return true;
}

bool ProfileStore::update(const ServerProfile &profile, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    if (!checkWritable(&err))
        return false;
    const int i = indexOfId(profile.id);
    if (i < 0) {
        err = QCoreApplication::translate("ProfileStore", "There is no server with the ID %1.").arg(profile.id);
        return false;
    }
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        err = problems.join(QLatin1Char('\n'));
        return false;
    }
    if (!checkUniqueName(profile, &err))
        return false;
    m_profiles[i] = profile;
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    const int i = indexOfId(id);
    if (m_readOnly || i < 0)
        return false;
    m_profiles.removeAt(i);
    return true;
}

bool ProfileStore::move(const QString &id, int newIndex)
{
    const int i = indexOfId(id);
    if (m_readOnly || i < 0 || newIndex < 0 || newIndex >= m_profiles.size())
        return false;
    m_profiles.move(i, newIndex);
    return true;
}

int ProfileStore::indexOfId(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

bool ProfileStore::checkWritable(QString *error) const
{
    if (!m_readOnly)
        return true;
    *error = QCoreApplication::translate("ProfileStore", "The server list cannot be changed: %1").arg(m_readOnlyReason);
    return false;
}

bool ProfileStore::checkUniqueName(const ServerProfile &profile, QString *error) const
{
    const QString key = ServerProfile::nameKey(profile.name);
    for (const ServerProfile &other : m_profiles) {
        if (other.id != profile.id && ServerProfile::nameKey(other.name) == key) {
            *error = QCoreApplication::translate("ProfileStore", "A server named “%1” already exists.").arg(other.name);
            return false;
        }
    }
    return true;
}

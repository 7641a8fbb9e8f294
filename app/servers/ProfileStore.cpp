#include "ProfileStore.h"

#include "servers/FileLock.h"
#include "servers/ProfileFile.h"
#include "servers/ProfileJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QUuid>

namespace {
// Holders keep the lock for a read and a write (milliseconds); one older than
// this on another machine (a shared home folder) is presumed dead.
constexpr int kStaleLockMs = 30000;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString tooNewMessage(const QString &path, int schema)
{
    return QCoreApplication::translate("ProfileStore",
        "The server list %1 was written by a newer version of Hoshu (format %2; this "
        "version knows format %3). Hoshu will not change it: update Hoshu to edit "
        "your servers.")
        .arg(nativePath(path))
        .arg(schema)
        .arg(ProfileJson::kSchemaVersion);
}

QString unreadableMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("ProfileStore",
        "Hoshu cannot read the server list %1: %2. It will not change the file "
        "until this is fixed.")
        .arg(nativePath(path), reason);
}
} // namespace

ProfileStore::ProfileStore(const QString &filePath)
    : m_filePath(filePath)
{
}

ProfileStore::LoadResult ProfileStore::load()
{
    m_base.clear();
    m_pending.clear();
    m_profiles.clear();
    m_extra = QJsonObject();
    m_readOnly = false;
    m_readOnlyReason.clear();

    LoadResult result;
    ProfileFile::Contents contents = ProfileFile::read(m_filePath);
    if (contents.status == ProfileFile::Contents::Status::Corrupt) {
        // Moving it aside changes the file: only under the lock, and only if it
        // is still damaged (another process may have just replaced it).
        FileLock lock(lockFilePath(), kStaleLockMs);
        if (!lockForRepair(&lock, &result, contents.error))
            return result;
        contents = ProfileFile::read(m_filePath);
        if (contents.status == ProfileFile::Contents::Status::Corrupt) {
            setAside(&result, contents.error);
            return result;
        }
    }

    switch (contents.status) {
    case ProfileFile::Contents::Status::Missing:
        result.status = LoadStatus::Missing;
        return result;
    case ProfileFile::Contents::Status::Unreadable:
        // Saving now would replace a file we never saw: refuse until it is readable.
        result.status = LoadStatus::Unreadable;
        result.message = unreadableMessage(m_filePath, contents.error);
        m_readOnly = true;
        m_readOnlyReason = result.message;
        return result;
    case ProfileFile::Contents::Status::TooNew:
        // Shown if we could read it, but never written back.
        m_base = contents.servers;
        refreshView();
        m_readOnly = true;
        result.status = LoadStatus::TooNew;
        result.message = tooNewMessage(m_filePath, contents.schema);
        m_readOnlyReason = result.message;
        return result;
    case ProfileFile::Contents::Status::Corrupt: // handled above
    case ProfileFile::Contents::Status::Ok:
        break;
    }

    m_base = contents.servers;
    m_extra = contents.extra;
    bool missingIds = false;
    for (ServerProfile &p : m_base) {
        if (p.id.isEmpty()) {
            p.id = newId();
            missingIds = true;
        }
    }
    refreshView();
    result.status = LoadStatus::Ok;
    if (missingIds) {
        // commit() gives the ids under the lock and shows what it wrote.
        QString error;
        if (commit(std::nullopt, &error) != Commit::Written)
            result.message = error;
    }
    return result;
}

bool ProfileStore::lockForRepair(FileLock *lock, LoadResult *result, const QString &reason)
{
    if (lock->tryLock(m_lockTimeoutMs))
        return true;
    result->status = LoadStatus::Corrupt;
    m_readOnly = true;
    result->message = QCoreApplication::translate("ProfileStore",
        "The server list %1 is damaged (%2) and could not be moved aside (%3). Hoshu "
        "will not change it until it is repaired or removed.")
                          .arg(nativePath(m_filePath), reason, lockError(*lock));
    m_readOnlyReason = result->message;
    return false;
}

void ProfileStore::setAside(LoadResult *result, const QString &reason)
{
    result->status = LoadStatus::Corrupt;
    QString moveError;
    result->setAsidePath = ProfileFile::setAside(m_filePath, &moveError);
    if (result->setAsidePath.isEmpty()) {
        m_readOnly = true;
        result->message = QCoreApplication::translate("ProfileStore",
            "The server list %1 is damaged (%2) and could not be moved aside (%3). Hoshu "
            "will not change it until it is repaired or removed.")
                              .arg(nativePath(m_filePath), reason, moveError);
        m_readOnlyReason = result->message;
    } else {
        result->message = QCoreApplication::translate("ProfileStore",
            "The server list %1 is damaged (%2). It was kept as %3 and Hoshu starts with "
            "an empty list.")
                              .arg(nativePath(m_filePath), reason, nativePath(result->setAsidePath));
    }
}

ProfileStore::Commit ProfileStore::commit(const std::optional<ProfileEdit> &edit, QString *error)
{
    FileLock lock(lockFilePath(), kStaleLockMs);
    if (!lock.tryLock(m_lockTimeoutMs)) {
        *error = lockError(lock);
        return Commit::Failed;
    }
    const ProfileFile::Contents fresh = ProfileFile::read(m_filePath);
    switch (fresh.status) {
    case ProfileFile::Contents::Status::Ok:
    case ProfileFile::Contents::Status::Missing: // removed by the user or another process: start from empty
        break;
    case ProfileFile::Contents::Status::TooNew:
        // A newer Hoshu wrote it meanwhile: from now on this store only shows it.
        m_readOnly = true;
        m_readOnlyReason = tooNewMessage(m_filePath, fresh.schema);
        m_pending.clear();
        m_base = fresh.servers;
        m_extra = QJsonObject();
        refreshView();
        checkWritable(error);
        return Commit::Failed;
    case ProfileFile::Contents::Status::Corrupt:
        *error = QCoreApplication::translate("ProfileStore",
            "The server list %1 was damaged meanwhile (%2). Hoshu did not change it; "
            "restart Hoshu to keep the damaged file aside and start again.")
                     .arg(nativePath(m_filePath), fresh.error);
        return Commit::Failed;
    case ProfileFile::Contents::Status::Unreadable:
        *error = unreadableMessage(m_filePath, fresh.error);
        return Commit::Failed;
    }

    QList<ServerProfile> servers = fresh.servers;
    // Nothing to write when the file already holds it all (save() right after a change).
    bool changed = fresh.status == ProfileFile::Contents::Status::Missing && !edit;
    for (ServerProfile &p : servers) {
        if (p.id.isEmpty()) {
            p.id = newId();
            changed = true;
        }
    }
    QStringList problems;
    QList<ProfileEdit> stillApplies;
    for (const ProfileEdit &waiting : std::as_const(m_pending)) {
        QString why;
        if (waiting.applyTo(&servers, &why))
            stillApplies << waiting;
        else
            problems << why;
        changed = true;
    }
    // Waiting edits are removes and moves, which always apply: a conflict is the new edit's.
    if (edit) {
        QString why;
        if (edit->applyTo(&servers, &why))
            changed = true;
        else
            problems.prepend(why);
    }
    if (changed && !ProfileFile::write(m_filePath, servers, fresh.extra, m_beforeCommit, error)) {
        m_pending = stillApplies;
        refreshView();
        return Commit::Failed;
    }
    m_base = servers;
    m_extra = fresh.extra;
    m_pending.clear();
    refreshView();
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return Commit::Conflict;
    }
    return Commit::Written;
}

QString ProfileStore::lockError(const FileLock &lock) const
{
    switch (lock.error()) {
    case QLockFile::LockFailedError:
        return QCoreApplication::translate("ProfileStore",
            "The server list %1 is being changed by %2 (another Hoshu window or hoshu-cli) and "
            "stayed locked for %3 seconds. Nothing was changed; try again in a moment.")
            .arg(nativePath(m_filePath), lock.holder(), QString::number(m_lockTimeoutMs / 1000.0, 'g', 3));
    case QLockFile::PermissionError:
        return QCoreApplication::translate("ProfileStore",
            "The server list cannot be locked: Hoshu may not create %1. Nothing was changed.")
            .arg(nativePath(lock.path()));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return QCoreApplication::translate("ProfileStore", "The server list cannot be locked (%1). Nothing was changed.")
        .arg(nativePath(lock.path()));
}

void ProfileStore::refreshView()
{
    m_profiles = m_base;
    QString ignored;
    for (const ProfileEdit &waiting : std::as_const(m_pending))
        waiting.applyTo(&m_profiles, &ignored);
}

bool ProfileStore::save(QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    if (!checkWritable(&err))
        return false;
    return commit(std::nullopt, &err) == Commit::Written;
}

bool ProfileStore::commitEdit(const ProfileEdit &edit, QString *error)
{
    return commit(edit, error) == Commit::Written;
}

bool ProfileStore::queueEdit(const ProfileEdit &edit)
{
    QString error;
    if (commit(edit, &error) == Commit::Failed && !m_readOnly) {
        m_pending << edit; // save() or the next change retries it, and reports
        refreshView();
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
        profile.id = newId();
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
    return commitEdit(ProfileEdit::add(profile), &err);
}

bool ProfileStore::update(const ServerProfile &profile, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    if (!checkWritable(&err))
        return false;
    const int i = indexOfId(profile.id);
    if (i < 0) {
        // Removed, perhaps by another process: the edit must not bring it back.
        err = ProfileEdit::removedMessage(profile.name);
        return false;
    }
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        err = problems.join(QLatin1Char('\n'));
        return false;
    }
    if (!checkUniqueName(profile, &err))
        return false;
    return commitEdit(ProfileEdit::update(m_profiles.at(i), profile), &err);
}

bool ProfileStore::remove(const QString &id)
{
    if (m_readOnly || indexOfId(id) < 0)
        return false;
    return queueEdit(ProfileEdit::remove(id));
}

bool ProfileStore::move(const QString &id, int newIndex)
{
    const int i = indexOfId(id);
    if (m_readOnly || i < 0 || newIndex < 0 || newIndex >= m_profiles.size())
        return false;
    return queueEdit(ProfileEdit::move(id, newIndex));
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

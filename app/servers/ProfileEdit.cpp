#include "servers/ProfileEdit.h"

#include "servers/ProfileJson.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace {
int indexOfId(const QList<ServerProfile> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

bool nameIsFree(const QList<ServerProfile> &list, const ServerProfile &profile, QString *error)
{
    const QString key = ServerProfile::nameKey(profile.name);
    for (const ServerProfile &other : list) {
        if (other.id != profile.id && ServerProfile::nameKey(other.name) == key) {
            *error = QCoreApplication::translate("ProfileStore", "A server named “%1” already exists.").arg(other.name);
            return false;
        }
    }
    return true;
}
} // namespace

QString ProfileEdit::removedMessage(const QString &name)
{
    return QCoreApplication::translate("ProfileStore",
        "The server “%1” was removed meanwhile (by hoshu-cli or another Hoshu window); "
        "your change to it was not saved.")
        .arg(name);
}

ProfileEdit ProfileEdit::add(const ServerProfile &profile)
{
    ProfileEdit e;
    e.m_kind = Kind::Add;
    e.m_after = profile;
    return e;
}

ProfileEdit ProfileEdit::update(const ServerProfile &before, const ServerProfile &after)
{
    ProfileEdit e;
    e.m_kind = Kind::Update;
    e.m_before = before;
    e.m_after = after;
    return e;
}

ProfileEdit ProfileEdit::remove(const QString &id)
{
    ProfileEdit e;
    e.m_kind = Kind::Remove;
    e.m_id = id;
    return e;
}

ProfileEdit ProfileEdit::move(const QString &id, int newIndex)
{
    ProfileEdit e;
    e.m_kind = Kind::Move;
    e.m_id = id;
    e.m_index = newIndex;
    return e;
}

bool ProfileEdit::applyTo(QList<ServerProfile> *list, QString *error) const
{
    switch (m_kind) {
    case Kind::Add: {
        if (indexOfId(*list, m_after.id) >= 0) {
            *error = QCoreApplication::translate("ProfileStore", "A server with the ID %1 already exists.")
                         .arg(m_after.id);
            return false;
        }
        const QStringList problems = m_after.validate();
        if (!problems.isEmpty()) {
            *error = problems.join(QLatin1Char('\n'));
            return false;
        }
        if (!nameIsFree(*list, m_after, error))
            return false;
        list->append(m_after);
        return true;
    }
    case Kind::Update: {
        const int i = indexOfId(*list, m_after.id);
        if (i < 0) {
            *error = removedMessage(m_before.name.isEmpty() ? m_after.name : m_before.name);
            return false;
        }
        return applyUpdate(list, i, error);
    }
    case Kind::Remove: {
        const int i = indexOfId(*list, m_id);
        if (i >= 0)
            list->removeAt(i);
        return true;
    }
    case Kind::Move: {
        const int i = indexOfId(*list, m_id);
        if (i >= 0)
            list->move(i, qBound(0, m_index, int(list->size()) - 1));
        return true;
    }
    }
    return true;
}

// A three-way merge by key of the JSON form: what the caller changed (after
// differs from before) wins, everything else is what the file has now, unknown
// keys included.
bool ProfileEdit::applyUpdate(QList<ServerProfile> *list, int index, QString *error) const
{
    const nlohmann::ordered_json before = ProfileJson::toJson(m_before);
    const nlohmann::ordered_json after = ProfileJson::toJson(m_after);
    nlohmann::ordered_json merged = ProfileJson::toJson(list->at(index));
    for (auto it = after.begin(); it != after.end(); ++it) {
        const auto was = before.find(it.key());
        if (m_before.id.isEmpty() || was == before.end() || *was != it.value())
            merged[it.key()] = it.value();
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (after.find(it.key()) == after.end())
            merged.erase(it.key()); // the caller dropped an unknown key
    }
    QString why;
    std::optional<ServerProfile> profile = ProfileJson::fromJson(merged, &why);
    if (!profile) {
        *error = why;
        return false;
    }
    if (!nameIsFree(*list, *profile, error))
        return false;
    (*list)[index] = *profile;
    return true;
}

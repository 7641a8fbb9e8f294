#pragma once

#include "servers/ServerProfile.h"

#include <QList>
#include <QString>

// One change to the server list. ProfileStore applies it to the file as it is
// when written (re-read under the lock), never to a list it read earlier, so
// what another Hoshu process (the GUI, hoshu-cli) wrote meanwhile is neither
// lost nor brought back.
class ProfileEdit
{
public:
    enum class Kind { Add, Update, Remove, Move };

    static ProfileEdit add(const ServerProfile &profile);
    // before: the profile as the caller last saw it. Fields the caller did not
    // change keep what the file has now (another process may have changed them).
    static ProfileEdit update(const ServerProfile &before, const ServerProfile &after);
    static ProfileEdit remove(const QString &id);
    static ProfileEdit move(const QString &id, int newIndex);

    Kind kind() const { return m_kind; }
    QString id() const { return m_kind == Kind::Add || m_kind == Kind::Update ? m_after.id : m_id; }

    // False, with a translated reason, when the change no longer applies: an
    // added name or ID is taken, an updated server was removed, a rename
    // clashes. Removing or moving a server that is gone changes nothing and is
    // fine. Validates the result like ServerProfile::validate().
    bool applyTo(QList<ServerProfile> *list, QString *error) const;

    // Translated: an update found its server gone (removed by another process).
    static QString removedMessage(const QString &name);

private:
    ProfileEdit() = default;
    bool applyUpdate(QList<ServerProfile> *list, int index, QString *error) const;

    Kind m_kind = Kind::Add;
    ServerProfile m_before;
    ServerProfile m_after;
    QString m_id;
    int m_index = 0;
};

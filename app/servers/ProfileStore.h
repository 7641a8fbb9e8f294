#pragma once

#include "servers/ServerProfile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QSaveFile;

// The list of server profiles, kept in one JSON file (servers.json).
// Never loses data: saves are atomic (QSaveFile), a corrupt file is moved aside
// (never overwritten, never deleted), and a file from a newer Hoshu is never
// overwritten. Holds no secrets: those are in SecretStore.
// Mutations (add/update/remove/move) change memory only; call save() to write.
class ProfileStore
{
public:
    enum class LoadStatus { Ok, Missing, Corrupt, TooNew, Unreadable };
    struct LoadResult {
        LoadStatus status = LoadStatus::Ok;
        QString message;      // translated, for the UI/CLI; empty for Ok and Missing
        QString setAsidePath; // for Corrupt: where the bad file now is (empty if it could not be moved)
    };

    explicit ProfileStore(const QString &filePath); // e.g. AppPaths::profilesFile()

    QString filePath() const { return m_filePath; }

    // Replaces the in-memory list with the file's contents. Entries without an
    // id get one, and the file is rewritten at once so the id (the keychain key)
    // stays stable.
    LoadResult load();
    // Atomic (QSaveFile), mode 0600 on Unix, schema version in the file.
    bool save(QString *error);

    QList<ServerProfile> profiles() const { return m_profiles; } // in user order
    std::optional<ServerProfile> findByName(const QString &name) const;
    std::optional<ServerProfile> findById(const QString &id) const;

    bool add(ServerProfile profile, QString *error);            // assigns id if empty; validates; rejects duplicate names
    bool update(const ServerProfile &profile, QString *error);  // by id
    bool remove(const QString &id);                             // the caller removes its secrets
    bool move(const QString &id, int newIndex);                 // reorder (user order)

    // True after TooNew (a newer Hoshu's file must not be overwritten), after
    // Unreadable, and after Corrupt when the bad file could not be moved aside.
    bool isReadOnly() const { return m_readOnly; }

    // For tests: called with the open QSaveFile after the data is written and
    // before commit(), e.g. to cancelWriting() and simulate an interrupted save.
    void setBeforeCommitHookForTest(std::function<void(QSaveFile &)> hook) { m_beforeCommit = std::move(hook); }

private:
    int indexOfId(const QString &id) const;
    bool checkWritable(QString *error) const;
    bool checkUniqueName(const ServerProfile &profile, QString *error) const;
    QString setAside(QString *error) const;

    QString m_filePath;
    QList<ServerProfile> m_profiles;
    QJsonObject m_extra; // unknown top-level keys, kept
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::function<void(QSaveFile &)> m_beforeCommit;
};

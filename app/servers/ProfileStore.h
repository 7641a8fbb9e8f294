#pragma once

#include "servers/ProfileEdit.h"
#include "servers/ServerProfile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QSaveFile;

// The list of server profiles, kept in one JSON file (servers.json), shared by
// the GUI and any number of hoshu-cli processes.
// Never loses data: saves are atomic (QSaveFile), a corrupt file is moved aside
// (never overwritten, never deleted), and a file from a newer Hoshu is never
// overwritten. Holds no secrets: those are in SecretStore.
//
// Safe across processes: every change (add, update, remove, move) is written at
// once, as an edit applied to the file as it is now: under a lock
// (servers.json.lock, a QLockFile next to it) the file is read again, the edit
// applied, the result written and shown by profiles(). A server another process
// added meanwhile is kept, one it removed is not brought back, and an update
// changes only the fields the caller changed. A lock that cannot be taken
// within lockTimeoutMs() is an error and nothing is written; the lock of a
// process that crashed is taken over.
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
    QString lockFilePath() const { return m_filePath + QStringLiteral(".lock"); }

    // Replaces the in-memory list with the file's contents (and drops edits
    // still waiting to be written). Entries without an id get one, and the file
    // is rewritten at once so the id (the keychain key) stays stable.
    LoadResult load();
    // Writes what is still waiting (a remove or move that could not be written)
    // onto the file as it is now, and refreshes profiles(). Atomic (QSaveFile),
    // mode 0600 on Unix, schema version in the file. False with a translated
    // message when the lock or the write failed, or an edit no longer applied.
    bool save(QString *error);

    // The file as of the last read or write by this store, plus edits still waiting.
    QList<ServerProfile> profiles() const { return m_profiles; } // in user order
    std::optional<ServerProfile> findByName(const QString &name) const;
    std::optional<ServerProfile> findById(const QString &id) const;

    // Each written at once (see above). add and update: false with a
    // translated message, and nothing written, when invalid, when the name is
    // taken (also by a server another process just added), when the server was
    // removed meanwhile, or when the lock or the write failed.
    bool add(ServerProfile profile, QString *error);            // assigns id if empty; rejects duplicate names
    bool update(const ServerProfile &profile, QString *error);  // by id
    // false only for an unknown id or a read-only store. When the lock or the
    // write fails the change waits and save() (or the next change) retries it
    // and reports the error. The caller removes the server's secrets.
    bool remove(const QString &id);
    bool move(const QString &id, int newIndex);                 // reorder (user order), like remove

    // True after TooNew (a newer Hoshu's file must not be overwritten), after
    // Unreadable, and after Corrupt when the bad file could not be moved aside.
    bool isReadOnly() const { return m_readOnly; }

    int lockTimeoutMs() const { return m_lockTimeoutMs; }
    void setLockTimeoutMs(int ms) { m_lockTimeoutMs = ms; }

    // For tests: called with the open QSaveFile after the data is written and
    // before commit(), e.g. to cancelWriting() and simulate an interrupted save.
    void setBeforeCommitHookForTest(std::function<void(QSaveFile &)> hook) { m_beforeCommit = std::move(hook); }

private:
    enum class Commit { Written, Conflict, Failed };
    // Under the lock: re-read, apply the waiting edits and then `edit`, write,
    // refresh the view. Conflict: `edit` (or a waiting one) no longer applied and
    // was dropped, the rest was written. Failed: nothing written.
    Commit commit(const std::optional<ProfileEdit> &edit, QString *error);
    bool commitEdit(const ProfileEdit &edit, QString *error); // add/update: all or nothing
    bool queueEdit(const ProfileEdit &edit);                 // remove/move: waits when it cannot be written
    void refreshView();
    void setAside(LoadResult *result, const QString &reason);
    bool lockForRepair(class FileLock *lock, LoadResult *result, const QString &reason);
    int indexOfId(const QString &id) const;
    bool checkWritable(QString *error) const;
    bool checkUniqueName(const ServerProfile &profile, QString *error) const;
    QString lockError(const class FileLock &lock) const;

    QString m_filePath;
    QList<ServerProfile> m_base;    // the file as last read or written
    QList<ProfileEdit> m_pending;   // edits that could not be written yet (remove, move)
    QList<ServerProfile> m_profiles; // m_base + m_pending: what callers see
    QJsonObject m_extra; // unknown top-level keys, kept
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_lockTimeoutMs = 5000;
    std::function<void(QSaveFile &)> m_beforeCommit;
};

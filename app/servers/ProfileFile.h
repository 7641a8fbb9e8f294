#pragma once

#include "servers/ServerProfile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class QSaveFile;

// Reading and writing servers.json itself, with no state and no lock
// (ProfileStore holds the lock around these).
class ProfileFile
{
public:
    struct Contents
    {
        enum class Status { Ok, Missing, Corrupt, TooNew, Unreadable };
        Status status = Status::Missing;
        QList<ServerProfile> servers; // Ok; TooNew when every entry could be read
        QJsonObject extra;            // unknown top-level keys, kept on write
        int schema = 0;               // TooNew: the file's format
        QString error;                // Corrupt: what is wrong; Unreadable: the system's reason
    };
    static Contents read(const QString &path);

    // Atomic (QSaveFile), mode 0600 on Unix, creates the folder. The hook (tests)
    // runs after the data is written and before commit(). False with a
    // translated message; the previous file is then unchanged.
    static bool write(const QString &path, const QList<ServerProfile> &servers, const QJsonObject &extra,
                      const std::function<void(QSaveFile &)> &beforeCommit, QString *error);

    // Moves a damaged file to PATH.corrupt-YYYYMMDD-HHMMSS[-N], never replacing
    // a file. Returns the new path, or empty with the reason in *error.
    static QString setAside(const QString &path, QString *error);
};

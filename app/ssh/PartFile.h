#pragma once

#include "common/Sha256.h"

#include <QByteArray>
#include <QFile>
#include <QString>

// The local side of a resumable download: `<target>.part` (0600, in directories
// created 0700: a backup bundle holds the server's secrets), a record of which remote
// file it is a prefix of (`<target>.part.info`), the running SHA-256 and the final
// rename. No network; used in the connection's worker thread.
class PartFile
{
public:
    struct Remote
    {
        QString path;
        qint64 size = 0;
        qint64 mtime = 0;
        QByteArray expectedSha256; // lower-case hex
    };

    explicit PartFile(const QString &targetPath);
    ~PartFile(); // closes, keeping what was written

    QString targetPath() const { return m_target; }
    QString partPath() const { return m_target + QStringLiteral(".part"); }
    QString infoPath() const { return m_target + QStringLiteral(".part.info"); }

    // Continues the .part when its record names this very remote file (path, size,
    // mtime and expected checksum) and it is no longer than the file; otherwise starts
    // it over. Hashes the part already there. False with errorString() on failure.
    bool open(const Remote &remote);
    qint64 size() const { return m_size; } // where the transfer goes on from
    bool resumed() const { return m_resumedFrom > 0; }
    qint64 resumedFrom() const { return m_resumedFrom; }
    bool append(const char *data, qint64 length);

    QByteArray sha256Hex() const; // of everything in the .part
    enum class Commit { Saved, Mismatch, Failed };
    // Closes and syncs; renames into place if the checksum is the expected one (then the record
    // goes too), else removes the .part and its record (Mismatch). errorString() unless Saved.
    Commit commit(const QByteArray &sha256Hex);
    void keep(); // closes; the .part and its record stay for a resume

    QString errorString() const { return m_error; }

    static bool mkpathPrivate(const QString &dir, QString *error); // missing directories 0700

private:
    bool recordMatches(const Remote &remote) const;
    bool writeRecord(const Remote &remote);
    bool hashExisting();
    bool fail(const QString &error);

    QString m_target;
    QFile m_file;
    Sha256 m_hash;
    Remote m_remote;
    qint64 m_size = 0;
    qint64 m_resumedFrom = 0;
    QString m_error;
};

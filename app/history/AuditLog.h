#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

// Append-only record of every action run (JSON Lines, one object per run).
// Holds what ran where and how it ended; never a secret (the displayed
// command never contains one) and never the output.
class AuditLog
{
public:
    struct Entry {
        QDateTime time;
        QString serverId;
        QString serverName;
        QString actionId;
        QMap<QString, QString> parameters;
        QString command;
        int exitStatus = -1;
        QString error;
        qint64 durationMs = 0;
    };

    explicit AuditLog(const QString &filePath);
    bool append(const Entry &entry, QString *error = nullptr);
    QString filePath() const { return m_filePath; }

private:
    QString m_filePath;
};

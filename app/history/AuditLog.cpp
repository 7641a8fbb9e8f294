#include "AuditLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

AuditLog::AuditLog(const QString &filePath)
    : m_filePath(filePath)
{
}

bool AuditLog::append(const Entry &entry, QString *error)
{
    QJsonObject params;
    for (auto it = entry.parameters.cbegin(); it != entry.parameters.cend(); ++it)
        params.insert(it.key(), it.value());
    QJsonObject o;
    o.insert(QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("server_id"), entry.serverId);
    o.insert(QStringLiteral("server"), entry.serverName);
    o.insert(QStringLiteral("action"), entry.actionId);
    o.insert(QStringLiteral("parameters"), params);
    o.insert(QStringLiteral("command"), entry.command);
    o.insert(QStringLiteral("exit_status"), entry.exitStatus);
    if (!entry.error.isEmpty())
        o.insert(QStringLiteral("error"), entry.error);
    o.insert(QStringLiteral("duration_ms"), entry.durationMs);

    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QFileInfo::exists(dir)) {
        QDir().mkpath(dir);
        // What ran where is nobody else's business on a shared machine.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QFile file(m_filePath);
    // One write() of a whole line in append mode: concurrent writers
    // (GUI and hoshu-cli) never interleave within a line.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "Cannot write the audit log %1: %2")
                         .arg(m_filePath, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    return file.write(line) == line.size();
}

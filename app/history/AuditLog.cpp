#include "AuditLog.h"

#include "AuditOutputStore.h"
#include "common/TerminalText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>

AuditLog::AuditLog(const QString &filePath, Source source)
    : m_filePath(filePath)
    , m_source(source)
{
}

QString AuditLog::localUser()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QDir::home().dirName();
}

QString AuditLog::localHost()
{
    return QHostInfo::localHostName();
}

QString AuditLog::sourceId(Source source)
{
    return source == Source::Cli ? QStringLiteral("cli") : QStringLiteral("gui");
}

QString AuditLog::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded: return QStringLiteral("succeeded");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::NotStarted: return QStringLiteral("not-started");
    case Outcome::Unknown: break;
    }
    return QStringLiteral("outcome-unknown");
}

QJsonObject AuditLog::toJson(const Entry &entry)
{
    QJsonObject params;
    for (auto it = entry.parameters.cbegin(); it != entry.parameters.cend(); ++it)
        params.insert(it.key(), it.value());
    QJsonObject o;
    o.insert(QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("server_id"), entry.serverId);
    o.insert(QStringLiteral("server"), entry.serverName);
    o.insert(QStringLiteral("action"), entry.actionId);
    o.insert(QStringLiteral("parameters"), params);
    o.insert(QStringLiteral("command"), entry.command);
    if (!entry.steps.isEmpty())
        o.insert(QStringLiteral("steps"), QJsonArray::fromStringList(entry.steps));
    o.insert(QStringLiteral("exit_status"), entry.exitStatus);
    if (!entry.error.isEmpty())
        o.insert(QStringLiteral("error"), entry.error);
    o.insert(QStringLiteral("duration_ms"), entry.durationMs);
    o.insert(QStringLiteral("user"), entry.user);
    o.insert(QStringLiteral("host"), entry.host);
    o.insert(QStringLiteral("source"), entry.source);
    o.insert(QStringLiteral("outcome"), outcomeId(entry.outcome));
    if (!entry.outputFile.isEmpty())
        o.insert(QStringLiteral("output"), entry.outputFile);
    o.insert(QStringLiteral("output_bytes"), entry.outputBytes);
    return o;
}

std::optional<AuditLog::Entry> AuditLog::fromJson(const QJsonObject &o)
{
    Entry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.actionId = o.value(QStringLiteral("action")).toString();
    if (!e.time.isValid() || e.actionId.isEmpty())
        return std::nullopt;
    e.serverId = o.value(QStringLiteral("server_id")).toString();
    e.serverName = o.value(QStringLiteral("server")).toString();
    const QJsonObject params = o.value(QStringLiteral("parameters")).toObject();
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        e.parameters.insert(it.key(), it.value().toString());
    e.command = o.value(QStringLiteral("command")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray()) {
        if (v.isString() && e.steps.size() < kMaxSteps)
            e.steps << TerminalText::escaped(v.toString().left(500), TerminalText::LineBreaks::Escape);
    }
    e.exitStatus = o.value(QStringLiteral("exit_status")).toInt(-1);
    e.error = o.value(QStringLiteral("error")).toString();
    e.durationMs = qMax<qint64>(0, o.value(QStringLiteral("duration_ms")).toInteger());
    e.user = o.value(QStringLiteral("user")).toString();
    e.host = o.value(QStringLiteral("host")).toString();
    e.source = o.value(QStringLiteral("source")).toString();
    const QString outcome = o.value(QStringLiteral("outcome")).toString();
    if (outcome == outcomeId(Outcome::Succeeded))
        e.outcome = Outcome::Succeeded;
    else if (outcome == outcomeId(Outcome::NotStarted))
        e.outcome = Outcome::NotStarted;
    else if (outcome == outcomeId(Outcome::Unknown))
        e.outcome = Outcome::Unknown;
    else if (outcome.isEmpty()) // written before outcomes were recorded
        e.outcome = e.error.isEmpty() && e.exitStatus == 0 ? Outcome::Succeeded : Outcome::Failed;
    else
        e.outcome = Outcome::Failed;
    const QString output = o.value(QStringLiteral("output")).toString();
    if (AuditOutputStore::isValidName(output))
        e.outputFile = output;
    e.outputBytes = qMax<qint64>(0, o.value(QStringLiteral("output_bytes")).toInteger());
    return e;
}

QStringList AuditLog::stepsOf(const QByteArray &output)
{
    QStringList steps;
    for (QByteArray raw : output.split('\n')) {
        if (!raw.startsWith("==> "))
            continue;
        if (steps.size() >= kMaxSteps)
            break;
        if (raw.endsWith('\r'))
            raw.chop(1);
        steps << TerminalText::escaped(QString::fromUtf8(raw.mid(4)).left(500), TerminalText::LineBreaks::Escape);
    }
    return steps;
}

bool AuditLog::append(const Entry &given, QString *error)
{
    Entry entry = given;
    if (entry.user.isEmpty())
        entry.user = localUser();
    if (entry.host.isEmpty())
        entry.host = localHost();
    if (entry.source.isEmpty())
        entry.source = sourceId(m_source);
    if (entry.steps.isEmpty())
        entry.steps = stepsOf(entry.output);

    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QFileInfo::exists(dir)) {
        QDir().mkpath(dir);
        // What ran where is nobody else's business on a shared machine.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    AuditOutputStore outputs(m_filePath);
    QString outputError;
    if (!entry.output.isEmpty()) {
        entry.outputFile = outputs.write(entry.output, entry.time, &outputError);
        if (entry.outputFile.isEmpty())
            entry.error += (entry.error.isEmpty() ? QString() : QStringLiteral("; ")) + outputError;
    }
    outputs.prune(QDateTime::currentDateTimeUtc());

    QFile file(m_filePath);
    // One write() of a whole line in append mode: concurrent writers
    // (GUI and hoshu-cli) never interleave within a line.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Cannot write the audit log %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size()) {
        if (error)
            *error = tr("Cannot write the audit log %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    if (error && !outputError.isEmpty())
        *error = outputError;
    return outputError.isEmpty();
}

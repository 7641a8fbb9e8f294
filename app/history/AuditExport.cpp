#include "AuditExport.h"

#include "AuditOutputStore.h"

#include <QJsonObject>

QByteArray AuditExport::csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + cell.toUtf8() + '"';
}

QString AuditExport::outputText(const AuditLog::Entry &entry, const AuditOutputStore &outputs, bool *pruned)
{
    if (pruned)
        *pruned = false;
    if (entry.outputFile.isEmpty())
        return {};
    bool found = false;
    const QByteArray bytes = outputs.read(entry.outputFile, &found);
    if (pruned)
        *pruned = !found;
    return QString::fromUtf8(bytes);
}

QByteArray AuditExport::csv(const QList<AuditLog::Entry> &entries, const AuditOutputStore &outputs)
{
    QByteArray out = "time,server_id,server,user,host,source,action,parameters,command,steps,outcome,exit_status,error,"
                     "duration_ms,output\r\n";
    for (const AuditLog::Entry &e : entries) {
        QStringList params;
        for (auto it = e.parameters.cbegin(); it != e.parameters.cend(); ++it)
            params << it.key() + QLatin1Char('=') + it.value();
        const QList<QByteArray> cells {csvCell(e.time.toUTC().toString(Qt::ISODateWithMs)),
                                       csvCell(e.serverId),
                                       csvCell(e.serverName),
                                       csvCell(e.user),
                                       csvCell(e.host),
                                       csvCell(e.source),
                                       csvCell(e.actionId),
                                       csvCell(params.join(QLatin1Char(' '))),
                                       csvCell(e.command),
                                       csvCell(e.steps.join(QLatin1Char('\n'))),
                                       csvCell(AuditLog::outcomeId(e.outcome)),
                                       QByteArray::number(e.exitStatus),
                                       csvCell(e.error),
                                       QByteArray::number(e.durationMs),
                                       csvCell(outputText(e, outputs))};
        out += cells.join(',') + "\r\n";
    }
    return out;
}

QJsonArray AuditExport::json(const QList<AuditLog::Entry> &entries, const AuditOutputStore &outputs)
{
    QJsonArray array;
    for (const AuditLog::Entry &e : entries) {
        QJsonObject o = AuditLog::toJson(e);
        bool pruned = false;
        o.insert(QStringLiteral("output_text"), outputText(e, outputs, &pruned));
        if (pruned)
            o.insert(QStringLiteral("output_pruned"), true);
        array.append(o);
    }
    return array;
}

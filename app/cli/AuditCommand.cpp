#include "AuditCommand.h"

#include "catalog/Catalog.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/Terminal.h"
#include "common/AppPaths.h"
#include "common/TerminalTextStream.h"
#include "history/AuditExport.h"
#include "history/AuditLogReader.h"
#include "history/AuditOutputStore.h"
#include "history/AuditText.h"
#include "servers/ProfileStore.h"

#include <QJsonDocument>

namespace {
constexpr int kIoError = 74; // EX_IOERR: the audit log exists but cannot be read

void printOutput(const QString &text)
{
    // Server output: every control character and escape sequence made visible.
    TerminalTextStream stream;
    QByteArray out = stream.feed(text.toUtf8());
    out += stream.finish();
    if (out.isEmpty())
        return;
    if (!out.endsWith('\n'))
        out += '\n';
    Terminal::writeOut(out);
}
} // namespace

int AuditCommand::run(const ProfileStore &store, const Catalog &catalog, const QStringList &args)
{
    CommandLine cl({QStringLiteral("limit")}, {QStringLiteral("json")});
    QString error;
    bool limitOk = true;
    const int limit = cl.parse(args, &error) && cl.isSet(QStringLiteral("limit"))
                        ? cl.value(QStringLiteral("limit")).toInt(&limitOk)
                        : kDefaultLimit;
    if (!error.isEmpty() || cl.positionals().size() > 1 || !limitOk || limit < 1) {
        Terminal::message(error.isEmpty() ? tr("Usage: hoshu-cli audit [NAME] [--json] [--limit N]") : error);
        return ExitCode::Usage;
    }
    AuditLogReader::Options options;
    options.limit = limit;
    if (!cl.positionals().isEmpty()) {
        const QString name = cl.positionals().constFirst();
        if (const auto profile = store.findByName(name))
            options.serverId = profile->id;
        else
            options.serverName = name; // a server removed since: its runs are still on record
    }
    const AuditLogReader::Result read = AuditLogReader(AppPaths::auditLogFile()).read(options);
    if (!read.error.isEmpty()) {
        Terminal::message(tr("Cannot read the audit log %1: %2").arg(AppPaths::auditLogFile(), read.error));
        return kIoError;
    }
    const AuditOutputStore outputs(AppPaths::auditLogFile());
    if (cl.isSet(QStringLiteral("json"))) {
        Terminal::printJson(QJsonDocument(AuditExport::json(read.entries, outputs)));
    } else {
        if (read.entries.isEmpty())
            Terminal::message(tr("No action has run yet."));
        for (const AuditLog::Entry &e : read.entries) {
            const Action *action = catalog.find(e.actionId);
            Terminal::print(QStringLiteral("%1  %2  %3  %4  %5  %6")
                                .arg(AuditText::localTime(e.time), e.serverName, AuditText::who(e),
                                     action ? action->title() : e.actionId, AuditText::outcome(e),
                                     AuditText::duration(e.durationMs)));
            Terminal::print(QStringLiteral("$ ") + e.command);
            bool pruned = false;
            printOutput(AuditExport::outputText(e, outputs, &pruned));
            if (pruned)
                Terminal::print(tr("(the output of this run is no longer kept)"));
            Terminal::print(QString());
        }
    }
    if (read.damaged > 0)
        Terminal::message(tr("%n damaged entry(s) skipped.", nullptr, read.damaged));
    if (read.truncated)
        Terminal::message(tr("Older entries not shown; see --limit."));
    return ExitCode::Ok;
}

#include "BackupCommands.h"

#include "catalog/Catalog.h"
#include "cli/BackupCommand.h"
#include "cli/BackupsCommand.h"
#include "cli/CommandLine.h"
#include "cli/CommandLoop.h"
#include "cli/DrillCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/ExitCode.h"
#include "cli/Terminal.h"
#include "backups/CopiesFolder.h"
#include "common/AppPaths.h"
#include "history/AuditLog.h"
#include "servers/ProfileStore.h"

namespace {

const QStringList kConnectionValues{QStringLiteral("param"), QStringLiteral("accept-host-key")};
const QStringList kConnectionFlags{QStringLiteral("accept-new-host-key"), QStringLiteral("sudo-password-stdin")};

// The server, the action and the options every backup command shares (--param, host key,
// sudo password); false with *exitCode set when the command line is not usable.
bool runOptions(const CommandLine &cl, const ProfileStore &store, const Catalog &catalog, const char *actionId,
                RunCommand::Options *options, int *exitCode, qsizetype positionals = 1)
{
    *exitCode = ExitCode::Usage;
    if (cl.positionals().size() != positionals) {
        Terminal::message(positionals == 1 ? BackupCommands::tr("Name one server. See: hoshu-cli --help")
                                           : BackupCommands::tr("Name one server and one bundle. See: hoshu-cli --help"));
        return false;
    }
    const auto profile = store.findByName(cl.positionals().constFirst());
    if (!profile) {
        Terminal::message(BackupCommands::tr("There is no server named \"%1\". See: hoshu-cli server list")
                              .arg(cl.positionals().constFirst()));
        return false;
    }
    const Action *action = catalog.find(QLatin1String(actionId));
    if (!action) {
        *exitCode = ExitCode::Software;
        Terminal::message(BackupCommands::tr("The built-in catalog has no action %1; please report this.")
                              .arg(QLatin1String(actionId)));
        return false;
    }
    for (const QString &kv : cl.values(QStringLiteral("param"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            Terminal::message(BackupCommands::tr("--param needs KEY=VALUE, not \"%1\".").arg(kv));
            return false;
        }
        options->params.insert(kv.left(eq), kv.mid(eq + 1)); // checked by the action's parameter types
    }
    options->profile = *profile;
    options->action = *action;
    options->acceptNewHostKey = cl.isSet(QStringLiteral("accept-new-host-key"));
    options->acceptFingerprint = cl.value(QStringLiteral("accept-host-key"));
    if (cl.isSet(QStringLiteral("sudo-password-stdin")))
        options->sudoPassword = Terminal::readStdinSecret();
    return true;
}

bool parse(CommandLine &cl, const QStringList &args)
{
    QString error;
    if (cl.parse(args, &error))
        return true;
    Terminal::message(error);
    return false;
}

} // namespace

int BackupCommands::backup(const ProfileStore &store, SecretStore &secrets, const Catalog &catalog,
                           const QStringList &args)
{
    CommandLine cl(kConnectionValues + QStringList{QStringLiteral("download"), QStringLiteral("keep")},
                   kConnectionFlags + QStringList{QStringLiteral("newest"), QStringLiteral("media")});
    if (!parse(cl, args))
        return ExitCode::Usage;
    BackupCommand::Options options;
    options.newest = cl.isSet(QStringLiteral("newest"));
    int exitCode = ExitCode::Usage;
    if (!runOptions(cl, store, catalog, options.newest ? "backup.list" : "backup.bundle", &options.run, &exitCode))
        return exitCode;
    if (cl.isSet(QStringLiteral("media"))) {
        if (options.newest) {
            Terminal::message(tr("--media makes a new bundle; it cannot go with --newest."));
            return ExitCode::Usage;
        }
        options.run.params.insert(QStringLiteral("media"), QStringLiteral("yes"));
    }
    options.downloadRoot = cl.value(QStringLiteral("download"));
    if (options.newest && options.downloadRoot.isEmpty()) {
        Terminal::message(tr("--newest copies a bundle: it needs --download DIR."));
        return ExitCode::Usage;
    }
    if (cl.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        options.keepCopies = cl.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || options.keepCopies < 1 || options.keepCopies > 1000) {
            Terminal::message(tr("--keep takes a number of copies from 1 to 1000."));
            return ExitCode::Usage;
        }
    }
    AuditLog audit(AppPaths::auditLogFile(), AuditLog::Source::Cli);
    BackupCommand command(options, &secrets, &audit);
    return runUntilDone(command);
}

int BackupCommands::backups(const ProfileStore &store, SecretStore &secrets, const Catalog &catalog,
                            const QStringList &args)
{
    CommandLine cl(kConnectionValues + QStringList{QStringLiteral("copies")},
                   kConnectionFlags + QStringList{QStringLiteral("verify"), QStringLiteral("json")});
    if (!parse(cl, args))
        return ExitCode::Usage;
    BackupsCommand::Options options;
    int exitCode = ExitCode::Usage;
    if (!runOptions(cl, store, catalog, "backup.list", &options.run, &exitCode))
        return exitCode;
    options.copiesRoot = cl.isSet(QStringLiteral("copies")) ? cl.value(QStringLiteral("copies")) : CopiesFolder::current();
    options.verify = cl.isSet(QStringLiteral("verify"));
    options.json = cl.isSet(QStringLiteral("json"));
    AuditLog audit(AppPaths::auditLogFile(), AuditLog::Source::Cli);
    BackupsCommand command(options, &secrets, &audit);
    return runUntilDone(command);
}

int BackupCommands::drill(const ProfileStore &store, SecretStore &secrets, const Catalog &catalog,
                          const QStringList &args)
{
    CommandLine cl(kConnectionValues, kConnectionFlags);
    if (!parse(cl, args))
        return ExitCode::Usage;
    RunCommand::Options options;
    int exitCode = ExitCode::Usage;
    if (!runOptions(cl, store, catalog, "backup.drill", &options, &exitCode))
        return exitCode;
    AuditLog audit(AppPaths::auditLogFile(), AuditLog::Source::Cli);
    DrillCommand command(options, &secrets, &audit);
    return runUntilDone(command);
}

int BackupCommands::restore(const ProfileStore &store, SecretStore &secrets, const Catalog &catalog,
                            const QStringList &args)
{
    CommandLine cl(kConnectionValues + QStringList{QStringLiteral("confirm")},
                   kConnectionFlags + QStringList{QStringLiteral("passphrase-stdin")});
    if (!parse(cl, args))
        return ExitCode::Usage;
    RestoreCommand::Options options;
    int exitCode = ExitCode::Usage;
    if (!runOptions(cl, store, catalog, "backup.restore", &options.run, &exitCode, 2))
        return exitCode;
    options.bundlePath = cl.positionals().at(1);
    options.run.confirmName = cl.value(QStringLiteral("confirm"));
    if (cl.isSet(QStringLiteral("passphrase-stdin"))) // after the sudo password's line, when both are given
        options.passphrase = Terminal::readStdinSecret();
    AuditLog audit(AppPaths::auditLogFile(), AuditLog::Source::Cli);
    RestoreCommand command(options, &secrets, &audit);
    return runUntilDone(command);
}

#include "HoshuCli.h"

#include "catalog/Catalog.h"
#include "checks/FindingCatalog.h"
#include "cli/ActionsCommand.h"
#include "cli/AuditCommand.h"
#include "cli/BackupCommands.h"
#include "cli/CheckCommand.h"
#include "cli/CommandLine.h"
#include "cli/CommandLoop.h"
#include "cli/ExitCode.h"
#include "cli/FixCommand.h"
#include "cli/InterruptWatcher.h"
#include "cli/RefreshCommand.h"
#include "cli/RunCommand.h"
#include "cli/ServerCommands.h"
#include "cli/Terminal.h"
#include "backups/CopiesFolder.h"
#include "cli/CopiesCommand.h"
#include "common/AppPaths.h"
#include "history/AuditLog.h"
#include "history/HistoryStore.h"
#include "servers/ProfileStore.h"
#include "servers/SecretStore.h"
#include "ssh/SshThreadReaper.h"

#include <QEventLoop>
#include <QFileInfo>

namespace {
// Runs a command object (start() ... done(int)) in a local event loop until it
// reports, or until Ctrl+C. Started queued, so a server that fails at once
// still finds the loop running.
template<typename Command>
int waitUntilDone(Command &command)
{
    int exitCode = 3; // monitoring: unknown, if nothing reports
    QEventLoop loop;
    QObject::connect(&command, &Command::done, &loop, [&](int code) {
        exitCode = code;
        loop.quit();
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
        exitCode = ExitCode::Interrupted;
        loop.quit();
    });
    QMetaObject::invokeMethod(&command, &Command::start, Qt::QueuedConnection);
    loop.exec();
    return exitCode;
}
} // namespace

QString HoshuCli::usage()
{
    return tr("Usage:\n"
              "  hoshu-cli server add NAME --host HOST [--port N] [--user U] [--key PATH] [--accept-new-host-key]\n"
              "                 [--auth auto|agent|key|password] [--password-stdin]\n"
              "                 [--sudo root|nopasswd|password] [--sudo-password-stdin]\n"
              "                 [--deployment systemd|docker] [--mastodon-dir DIR]\n"
              "                 [--domain DOMAIN] [--http-address IP] [--http-ca-file PATH]\n"
              "  hoshu-cli server list [--json]\n"
              "  hoshu-cli server remove NAME\n"
              "  hoshu-cli server renewal NAME WHAT --due YYYY-MM-DD\n"
              "  hoshu-cli actions [--json]\n"
              "  hoshu-cli run NAME ACTION_ID [--param KEY=VALUE]... [--yes] [--confirm NAME] [--show-script]\n"
              "                 [--sudo-password-stdin] [--accept-new-host-key | --accept-host-key SHA256:...]\n"
              "  hoshu-cli check NAME... | --all [--json] [--slow] [--verbose] [--accept-new-host-key]\n"
              "                 [--sudo-password-stdin]\n"
              "  hoshu-cli refresh NAME... | --all [--slow] [--accept-new-host-key] [--sudo-password-stdin]\n"
              "  hoshu-cli fix NAME... | --all [--finding ID]... [--yes] [--confirm NAME] [--json]\n"
              "                 [--accept-new-host-key] [--sudo-password-stdin]\n"
              "  hoshu-cli audit [NAME] [--json] [--limit N]\n"
              "  hoshu-cli backup NAME [--download DIR [--keep N] [--newest]] [--media] [--param KEY=VALUE]...\n"
              "  hoshu-cli backups NAME [--copies DIR] [--verify] [--json]\n"
              "  hoshu-cli copies [--json] | copies encrypt --passphrase-stdin | --existing | --off\n"
              "  hoshu-cli drill NAME [--param bundle=PATH]\n"
              "  hoshu-cli restore NAME BUNDLE --confirm NAME [--accept-new-host-key] [--sudo-password-stdin]\n"
              "                 [--passphrase-stdin]\n"
              "  hoshu-cli --help | --version\n"
              "\n"
              "Files live in $HOSHU_CONFIG_DIR (default: %1); secrets only in the system keychain.\n"
              "Exit codes: 0 success; the remote status when the command failed; 64 usage error;\n"
              "65 invalid parameter; 69 cannot connect or authenticate; 73 cannot save;\n"
              "76 host key not trusted yet; 77 host key changed; 78 server list unreadable;\n"
              "74 audit log unreadable; 124 action timed out; 130 interrupted.\n"
              "run asks before every action that changes the server (or needs --yes); the most dangerous\n"
              "ones need the server's name typed, or --confirm NAME.\n"
              "fix checks, runs the automatic fix of every finding (or of --finding ID), checks again and\n"
              "reports each finding fixed or still there; it exits 0 when all were fixed, else as check does.\n"
              "backup makes a bundle on the server (database, configuration, certificates, Redis); with\n"
              "--download it is copied into DIR/NAME/ here (SHA-256 checked, an interrupted copy resumed by\n"
              "--newest, the newest N copies kept, 7 unless --keep). The copies hold the server's secrets.\n"
              "backups lists the bundles on the server and the copies here (--copies: default %2).\n"
              "copies tells where the copies are kept and whether they are encrypted; copies encrypt makes\n"
              "new copies NAME.tar.gpg (OpenPGP, AES-256) with the passphrase read from stdin, kept in the\n"
              "keychain: open one without Hoshu with gpg -d NAME.tar.gpg > NAME.tar.\n"
              "drill restores the newest backup into a scratch database on the server and compares row counts.\n"
              "restore rebuilds NAME from a copy here (BUNDLE, as backup --download saved it): sends it to the\n"
              "server (~/hoshu-restore/, resumed if interrupted), then, with Mastodon stopped, replaces its\n"
              "database, configuration, certificates and Redis data and starts it again. The same Mastodon\n"
              "version must be installed there. 66: BUNDLE cannot be read. An encrypted BUNDLE (.tar.gpg) is\n"
              "opened with the copies' passphrase from the keychain, --passphrase-stdin, or one typed.\n"
              "audit shows what ran (newest first, 20 unless --limit): when, by whom, the command, how it\n"
              "ended and its output, from the GUI and hoshu-cli alike.\n"
              "check and refresh exit as monitoring plugins do: 0 all OK, 1 warning, 2 critical, 3 unknown or unreachable.\n"
              "refresh also stores each server's state in the history (history.sqlite); check only reads it.\n"
              "--domain: the public domain when .env.production cannot tell it; --http-address: the IP the\n"
              "HTTP checks connect to instead of resolving the domain (before DNS points there, behind a CDN);\n"
              "--http-ca-file: PEM file of extra CA certificates trusted for this server's HTTP checks.")
        .arg(AppPaths::configDir(), CopiesFolder::current());
}

int HoshuCli::exec(QCoreApplication &app, const QStringList &args)
{
    Q_UNUSED(app)
    if (args.isEmpty() || args.constFirst() == QLatin1String("--help") || args.constFirst() == QLatin1String("-h")
        || args.constFirst() == QLatin1String("help")) {
        Terminal::print(usage());
        return args.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    if (args.constFirst() == QLatin1String("--version")) {
        Terminal::print(QStringLiteral("hoshu-cli " HOSHU_VERSION));
        return ExitCode::Ok;
    }
    const int exitCode = run(args);
    // The connections' threads end while the application still exists (see SshThreadReaper).
    SshThreadReaper::instance().finish(SshThreadReaper::GraceMs);
    return exitCode;
}

int HoshuCli::run(const QStringList &args)
{
    const QString command = args.constFirst();
    const bool isServer = command == QLatin1String("server");
    if (!isServer && command != QLatin1String("actions") && command != QLatin1String("run")
        && command != QLatin1String("check") && command != QLatin1String("refresh") && command != QLatin1String("fix")
        && command != QLatin1String("audit") && command != QLatin1String("backup") && command != QLatin1String("backups")
        && command != QLatin1String("drill") && command != QLatin1String("restore")
        && command != QLatin1String("copies")) {
        Terminal::message(tr("Unknown command \"%1\".").arg(command));
        Terminal::message(usage());
        return ExitCode::Usage;
    }

    QStringList errors;
    const Catalog catalog = Catalog::loadEmbedded(&errors);
    if (!errors.isEmpty()) {
        Terminal::message(tr("The built-in action catalog is broken; please report this:\n%1")
                              .arg(errors.join(QLatin1Char('\n'))));
        return ExitCode::Software;
    }
    if (command == QLatin1String("actions"))
        return ActionsCommand::run(catalog, args.mid(1));
    if (command == QLatin1String("copies"))
        return CopiesCommand::run(args.mid(1));

    QString error;
    if (!AppPaths::ensureConfigDir(&error)) {
        Terminal::message(error);
        return ExitCode::CantCreate;
    }
    ProfileStore store(AppPaths::profilesFile());
    const ProfileStore::LoadResult loaded = store.load();
    if (loaded.status != ProfileStore::LoadStatus::Ok && loaded.status != ProfileStore::LoadStatus::Missing) {
        Terminal::message(loaded.message);
        if (loaded.status != ProfileStore::LoadStatus::TooNew)
            return ExitCode::Config;
    }
    SecretStore secrets;

    if (command == QLatin1String("check"))
        return runCheck(store, secrets, args.mid(1));
    if (command == QLatin1String("refresh"))
        return runRefresh(store, secrets, args.mid(1));
    if (command == QLatin1String("fix"))
        return runFix(store, secrets, catalog, args.mid(1));
    if (command == QLatin1String("audit"))
        return AuditCommand::run(store, catalog, args.mid(1));
    if (command == QLatin1String("backup"))
        return BackupCommands::backup(store, secrets, catalog, args.mid(1));
    if (command == QLatin1String("backups"))
        return BackupCommands::backups(store, secrets, catalog, args.mid(1));
    if (command == QLatin1String("drill"))
        return BackupCommands::drill(store, secrets, catalog, args.mid(1));
    if (command == QLatin1String("restore"))
        return BackupCommands::restore(store, secrets, catalog, args.mid(1));

    if (isServer) {
        const QString sub = args.value(1);
        if (sub == QLatin1String("add"))
            return ServerCommands::add(store, secrets, args.mid(2));
        if (sub == QLatin1String("list"))
            return ServerCommands::list(store, args.mid(2));
        if (sub == QLatin1String("remove"))
            return ServerCommands::remove(store, secrets, args.mid(2));
        if (sub == QLatin1String("renewal"))
            return ServerCommands::renewal(store, secrets, args.mid(2));
        Terminal::message(usage());
        return ExitCode::Usage;
    }

    CommandLine cl({QStringLiteral("param"), QStringLiteral("confirm"), QStringLiteral("accept-host-key")},
                   {QStringLiteral("yes"), QStringLiteral("accept-new-host-key"), QStringLiteral("sudo-password-stdin"),
                    QStringLiteral("show-script")});
    if (!cl.parse(args.mid(1), &error) || cl.positionals().size() != 2) {
        Terminal::message(error.isEmpty() ? usage() : error);
        return ExitCode::Usage;
    }
    RunCommand::Options options;
    const auto profile = store.findByName(cl.positionals().at(0));
    if (!profile) {
        Terminal::message(tr("There is no server named \"%1\". See: hoshu-cli server list").arg(cl.positionals().at(0)));
        return ExitCode::Usage;
    }
    const Action *action = catalog.find(cl.positionals().at(1));
    if (!action) {
        Terminal::message(tr("There is no action \"%1\". See: hoshu-cli actions").arg(cl.positionals().at(1)));
        return ExitCode::Usage;
    }
    for (const QString &kv : cl.values(QStringLiteral("param"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            Terminal::message(tr("--param needs KEY=VALUE, not \"%1\".").arg(kv));
            return ExitCode::Usage;
        }
        options.params.insert(kv.left(eq), kv.mid(eq + 1));
    }
    options.profile = *profile;
    options.action = *action;
    options.yes = cl.isSet(QStringLiteral("yes"));
    options.confirmName = cl.value(QStringLiteral("confirm"));
    options.showScript = cl.isSet(QStringLiteral("show-script"));
    options.acceptNewHostKey = cl.isSet(QStringLiteral("accept-new-host-key"));
    options.acceptFingerprint = cl.value(QStringLiteral("accept-host-key"));
    if (cl.isSet(QStringLiteral("sudo-password-stdin")))
        options.sudoPassword = Terminal::readStdinSecret();

    AuditLog audit(AppPaths::auditLogFile(), AuditLog::Source::Cli);
    RunCommand run(options, &secrets, &audit);
    const int early = run.start();
    if (early >= 0)
        return early;
    int exitCode = ExitCode::Software;
    QEventLoop loop;
    QObject::connect(&run, &RunCommand::done, &loop, [&](int code) {
        exitCode = code;
        loop.quit();
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &run, &RunCommand::interrupt);
    loop.exec();
    return exitCode;
}

bool HoshuCli::selectProfiles(const ProfileStore &store, bool all, const QStringList &names,
                              QList<ServerProfile> *profiles, int *exitCode)
{
    if (all) {
        *profiles = store.profiles();
    } else {
        for (const QString &name : names) {
            const auto profile = store.findByName(name);
            if (!profile) {
                Terminal::message(tr("There is no server named \"%1\". See: hoshu-cli server list").arg(name));
                *exitCode = ExitCode::Usage;
                return false;
            }
            *profiles << *profile;
        }
    }
    if (profiles->isEmpty()) {
        Terminal::message(tr("No server is configured yet. See: hoshu-cli server add"));
        *exitCode = 3; // monitoring: unknown
        return false;
    }
    return true;
}

int HoshuCli::runCheck(ProfileStore &store, SecretStore &secrets, const QStringList &args)
{
    CommandLine cl({}, {QStringLiteral("all"), QStringLiteral("json"), QStringLiteral("slow"), QStringLiteral("verbose"),
                        QStringLiteral("accept-new-host-key"), QStringLiteral("sudo-password-stdin")});
    QString error;
    const bool all = cl.parse(args, &error) && cl.isSet(QStringLiteral("all"));
    if (!error.isEmpty() || (all == !cl.positionals().isEmpty()) ) {
        Terminal::message(error.isEmpty() ? usage() : error);
        return ExitCode::Usage;
    }
    CheckCommand::Options options;
    int exitCode = ExitCode::Ok;
    if (!selectProfiles(store, all, cl.positionals(), &options.profiles, &exitCode))
        return exitCode;
    options.tier = cl.isSet(QStringLiteral("slow")) ? ProbeScript::Tier::Full : ProbeScript::Tier::Fast;
    options.json = cl.isSet(QStringLiteral("json"));
    options.verbose = cl.isSet(QStringLiteral("verbose"));
    // A read-only store (newer Hoshu's file) keeps the detected layout for this run only.
    options.profileStore = store.isReadOnly() ? nullptr : &store;
    options.acceptNewHostKey = cl.isSet(QStringLiteral("accept-new-host-key"));
    if (cl.isSet(QStringLiteral("sudo-password-stdin")))
        options.sudoPassword = Terminal::readStdinSecret();
    // Read for disk.full_soon (never written by check); a missing history is not created.
    HistoryStore history(AppPaths::historyDatabase());
    HistoryStore *historyPtr = nullptr;
    if (QFileInfo::exists(AppPaths::historyDatabase())) {
        if (history.open(&error))
            historyPtr = &history;
        else
            Terminal::message(tr("The history cannot be read (disk.full_soon is not checked): %1").arg(error));
    }
    CheckCommand check(options, &secrets, historyPtr);
    return waitUntilDone(check);
}

int HoshuCli::runRefresh(ProfileStore &store, SecretStore &secrets, const QStringList &args)
{
    CommandLine cl({}, {QStringLiteral("all"), QStringLiteral("slow"), QStringLiteral("accept-new-host-key"),
                        QStringLiteral("sudo-password-stdin")});
    QString error;
    const bool all = cl.parse(args, &error) && cl.isSet(QStringLiteral("all"));
    if (!error.isEmpty() || (all == !cl.positionals().isEmpty())) {
        Terminal::message(error.isEmpty() ? usage() : error);
        return ExitCode::Usage;
    }
    RefreshCommand::Options options;
    int exitCode = ExitCode::Ok;
    if (!selectProfiles(store, all, cl.positionals(), &options.profiles, &exitCode))
        return exitCode;
    options.slow = cl.isSet(QStringLiteral("slow"));
    options.profileStore = store.isReadOnly() ? nullptr : &store;
    options.acceptNewHostKey = cl.isSet(QStringLiteral("accept-new-host-key"));
    if (cl.isSet(QStringLiteral("sudo-password-stdin")))
        options.sudoPassword = Terminal::readStdinSecret();

    HistoryStore history(AppPaths::historyDatabase());
    if (!history.open(&error)) {
        Terminal::message(tr("The history cannot be stored: %1").arg(error));
        return ExitCode::CantCreate;
    }
    if (!history.setAsidePath().isEmpty())
        Terminal::message(tr("The history database was damaged; it was moved to %1 and a new one was started.")
                              .arg(history.setAsidePath()));
    RefreshCommand refresh(options, &secrets, &history);
    exitCode = waitUntilDone(refresh);
    history.prune(QDateTime::currentDateTimeUtc().addDays(-HistoryStore::kDefaultRetentionDays));
    return exitCode;
}

int HoshuCli::runFix(ProfileStore &store, SecretStore &secrets, const Catalog &catalog, const QStringList &args)
{
    CommandLine cl({QStringLiteral("finding"), QStringLiteral("confirm")},
                   {QStringLiteral("all"), QStringLiteral("yes"), QStringLiteral("json"),
                    QStringLiteral("accept-new-host-key"), QStringLiteral("sudo-password-stdin")});
    QString error;
    const bool all = cl.parse(args, &error) && cl.isSet(QStringLiteral("all"));
    if (!error.isEmpty() || (all == !cl.positionals().isEmpty())) {
        Terminal::message(error.isEmpty() ? usage() : error);
        return ExitCode::Usage;
    }
    FixCommand::Options options;
    int exitCode = ExitCode::Ok;
    if (!selectProfiles(store, all, cl.positionals(), &options.profiles, &exitCode))
        return exitCode;
    options.findingIds = cl.values(QStringLiteral("finding"));
    for (const QString &id : std::as_const(options.findingIds)) {
        if (!FindingCatalog::entry(id)) {
            Terminal::message(tr("There is no finding \"%1\". The findings are listed by: hoshu-cli check NAME --json")
                                  .arg(id));
            return ExitCode::Usage;
        }
    }
    options.confirmation.yes = cl.isSet(QStringLiteral("yes"));
    options.confirmation.confirmName = cl.value(QStringLiteral("confirm"));
    options.json = cl.isSet(QStringLiteral("json"));
    options.acceptNewHostKey = cl.isSet(QStringLiteral("accept-new-host-key"));
    if (cl.isSet(QStringLiteral("sudo-password-stdin")))
        options.sudoPassword = Terminal::readStdinSecret();

    HistoryStore history(AppPaths::historyDatabase());
    HistoryStore *historyPtr = nullptr;
    if (QFileInfo::exists(AppPaths::historyDatabase()) && history.open(&error))
        historyPtr = &history;
    AuditLog audit(AppPaths::auditLogFile(), AuditLog::Source::Cli);
    FixCommand fix(options, catalog, &secrets, &audit, historyPtr);
    return runUntilDone(fix); // Ctrl+C stops the running action on the server too, as `run` does
}

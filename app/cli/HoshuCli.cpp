#include "HoshuCli.h"

#include "catalog/Catalog.h"
#include "cli/ActionsCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "cli/RunCommand.h"
#include "cli/ServerCommands.h"
#include "cli/Terminal.h"
#include "common/AppPaths.h"
#include "history/AuditLog.h"
#include "servers/ProfileStore.h"
#include "servers/SecretStore.h"

#include <QEventLoop>

QString HoshuCli::usage()
{
    return tr("Usage:\n"
              "  hoshu-cli server add NAME --host HOST [--port N] [--user U] [--key PATH] [--accept-new-host-key]\n"
              "                 [--auth auto|agent|key|password] [--password-stdin]\n"
              "                 [--sudo root|nopasswd|password] [--sudo-password-stdin]\n"
              "                 [--deployment systemd|docker] [--mastodon-dir DIR]\n"
              "  hoshu-cli server list [--json]\n"
              "  hoshu-cli server remove NAME\n"
              "  hoshu-cli actions [--json]\n"
              "  hoshu-cli run NAME ACTION_ID [--param KEY=VALUE]... [--yes] [--accept-new-host-key]\n"
              "  hoshu-cli check NAME... | --all [--json] [--slow] [--verbose] [--accept-new-host-key]\n"
              "  hoshu-cli --help | --version\n"
              "\n"
              "Files live in $HOSHU_CONFIG_DIR (default: %1); secrets only in the system keychain.\n"
              "Exit codes: 0 success; the remote status when the command failed; 64 usage error;\n"
              "65 invalid parameter; 69 cannot connect or authenticate; 73 cannot save;\n"
              "76 host key not trusted yet; 77 host key changed; 78 server list unreadable;\n"
              "124 action timed out; 130 interrupted.\n"
              "check exits as monitoring plugins do: 0 all OK, 1 warning, 2 critical, 3 unknown or unreachable.")
        .arg(AppPaths::configDir());
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
    return run(args);
}

int HoshuCli::run(const QStringList &args)
{
    const QString command = args.constFirst();
    const bool isServer = command == QLatin1String("server");
    if (!isServer && command != QLatin1String("actions") && command != QLatin1String("run")
        && command != QLatin1String("check")) {
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

    if (isServer) {
        const QString sub = args.value(1);
        if (sub == QLatin1String("add"))
            return ServerCommands::add(store, secrets, args.mid(2));
        if (sub == QLatin1String("list"))
            return ServerCommands::list(store, args.mid(2));
        if (sub == QLatin1String("remove"))
            return ServerCommands::remove(store, secrets, args.mid(2));
        Terminal::message(usage());
        return ExitCode::Usage;
    }

    CommandLine cl({QStringLiteral("param")}, {QStringLiteral("yes"), QStringLiteral("accept-new-host-key")});
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
    options.acceptNewHostKey = cl.isSet(QStringLiteral("accept-new-host-key"));

    AuditLog audit(AppPaths::auditLogFile());
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

int HoshuCli::runCheck(const ProfileStore &store, SecretStore &secrets, const QStringList &args)
{
    CommandLine cl({}, {QStringLiteral("all"), QStringLiteral("json"), QStringLiteral("slow"), QStringLiteral("verbose"),
                        QStringLiteral("accept-new-host-key")});
    QString error;
    const bool all = cl.parse(args, &error) && cl.isSet(QStringLiteral("all"));
    if (!error.isEmpty() || (all == !cl.positionals().isEmpty()) ) {
        Terminal::message(error.isEmpty() ? usage() : error);
        return ExitCode::Usage;
    }
    CheckCommand::Options options;
    if (all) {
        options.profiles = store.profiles();
    } else {
        for (const QString &name : cl.positionals()) {
            const auto profile = store.findByName(name);
            if (!profile) {
                Terminal::message(tr("There is no server named \"%1\". See: hoshu-cli server list").arg(name));
                return ExitCode::Usage;
            }
            options.profiles << *profile;
        }
    }
    if (options.profiles.isEmpty()) {
        Terminal::message(tr("No server is configured yet. See: hoshu-cli server add"));
        return 3; // monitoring: unknown
    }
    options.tier = cl.isSet(QStringLiteral("slow")) ? ProbeScript::Tier::Full : ProbeScript::Tier::Fast;
    options.json = cl.isSet(QStringLiteral("json"));
    options.verbose = cl.isSet(QStringLiteral("verbose"));
    options.acceptNewHostKey = cl.isSet(QStringLiteral("accept-new-host-key"));
    CheckCommand check(options, &secrets);
    int exitCode = 3;
    QEventLoop loop;
    QObject::connect(&check, &CheckCommand::done, &loop, [&](int code) {
        exitCode = code;
        loop.quit();
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
        exitCode = ExitCode::Interrupted;
        loop.quit();
    });
    // Queued, so a server that fails at once still finds the loop running.
    QMetaObject::invokeMethod(&check, &CheckCommand::start, Qt::QueuedConnection);
    loop.exec();
    return exitCode;
}

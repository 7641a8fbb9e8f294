#include "ServerCommands.h"

#include "cli/CliConnector.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/Terminal.h"
#include "common/TerminalText.h"
#include "servers/ProfileStore.h"
#include "servers/SecretStore.h"
#include "servers/RenewalRecord.h"
#include "servers/ServerRegistry.h"
#include "session/ServerSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>

#include <optional>

namespace {
std::optional<ServerProfile::AuthMethod> authFromId(const QString &id)
{
    if (id == QLatin1String("auto"))
        return ServerProfile::AuthMethod::Auto;
    if (id == QLatin1String("agent"))
        return ServerProfile::AuthMethod::Agent;
    if (id == QLatin1String("key"))
        return ServerProfile::AuthMethod::KeyFile;
    if (id == QLatin1String("password"))
        return ServerProfile::AuthMethod::Password;
    return std::nullopt;
}

QString authId(ServerProfile::AuthMethod auth)
{
    switch (auth) {
    case ServerProfile::AuthMethod::Agent:
        return QStringLiteral("agent");
    case ServerProfile::AuthMethod::KeyFile:
        return QStringLiteral("key");
    case ServerProfile::AuthMethod::Password:
        return QStringLiteral("password");
    case ServerProfile::AuthMethod::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<ServerProfile::RootAccess> rootFromId(const QString &id)
{
    if (id == QLatin1String("root"))
        return ServerProfile::RootAccess::AlreadyRoot;
    if (id == QLatin1String("nopasswd"))
        return ServerProfile::RootAccess::SudoNoPassword;
    if (id == QLatin1String("password"))
        return ServerProfile::RootAccess::SudoWithPassword;
    return std::nullopt;
}

bool storeSecret(ServerRegistry &registry, const ServerProfile &profile, SecretStore::Kind kind,
                 const SecretBytes &secret)
{
    QString message;
    if (registry.storeSecret(profile.id, kind, secret, &message) == SecretStore::Status::Ok)
        return true;
    Terminal::message(message);
    return false;
}
// --domain, --http-address, --http-ca-file into the profile (ServerMonitor reads
// them), each checked now so a typo is not found only as a failed check later.
bool applyHttpSettings(const CommandLine &cl, ServerProfile *profile)
{
    if (cl.isSet(QStringLiteral("domain"))) {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$"));
        const QString domain = cl.value(QStringLiteral("domain")).trimmed().toLower();
        if (!re.match(domain).hasMatch()) {
            Terminal::message(ServerCommands::tr("--domain must be a domain name such as example.social, not \"%1\".")
                                  .arg(domain));
            return false;
        }
        profile->setDomain(domain);
    }
    if (cl.isSet(QStringLiteral("http-address"))) {
        const QString address = cl.value(QStringLiteral("http-address")).trimmed();
        if (QHostAddress(address).isNull()) {
            Terminal::message(ServerCommands::tr("--http-address must be an IP address, not \"%1\".").arg(address));
            return false;
        }
        profile->setHttpAddress(address);
    }
    if (cl.isSet(QStringLiteral("http-ca-file"))) {
        const QString path = QFileInfo(cl.value(QStringLiteral("http-ca-file"))).absoluteFilePath();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            Terminal::message(ServerCommands::tr("The CA file %1 cannot be read: %2").arg(path, f.errorString()));
            return false;
        }
        if (QSslCertificate::fromData(f.readAll(), QSsl::Pem).isEmpty()) {
            Terminal::message(ServerCommands::tr("The CA file %1 holds no PEM certificate.").arg(path));
            return false;
        }
        profile->setHttpCaFile(path);
    }
    return true;
}
} // namespace

int ServerCommands::add(ProfileStore &store, SecretStore &secrets, const QStringList &args)
{
    CommandLine cl({QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user"), QStringLiteral("key"),
                    QStringLiteral("auth"), QStringLiteral("sudo"), QStringLiteral("deployment"),
                    QStringLiteral("mastodon-dir"), QStringLiteral("domain"), QStringLiteral("http-address"),
                    QStringLiteral("http-ca-file")},
                   {QStringLiteral("accept-new-host-key"), QStringLiteral("password-stdin"),
                    QStringLiteral("sudo-password-stdin")});
    QString error;
    if (!cl.parse(args, &error) || cl.positionals().size() != 1 || !cl.isSet(QStringLiteral("host"))) {
        Terminal::message(error.isEmpty() ? tr("Usage: hoshu-cli server add NAME --host HOST [--port N] [--user U] "
                                               "[--key PATH] [--auth auto|agent|key|password] [--password-stdin] "
                                               "[--sudo root|nopasswd|password] [--sudo-password-stdin] "
                                               "[--deployment systemd|docker] [--mastodon-dir DIR] "
                                               "[--domain DOMAIN] [--http-address IP] [--http-ca-file PATH] "
                                               "[--accept-new-host-key]")
                                          : error);
        return ExitCode::Usage;
    }
    ServerProfile profile;
    profile.name = cl.positionals().constFirst();
    profile.host = cl.value(QStringLiteral("host"));
    profile.user = cl.value(QStringLiteral("user"));
    profile.keyFile = cl.value(QStringLiteral("key"));
    profile.rootAccess = ServerProfile::defaultRootAccessFor(profile.user);
    if (cl.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = cl.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535) {
            Terminal::message(tr("The port must be a number from 1 to 65535."));
            return ExitCode::InvalidParameter;
        }
        profile.port = quint16(port);
    }
    if (!profile.keyFile.isEmpty())
        profile.auth = ServerProfile::AuthMethod::KeyFile;
    if (cl.isSet(QStringLiteral("password-stdin")))
        profile.auth = ServerProfile::AuthMethod::Password;
    if (cl.isSet(QStringLiteral("auth"))) {
        const auto auth = authFromId(cl.value(QStringLiteral("auth")));
        if (!auth) {
            Terminal::message(tr("--auth must be one of auto, agent, key, password."));
            return ExitCode::InvalidParameter;
        }
        profile.auth = *auth;
    }
    if (cl.isSet(QStringLiteral("sudo"))) {
        const auto root = rootFromId(cl.value(QStringLiteral("sudo")));
        if (!root) {
            Terminal::message(tr("--sudo must be one of root, nopasswd, password."));
            return ExitCode::InvalidParameter;
        }
        profile.rootAccess = *root;
    }
    // Either given by the user is an override: the probe's detection no longer changes them.
    if (cl.isSet(QStringLiteral("deployment"))) {
        profile.deployment = cl.value(QStringLiteral("deployment"));
        profile.detectLayout = false;
    }
    if (cl.isSet(QStringLiteral("mastodon-dir"))) {
        profile.mastodonDir = cl.value(QStringLiteral("mastodon-dir"));
        profile.detectLayout = false;
    }
    if (!applyHttpSettings(cl, &profile))
        return ExitCode::InvalidParameter;
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        Terminal::message(problems.join(QLatin1Char('\n')));
        return ExitCode::InvalidParameter;
    }
    if (store.isReadOnly()) {
        Terminal::message(ServerRegistry::readOnlyMessage());
        return ExitCode::Config;
    }

    // Secrets come from stdin, never from argv (visible in ps) or the profile.
    SecretBytes password;
    SecretBytes sudoPassword;
    if (cl.isSet(QStringLiteral("password-stdin")))
        password = Terminal::readStdinSecret();
    if (cl.isSet(QStringLiteral("sudo-password-stdin")))
        sudoPassword = Terminal::readStdinSecret();

    ServerRegistry registry(&store, &secrets, ServerRegistry::SecretCalls::Blocking);
    QString saveError;
    QObject::connect(&registry, &ServerRegistry::saveFailed, &registry,
                     [&saveError](const QString &message) { saveError = message; });
    const std::optional<ServerProfile> added = registry.add(profile, &error);
    if (!added) {
        Terminal::message(error);
        return ExitCode::InvalidParameter;
    }
    profile = *added;
    if (!password.isEmpty() && !storeSecret(registry, profile, SecretStore::Kind::Password, password))
        Terminal::message(tr("The password was not saved; Hoshu will ask for it when it connects."));
    if (!sudoPassword.isEmpty() && !storeSecret(registry, profile, SecretStore::Kind::SudoPassword, sudoPassword))
        Terminal::message(tr("The sudo password was not saved; Hoshu will ask for it when it is needed."));
    password.clear();
    sudoPassword.clear();

    if (!saveError.isEmpty()) {
        Terminal::message(saveError);
        return ExitCode::CantCreate;
    }
    Terminal::message(tr("Added server %1 (%2).").arg(profile.name, profile.displayAddress()));
    if (!cl.isSet(QStringLiteral("accept-new-host-key")))
        return ExitCode::Ok;

    // Connect once now so the host key is recorded and the login is proven.
    ServerSession session(profile, &secrets);
    CliConnector connector(&session, true);
    QEventLoop loop;
    int code = ExitCode::Ok;
    QObject::connect(&connector, &CliConnector::connected, &loop, [&] {
        Terminal::message(tr("Connected; the host key is now trusted."));
        loop.quit();
    });
    QObject::connect(&connector, &CliConnector::failed, &loop, [&](int exitCode) {
        code = exitCode;
        loop.quit();
    });
    connector.start();
    loop.exec();
    session.disconnectFromServer();
    return code;
}

int ServerCommands::list(const ProfileStore &store, const QStringList &args)
{
    CommandLine cl({}, {QStringLiteral("json")});
    QString error;
    if (!cl.parse(args, &error) || !cl.positionals().isEmpty()) {
        Terminal::message(error.isEmpty() ? tr("Usage: hoshu-cli server list [--json]") : error);
        return ExitCode::Usage;
    }
    const QList<ServerProfile> profiles = store.profiles();
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ServerProfile &p : profiles) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), p.id);
            o.insert(QStringLiteral("name"), p.name);
            o.insert(QStringLiteral("host"), p.host);
            o.insert(QStringLiteral("port"), int(p.port));
            o.insert(QStringLiteral("user"), p.user);
            o.insert(QStringLiteral("auth"), authId(p.auth));
            o.insert(QStringLiteral("deployment"), p.deployment);
            o.insert(QStringLiteral("mastodon_dir"), p.mastodonDir);
            o.insert(QStringLiteral("detect_layout"), p.detectLayout);
            const QList<QPair<QString, QString>> http = {{QStringLiteral("domain"), p.domain()},
                                                         {QStringLiteral("http_address"), p.httpAddress()},
                                                         {QStringLiteral("http_ca_file"), p.httpCaFile()}};
            for (const auto &[key, value] : http) {
                if (!value.isEmpty())
                    o.insert(key, value);
            }
            array.append(o);
        }
        Terminal::printJson(QJsonDocument(array));
        return ExitCode::Ok;
    }
    if (profiles.isEmpty()) {
        Terminal::message(tr("No servers yet. Add one with: hoshu-cli server add NAME --host HOST"));
        return ExitCode::Ok;
    }
    for (const ServerProfile &p : profiles)
        Terminal::print(QStringLiteral("%1\t%2\t%3").arg(TerminalText::escaped(p.name),
                                                         TerminalText::escaped(p.displayAddress()),
                                                         TerminalText::escaped(p.deployment)));
    return ExitCode::Ok;
}

int ServerCommands::remove(ProfileStore &store, SecretStore &secrets, const QStringList &args)
{
    CommandLine cl({}, {});
    QString error;
    if (!cl.parse(args, &error) || cl.positionals().size() != 1) {
        Terminal::message(error.isEmpty() ? tr("Usage: hoshu-cli server remove NAME") : error);
        return ExitCode::Usage;
    }
    const auto profile = store.findByName(cl.positionals().constFirst());
    if (!profile) {
        Terminal::message(tr("There is no server named \"%1\".").arg(cl.positionals().constFirst()));
        return ExitCode::Usage;
    }
    // The server and all its secrets ("not found" in the keychain is the common, fine case).
    ServerRegistry registry(&store, &secrets, ServerRegistry::SecretCalls::Blocking);
    QString saveError;
    QObject::connect(&registry, &ServerRegistry::saveFailed, &registry,
                     [&saveError](const QString &message) { saveError = message; });
    if (!registry.remove(profile->id, &error)) {
        Terminal::message(error);
        return store.isReadOnly() ? ExitCode::Config : ExitCode::Usage;
    }
    if (!saveError.isEmpty()) {
        Terminal::message(saveError);
        return ExitCode::CantCreate;
    }
    Terminal::message(tr("Removed server %1.").arg(profile->name));
    return ExitCode::Ok;
}

int ServerCommands::renewal(ProfileStore &store, SecretStore &secrets, const QStringList &args)
{
    CommandLine cl({QStringLiteral("due")}, {});
    QString error;
    if (!cl.parse(args, &error) || cl.positionals().size() != 2 || cl.value(QStringLiteral("due")).isEmpty()) {
        Terminal::message(error.isEmpty() ? tr("Usage: hoshu-cli server renewal NAME WHAT --due YYYY-MM-DD") : error);
        return ExitCode::Usage;
    }
    std::optional<ServerProfile> profile = store.findByName(cl.positionals().constFirst());
    if (!profile) {
        Terminal::message(tr("There is no server named \"%1\".").arg(cl.positionals().constFirst()));
        return ExitCode::Usage;
    }
    const QDate due = QDate::fromString(cl.value(QStringLiteral("due")), Qt::ISODate);
    const QString what = cl.positionals().at(1);
    if (!RenewalRecord::setDue(&profile->extra, what, due, &error)) {
        Terminal::message(error);
        return ExitCode::InvalidParameter;
    }
    ServerRegistry registry(&store, &secrets, ServerRegistry::SecretCalls::Blocking);
    if (!registry.update(*profile, &error)) {
        Terminal::message(error);
        return store.isReadOnly() ? ExitCode::Config : ExitCode::CantCreate;
    }
    Terminal::message(tr("%1: “%2” is due on %3.").arg(profile->name, what.trimmed(), due.toString(Qt::ISODate)));
    return ExitCode::Ok;
}

#include "ProfileJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include <nlohmann/json.hpp>

#include <array>
#include <utility>

using nlohmann::ordered_json;

namespace {

const char *const kId = "id";
const char *const kName = "name";
const char *const kHost = "host";
const char *const kPort = "port";
const char *const kUser = "user";
const char *const kAuth = "auth";
const char *const kKeyFile = "keyFile";
const char *const kRootAccess = "rootAccess";
const char *const kDeployment = "deployment";
const char *const kMastodonDir = "mastodonDir";
const char *const kDetectLayout = "detect_layout";
const std::array<const char *, 11> kKnownKeys
    = {kId, kName, kHost, kPort, kUser, kAuth, kKeyFile, kRootAccess, kDeployment, kMastodonDir, kDetectLayout};

// The words "password" and "passphrase" never appear in the file, not even as
// enum values, so "no secret in the file" can be checked with a plain search.
const std::array<std::pair<ServerProfile::AuthMethod, const char *>, 4> kAuthNames = {{
    {ServerProfile::AuthMethod::Auto, "auto"},
    {ServerProfile::AuthMethod::Agent, "agent"},
    {ServerProfile::AuthMethod::KeyFile, "keyFile"},
    {ServerProfile::AuthMethod::Password, "askPass"},
}};
const std::array<std::pair<ServerProfile::RootAccess, const char *>, 3> kRootNames = {{
    {ServerProfile::RootAccess::AlreadyRoot, "alreadyRoot"},
    {ServerProfile::RootAccess::SudoNoPassword, "sudo"},
    {ServerProfile::RootAccess::SudoWithPassword, "sudoAskPass"},
}};

template <typename Enum, std::size_t N>
const char *enumName(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &entry : names) {
        if (entry.first == value)
            return entry.second;
    }
    return names.front().second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumValue(const std::array<std::pair<Enum, const char *>, N> &names, const std::string &text)
{
    for (const auto &entry : names) {
        if (text == entry.second)
            return entry.first;
    }
    return std::nullopt;
}

bool isKnownKey(const std::string &key)
{
    for (const char *known : kKnownKeys) {
        if (key == known)
            return true;
    }
    return false;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// nlohmann <-> Qt for the unknown keys: through text, which keeps every value.
QJsonObject toQt(const ordered_json &object)
{
    const std::string text = object.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

ordered_json fromQt(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    ordered_json result = ordered_json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    return result.is_object() ? result : ordered_json::object();
}

// Reads an optional string key; false (with *error) when present but not a string.
bool readString(const ordered_json &object, const char *key, QString *out, QString *error)
{
    const auto it = object.find(key);
    if (it == object.end())
        return true;
    if (!it->is_string()) {
        *error = QCoreApplication::translate("ProfileJson", "“%1” must be text.").arg(QLatin1String(key));
        return false;
    }
    *out = qs(it->get_ref<const std::string &>());
    return true;
}

// Reads an optional boolean key; false (with *error) when present but not true/false.
bool readBool(const ordered_json &object, const char *key, bool *out, QString *error)
{
    const auto it = object.find(key);
    if (it == object.end())
        return true;
    if (!it->is_boolean()) {
        *error = QCoreApplication::translate("ProfileJson", "“%1” must be true or false.").arg(QLatin1String(key));
        return false;
    }
    *out = it->get<bool>();
    return true;
}

bool readPort(const ordered_json &object, quint16 *out, QString *error)
{
    const auto it = object.find(kPort);
    if (it == object.end())
        return true;
    const bool inRange = (it->is_number_unsigned() && it->get<std::uint64_t>() <= 65535)
        || (it->is_number_integer() && it->get<std::int64_t>() >= 0 && it->get<std::int64_t>() <= 65535);
    if (!inRange) {
        *error = QCoreApplication::translate("ProfileJson", "“port” must be a whole number from 0 to 65535.");
        return false;
    }
    *out = static_cast<quint16>(it->get<std::int64_t>());
    return true;
}

template <typename Enum, std::size_t N>
bool readEnum(const ordered_json &object, const char *key, const std::array<std::pair<Enum, const char *>, N> &names,
    Enum *out, QString *error)
{
    QString text;
    if (!readString(object, key, &text, error))
        return false;
    if (object.find(key) == object.end())
        return true;
    const auto value = enumValue(names, utf8(text));
    if (!value) {
        *error = QCoreApplication::translate("ProfileJson", "“%1” has the unknown value “%2”.")
                     .arg(QLatin1String(key), text);
        return false;
    }
    *out = *value;
    return true;
}

} // namespace

ordered_json ProfileJson::toJson(const ServerProfile &p)
{
    ordered_json o = ordered_json::object();
    o[kId] = utf8(p.id);
    o[kName] = utf8(p.name);
    o[kHost] = utf8(p.host);
    o[kPort] = p.port;
    o[kUser] = utf8(p.user);
    o[kAuth] = enumName(kAuthNames, p.auth);
    o[kKeyFile] = utf8(p.keyFile);
    o[kRootAccess] = enumName(kRootNames, p.rootAccess);
    o[kDeployment] = utf8(p.deployment);
    o[kMastodonDir] = utf8(p.mastodonDir);
    o[kDetectLayout] = p.detectLayout;
    const ordered_json extra = fromQt(p.extra);
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!isKnownKey(it.key())) // a known key in extra must not shadow the real field
            o[it.key()] = it.value();
    }
    return o;
}

std::optional<ServerProfile> ProfileJson::fromJson(const ordered_json &o, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    if (!o.is_object()) {
        err = QCoreApplication::translate("ProfileJson", "A server entry must be an object.");
        return std::nullopt;
    }
    for (const char *required : {kName, kHost}) {
        if (o.find(required) == o.end()) {
            err = QCoreApplication::translate("ProfileJson", "“%1” is missing.").arg(QLatin1String(required));
            return std::nullopt;
        }
    }
    ServerProfile p;
    bool hasRootAccess = o.find(kRootAccess) != o.end();
    const bool ok = readString(o, kId, &p.id, &err) && readString(o, kName, &p.name, &err)
        && readString(o, kHost, &p.host, &err) && readPort(o, &p.port, &err) && readString(o, kUser, &p.user, &err)
        && readEnum(o, kAuth, kAuthNames, &p.auth, &err) && readString(o, kKeyFile, &p.keyFile, &err)
        && readEnum(o, kRootAccess, kRootNames, &p.rootAccess, &err) && readString(o, kDeployment, &p.deployment, &err)
        && readString(o, kMastodonDir, &p.mastodonDir, &err) && readBool(o, kDetectLayout, &p.detectLayout, &err);
    if (!ok)
        return std::nullopt;
    if (!hasRootAccess)
        p.rootAccess = ServerProfile::defaultRootAccessFor(p.user);
    const QStringList problems = p.validate();
    if (!problems.isEmpty()) {
        err = problems.join(QLatin1Char(' '));
        return std::nullopt;
    }
    ordered_json extra = ordered_json::object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!isKnownKey(it.key()))
            extra[it.key()] = it.value();
    }
    if (!extra.empty())
        p.extra = toQt(extra);
    return p;
}

QByteArray ProfileJson::toBytes(const ServerProfile &profile)
{
    return QByteArray::fromStdString(toJson(profile).dump(2, ' ', false, ordered_json::error_handler_t::replace));
}

std::optional<ServerProfile> ProfileJson::fromBytes(const QByteArray &bytes, QString *error)
{
    const ordered_json o = ordered_json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (o.is_discarded()) {
        if (error)
            *error = QCoreApplication::translate("ProfileJson", "This is not valid JSON.");
        return std::nullopt;
    }
    return fromJson(o, error);
}

ProfileJson::ParsedFile ProfileJson::parseFile(const QByteArray &bytes)
{
    ParsedFile parsed;
    parsed.result = ParsedFile::Result::Corrupt;
    const ordered_json root = ordered_json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (root.is_discarded()) {
        parsed.error = QCoreApplication::translate("ProfileJson", "This is not valid JSON (it may be truncated).");
        return parsed;
    }
    if (!root.is_object()) {
        parsed.error = QCoreApplication::translate("ProfileJson", "The top level is not a JSON object.");
        return parsed;
    }
    const auto schema = root.find("schema");
    if (schema == root.end() || !schema->is_number_integer() || schema->get<std::int64_t>() < 1
        || (schema->is_number_unsigned() && schema->get<std::uint64_t>() > 1000000)) {
        parsed.error
            = QCoreApplication::translate("ProfileJson", "“schema” is missing or is not a positive whole number.");
        return parsed;
    }
    parsed.schema = static_cast<int>(schema->get<std::int64_t>());
    const bool tooNew = parsed.schema > kSchemaVersion;

    const auto servers = root.find("servers");
    if (servers == root.end() || !servers->is_array()) {
        parsed.error = QCoreApplication::translate("ProfileJson", "“servers” is missing or is not a list.");
        if (tooNew)
            parsed.result = ParsedFile::Result::TooNew;
        return parsed;
    }
    QSet<QString> ids;
    QSet<QString> names;
    QList<ServerProfile> list;
    int index = 0;
    for (const auto &entry : *servers) {
        ++index;
        QString why;
        auto profile = fromJson(entry, &why);
        if (profile) {
            if (!profile->id.isEmpty() && ids.contains(profile->id))
                why = QCoreApplication::translate("ProfileJson", "The ID “%1” is used twice.").arg(profile->id);
            else if (names.contains(ServerProfile::nameKey(profile->name)))
                why = QCoreApplication::translate("ProfileJson", "The name “%1” is used twice.").arg(profile->name);
        }
        if (!why.isEmpty()) {
            parsed.error = QCoreApplication::translate("ProfileJson", "Server %1: %2").arg(index).arg(why);
            if (tooNew)
                parsed.result = ParsedFile::Result::TooNew;
            return parsed;
        }
        ids.insert(profile->id);
        names.insert(ServerProfile::nameKey(profile->name));
        list.append(*profile);
    }
    ordered_json extra = ordered_json::object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != "schema" && it.key() != "servers")
            extra[it.key()] = it.value();
    }
    parsed.extra = extra.empty() ? QJsonObject() : toQt(extra);
    parsed.servers = list;
    parsed.result = tooNew ? ParsedFile::Result::TooNew : ParsedFile::Result::Ok;
    return parsed;
}

QByteArray ProfileJson::serializeFile(const QList<ServerProfile> &servers, const QJsonObject &extra)
{
    ordered_json root = ordered_json::object();
    root["schema"] = kSchemaVersion;
    ordered_json list = ordered_json::array();
    for (const ServerProfile &p : servers)
        list.push_back(toJson(p));
    root["servers"] = std::move(list);
    const ordered_json rest = fromQt(extra);
    for (auto it = rest.begin(); it != rest.end(); ++it) {
        if (it.key() != "schema" && it.key() != "servers")
            root[it.key()] = it.value();
    }
    return QByteArray::fromStdString(root.dump(2, ' ', false, ordered_json::error_handler_t::replace)) + '\n';
}

#include "catalog/CatalogValidator.h"

#include "catalog/JsonChecker.h"
#include "catalog/ParameterValidator.h"
#include "catalog/Risk.h"
#include "catalog/ScriptValidator.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

// The id the file name promises ("a.b.json" -> "a.b").
QString idOfFile(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    return name.endsWith(QLatin1String(".json")) ? name.chopped(5) : name;
}

void checkHeader(JsonChecker &c, const json &doc, const QString &fileName)
{
    if (doc.contains("schema")) {
        const auto v = c.integer(doc["schema"], QStringLiteral("/schema"));
        if (v && *v != CatalogValidator::schemaVersion())
            c.error(QStringLiteral("/schema"), QStringLiteral("unsupported schema %1 (expected %2)")
                                                   .arg(*v)
                                                   .arg(CatalogValidator::schemaVersion()));
    }
    if (doc.contains("id") && c.isString(doc["id"], QStringLiteral("/id"))) {
        const QString id = JsonChecker::string(doc["id"]);
        static const QRegularExpression idRe(QStringLiteral("\\A[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\z"));
        const QString expected = idOfFile(fileName);
        if (!idRe.match(id).hasMatch())
            c.error(QStringLiteral("/id"), QStringLiteral("id \"%1\" must look like area.name ([a-z][a-z0-9_]* parts joined by dots)").arg(id));
        if (id != expected)
            c.error(QStringLiteral("/id"), QStringLiteral("id \"%1\" does not match the file name (expected \"%2\")").arg(id, expected));
    }
    for (const char *key : {"title", "description", "estimate"}) {
        if (doc.contains(key))
            c.text(doc[key], QLatin1Char('/') + QLatin1String(key));
    }
    if (doc.contains("risk") && c.isString(doc["risk"], QStringLiteral("/risk"))) {
        const QString risk = JsonChecker::string(doc["risk"]);
        if (!riskFromId(risk))
            c.error(QStringLiteral("/risk"),
                    QStringLiteral("unknown risk \"%1\" (expected read-only, safe, disruptive, destructive)").arg(risk));
    }
    for (const char *key : {"needs_root", "mastodon_down", "confirm_by_typing_name"}) {
        if (doc.contains(key))
            c.isBool(doc[key], QLatin1Char('/') + QLatin1String(key));
    }
    if (doc.contains("timeout_sec")) {
        const auto t = c.integer(doc["timeout_sec"], QStringLiteral("/timeout_sec"));
        if (t && (*t < 1 || *t > 86400))
            c.error(QStringLiteral("/timeout_sec"), QStringLiteral("timeout_sec %1 is outside 1..86400").arg(*t));
    }
}

void checkVariants(JsonChecker &c, const json &variants, const QString &fileName,
                   const QMap<QString, QByteArray> &scripts, const QSet<QString> &paramNames)
{
    const QString id = idOfFile(fileName);
    if (!c.keys(variants, QStringLiteral("/variants"), {}, CatalogValidator::deployments()))
        return;
    if (variants.empty())
        c.error(QStringLiteral("/variants"), QStringLiteral("needs at least one variant (systemd or docker)"));
    for (auto it = variants.begin(); it != variants.end(); ++it) {
        const QString deployment = QString::fromStdString(it.key());
        const QString path = QStringLiteral("/variants/") + deployment;
        if (!CatalogValidator::deployments().contains(deployment))
            continue; // already reported as an unknown key
        const bool keysOk = c.keys(it.value(), path, {},
                                   {QStringLiteral("needs_root"), QStringLiteral("same_script_as"), QStringLiteral("embeds")});
        if (keysOk && it.value().contains("needs_root"))
            c.isBool(it.value()["needs_root"], path + QStringLiteral("/needs_root"));
        // "embeds": another action's id; Catalog checks that it exists (it sees all actions).
        QSet<QString> names = paramNames;
        if (keysOk && it.value().contains("embeds")) {
            const json &e = it.value()["embeds"];
            static const QRegularExpression idRe(QStringLiteral("\\A[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\z"));
            if (!e.is_string() || !idRe.match(QString::fromStdString(e.get<std::string>())).hasMatch()
                || QString::fromStdString(e.get<std::string>()) == id)
                c.error(path + QStringLiteral("/embeds"), QStringLiteral("must name another action by its id"));
            names.insert(QStringLiteral("hoshu_embedded_script"));
        }
        const QString scriptFile = CatalogValidator::scriptFileName(id, deployment);
        if (keysOk && it.value().contains("same_script_as")) {
            // One file for two deployments instead of two identical copies.
            const json &other = it.value()["same_script_as"];
            const QString otherName = other.is_string() ? QString::fromStdString(other.get<std::string>()) : QString();
            if (otherName.isEmpty() || otherName == deployment || !variants.contains(otherName.toStdString())
                || variants[otherName.toStdString()].contains("same_script_as"))
                c.error(path + QStringLiteral("/same_script_as"),
                        QStringLiteral("must name another variant that has its own script"));
            else if (!scripts.contains(otherName))
                c.error(path + QStringLiteral("/same_script_as"),
                        QStringLiteral("no script file %1").arg(CatalogValidator::scriptFileName(id, otherName)));
            if (scripts.contains(deployment))
                c.fileError(scriptFile, QStringLiteral("not used: %1.json says /variants/%2/same_script_as")
                                            .arg(id, deployment));
            continue;
        }
        if (!scripts.contains(deployment)) {
            c.error(path, QStringLiteral("no script file %1").arg(scriptFile));
            continue;
        }
        c.add(ScriptValidator::check(scripts.value(deployment), scriptFile, names));
    }
    for (auto it = scripts.constBegin(); it != scripts.constEnd(); ++it) {
        if (!variants.contains(it.key().toStdString()))
            c.fileError(CatalogValidator::scriptFileName(id, it.key()),
                        QStringLiteral("no variant \"%1\" in %2.json").arg(it.key(), id));
    }
}

} // namespace

QStringList CatalogValidator::deployments()
{
    return {QStringLiteral("docker"), QStringLiteral("systemd")};
}

QString CatalogValidator::scriptFileName(const QString &id, const QString &deployment)
{
    return id + QLatin1Char('.') + deployment + QStringLiteral(".sh");
}

QStringList CatalogValidator::validate(const json &doc, const QString &fileName, const QMap<QString, QByteArray> &scripts)
{
    JsonChecker c(fileName);
    const QStringList required{QStringLiteral("schema"),      QStringLiteral("id"),           QStringLiteral("title"),
                               QStringLiteral("description"), QStringLiteral("risk"),         QStringLiteral("needs_root"),
                               QStringLiteral("mastodon_down"), QStringLiteral("timeout_sec"), QStringLiteral("variants")};
    // No "pty": scripts travel on stdin (RemoteCommandWrapper), which a terminal would mangle.
    // No "fixes": the finding catalog links findings to actions.
    const QStringList optional{QStringLiteral("confirm_by_typing_name"), QStringLiteral("parameters"),
                               QStringLiteral("estimate")};
    if (!c.keys(doc, QString(), required, optional))
        return c.errors();
    checkHeader(c, doc, fileName);

    QSet<QString> paramNames;
    if (doc.contains("parameters")) {
        const json &params = doc["parameters"];
        if (!params.is_array()) {
            c.error(QStringLiteral("/parameters"), QStringLiteral("must be an array, not %1").arg(JsonChecker::typeName(params)));
        } else {
            for (size_t i = 0; i < params.size(); ++i)
                ParameterValidator::check(c, params[i], QStringLiteral("/parameters/%1").arg(i), paramNames);
        }
    }
    if (doc.contains("variants"))
        checkVariants(c, doc["variants"], fileName, scripts, paramNames);
    return c.errors();
}

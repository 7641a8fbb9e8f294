#include "catalog/CatalogValidator.h"

#include "catalog/ContextVariables.h"
#include "catalog/Risk.h"
#include "catalog/ScriptVariables.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <limits>

using nlohmann::json;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

const char *typeName(const json &v)
{
    return v.type_name(); // "object", "array", "string", "number", "boolean", "null"
}

// Collects errors with the file name and JSON pointer in front.
class Checker
{
public:
    explicit Checker(const QString &fileName) : m_file(fileName) {}

    void error(const QString &path, const QString &message)
    {
        m_errors.append(QStringLiteral("%1: %2: %3").arg(m_file, path.isEmpty() ? QStringLiteral("/") : path, message));
    }

    // Reports missing required keys and unknown keys. Returns false if v is not an object.
    bool keys(const json &v, const QString &path, const QStringList &required, const QStringList &optional)
    {
        if (!v.is_object()) {
            error(path, QStringLiteral("must be an object, not %1").arg(QLatin1String(typeName(v))));
            return false;
        }
        for (const QString &k : required) {
            if (!v.contains(k.toStdString()))
                error(path, QStringLiteral("missing key \"%1\"").arg(k));
        }
        for (auto it = v.begin(); it != v.end(); ++it) {
            const QString k = q(it.key());
            if (!required.contains(k) && !optional.contains(k))
                error(path + QLatin1Char('/') + k,
                      QStringLiteral("unknown key \"%1\" (allowed: %2)").arg(k, (required + optional).join(QStringLiteral(", "))));
        }
        return true;
    }

    bool isString(const json &v, const QString &path)
    {
        if (v.is_string())
            return true;
        error(path, QStringLiteral("must be a string, not %1").arg(QLatin1String(typeName(v))));
        return false;
    }

    bool isBool(const json &v, const QString &path)
    {
        if (v.is_boolean())
            return true;
        error(path, QStringLiteral("must be true or false, not %1").arg(QLatin1String(typeName(v))));
        return false;
    }

    std::optional<qint64> integer(const json &v, const QString &path)
    {
        if (v.is_number_integer()) {
            if (v.is_number_unsigned() && v.get<quint64>() > quint64(std::numeric_limits<qint64>::max())) {
                error(path, QStringLiteral("is too large"));
                return std::nullopt;
            }
            return v.get<qint64>();
        }
        error(path, QStringLiteral("must be a whole number, not %1").arg(QLatin1String(typeName(v))));
        return std::nullopt;
    }

    // {"en": "...", "ja": "..."}, both non-empty.
    void text(const json &v, const QString &path)
    {
        if (!keys(v, path, {QStringLiteral("en"), QStringLiteral("ja")}, {}))
            return;
        for (const char *lang : {"en", "ja"}) {
            if (!v.contains(lang))
                continue;
            const QString p = path + QLatin1Char('/') + QLatin1String(lang);
            if (isString(v[lang], p) && q(v[lang].get<std::string>()).trimmed().isEmpty())
                error(p, QStringLiteral("must not be empty"));
        }
    }

    QStringList errors() const { return m_errors; }

private:
    QString m_file;
    QStringList m_errors;
};

void checkParameter(Checker &c, const json &p, const QString &path, QSet<QString> &names)
{
    const QStringList common{QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("title")};
    QString type;
    if (p.is_object() && p.contains("type") && p["type"].is_string())
        type = q(p["type"].get<std::string>());
    QStringList required = common;
    QStringList optional{QStringLiteral("default")};
    if (type == QLatin1String("int"))
        required << QStringLiteral("min") << QStringLiteral("max");
    else if (type == QLatin1String("enum"))
        required << QStringLiteral("choices");
    else if (type == QLatin1String("string"))
        required << QStringLiteral("regex");
    else
        optional << QStringLiteral("min") << QStringLiteral("max") << QStringLiteral("choices") << QStringLiteral("regex");
    if (!c.keys(p, path, required, optional))
        return;

    if (p.contains("name") && c.isString(p["name"], path + QStringLiteral("/name"))) {
        const QString name = q(p["name"].get<std::string>());
        static const QRegularExpression nameRe(QStringLiteral("\\A[a-z][a-z0-9_]{0,30}\\z"));
        if (!nameRe.match(name).hasMatch())
            c.error(path + QStringLiteral("/name"),
                    QStringLiteral("parameter name \"%1\" must match [a-z][a-z0-9_]{0,30}").arg(name));
        else if (ContextVariables::isContextVariable(name))
            c.error(path + QStringLiteral("/name"),
                    QStringLiteral("parameter name \"%1\" is a context variable").arg(name));
        else if (names.contains(name))
            c.error(path + QStringLiteral("/name"), QStringLiteral("duplicate parameter name \"%1\"").arg(name));
        names.insert(name);
    }
    if (p.contains("title"))
        c.text(p["title"], path + QStringLiteral("/title"));
    if (p.contains("type") && c.isString(p["type"], path + QStringLiteral("/type")) && type != QLatin1String("int")
        && type != QLatin1String("enum") && type != QLatin1String("string")) {
        c.error(path + QStringLiteral("/type"),
                QStringLiteral("unknown parameter type \"%1\" (expected int, enum, string)").arg(type));
    }
    const bool hasDefault = p.contains("default");
    const QString defPath = path + QStringLiteral("/default");

    if (type == QLatin1String("int")) {
        std::optional<qint64> min, max;
        if (p.contains("min"))
            min = c.integer(p["min"], path + QStringLiteral("/min"));
        if (p.contains("max"))
            max = c.integer(p["max"], path + QStringLiteral("/max"));
        if (min && max && *min > *max)
            c.error(path, QStringLiteral("min %1 is greater than max %2").arg(*min).arg(*max));
        if (hasDefault) {
            const auto def = c.integer(p["default"], defPath);
            if (def && min && max && (*def < *min || *def > *max))
                c.error(defPath, QStringLiteral("default %1 is outside %2..%3").arg(*def).arg(*min).arg(*max));
        }
    } else if (type == QLatin1String("enum")) {
        QStringList choices;
        const QString chPath = path + QStringLiteral("/choices");
        if (p.contains("choices")) {
            const json &ch = p["choices"];
            if (!ch.is_array() || ch.empty()) {
                c.error(chPath, QStringLiteral("enum needs a non-empty array of choices"));
            } else {
                for (size_t i = 0; i < ch.size(); ++i) {
                    const QString ip = chPath + QLatin1Char('/') + QString::number(i);
                    if (!c.isString(ch[i], ip))
                        continue;
                    const QString v = q(ch[i].get<std::string>());
                    if (v.isEmpty())
                        c.error(ip, QStringLiteral("choice must not be empty"));
                    else if (choices.contains(v))
                        c.error(ip, QStringLiteral("duplicate choice \"%1\"").arg(v));
                    choices << v;
                }
            }
        }
        if (hasDefault && c.isString(p["default"], defPath)) {
            const QString def = q(p["default"].get<std::string>());
            if (!choices.isEmpty() && !choices.contains(def))
                c.error(defPath, QStringLiteral("default \"%1\" is not one of the choices").arg(def));
        }
    } else if (type == QLatin1String("string")) {
        QRegularExpression re;
        const QString rePath = path + QStringLiteral("/regex");
        if (p.contains("regex") && c.isString(p["regex"], rePath)) {
            const QString pattern = q(p["regex"].get<std::string>());
            re.setPattern(QRegularExpression::anchoredPattern(pattern));
            if (pattern.isEmpty())
                c.error(rePath, QStringLiteral("regex must not be empty"));
            else if (!re.isValid())
                c.error(rePath, QStringLiteral("regex \"%1\" does not compile: %2 at offset %3")
                                    .arg(pattern, re.errorString())
                                    .arg(re.patternErrorOffset()));
        }
        if (hasDefault && c.isString(p["default"], defPath)) {
            const QString def = q(p["default"].get<std::string>());
            if (def.isEmpty())
                c.error(defPath, QStringLiteral("default must not be empty (omit it to make the parameter required)"));
            else if (re.isValid() && !re.pattern().isEmpty() && !re.match(def).hasMatch())
                c.error(defPath, QStringLiteral("default \"%1\" does not match the regex").arg(def));
        }
    }
}

void checkScript(Checker &c, const json &script, const QString &path, const QSet<QString> &params)
{
    if (!script.is_array() || script.empty()) {
        c.error(path, QStringLiteral("script must be a non-empty array of lines"));
        return;
    }
    QStringList lines;
    for (size_t i = 0; i < script.size(); ++i) {
        const QString lp = path + QLatin1Char('/') + QString::number(i);
        if (!c.isString(script[i], lp)) {
            lines << QString();
            continue;
        }
        const QString line = q(script[i].get<std::string>());
        if (line.contains(QLatin1Char('\n')) || line.contains(QLatin1Char('\r')) || line.contains(QChar(0)))
            c.error(lp, QStringLiteral("a script line must not contain a newline, carriage return or NUL"));
        lines << line;
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (text.trimmed().isEmpty())
        c.error(path, QStringLiteral("script is empty"));
    const QSet<QString> assigned = ScriptVariables::assignedNames(text);
    QSet<QString> reported;
    for (const ScriptVariables::Reference &ref : ScriptVariables::lowercaseReferences(text)) {
        if (params.contains(ref.name) || ContextVariables::isContextVariable(ref.name) || assigned.contains(ref.name)
            || reported.contains(ref.name))
            continue;
        reported.insert(ref.name);
        c.error(path + QLatin1Char('/') + QString::number(ref.line),
                QStringLiteral("\"$%1\" is neither a parameter, a context variable (%2) nor assigned in the script")
                    .arg(ref.name, ContextVariables::names().join(QStringLiteral(", "))));
    }
}

} // namespace

QStringList CatalogValidator::deployments()
{
    return {QStringLiteral("docker"), QStringLiteral("systemd")};
}

QStringList CatalogValidator::validate(const json &doc, const QString &fileName)
{
    Checker c(fileName);
    const QStringList required{QStringLiteral("schema"),      QStringLiteral("id"),         QStringLiteral("title"),
                               QStringLiteral("description"), QStringLiteral("risk"),       QStringLiteral("needs_root"),
                               QStringLiteral("timeout_sec"), QStringLiteral("variants")};
    // No "pty": scripts travel on stdin (RemoteCommandWrapper), which a terminal would mangle.
    const QStringList optional{QStringLiteral("confirm_by_typing_name"), QStringLiteral("parameters")};
    if (!c.keys(doc, QString(), required, optional))
        return c.errors();

    if (doc.contains("schema")) {
        const auto v = c.integer(doc["schema"], QStringLiteral("/schema"));
        if (v && *v != schemaVersion())
            c.error(QStringLiteral("/schema"), QStringLiteral("unsupported schema %1 (expected %2)").arg(*v).arg(schemaVersion()));
    }
    if (doc.contains("id") && c.isString(doc["id"], QStringLiteral("/id"))) {
        const QString id = q(doc["id"].get<std::string>());
        static const QRegularExpression idRe(QStringLiteral("\\A[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\z"));
        const QString expected = QFileInfo(fileName).fileName().chopped(
            fileName.endsWith(QLatin1String(".json")) ? 5 : 0);
        if (!idRe.match(id).hasMatch())
            c.error(QStringLiteral("/id"), QStringLiteral("id \"%1\" must look like area.name ([a-z][a-z0-9_]* parts joined by dots)").arg(id));
        if (id != expected)
            c.error(QStringLiteral("/id"), QStringLiteral("id \"%1\" does not match the file name (expected \"%2\")").arg(id, expected));
    }
    if (doc.contains("title"))
        c.text(doc["title"], QStringLiteral("/title"));
    if (doc.contains("description"))
        c.text(doc["description"], QStringLiteral("/description"));
    if (doc.contains("risk") && c.isString(doc["risk"], QStringLiteral("/risk"))) {
        const QString risk = q(doc["risk"].get<std::string>());
        if (!riskFromId(risk))
            c.error(QStringLiteral("/risk"),
                    QStringLiteral("unknown risk \"%1\" (expected read-only, safe, disruptive, destructive)").arg(risk));
    }
    for (const char *key : {"needs_root", "confirm_by_typing_name"}) {
        if (doc.contains(key))
            c.isBool(doc[key], QLatin1Char('/') + QLatin1String(key));
    }
    if (doc.contains("timeout_sec")) {
        const auto t = c.integer(doc["timeout_sec"], QStringLiteral("/timeout_sec"));
        if (t && (*t < 1 || *t > 86400))
            c.error(QStringLiteral("/timeout_sec"), QStringLiteral("timeout_sec %1 is outside 1..86400").arg(*t));
    }

    QSet<QString> paramNames;
    if (doc.contains("parameters")) {
        const json &params = doc["parameters"];
        if (!params.is_array()) {
            c.error(QStringLiteral("/parameters"), QStringLiteral("must be an array, not %1").arg(QLatin1String(typeName(params))));
        } else {
            for (size_t i = 0; i < params.size(); ++i)
                checkParameter(c, params[i], QStringLiteral("/parameters/%1").arg(i), paramNames);
        }
    }

    if (doc.contains("variants")) {
        const json &variants = doc["variants"];
        if (c.keys(variants, QStringLiteral("/variants"), {}, deployments())) {
            if (variants.empty())
                c.error(QStringLiteral("/variants"), QStringLiteral("needs at least one variant (systemd or docker)"));
            for (auto it = variants.begin(); it != variants.end(); ++it) {
                const QString path = QStringLiteral("/variants/") + q(it.key());
                if (!deployments().contains(q(it.key())))
                    continue; // already reported as an unknown key
                if (!c.keys(it.value(), path, {QStringLiteral("script")}, {QStringLiteral("needs_root")}))
                    continue;
                if (it.value().contains("needs_root"))
                    c.isBool(it.value()["needs_root"], path + QStringLiteral("/needs_root"));
                if (it.value().contains("script"))
                    checkScript(c, it.value()["script"], path + QStringLiteral("/script"), paramNames);
            }
        }
    }
    return c.errors();
}

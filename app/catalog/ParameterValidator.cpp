#include "catalog/ParameterValidator.h"

#include "catalog/ActionParameter.h"
#include "catalog/ContextVariables.h"
#include "catalog/JsonChecker.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

void checkInt(JsonChecker &c, const json &p, const QString &path)
{
    std::optional<qint64> min, max;
    if (p.contains("min"))
        min = c.integer(p["min"], path + QStringLiteral("/min"));
    if (p.contains("max"))
        max = c.integer(p["max"], path + QStringLiteral("/max"));
    if (min && max && *min > *max)
        c.error(path, QStringLiteral("min %1 is greater than max %2").arg(*min).arg(*max));
    if (p.contains("default")) {
        const QString defPath = path + QStringLiteral("/default");
        const auto def = c.integer(p["default"], defPath);
        if (def && min && max && (*def < *min || *def > *max))
            c.error(defPath, QStringLiteral("default %1 is outside %2..%3").arg(*def).arg(*min).arg(*max));
    }
}

void checkEnum(JsonChecker &c, const json &p, const QString &path)
{
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
                const QString v = JsonChecker::string(ch[i]);
                if (v.isEmpty())
                    c.error(ip, QStringLiteral("choice must not be empty"));
                else if (choices.contains(v))
                    c.error(ip, QStringLiteral("duplicate choice \"%1\"").arg(v));
                choices << v;
            }
        }
    }
    const QString defPath = path + QStringLiteral("/default");
    if (p.contains("default") && c.isString(p["default"], defPath)) {
        const QString def = JsonChecker::string(p["default"]);
        if (!choices.isEmpty() && !choices.contains(def))
            c.error(defPath, QStringLiteral("default \"%1\" is not one of the choices").arg(def));
    }
}

void checkString(JsonChecker &c, const json &p, const QString &path)
{
    QRegularExpression re;
    const QString rePath = path + QStringLiteral("/regex");
    if (p.contains("regex") && c.isString(p["regex"], rePath)) {
        const QString pattern = JsonChecker::string(p["regex"]);
        re.setPattern(QRegularExpression::anchoredPattern(pattern));
        if (pattern.isEmpty()) {
            c.error(rePath, QStringLiteral("regex must not be empty"));
        } else if (!re.isValid()) {
            c.error(rePath, QStringLiteral("regex \"%1\" does not compile: %2 at offset %3")
                                .arg(pattern, re.errorString())
                                .arg(re.patternErrorOffset()));
        } else {
            const QString problem = ParameterValidator::anchoringProblem(pattern);
            if (!problem.isEmpty())
                c.error(rePath, QStringLiteral("regex \"%1\" is not anchored: %2").arg(pattern, problem));
        }
    }
    const QString defPath = path + QStringLiteral("/default");
    if (p.contains("default") && c.isString(p["default"], defPath)) {
        const QString def = JsonChecker::string(p["default"]);
        if (def.isEmpty())
            c.error(defPath, QStringLiteral("default must not be empty (omit it to make the parameter required)"));
        else if (re.isValid() && !re.pattern().isEmpty() && !re.match(def).hasMatch())
            c.error(defPath, QStringLiteral("default \"%1\" does not match the regex").arg(def));
    }
    const QString snapPath = path + QStringLiteral("/from_snapshot");
    if (p.contains("from_snapshot") && c.isString(p["from_snapshot"], snapPath)) {
        const QString kind = JsonChecker::string(p["from_snapshot"]);
        if (!ActionParameter::snapshotKinds().contains(kind))
            c.error(snapPath, QStringLiteral("unknown snapshot kind \"%1\" (expected %2)")
                                  .arg(kind, ActionParameter::snapshotKinds().join(QStringLiteral(", "))));
    }
}

void checkName(JsonChecker &c, const json &p, const QString &path, QSet<QString> &names)
{
    const QString namePath = path + QStringLiteral("/name");
    if (!p.contains("name") || !c.isString(p["name"], namePath))
        return;
    const QString name = JsonChecker::string(p["name"]);
    static const QRegularExpression nameRe(QStringLiteral("\\A[a-z][a-z0-9_]{0,30}\\z"));
    if (!nameRe.match(name).hasMatch())
        c.error(namePath, QStringLiteral("parameter name \"%1\" must match [a-z][a-z0-9_]{0,30}").arg(name));
    else if (ContextVariables::isContextVariable(name))
        c.error(namePath, QStringLiteral("parameter name \"%1\" is a context variable").arg(name));
    else if (ContextVariables::isReserved(name))
        c.error(namePath, QStringLiteral("parameter name \"%1\" is reserved (hoshu_* belongs to the prelude)").arg(name));
    else if (names.contains(name))
        c.error(namePath, QStringLiteral("duplicate parameter name \"%1\"").arg(name));
    names.insert(name);
}

} // namespace

QString ParameterValidator::anchoringProblem(const QString &pattern)
{
    if (!pattern.startsWith(QLatin1Char('^')) && !pattern.startsWith(QLatin1String("\\A")))
        return QStringLiteral("it must start with ^ or \\A");
    // Walk the pattern: escapes, character classes and group depth, to find how it ends
    // and whether an alternation sits outside every group.
    int depth = 0;
    bool inClass = false;
    bool endsWithAnchor = false;
    const int n = int(pattern.size());
    for (int i = 0; i < n; ++i) {
        const QChar ch = pattern.at(i);
        endsWithAnchor = false;
        if (ch == QLatin1Char('\\')) {
            if (i + 1 < n && pattern.at(i + 1) == QLatin1Char('z') && !inClass)
                endsWithAnchor = true;
            ++i;
            continue;
        }
        if (inClass) {
            if (ch == QLatin1Char(']'))
                inClass = false;
            continue;
        }
        if (ch == QLatin1Char('[')) {
            inClass = true;
            // "[]...]" and "[^]...]": a leading ] is a literal.
            if (i + 1 < n && pattern.at(i + 1) == QLatin1Char('^'))
                ++i;
            if (i + 1 < n && pattern.at(i + 1) == QLatin1Char(']'))
                ++i;
        } else if (ch == QLatin1Char('(')) {
            ++depth;
        } else if (ch == QLatin1Char(')')) {
            --depth;
        } else if (ch == QLatin1Char('|') && depth == 0) {
            return QStringLiteral("an alternation (|) outside a group leaves a branch unanchored");
        } else if (ch == QLatin1Char('$')) {
            endsWithAnchor = true;
        }
    }
    if (!endsWithAnchor)
        return QStringLiteral("it must end with $ or \\z");
    return QString();
}

void ParameterValidator::check(JsonChecker &c, const json &p, const QString &path, QSet<QString> &names)
{
    QString type;
    if (p.is_object() && p.contains("type") && p["type"].is_string())
        type = JsonChecker::string(p["type"]);
    QStringList required{QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("title")};
    QStringList optional{QStringLiteral("default")};
    if (type == QLatin1String("int")) {
        required << QStringLiteral("min") << QStringLiteral("max");
    } else if (type == QLatin1String("enum")) {
        required << QStringLiteral("choices");
    } else if (type == QLatin1String("string")) {
        required << QStringLiteral("regex");
        optional << QStringLiteral("from_snapshot");
    } else {
        optional << QStringLiteral("min") << QStringLiteral("max") << QStringLiteral("choices") << QStringLiteral("regex")
                 << QStringLiteral("from_snapshot");
    }
    if (!c.keys(p, path, required, optional))
        return;

    checkName(c, p, path, names);
    if (p.contains("title"))
        c.text(p["title"], path + QStringLiteral("/title"));
    if (p.contains("type") && c.isString(p["type"], path + QStringLiteral("/type")) && type != QLatin1String("int")
        && type != QLatin1String("enum") && type != QLatin1String("string")) {
        c.error(path + QStringLiteral("/type"),
                QStringLiteral("unknown parameter type \"%1\" (expected int, enum, string)").arg(type));
    }
    if (type == QLatin1String("int"))
        checkInt(c, p, path);
    else if (type == QLatin1String("enum"))
        checkEnum(c, p, path);
    else if (type == QLatin1String("string"))
        checkString(c, p, path);
}

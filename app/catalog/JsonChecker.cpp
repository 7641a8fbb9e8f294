#include "catalog/JsonChecker.h"

#include <nlohmann/json.hpp>

#include <limits>

using nlohmann::json;

QString JsonChecker::typeName(const json &v)
{
    return QLatin1String(v.type_name());
}

QString JsonChecker::string(const json &v)
{
    return QString::fromStdString(v.get<std::string>());
}

void JsonChecker::error(const QString &path, const QString &message)
{
    m_errors.append(QStringLiteral("%1: %2: %3").arg(m_file, path.isEmpty() ? QStringLiteral("/") : path, message));
}

void JsonChecker::fileError(const QString &fileName, const QString &message)
{
    m_errors.append(QStringLiteral("%1: %2").arg(fileName, message));
}

bool JsonChecker::keys(const json &v, const QString &path, const QStringList &required, const QStringList &optional)
{
    if (!v.is_object()) {
        error(path, QStringLiteral("must be an object, not %1").arg(typeName(v)));
        return false;
    }
    for (const QString &k : required) {
        if (!v.contains(k.toStdString()))
            error(path, QStringLiteral("missing key \"%1\"").arg(k));
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
        const QString k = QString::fromStdString(it.key());
        if (!required.contains(k) && !optional.contains(k))
            error(path + QLatin1Char('/') + k,
                  QStringLiteral("unknown key \"%1\" (allowed: %2)").arg(k, (required + optional).join(QStringLiteral(", "))));
    }
    return true;
}

bool JsonChecker::isString(const json &v, const QString &path)
{
    if (v.is_string())
        return true;
    error(path, QStringLiteral("must be a string, not %1").arg(typeName(v)));
    return false;
}

bool JsonChecker::isBool(const json &v, const QString &path)
{
    if (v.is_boolean())
        return true;
    error(path, QStringLiteral("must be true or false, not %1").arg(typeName(v)));
    return false;
}

std::optional<qint64> JsonChecker::integer(const json &v, const QString &path)
{
    if (v.is_number_integer()) {
        if (v.is_number_unsigned() && v.get<quint64>() > quint64(std::numeric_limits<qint64>::max())) {
            error(path, QStringLiteral("is too large"));
            return std::nullopt;
        }
        return v.get<qint64>();
    }
    error(path, QStringLiteral("must be a whole number, not %1").arg(typeName(v)));
    return std::nullopt;
}

void JsonChecker::text(const json &v, const QString &path)
{
    if (!keys(v, path, {QStringLiteral("en"), QStringLiteral("ja")}, {}))
        return;
    for (const char *lang : {"en", "ja"}) {
        if (!v.contains(lang))
            continue;
        const QString p = path + QLatin1Char('/') + QLatin1String(lang);
        if (isString(v[lang], p) && string(v[lang]).trimmed().isEmpty())
            error(p, QStringLiteral("must not be empty"));
    }
}

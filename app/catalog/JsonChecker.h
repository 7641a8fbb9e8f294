#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

// Collects the errors of one catalog file, each "<file>: <json pointer>: <what is
// wrong>". For the developer (a bad catalog fails the test suite): not translated.
class JsonChecker
{
public:
    explicit JsonChecker(const QString &fileName) : m_file(fileName) {}

    void error(const QString &path, const QString &message);
    // An error about another file than the JSON document (a script), without a pointer.
    void fileError(const QString &fileName, const QString &message);
    void add(const QStringList &errors) { m_errors << errors; }

    // Reports missing required keys and unknown keys. Returns false if v is not an object.
    bool keys(const nlohmann::json &v, const QString &path, const QStringList &required, const QStringList &optional);
    bool isString(const nlohmann::json &v, const QString &path);
    bool isBool(const nlohmann::json &v, const QString &path);
    std::optional<qint64> integer(const nlohmann::json &v, const QString &path);
    // {"en": "...", "ja": "..."}, both non-empty.
    void text(const nlohmann::json &v, const QString &path);

    QStringList errors() const { return m_errors; }

    static QString typeName(const nlohmann::json &v); // "object", "array", "string", ...
    static QString string(const nlohmann::json &v);   // v must be a string

private:
    QString m_file;
    QStringList m_errors;
};

#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

// Checks one action against the format in resources/actions/README.md: its parsed
// <id>.json and the script files found beside it. Returns every problem found, each
// as "<file>: <json pointer>: <what is wrong>" (the JSON) or "<file>: [line N: ]<what is
// wrong>" (a script). These messages are for the developer (a bad catalog fails the
// test suite), so they are not translated.
class CatalogValidator
{
public:
    // scripts: deployment ("systemd"/"docker") -> contents of <id>.<deployment>.sh, for
    // the files that exist. A variant without its file and a file without its variant
    // are errors.
    static QStringList validate(const nlohmann::json &document, const QString &fileName,
                                const QMap<QString, QByteArray> &scripts);

    static QStringList deployments(); // "docker", "systemd"
    static int schemaVersion() { return 2; }
    static QString scriptFileName(const QString &id, const QString &deployment); // "<id>.<deployment>.sh"
};

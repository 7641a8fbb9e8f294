#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

// Checks one parsed catalog file against the format in resources/actions/README.md.
// Returns every problem found, each as "<fileName>: <json pointer>: <what is wrong>".
// These messages are for the developer (a bad catalog fails the test suite), so
// they are not translated.
class CatalogValidator
{
public:
    static QStringList validate(const nlohmann::json &document, const QString &fileName);

    static QStringList deployments(); // "docker", "systemd"
    static int schemaVersion() { return 1; }
};

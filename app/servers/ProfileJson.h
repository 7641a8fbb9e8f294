#pragma once

#include "servers/ServerProfile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

// Conversion between ServerProfile and the servers.json format:
//   {"schema": 1, "servers": [ {"id": ..., "name": ..., ...}, ... ]}
// Strict on read (wrong types and invalid values are errors, never guessed),
// unknown keys kept. Only the servers/ code and tests include this header; the
// QByteArray functions let others use the format without nlohmann.
class ProfileJson
{
public:
    static constexpr int kSchemaVersion = 1;

    // One profile as an object with stable, readable keys in a fixed order.
    static nlohmann::ordered_json toJson(const ServerProfile &profile);
    // Type-checks every known key and runs ServerProfile::validate(). A missing
    // id is left empty (the store assigns one). On failure returns nullopt and a
    // translated reason.
    static std::optional<ServerProfile> fromJson(const nlohmann::ordered_json &object, QString *error);

    static QByteArray toBytes(const ServerProfile &profile);
    static std::optional<ServerProfile> fromBytes(const QByteArray &bytes, QString *error);

    struct ParsedFile {
        enum class Result { Ok, Corrupt, TooNew };
        Result result = Result::Corrupt;
        int schema = 0;
        QList<ServerProfile> servers; // for TooNew: filled only if every entry could be read
        QJsonObject extra;            // unknown top-level keys
        QString error;                // translated, for Corrupt
    };
    // Also rejects duplicate ids and names (ServerProfile::nameKey).
    static ParsedFile parseFile(const QByteArray &bytes);
    static QByteArray serializeFile(const QList<ServerProfile> &servers, const QJsonObject &extra = {});
};

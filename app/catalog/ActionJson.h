#pragma once

#include "catalog/Action.h"

#include <QByteArray>
#include <QMap>

#include <nlohmann/json_fwd.hpp>

// Turns a catalog document and its scripts (deployment -> file contents) into an
// Action. Only call it on what CatalogValidator accepted: it checks nothing itself.
class ActionJson
{
public:
    static Action fromJson(const nlohmann::json &document, const QMap<QString, QByteArray> &scripts);
};

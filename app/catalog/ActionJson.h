#pragma once

#include "catalog/Action.h"

#include <nlohmann/json_fwd.hpp>

// Turns a catalog document into an Action. Only call it on a document that
// CatalogValidator accepted: it does not check anything itself.
class ActionJson
{
public:
    static Action fromJson(const nlohmann::json &document);
};

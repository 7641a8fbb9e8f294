#pragma once

#include <QSet>
#include <QString>

#include <nlohmann/json_fwd.hpp>

class JsonChecker;

// Checks one entry of an action's "parameters" (resources/actions/README.md).
class ParameterValidator
{
public:
    // names: the parameter names seen so far; this one's is added.
    static void check(JsonChecker &c, const nlohmann::json &parameter, const QString &path, QSet<QString> &names);

    // Empty when the pattern is anchored at both ends (^ or \A … $ or \z, no
    // alternation outside a group); else what is wrong.
    static QString anchoringProblem(const QString &pattern);
};

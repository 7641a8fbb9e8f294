#include "catalog/ActionJson.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

QString str(const json &v)
{
    return QString::fromStdString(v.get<std::string>());
}

QString jsonScalarText(const json &v)
{
    return v.is_string() ? str(v) : QString::number(v.get<qint64>());
}

} // namespace

Action ActionJson::fromJson(const json &doc, const QMap<QString, QByteArray> &scripts)
{
    Action a;
    a.id = str(doc["id"]);
    a.titleEn = str(doc["title"]["en"]);
    a.titleJa = str(doc["title"]["ja"]);
    a.descriptionEn = str(doc["description"]["en"]);
    a.descriptionJa = str(doc["description"]["ja"]);
    a.risk = riskFromId(str(doc["risk"])).value_or(Risk::Destructive);
    a.needsRoot = doc["needs_root"].get<bool>();
    a.timeoutSec = doc["timeout_sec"].get<int>();
    a.confirmByTypingName = doc.value("confirm_by_typing_name", false);
    a.mastodonDown = doc["mastodon_down"].get<bool>();
    if (doc.contains("estimate")) {
        a.estimateEn = str(doc["estimate"]["en"]);
        a.estimateJa = str(doc["estimate"]["ja"]);
    }
    if (doc.contains("parameters")) {
        for (const json &p : doc["parameters"]) {
            ActionParameter param;
            param.name = str(p["name"]);
            param.titleEn = str(p["title"]["en"]);
            param.titleJa = str(p["title"]["ja"]);
            const QString type = str(p["type"]);
            if (type == QLatin1String("int")) {
                param.type = ActionParameter::Type::Int;
                param.min = p["min"].get<qint64>();
                param.max = p["max"].get<qint64>();
            } else if (type == QLatin1String("enum")) {
                param.type = ActionParameter::Type::Enum;
                for (const json &c : p["choices"])
                    param.choices << str(c);
            } else {
                param.type = ActionParameter::Type::String;
                param.regex = str(p["regex"]);
                if (p.contains("from_snapshot"))
                    param.fromSnapshot = str(p["from_snapshot"]);
            }
            if (p.contains("default"))
                param.defaultValue = jsonScalarText(p["default"]);
            a.parameters << param;
        }
    }
    for (auto it = doc["variants"].begin(); it != doc["variants"].end(); ++it) {
        const QString deployment = QString::fromStdString(it.key());
        ActionVariant v;
        // "same_script_as": "systemd" runs that variant's file (validated: it exists).
        const QString source = it.value().contains("same_script_as")
            ? QString::fromStdString(it.value()["same_script_as"].get<std::string>())
            : deployment;
        v.script = QString::fromUtf8(scripts.value(source));
        v.needsRoot = it.value().value("needs_root", a.needsRoot);
        if (it.value().contains("embeds"))
            v.embeds = QString::fromStdString(it.value()["embeds"].get<std::string>());
        a.variants.insert(deployment, v);
    }
    return a;
}

#include "checks/FindingJson.h"

#include "checks/Finding.h"
#include "checks/FindingCatalog.h"

#include <QJsonArray>

namespace {

QJsonArray stepsJson(const QList<RemedyStep> &steps)
{
    QJsonArray out;
    for (const RemedyStep &s : steps)
        out.append(FindingJson::toJson(s));
    return out;
}

} // namespace

QJsonObject FindingJson::toJson(const RemedyStep &step)
{
    QJsonObject params;
    for (auto it = step.params.constBegin(); it != step.params.constEnd(); ++it)
        params.insert(it.key(), it.value());
    return {{QStringLiteral("action"), step.actionId}, {QStringLiteral("params"), params}};
}

QJsonObject FindingJson::toJson(const FindingRemedy &remedy)
{
    QJsonObject o{{QStringLiteral("kind"), FindingRemedy::kindId(remedy.kind)},
                  {QStringLiteral("steps"), stepsJson(remedy.steps)},
                  {QStringLiteral("diagnostics"), stepsJson(remedy.diagnostics)},
                  {QStringLiteral("preventions"), stepsJson(remedy.preventions)}};
    if (!remedy.manualSteps.isEmpty())
        o.insert(QStringLiteral("manualSteps"), remedy.manualSteps);
    if (!remedy.link.isEmpty())
        o.insert(QStringLiteral("link"), remedy.link);
    if (remedy.recordsDone)
        o.insert(QStringLiteral("recordsDone"), true);
    if (remedy.copiesHere)
        o.insert(QStringLiteral("copiesHere"), true);
    return o;
}

QJsonObject FindingJson::toJson(const Finding &f)
{
    const FindingCatalog::Entry *entry = FindingCatalog::entry(f.id);
    QJsonObject o{{QStringLiteral("id"), f.id},
                  {QStringLiteral("family"), entry ? QString::fromLatin1(entry->family) : QString()},
                  {QStringLiteral("severity"), SeverityInfo::id(f.severity)},
                  {QStringLiteral("subject"), f.subject},
                  {QStringLiteral("title"), f.title()}, // the problem when warning or critical
                  {QStringLiteral("check"), FindingCatalog::title(f.id)},
                  {QStringLiteral("message"), f.message()},
                  {QStringLiteral("whyItMatters"), FindingCatalog::whyItMatters(f.id)},
                  {QStringLiteral("whatToDo"), FindingCatalog::whatToDo(f.id)},
                  {QStringLiteral("evidence"), QJsonObject::fromVariantMap(f.evidence)},
                  {QStringLiteral("fixActionId"), f.fixActionId}};
    if (f.remedy.kind != FindingRemedy::Kind::None)
        o.insert(QStringLiteral("remedy"), toJson(f.remedy));
    return o;
}

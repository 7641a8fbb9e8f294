#include "ActionsCommand.h"

#include "catalog/Catalog.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/Terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonObject texts(const QString &en, const QString &ja)
{
    return QJsonObject {{QStringLiteral("en"), en}, {QStringLiteral("ja"), ja}};
}

QJsonObject toJson(const Action &action)
{
    QJsonArray params;
    for (const ActionParameter &p : action.parameters) {
        QJsonObject o {{QStringLiteral("name"), p.name},
                       {QStringLiteral("type"), ActionParameter::typeId(p.type)},
                       {QStringLiteral("title"), texts(p.titleEn, p.titleJa)}};
        if (p.type == ActionParameter::Type::Int) {
            o.insert(QStringLiteral("min"), double(p.min));
            o.insert(QStringLiteral("max"), double(p.max));
        } else if (p.type == ActionParameter::Type::Enum) {
            o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(p.choices));
        } else {
            o.insert(QStringLiteral("regex"), p.regex);
        }
        if (!p.defaultValue.isEmpty())
            o.insert(QStringLiteral("default"), p.defaultValue);
        params.append(o);
    }
    return QJsonObject {{QStringLiteral("id"), action.id},
                        {QStringLiteral("title"), texts(action.titleEn, action.titleJa)},
                        {QStringLiteral("description"), texts(action.descriptionEn, action.descriptionJa)},
                        {QStringLiteral("risk"), riskId(action.risk)},
                        {QStringLiteral("needs_root"), action.needsRoot},
                        {QStringLiteral("timeout_sec"), action.timeoutSec},
                        {QStringLiteral("deployments"), QJsonArray::fromStringList(action.variants.keys())},
                        {QStringLiteral("parameters"), params}};
}
} // namespace

int ActionsCommand::run(const Catalog &catalog, const QStringList &args)
{
    CommandLine cl({}, {QStringLiteral("json")});
    QString error;
    if (!cl.parse(args, &error) || !cl.positionals().isEmpty()) {
        Terminal::message(error.isEmpty() ? tr("Usage: hoshu-cli actions [--json]") : error);
        return ExitCode::Usage;
    }
    const QList<Action> actions = catalog.actions();
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Action &a : actions)
            array.append(toJson(a));
        Terminal::printJson(QJsonDocument(array));
        return ExitCode::Ok;
    }
    for (const Action &a : actions) {
        QStringList params;
        for (const ActionParameter &p : a.parameters)
            params << QStringLiteral("%1=%2").arg(p.name, p.defaultValue.isEmpty() ? QStringLiteral("?") : p.defaultValue);
        Terminal::print(QStringLiteral("%1\t%2\t%3%4%5")
                            .arg(a.id, riskDisplayName(a.risk), a.title(),
                                 a.needsRoot ? tr(" (root)") : QString(),
                                 params.isEmpty() ? QString() : QStringLiteral("  [") + params.join(QLatin1Char(' ')) + QLatin1Char(']')));
    }
    return ExitCode::Ok;
}

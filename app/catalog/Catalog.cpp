#include "catalog/Catalog.h"

#include "catalog/ActionJson.h"
#include "catalog/CatalogValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <nlohmann/json.hpp>

#include <algorithm>

Catalog Catalog::loadEmbedded(QStringList *errors)
{
    return loadFromDirectory(QStringLiteral(":/actions"), errors);
}

namespace {

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

// A script file's problems that no action can report: a name that is not
// <id>.<deployment>.sh, or no <id>.json beside it.
QStringList strayScripts(const QDir &d)
{
    QStringList problems;
    const QStringList scripts = d.entryList({QStringLiteral("*.sh")}, QDir::Files, QDir::Name);
    for (const QString &name : scripts) {
        if (name == Catalog::preludeFileName())
            continue;
        const QString stem = name.chopped(3);
        const QString deployment = stem.section(QLatin1Char('.'), -1);
        const QString id = stem.section(QLatin1Char('.'), 0, -2);
        if (id.isEmpty() || !CatalogValidator::deployments().contains(deployment))
            problems << QStringLiteral("%1: an action script must be named <id>.systemd.sh or <id>.docker.sh").arg(name);
        else if (!d.exists(id + QStringLiteral(".json")))
            problems << QStringLiteral("%1: no action file %2.json").arg(name, id);
    }
    return problems;
}

} // namespace

QString Catalog::preludeFileName()
{
    return QStringLiteral("lib.sh");
}

Catalog Catalog::loadFromDirectory(const QString &dir, QStringList *errors)
{
    const QDir d(dir);
    if (!d.exists()) {
        if (errors)
            errors->append(QStringLiteral("%1: catalog directory does not exist").arg(dir));
        return Catalog();
    }
    QStringList paths;
    const QStringList names = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << d.filePath(name);
    Catalog catalog = loadFromFiles(paths, errors);
    if (errors)
        errors->append(strayScripts(d));
    return catalog;
}

Catalog Catalog::loadFromFiles(const QStringList &paths, QStringList *errors)
{
    QStringList problems;
    Catalog catalog;
    QHash<QString, QString> fileOfId;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString fileName = info.fileName();
        QString readError;
        const QByteArray bytes = readFile(path, &readError);
        if (!readError.isEmpty()) {
            problems << QStringLiteral("%1: cannot read: %2").arg(fileName, readError);
            continue;
        }
        nlohmann::json doc;
        try {
            doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
        } catch (const nlohmann::json::parse_error &e) {
            problems << QStringLiteral("%1: not valid JSON: %2").arg(fileName, QString::fromUtf8(e.what()));
            continue;
        }
        // The scripts beside it: <id>.<deployment>.sh.
        QMap<QString, QByteArray> scripts;
        const QString id = info.completeBaseName();
        for (const QString &deployment : CatalogValidator::deployments()) {
            const QString scriptName = CatalogValidator::scriptFileName(id, deployment);
            if (!info.dir().exists(scriptName))
                continue;
            const QByteArray script = readFile(info.dir().filePath(scriptName), &readError);
            if (!readError.isEmpty())
                problems << QStringLiteral("%1: cannot read: %2").arg(scriptName, readError);
            else
                scripts.insert(deployment, script);
        }
        const QStringList fileErrors = CatalogValidator::validate(doc, fileName, scripts);
        if (!fileErrors.isEmpty()) {
            problems << fileErrors;
            continue;
        }
        Action action = ActionJson::fromJson(doc, scripts);
        if (fileOfId.contains(action.id)) {
            problems << QStringLiteral("%1: /id: duplicate id \"%2\" (also in %3)")
                            .arg(fileName, action.id, fileOfId.value(action.id));
            continue;
        }
        fileOfId.insert(action.id, fileName);
        catalog.m_actions << action;
    }
    std::sort(catalog.m_actions.begin(), catalog.m_actions.end(),
              [](const Action &a, const Action &b) { return a.id < b.id; });
    problems << catalog.resolveEmbeds();
    if (errors)
        errors->append(problems);
    return catalog;
}

// "embeds": the other action's script of the same deployment, which must exist and embed
// nothing itself; the embedding action has every parameter of it (the installed script
// gets their values). An action whose embed does not resolve is left out.
QStringList Catalog::resolveEmbeds()
{
    QStringList problems;
    QList<Action> kept;
    for (Action a : std::as_const(m_actions)) {
        QString problem;
        for (auto it = a.variants.begin(); it != a.variants.end() && problem.isEmpty(); ++it) {
            if (it->embeds.isEmpty())
                continue;
            const Action *other = find(it->embeds);
            const ActionVariant *ov = other ? other->variant(it.key()) : nullptr;
            if (!ov || !ov->embeds.isEmpty()) {
                problem = QStringLiteral("%1.json: /variants/%2/embeds: no action \"%3\" with a %2 variant that embeds nothing")
                              .arg(a.id, it.key(), it->embeds);
                break;
            }
            for (const ActionParameter &p : other->parameters) {
                if (!a.parameter(p.name))
                    problem = QStringLiteral("%1.json: /variants/%2/embeds: %3 has the parameter \"%4\", %1 has not")
                                  .arg(a.id, it.key(), other->id, p.name);
            }
            it->embeddedScript = ov->script;
        }
        if (problem.isEmpty())
            kept << a;
        else
            problems << problem;
    }
    m_actions = kept;
    return problems;
}

const Action *Catalog::find(const QString &id) const
{
    for (const Action &a : m_actions) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

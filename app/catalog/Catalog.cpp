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
    return loadFromFiles(paths, errors);
}

Catalog Catalog::loadFromFiles(const QStringList &paths, QStringList *errors)
{
    QStringList problems;
    Catalog catalog;
    QHash<QString, QString> fileOfId;
    for (const QString &path : paths) {
        const QString fileName = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << QStringLiteral("%1: cannot read: %2").arg(fileName, file.errorString());
            continue;
        }
        const QByteArray bytes = file.readAll();
        nlohmann::json doc;
        try {
            doc = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
        } catch (const nlohmann::json::parse_error &e) {
            problems << QStringLiteral("%1: not valid JSON: %2").arg(fileName, QString::fromUtf8(e.what()));
            continue;
        }
        const QStringList fileErrors = CatalogValidator::validate(doc, fileName);
        if (!fileErrors.isEmpty()) {
            problems << fileErrors;
            continue;
        }
        Action action = ActionJson::fromJson(doc);
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
    if (errors)
        errors->append(problems);
    return catalog;
}

const Action *Catalog::find(const QString &id) const
{
    for (const Action &a : m_actions) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

#pragma once

#include "catalog/Action.h"

#include <QList>
#include <QString>
#include <QStringList>

// The vetted actions. Loaded from <id>.json files and their <id>.<deployment>.sh
// scripts that CatalogValidator accepted; an action with any error is left out and
// its errors reported.
class Catalog
{
public:
    static Catalog loadEmbedded(QStringList *errors);                          // from ":/actions"
    // *.json in dir with their scripts; a script without its action is an error too.
    static Catalog loadFromDirectory(const QString &dir, QStringList *errors);
    // These .json files, each with the scripts beside it.
    static Catalog loadFromFiles(const QStringList &paths, QStringList *errors);
    // The prelude in the catalog directory, not an action script: "lib.sh".
    static QString preludeFileName();

    QList<Action> actions() const { return m_actions; } // sorted by id
    const Action *find(const QString &id) const;
    int size() const { return int(m_actions.size()); }

private:
    QStringList resolveEmbeds();

    QList<Action> m_actions;
};

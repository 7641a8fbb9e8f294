#pragma once

#include "catalog/Action.h"

#include <QList>
#include <QString>
#include <QStringList>

// The vetted actions. Loaded from JSON files that CatalogValidator accepted;
// a file with any error is left out and its errors reported.
class Catalog
{
public:
    static Catalog loadEmbedded(QStringList *errors);                          // from ":/actions"
    static Catalog loadFromDirectory(const QString &dir, QStringList *errors); // *.json in dir
    static Catalog loadFromFiles(const QStringList &paths, QStringList *errors);

    QList<Action> actions() const { return m_actions; } // sorted by id
    const Action *find(const QString &id) const;
    int size() const { return int(m_actions.size()); }

private:
    QList<Action> m_actions;
};

#pragma once

#include <QList>
#include <QSet>
#include <QString>

// Best-effort reading of a POSIX sh script for the catalog validator: which
// lowercase variables it reads, and which it assigns itself. Single-quoted text
// and comments are skipped, so awk programs like '{print $i}' are not "reads".
class ScriptVariables
{
public:
    struct Reference
    {
        QString name;
        int line = 0; // 0-based line of the script
    };

    // "$name" and "${name...}" reads of lowercase names ([a-z_][a-z0-9_]*, not "_").
    static QList<Reference> lowercaseReferences(const QString &script);
    // Names given a value inside the script: "name=", "for name in", "read [-r] a b",
    // "local name".
    static QSet<QString> assignedNames(const QString &script);
};

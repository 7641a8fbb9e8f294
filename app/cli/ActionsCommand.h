#pragma once

#include <QCoreApplication>
#include <QStringList>

class Catalog;

// `hoshu-cli actions [--json]`: the catalog, as a table or as JSON for scripts.
class ActionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActionsCommand)

public:
    static int run(const Catalog &catalog, const QStringList &args);
};

#pragma once

#include <QCoreApplication>
#include <QStringList>

class Catalog;
class ProfileStore;

// `hoshu-cli audit [NAME] [--json] [--limit N]`: what ran, newest first, with
// who ran it, the exact command, how it ended and its output (as the log pane
// showed it, secrets redacted). Text goes through the terminal escaping; --json
// prints an array of the entries with their output for scripts.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static constexpr int kDefaultLimit = 20;
    static int run(const ProfileStore &store, const Catalog &catalog, const QStringList &args);
};

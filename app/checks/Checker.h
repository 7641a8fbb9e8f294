#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"
#include "probes/Snapshot.h"

#include <QCoreApplication>
#include <QJsonObject>

// Every rule family over one snapshot: the server's checklist. Pure.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Checker)

public:
    struct Inputs
    {
        Thresholds thresholds;
        QJsonObject profileExtra;   // renewal.due entries
        QStringList knownReleases;  // mastodon.update_available; empty: not checked
    };
    static QList<Finding> evaluate(const Snapshot &snap, const Inputs &inputs);
    static QList<Finding> evaluate(const Snapshot &snap) { return evaluate(snap, Inputs()); }

private:
    // Why mastodon.update_available cannot be judged, in the user's language.
    static QString updateCheckUnknownReason(const Snapshot &snap);
};

#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"
#include "probes/Snapshot.h"

#include <QJsonObject>

// Every rule family over one snapshot: the server's checklist. Pure.
class Checker
{
public:
    struct Inputs
    {
        Thresholds thresholds;
        QJsonObject profileExtra;   // renewal.due entries
        QStringList knownReleases;  // mastodon.update_available; empty: not checked
    };
    static QList<Finding> evaluate(const Snapshot &snap, const Inputs &inputs);
    static QList<Finding> evaluate(const Snapshot &snap) { return evaluate(snap, Inputs()); }
};

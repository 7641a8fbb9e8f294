#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"
#include "probes/Snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
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
        // backup.no_offsite_copy: the newest copy of this server's bundles on this computer
        // (invalid: none) in the copies folder; not judged when the folder was not looked at.
        bool offsiteCopiesLooked = false;
        QDateTime newestOffsiteCopy;
        QString offsiteFolder; // this server's folder in it
        QString serverName;    // the finding's subject: what `hoshu-cli backup NAME` takes
    };
    static QList<Finding> evaluate(const Snapshot &snap, const Inputs &inputs);
    static QList<Finding> evaluate(const Snapshot &snap) { return evaluate(snap, Inputs()); }

private:
    // Why mastodon.update_available cannot be judged, in the user's language.
    static QString updateCheckUnknownReason(const Snapshot &snap);
};

#pragma once

#include <QList>
#include <QMap>
#include <QString>

// One catalog action with its parameters worked out from the finding
// (the unit that is down, the dump that lies around).
struct RemedyStep
{
    QString actionId;
    QMap<QString, QString> params;
};

// What Hoshu offers against a finding, from the finding catalog. Every finding
// id has exactly one kind (test_finding_catalog walks the catalog):
//   Fix       one changing action; a re-check shows whether the finding cleared;
//   Procedure several actions in order, shown as steps (a "Show …" step may
//             come first: read the log, then restart);
//   Manual    no command can do it (the rent is paid at the provider): the exact
//             steps, and where it makes sense a button that records it done.
struct FindingRemedy
{
    enum class Kind { None, Fix, Procedure, Manual };

    Kind kind = Kind::None;
    QList<RemedyStep> steps;        // Fix: one; Procedure: two or more, in order
    QList<RemedyStep> diagnostics;  // read-only actions offered beside it ("Show …")
    QList<RemedyStep> preventions;  // changing actions that keep it from coming back ("Prevent: …"):
                                    // offered, named by `fix`, never run without being asked for
    QString manualSteps;            // Manual: what to do by hand (translated)
    QString link;                   // where the details are (release notes); may be empty
    bool recordsDone = false;       // Manual: "Mark as done" is offered
    bool copiesHere = false;        // Manual: "Copy the newest backup here" is offered (a download
                                    // to this computer, which no command on the server can do)

    static QString kindId(Kind kind); // "fix", "procedure", "manual", "none"
};

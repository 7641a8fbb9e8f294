#pragma once

#include "checks/FindingRemedy.h"
#include "checks/Severity.h"

#include <QList>
#include <QString>
#include <QVariantMap>

// One item of the checklist for one server. `id` is a stable contract (GUI,
// hoshu-cli JSON, tests, monitoring); the message is built from id + evidence
// when shown, so it follows the UI language.
struct Finding
{
    QString id;          // e.g. "disk.usage_high"
    Severity severity = Severity::Unknown;
    QString subject;     // what it is about: a mount point, unit, domain, queue... (may be empty)
    QVariantMap evidence; // the numbers behind it; "reason" when unknown
    // What Hoshu offers against it, from FindingCatalog (set by the Checker for
    // every finding that is not ok, never by a rule).
    FindingRemedy remedy;
    QString fixActionId; // the remedy's action when it is a one-action fix, or empty

    QString message() const; // translated
    QString title() const;   // translated: the problem ("Disk nearly full") when warning or critical, else the check ("Disk space")

    static Finding make(const QString &id, Severity severity, const QString &subject = {},
                        const QVariantMap &evidence = {});
    // Sets remedy (and fixActionId) from the catalog when the finding is a problem.
    // mastodonMajor: the server's Mastodon major version, -1 when unknown (some
    // remedies depend on what the version has).
    void attachRemedy(const QString &deployment, int mastodonMajor = -1);
    // "unknown" with the reason the data could not be read.
    static Finding unknown(const QString &id, const QString &reason, const QString &subject = {});
    static Severity worst(const QList<Finding> &findings); // Ok for an empty list
};

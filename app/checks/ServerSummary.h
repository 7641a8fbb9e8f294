#pragma once

#include "checks/Finding.h"
#include "probes/Snapshot.h"

#include <QDateTime>
#include <QString>

// One Overview row's numbers, drawn from a snapshot and its findings. -1: unknown.
struct ServerSummary
{
    QString version;            // "4.3.2", empty when unknown
    Severity worst = Severity::Unknown;
    QString worstTitle;         // the worst finding's title (translated at summarize time)
    QString worstMessage;       // ... and its message (tooltip)
    QString worstId;
    int problemCount = 0;       // findings that are not ok
    int diskPercent = -1;       // the fullest filesystem
    QString diskMount;
    qint64 certDaysLeft = -1;   // the soonest expiry, served or on disk
    bool certKnown = false;
    QString certDomain;
    int servicesActive = -1;
    int servicesTotal = -1;
    qint64 queueTotal = -1;
    qint64 deadJobs = -1;

    static ServerSummary summarize(const Snapshot &snapshot, const QList<Finding> &findings);
    // The finding to show first: worst severity, the first such in checker order.
    static const Finding *worstFinding(const QList<Finding> &findings);
};

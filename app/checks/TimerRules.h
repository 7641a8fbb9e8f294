#pragma once

#include "checks/Finding.h"
#include "probes/Snapshot.h"

// timer.failed: a systemd timer whose last run failed (certbot's renewal, backups...).
class TimerRules
{
public:
    static QList<Finding> evaluate(const Snapshot &snap);
};

#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"
#include "probes/Snapshot.h"

// system.memory_pressure, system.updates_pending, system.reboot_required, system.ca_certificates_old.
class SystemRules
{
public:
    static QList<Finding> evaluate(const Snapshot &snap, const Thresholds &th);

private:
    static QList<Finding> memory(const Snapshot &snap, const Thresholds &th);
    static QList<Finding> packages(const Snapshot &snap, const Thresholds &th);
};

#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"
#include "probes/Snapshot.h"

// service.inactive and service.restarting: the Mastodon units (and nginx,
// PostgreSQL, Redis) under systemd, or the compose services under docker.
class ServiceRules
{
public:
    static QList<Finding> evaluate(const Snapshot &snap, const Thresholds &th);

private:
    static QList<Finding> systemd(const Snapshot &snap, const Thresholds &th);
    static QList<Finding> compose(const Snapshot &snap);
};

#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"
#include "probes/Snapshot.h"

// service.inactive and service.restarting: the Mastodon units (and nginx,
// PostgreSQL, Redis) under systemd, or the compose services under docker with
// the host's own nginx, PostgreSQL and Redis units beside them.
class ServiceRules
{
public:
    static QList<Finding> evaluate(const Snapshot &snap, const Thresholds &th);

private:
    enum Scope { MastodonUnits, HostUnitsOnly };
    static QList<Finding> systemd(const Snapshot &snap, const Thresholds &th, Scope scope);
    static QList<Finding> compose(const Snapshot &snap);
};

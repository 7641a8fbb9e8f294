#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"
#include "probes/Snapshot.h"

// sidekiq.scheduler_missing, sidekiq.scheduler_duplicated, sidekiq.queue_backlog, sidekiq.dead_jobs.
class SidekiqRules
{
public:
    static QList<Finding> evaluate(const Snapshot &snap, const Thresholds &th);
    // The queues a `sidekiq` command line restricts itself to (-q/--queue), empty when
    // it takes them all from config/sidekiq.yml.
    static QStringList queuesOf(const QStringList &argv);

private:
    static QList<Finding> scheduler(const Snapshot &snap);
    static QList<Finding> queues(const Snapshot &snap, const Thresholds &th);
};

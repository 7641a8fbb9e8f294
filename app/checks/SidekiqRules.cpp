#include "checks/SidekiqRules.h"

#include "checks/RuleHelpers.h"
#include "probes/SafeMath.h"

QStringList SidekiqRules::queuesOf(const QStringList &argv)
{
    QStringList queues;
    for (int i = 0; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        QString value;
        if ((a == QLatin1String("-q") || a == QLatin1String("--queue")) && i + 1 < argv.size())
            value = argv.at(++i);
        else if (a.startsWith(QLatin1String("--queue=")))
            value = a.mid(8);
        else if (a.startsWith(QLatin1String("-q")) && a.size() > 2)
            value = a.mid(2);
        if (!value.isEmpty())
            queues << value.section(QLatin1Char(','), 0, 0);
    }
    return queues;
}

QList<Finding> SidekiqRules::evaluate(const Snapshot &snap, const Thresholds &th)
{
    if (!snap.sidekiq.status.ok) {
        if (!snap.sidekiq.status.collected)
            return {};
        return RuleHelpers::unknownAll({QStringLiteral("sidekiq.scheduler_missing"), QStringLiteral("sidekiq.queue_backlog"),
                                        QStringLiteral("sidekiq.dead_jobs")},
                                       snap.sidekiq.status);
    }
    QList<Finding> out = scheduler(snap);
    out << queues(snap, th);
    return out;
}

QList<Finding> SidekiqRules::scheduler(const Snapshot &snap)
{
    QList<Finding> out;
    QStringList listeners;
    for (const SidekiqProcess &p : snap.sidekiq.processes) {
        if (p.queues.contains(QStringLiteral("scheduler")))
            listeners << p.identity;
    }
    // What the units are configured to do: -q flags without scheduler (configs from
    // before 3.3) silently stop every periodic job.
    QStringList unitsWithout;
    bool anySidekiqUnit = false, anyServesScheduler = false;
    if (snap.units.status.ok) {
        for (const SystemdUnit &u : snap.units.units) {
            if (!u.id.startsWith(QLatin1String("mastodon-")) || !u.execArgv.contains(QStringLiteral("sidekiq")))
                continue;
            anySidekiqUnit = true;
            const QStringList q = queuesOf(u.execArgv);
            if (q.isEmpty() || q.contains(QStringLiteral("scheduler")))
                anyServesScheduler = true;
            else
                unitsWithout << u.id;
        }
    }
    const int processes = int(snap.sidekiq.processes.size());
    const QVariantMap ev{{QStringLiteral("processes"), processes},
                         {QStringLiteral("listeners"), int(listeners.size())},
                         {QStringLiteral("unitsWithoutScheduler"), unitsWithout.join(QStringLiteral(", "))}};
    const bool configuredMissing = anySidekiqUnit && !anyServesScheduler;
    if (listeners.isEmpty() && (processes > 0 || configuredMissing)) {
        // Future catalog action: sidekiq.add_scheduler_queue.
        out << Finding::make(QStringLiteral("sidekiq.scheduler_missing"), Severity::Critical,
                             unitsWithout.isEmpty() ? QStringLiteral("scheduler") : unitsWithout.constFirst(), ev);
    } else {
        out << Finding::make(QStringLiteral("sidekiq.scheduler_missing"), Severity::Ok, QStringLiteral("scheduler"), ev);
    }
    out << Finding::make(QStringLiteral("sidekiq.scheduler_duplicated"),
                         listeners.size() > 1 ? Severity::Warning : Severity::Ok, QStringLiteral("scheduler"), ev);
    return out;
}

QList<Finding> SidekiqRules::queues(const Snapshot &snap, const Thresholds &th)
{
    QList<Finding> out;
    for (const SidekiqQueue &q : snap.sidekiq.queues) {
        Severity bySize = RuleHelpers::above(q.size, th.queueWarnJobs, th.queueCritJobs);
        Severity byAge = Severity::Ok;
        if (q.size >= th.queueMinJobsForLatency && q.latencySec >= 0)
            byAge = RuleHelpers::above(q.latencySec, th.queueWarnLatencySec, th.queueCritLatencySec);
        const Severity s = SeverityInfo::worst(bySize, byAge);
        if (s == Severity::Ok)
            continue;
        out << Finding::make(QStringLiteral("sidekiq.queue_backlog"), s, q.name,
                             {{QStringLiteral("queue"), q.name},
                              {QStringLiteral("size"), q.size},
                              {QStringLiteral("latencySec"), q.latencySec}});
    }
    if (out.isEmpty()) {
        qint64 total = 0;
        for (const SidekiqQueue &q : snap.sidekiq.queues)
            total = SafeMath::add(total, q.size);
        out << Finding::make(QStringLiteral("sidekiq.queue_backlog"), Severity::Ok, {},
                             {{QStringLiteral("size"), total}, {QStringLiteral("queues"), int(snap.sidekiq.queues.size())}});
    }
    out << Finding::make(QStringLiteral("sidekiq.dead_jobs"),
                         snap.sidekiq.dead >= th.deadWarnJobs ? Severity::Warning : Severity::Ok, QStringLiteral("dead"),
                         {{QStringLiteral("dead"), snap.sidekiq.dead},
                          {QStringLiteral("retry"), snap.sidekiq.retry},
                          {QStringLiteral("limit"), th.deadWarnJobs}});
    return out;
}

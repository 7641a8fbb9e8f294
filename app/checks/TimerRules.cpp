#include "checks/TimerRules.h"

#include "checks/RuleHelpers.h"

QList<Finding> TimerRules::evaluate(const Snapshot &snap)
{
    if (!snap.timers.status.ok) {
        if (!snap.timers.status.collected)
            return {};
        return RuleHelpers::unknownAll({QStringLiteral("timer.failed")}, snap.timers.status);
    }
    QList<Finding> out;
    bool anyFailed = false;
    for (const SystemdUnit &t : snap.timers.units) {
        if (!t.isTimer() || !t.exists() || t.unitFileState == QLatin1String("masked"))
            continue;
        const QString serviceId = t.triggers.isEmpty() ? QString(t.id).replace(QStringLiteral(".timer"), QStringLiteral(".service"))
                                                       : t.triggers;
        const SystemdUnit *svc = snap.timers.find(serviceId);
        if (!svc)
            continue;
        const bool failed = svc->activeState == QLatin1String("failed")
            || (!svc->result.isEmpty() && svc->result != QLatin1String("success"));
        if (!failed) {
            // Its own verdict, so the Timers tab shows this timer as checked.
            out << Finding::make(QStringLiteral("timer.failed"), Severity::Ok, t.id, {{QStringLiteral("timer"), t.id}});
            continue;
        }
        anyFailed = true;
        out << Finding::make(QStringLiteral("timer.failed"), Severity::Warning, t.id,
                             {{QStringLiteral("timer"), t.id},
                              {QStringLiteral("service"), serviceId},
                              {QStringLiteral("result"), svc->result},
                              {QStringLiteral("exitStatus"), svc->execMainStatus},
                              {QStringLiteral("lastRun"), RuleHelpers::isoTime(t.lastTrigger)}});
    }
    if (!anyFailed)
        out << Finding::make(QStringLiteral("timer.failed"), Severity::Ok);
    return out;
}

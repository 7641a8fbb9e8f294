#include "checks/Checker.h"

#include "checks/BackupRules.h"
#include "checks/CertRules.h"
#include "checks/DiskRules.h"
#include "checks/MastodonUpdateRule.h"
#include "checks/RenewalRule.h"
#include "checks/ServiceRules.h"
#include "checks/SidekiqRules.h"
#include "checks/SystemRules.h"
#include "checks/TimerRules.h"

QList<Finding> Checker::evaluate(const Snapshot &snap, const Inputs &inputs)
{
    const Thresholds &th = inputs.thresholds;
    QList<Finding> out;
    out << ServiceRules::evaluate(snap, th);
    out << DiskRules::evaluate(snap, th);
    out << CertRules::evaluate(snap, th);
    out << SidekiqRules::evaluate(snap, th);
    out << TimerRules::evaluate(snap);
    out << SystemRules::evaluate(snap, th);
    out << BackupRules::evaluate(snap, th);
    if (!inputs.knownReleases.isEmpty() && snap.version.status.collected)
        out << MastodonUpdateRule::evaluate(snap.version, inputs.knownReleases);
    out << RenewalRule::evaluate(inputs.profileExtra, snap.serverNow().date(), th);
    return out;
}

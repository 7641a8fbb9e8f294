#include "checks/Checker.h"

#include "checks/BackupRules.h"
#include "checks/CertRules.h"
#include "checks/DiskRules.h"
#include "checks/HttpRules.h"
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
    out << HttpRules::evaluate(snap);
    // Releases come from the server's own update check (Mastodon 4.2+) and,
    // if the user allowed it, from the desktop.
    QStringList releases = inputs.knownReleases;
    bool urgent = false;
    for (const SoftwareUpdates::Update &u : snap.softwareUpdates.updates) {
        releases << u.version;
        urgent = urgent || u.urgent;
    }
    if ((!releases.isEmpty() || snap.softwareUpdates.isKnown()) && snap.version.status.collected) {
        Finding f = MastodonUpdateRule::evaluate(snap.version, releases);
        if (urgent && f.severity == Severity::Warning) {
            // Mastodon marks security releases urgent: do not leave them for later.
            f.severity = Severity::Critical;
            f.evidence.insert(QStringLiteral("urgent"), true);
        }
        out << f;
    } else if (snap.softwareUpdates.state == QLatin1String("error")) {
        // The server's own update check exists but could not be read: say so.
        out << Finding::unknown(QStringLiteral("mastodon.update_available"), snap.softwareUpdates.status.reason);
    }
    out << RenewalRule::evaluate(inputs.profileExtra, snap.serverNow().date(), th);
    for (Finding &f : out)
        f.attachRemedy(snap.deployment);
    return out;
}

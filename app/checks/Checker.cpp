#include "checks/Checker.h"

#include "checks/BackupRules.h"
#include "checks/CertRules.h"
#include "checks/DiskRules.h"
#include "checks/HttpRules.h"
#include "checks/MailRules.h"
#include "checks/MastodonUpdateRule.h"
#include "checks/RenewalRule.h"
#include "checks/ServiceRules.h"
#include "checks/SidekiqRules.h"
#include "checks/SystemRules.h"
#include "checks/TimerRules.h"

QString Checker::updateCheckUnknownReason(const Snapshot &snap)
{
    const SoftwareUpdates &u = snap.softwareUpdates;
    if (!snap.version.status.ok)
        return tr("the installed Mastodon version could not be read (%1)").arg(snap.version.status.reason);
    if (!u.status.collected) {
        return snap.deployment == QLatin1String("docker")
            ? tr("on docker compose deployments Hoshu does not read Mastodon's own update check yet; compare "
                 "your version with the releases page")
            : tr("Mastodon's own update check was not read on this server");
    }
    if (u.state == QLatin1String("no-table"))
        return tr("Mastodon before 4.2 does not check for new releases itself; compare your version with the "
                  "releases page");
    if (u.state == QLatin1String("remote-db"))
        return tr("the database is on another host, so Mastodon's own update check cannot be read from this server");
    if (u.state == QLatin1String("no-psql"))
        return tr("psql is not installed on this server, so Mastodon's own update check cannot be read");
    if (u.state == QLatin1String("disabled"))
        return tr("Mastodon's own update check is turned off (UPDATE_CHECK_URL is empty in .env.production)");
    return u.status.reason.isEmpty() ? tr("Mastodon's own update check could not be read") : u.status.reason;
}

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
    if (inputs.offsiteCopiesLooked)
        out << BackupRules::offsite(snap, {inputs.serverName, inputs.offsiteFolder, inputs.newestOffsiteCopy}, th);
    out << HttpRules::evaluate(snap);
    out << MailRules::evaluate(snap);
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
    } else if (snap.version.status.collected) {
        // Never silently absent: say why nobody can tell (issue 8).
        out << Finding::unknown(QStringLiteral("mastodon.update_available"), updateCheckUnknownReason(snap));
    }
    out << RenewalRule::evaluate(inputs.profileExtra, snap.serverNow().date(), th);
    for (Finding &f : out)
        f.attachRemedy(snap.deployment, snap.version.knownMajor());
    return out;
}

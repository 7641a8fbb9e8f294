#include "probes/LayoutDetection.h"

#include <QCoreApplication>

namespace {
// A candidate directory that holds what the deployment kind needs there.
bool fits(const MastodonDirCandidate &c, const QString &deployment)
{
    if (deployment == ServerProfile::deploymentDocker())
        return c.hasCompose;
    return c.hasEnv && c.hasCode;
}
} // namespace

bool LayoutDetection::hasNativeUnits(const SystemdUnits &units)
{
    if (!units.status.ok)
        return false;
    for (const SystemdUnit &u : units.units) {
        if (u.id.startsWith(QLatin1String("mastodon-")) && u.id.endsWith(QLatin1String(".service")) && u.exists())
            return true;
    }
    return false;
}

QString LayoutDetection::dirFor(const Detection &detection, const QString &deployment, const QString &current)
{
    QStringList matches;
    for (const MastodonDirCandidate &c : detection.dirs) {
        if (fits(c, deployment) && !matches.contains(c.dir))
            matches << c.dir;
    }
    // The profile's directory still fits: keep it, even when others fit too.
    if (matches.contains(current))
        return current;
    return matches.size() == 1 ? matches.constFirst() : QString();
}

LayoutDetection::Detected LayoutDetection::detected(const Snapshot &snapshot)
{
    Detected d;
    const Detection &det = snapshot.detection;
    if (snapshot.env.status.ok)
        d.domain = snapshot.env.domain();
    if (!det.status.ok)
        return d;
    d.known = true;
    d.backupDirs = det.backupDirs;
    d.deployment = det.suggestedDeployment();
    // A native checkout of Mastodon's git repository holds a docker-compose.yml
    // too; mastodon-*.service units on the host settle it as systemd.
    if (det.systemd && hasNativeUnits(snapshot.units))
        d.deployment = ServerProfile::deploymentSystemd();
    if (!d.deployment.isEmpty())
        d.mastodonDir = dirFor(det, d.deployment, QString());
    return d;
}

std::optional<ServerProfile> LayoutDetection::apply(const ServerProfile &profile, const Snapshot &snapshot)
{
    if (!profile.detectLayout)
        return std::nullopt;
    const Detected d = detected(snapshot);
    if (!d.known)
        return std::nullopt;
    const QString deployment = d.deployment.isEmpty() ? profile.deployment : d.deployment;
    const QString dir = dirFor(snapshot.detection, deployment, profile.mastodonDir);
    // Never a new deployment kind without the directory it runs from.
    if (dir.isEmpty())
        return std::nullopt;
    if (deployment == profile.deployment && dir == profile.mastodonDir)
        return std::nullopt;
    ServerProfile updated = profile;
    updated.deployment = deployment;
    updated.mastodonDir = dir;
    if (!updated.validate().isEmpty())
        return std::nullopt; // a directory the profile cannot hold (spaces...): leave it to the user
    return updated;
}

QString LayoutDetection::detectedMessage(const ServerProfile &profile)
{
    if (profile.deployment == ServerProfile::deploymentDocker())
        return QCoreApplication::translate("LayoutDetection", "Detected: docker compose in %1").arg(profile.mastodonDir);
    return QCoreApplication::translate("LayoutDetection", "Detected: systemd in %1").arg(profile.mastodonDir);
}

QStringList LayoutDetection::backupOverrides(const ServerProfile &profile)
{
    return profile.backupDirs();
}

QString LayoutDetection::summaryLine(const ServerProfile &profile, const Snapshot &snapshot)
{
    const Detected d = detected(snapshot);
    QStringList parts;
    parts << profile.deployment << profile.mastodonDir;
    const QString domain = profile.domain();
    if (!domain.isEmpty())
        parts << domain;
    else if (!d.domain.isEmpty())
        parts << d.domain;
    QStringList backups = profile.backupDirs();
    if (backups.isEmpty())
        backups = d.backupDirs;
    if (!backups.isEmpty())
        parts << QCoreApplication::translate("LayoutDetection", "backups: %1").arg(backups.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

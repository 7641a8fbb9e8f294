#include "checks/ServiceRules.h"

#include "checks/RuleHelpers.h"

namespace {
bool isMastodon(const QString &id)
{
    return id.startsWith(QLatin1String("mastodon-"));
}

// The units Mastodon cannot work without, even when someone disabled them.
bool isCore(const QString &id)
{
    return id == QLatin1String("mastodon-web.service") || id == QLatin1String("mastodon-sidekiq.service")
        || id.startsWith(QLatin1String("mastodon-streaming@")) || id == QLatin1String("nginx.service")
        || id == QLatin1String("redis-server.service") || id == QLatin1String("redis.service");
}
} // namespace

QList<Finding> ServiceRules::evaluate(const Snapshot &snap, const Thresholds &th)
{
    if (snap.deployment == QLatin1String("docker")) {
        // The containers, and what runs on the host beside them (nginx in front,
        // sometimes PostgreSQL or Redis): a stopped host nginx is an outage too.
        QList<Finding> out = compose(snap);
        out << systemd(snap, th, HostUnitsOnly);
        return out;
    }
    return systemd(snap, th, MastodonUnits);
}

QList<Finding> ServiceRules::systemd(const Snapshot &snap, const Thresholds &th, Scope scope)
{
    if (!snap.units.status.ok) {
        if (!snap.units.status.collected)
            return {};
        return RuleHelpers::unknownAll({QStringLiteral("service.inactive")}, snap.units.status);
    }
    QList<Finding> out;
    bool anyMastodon = false;
    const QDateTime now = snap.serverNow();
    for (const SystemdUnit &u : snap.units.units) {
        if (!u.exists() || u.isTimer() || u.id.contains(QLatin1String("@.")))
            continue;
        if (scope == HostUnitsOnly && isMastodon(u.id))
            continue; // a leftover from before the move to docker, not how this server runs
        anyMastodon = anyMastodon || isMastodon(u.id);
        QVariantMap ev{{QStringLiteral("unit"), u.id},
                       {QStringLiteral("activeState"), u.activeState},
                       {QStringLiteral("subState"), u.subState},
                       {QStringLiteral("unitFileState"), u.unitFileState},
                       {QStringLiteral("since"), RuleHelpers::isoTime(u.activeEnter)},
                       {QStringLiteral("restarts"), u.nRestarts}};
        if (u.memoryBytes >= 0)
            ev.insert(QStringLiteral("memoryBytes"), u.memoryBytes);
        const bool autoRestart = u.subState == QLatin1String("auto-restart");
        if (autoRestart || (u.activeState == QLatin1String("activating") && u.nRestarts > 0)) {
            out << Finding::make(QStringLiteral("service.restarting"), Severity::Critical, u.id, ev);
            continue;
        }
        Severity s = Severity::Ok;
        if (u.activeState == QLatin1String("failed")) {
            s = Severity::Critical;
        } else if (u.activeState == QLatin1String("inactive") || u.activeState == QLatin1String("deactivating")) {
            const bool wanted = u.unitFileState.startsWith(QLatin1String("enabled")) || isCore(u.id);
            // A disabled leftover (an old mastodon-sidekiq-2) is not an outage.
            s = wanted ? Severity::Critical : Severity::Ok;
        }
        out << Finding::make(QStringLiteral("service.inactive"), s, u.id, ev);
        if (s == Severity::Ok && u.activeState == QLatin1String("active")) {
            const bool flapping = u.nRestarts >= th.serviceRestartsWarn;
            if (flapping)
                out << Finding::make(QStringLiteral("service.restarting"), Severity::Warning, u.id, ev);
        }
    }
    Q_UNUSED(now)
    if (!anyMastodon && scope == MastodonUnits)
        out << Finding::make(QStringLiteral("service.inactive"), Severity::Critical, QStringLiteral("mastodon-*"),
                             {{QStringLiteral("unit"), QStringLiteral("mastodon-*")},
                              {QStringLiteral("activeState"), QStringLiteral("not-found")}});
    return out;
}

QList<Finding> ServiceRules::compose(const Snapshot &snap)
{
    if (!snap.compose.status.ok) {
        if (!snap.compose.status.collected)
            return {};
        return RuleHelpers::unknownAll({QStringLiteral("service.inactive")}, snap.compose.status);
    }
    QList<Finding> out;
    for (const ComposeService &c : snap.compose.services) {
        const QVariantMap ev{{QStringLiteral("unit"), c.service},
                             {QStringLiteral("activeState"), c.state},
                             {QStringLiteral("subState"), c.health},
                             {QStringLiteral("status"), c.status},
                             {QStringLiteral("exitCode"), c.exitCode}};
        if (c.state == QLatin1String("restarting")) {
            out << Finding::make(QStringLiteral("service.restarting"), Severity::Critical, c.service, ev);
            continue;
        }
        const bool down = c.state != QLatin1String("running") || c.health == QLatin1String("unhealthy");
        out << Finding::make(QStringLiteral("service.inactive"), down ? Severity::Critical : Severity::Ok, c.service, ev);
    }
    return out;
}

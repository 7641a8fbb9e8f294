#include "checks/ServerSummary.h"

#include "checks/DaysLeft.h"

const Finding *ServerSummary::worstFinding(const QList<Finding> &findings)
{
    const Finding *worst = nullptr;
    for (const Finding &f : findings) {
        if (!worst || SeverityInfo::rank(f.severity) > SeverityInfo::rank(worst->severity))
            worst = &f;
    }
    return worst;
}

ServerSummary ServerSummary::summarize(const Snapshot &snap, const QList<Finding> &findings)
{
    ServerSummary s;
    if (snap.version.status.ok)
        s.version = snap.version.toString();

    s.worst = findings.isEmpty() ? Severity::Unknown : Finding::worst(findings);
    if (const Finding *w = worstFinding(findings)) {
        s.worstId = w->id;
        s.worstTitle = w->title();
        s.worstMessage = w->message();
    }
    for (const Finding &f : findings) {
        if (f.severity != Severity::Ok)
            ++s.problemCount;
    }

    if (snap.disks.status.ok) {
        for (const Filesystem &fs : snap.disks.filesystems) {
            if (fs.sizeBytes <= 0)
                continue;
            const int pct = fs.usedPercent();
            if (pct > s.diskPercent) {
                s.diskPercent = pct;
                s.diskMount = fs.mount;
            }
        }
    }

    const QDateTime now = snap.serverNow();
    auto consider = [&](const CertificateList &list) {
        if (!list.status.ok)
            return;
        for (const CertInfo &c : list.certs) {
            if (!c.readable())
                continue;
            const qint64 days = DaysLeft::until(now, c.notAfter);
            if (!s.certKnown || days < s.certDaysLeft) {
                s.certKnown = true;
                s.certDaysLeft = days;
                s.certDomain = c.name;
            }
        }
    };
    consider(snap.certs);
    consider(snap.servedCerts);

    if (snap.deployment == QLatin1String("docker")) {
        if (snap.compose.status.ok) {
            s.servicesActive = 0;
            s.servicesTotal = int(snap.compose.services.size());
            for (const ComposeService &c : snap.compose.services) {
                if (c.state == QLatin1String("running"))
                    ++s.servicesActive;
            }
        }
    } else if (snap.units.status.ok) {
        s.servicesActive = 0;
        s.servicesTotal = 0;
        for (const SystemdUnit &u : snap.units.units) {
            if (!u.exists() || u.isTimer())
                continue;
            ++s.servicesTotal;
            if (u.activeState == QLatin1String("active"))
                ++s.servicesActive;
        }
    }

    if (snap.sidekiq.status.ok) {
        s.queueTotal = 0;
        for (const SidekiqQueue &q : snap.sidekiq.queues)
            s.queueTotal += q.size;
        s.deadJobs = snap.sidekiq.dead;
    }
    return s;
}

#include "checks/SystemRules.h"

#include "checks/RuleHelpers.h"
#include "probes/SafeMath.h"

QList<Finding> SystemRules::evaluate(const Snapshot &snap, const Thresholds &th)
{
    QList<Finding> out = memory(snap, th);
    out << packages(snap, th);
    return out;
}

QList<Finding> SystemRules::memory(const Snapshot &snap, const Thresholds &th)
{
    const MemInfo &m = snap.memory;
    if (!m.status.ok) {
        if (!m.status.collected)
            return {};
        return RuleHelpers::unknownAll({QStringLiteral("system.memory_pressure")}, m.status);
    }
    const int availPct = SafeMath::percent(m.availableBytes, m.totalBytes);
    int swapPct = -1;
    if (m.swapTotalBytes > 0)
        swapPct = SafeMath::percent(m.swapTotalBytes - m.swapFreeBytes, m.swapTotalBytes); // 0 <= free <= total
    Severity s = Severity::Ok;
    if (availPct < th.memoryCritAvailablePercent)
        s = Severity::Critical;
    else if (availPct < th.memoryWarnAvailablePercent)
        s = Severity::Warning;
    // Swap nearly full while memory is tight: the server is thrashing.
    if (s == Severity::Ok && swapPct >= th.swapWarnUsedPercent && availPct < 2 * th.memoryWarnAvailablePercent)
        s = Severity::Warning;
    return {Finding::make(QStringLiteral("system.memory_pressure"), s, QStringLiteral("memory"),
                          {{QStringLiteral("availablePercent"), availPct},
                           {QStringLiteral("availableBytes"), m.availableBytes},
                           {QStringLiteral("totalBytes"), m.totalBytes},
                           {QStringLiteral("swapUsedPercent"), swapPct}})};
}

QList<Finding> SystemRules::packages(const Snapshot &snap, const Thresholds &th)
{
    QList<Finding> out;
    const PendingUpdates &u = snap.updates;
    if (u.status.ok) {
        QStringList names;
        for (const PendingPackage &p : u.packages)
            names << p.name;
        // Future catalog action: system.apt_upgrade.
        out << Finding::make(QStringLiteral("system.updates_pending"), u.packages.isEmpty() ? Severity::Ok : Severity::Warning,
                             u.manager,
                             {{QStringLiteral("count"), int(u.packages.size())},
                              {QStringLiteral("security"), u.securityCount()},
                              {QStringLiteral("packages"), names.mid(0, 10).join(QStringLiteral(", "))}});
    } else if (u.status.collected) {
        out << Finding::unknown(QStringLiteral("system.updates_pending"), u.status.reason);
    }
    const RebootState &r = snap.reboot;
    if (r.status.ok) {
        out << Finding::make(QStringLiteral("system.reboot_required"), r.required ? Severity::Warning : Severity::Ok, {},
                             {{QStringLiteral("packages"), r.packages.join(QStringLiteral(", "))}});
    } else if (r.status.collected) {
        out << Finding::unknown(QStringLiteral("system.reboot_required"), r.status.reason);
    }
    const CaCertificates &ca = snap.caCertificates;
    if (ca.status.ok) {
        const qint64 age = ca.releaseDate.daysTo(snap.serverNow().date());
        const bool pending = u.status.ok && u.contains(QStringLiteral("ca-certificates"));
        const bool old = age > th.caCertificatesMaxAgeDays;
        out << Finding::make(QStringLiteral("system.ca_certificates_old"), pending || old ? Severity::Warning : Severity::Ok,
                             QStringLiteral("ca-certificates"),
                             {{QStringLiteral("version"), ca.version},
                              {QStringLiteral("ageDays"), age},
                              {QStringLiteral("updatePending"), pending}});
    } else if (ca.status.collected) {
        out << Finding::unknown(QStringLiteral("system.ca_certificates_old"), ca.status.reason);
    }
    return out;
}

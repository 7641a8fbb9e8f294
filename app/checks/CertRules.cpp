#include "checks/CertRules.h"

#include "checks/DaysLeft.h"
#include "checks/RuleHelpers.h"

namespace {
const QStringList kRenewalTimers = {QStringLiteral("certbot.timer"), QStringLiteral("snap.certbot.renew.timer"),
                                    QStringLiteral("certbot-renewal.timer")};

const CertInfo *diskCertFor(const CertificateList &disk, const QString &domain)
{
    for (const CertInfo &c : disk.certs) {
        if (c.readable() && (c.name == domain || c.dnsNames.contains(domain)))
            return &c;
    }
    return nullptr;
}

bool timerScheduled(const SystemdUnit *t)
{
    return t && t->exists() && t->activeState == QLatin1String("active")
        && t->unitFileState != QLatin1String("masked");
}
} // namespace

QList<Finding> CertRules::evaluate(const Snapshot &snap, const Thresholds &th)
{
    QList<Finding> out = expiry(snap, th);
    out << served(snap, th);
    out << renewal(snap, th);
    return out;
}

QList<Finding> CertRules::expiry(const Snapshot &snap, const Thresholds &th)
{
    if (!snap.certs.status.ok) {
        if (!snap.certs.status.collected)
            return {};
        return RuleHelpers::unknownAll({QStringLiteral("cert.expiring")}, snap.certs.status);
    }
    QList<Finding> out;
    const QDateTime now = snap.serverNow();
    for (const CertInfo &c : snap.certs.certs) {
        if (!c.readable()) {
            out << Finding::unknown(QStringLiteral("cert.expiring"), c.error, c.name);
            continue;
        }
        out << expiryOf(c, now, th, QStringLiteral("certbot"));
    }
    return out;
}

Finding CertRules::expiryOf(const CertInfo &c, const QDateTime &now, const Thresholds &th, const QString &source)
{
    const qint64 days = DaysLeft::until(now, c.notAfter);
    QVariantMap ev{{QStringLiteral("name"), c.name},
                   {QStringLiteral("days"), days},
                   {QStringLiteral("notAfter"), RuleHelpers::isoTime(c.notAfter)},
                   {QStringLiteral("domains"), c.dnsNames.join(QStringLiteral(", "))},
                   {QStringLiteral("source"), source}};
    if (!c.path.isEmpty())
        ev.insert(QStringLiteral("path"), c.path);
    if (c.notAfter <= now)
        return Finding::make(QStringLiteral("cert.expired"), Severity::Critical, c.name, ev);
    Severity s = Severity::Ok;
    if (days < th.certCritDays)
        s = Severity::Critical;
    else if (days < th.certWarnDays)
        s = Severity::Warning;
    return Finding::make(QStringLiteral("cert.expiring"), s, c.name, ev);
}

QList<Finding> CertRules::served(const Snapshot &snap, const Thresholds &th)
{
    const CertificateList &served = snap.servedCerts;
    if (!served.status.ok) {
        if (!served.status.collected)
            return {};
        return RuleHelpers::unknownAll({QStringLiteral("cert.served_stale")}, served.status);
    }
    QList<Finding> out;
    const QDateTime now = snap.serverNow();
    for (const CertInfo &s : served.certs) {
        if (!s.readable()) {
            out << Finding::unknown(QStringLiteral("cert.served_stale"),
                                    QStringLiteral("no certificate served on 127.0.0.1:443: ") + s.error, s.name);
            continue;
        }
        const CertInfo *disk = snap.certs.status.ok ? diskCertFor(snap.certs, s.name) : nullptr;
        if (!disk) {
            // Not one of certbot's (bought, or from another ACME client): nothing
            // on disk to compare with, but its expiry still matters.
            if (snap.certs.status.ok)
                out << expiryOf(s, now, th, QStringLiteral("served"));
            continue;
        }
        const bool stale = disk->fingerprint != s.fingerprint && disk->notAfter > s.notAfter;
        Severity sev = Severity::Ok;
        if (stale)
            sev = DaysLeft::until(now, s.notAfter) < th.certCritDays ? Severity::Critical : Severity::Warning;
        out << Finding::make(QStringLiteral("cert.served_stale"), sev, s.name,
                             {{QStringLiteral("domain"), s.name},
                              {QStringLiteral("servedNotAfter"), RuleHelpers::isoTime(s.notAfter)},
                              {QStringLiteral("diskNotAfter"), RuleHelpers::isoTime(disk->notAfter)},
                              {QStringLiteral("servedDays"), DaysLeft::until(now, s.notAfter)},
                              {QStringLiteral("diskDays"), DaysLeft::until(now, disk->notAfter)}});
    }
    return out;
}

QList<Finding> CertRules::renewal(const Snapshot &snap, const Thresholds &th)
{
    // Only certbot's certificates are renewed by certbot.
    if (!snap.certs.status.ok || snap.certs.certs.isEmpty())
        return {};
    QStringList schedulers;
    for (const QString &id : kRenewalTimers) {
        if (timerScheduled(snap.timers.find(id)))
            schedulers << id;
    }
    const bool systemd = snap.detection.status.ok ? snap.detection.systemd : snap.timers.status.ok;
    for (const CronEntry &e : snap.cron.entries) {
        if (!(e.skippedUnderSystemd && systemd))
            schedulers << e.file;
    }
    QList<Finding> out;
    if (schedulers.isEmpty()) {
        if (!snap.timers.status.ok && !snap.cron.status.ok) {
            out << Finding::unknown(QStringLiteral("cert.renewal_not_scheduled"), snap.timers.status.reason);
            return out;
        }
        out << Finding::make(QStringLiteral("cert.renewal_not_scheduled"), Severity::Warning, {},
                             {{QStringLiteral("checked"), kRenewalTimers.join(QStringLiteral(", "))
                                                             + QStringLiteral(", cron")}});
        return out;
    }
    out << Finding::make(QStringLiteral("cert.renewal_not_scheduled"), Severity::Ok, {},
                         {{QStringLiteral("schedulers"), schedulers.join(QStringLiteral(", "))}});

    // Failing: the last renewal run failed, or a certificate is past the point where
    // certbot renews (30 days left) and still not renewed.
    QStringList failedRuns;
    for (const QString &id : kRenewalTimers) {
        const SystemdUnit *t = snap.timers.find(id);
        if (!timerScheduled(t))
            continue;
        const QString serviceId = t->triggers.isEmpty() ? QString(id).replace(QStringLiteral(".timer"), QStringLiteral(".service"))
                                                        : t->triggers;
        const SystemdUnit *svc = snap.timers.find(serviceId);
        if (svc && (svc->activeState == QLatin1String("failed")
                    || (!svc->result.isEmpty() && svc->result != QLatin1String("success"))))
            failedRuns << serviceId;
    }
    QStringList late;
    qint64 minDays = -1;
    const QDateTime now = snap.serverNow();
    for (const CertInfo &c : snap.certs.certs) {
        if (!c.readable())
            continue;
        const qint64 days = DaysLeft::until(now, c.notAfter);
        if (days < th.certbotRenewDays) {
            late << c.name;
            minDays = minDays < 0 ? days : qMin(minDays, days);
        }
    }
    const bool failing = !failedRuns.isEmpty() || !late.isEmpty();
    out << Finding::make(QStringLiteral("cert.renewal_failing"), failing ? Severity::Warning : Severity::Ok,
                         late.isEmpty() ? QString() : late.constFirst(),
                         {{QStringLiteral("failedRuns"), failedRuns.join(QStringLiteral(", "))},
                          {QStringLiteral("lateCerts"), late.join(QStringLiteral(", "))},
                          {QStringLiteral("renewDays"), th.certbotRenewDays}});
    if (minDays >= 0 || !late.isEmpty())
        out.last().evidence.insert(QStringLiteral("days"), minDays);
    return out;
}

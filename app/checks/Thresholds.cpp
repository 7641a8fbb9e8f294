#include "checks/Thresholds.h"

#include <limits>
#include <type_traits>

namespace {
// One table drives both directions, so a new threshold cannot be forgotten in one.
template<typename F>
void forEach(Thresholds &t, F f)
{
    f("diskWarnPercent", t.diskWarnPercent);
    f("diskCritPercent", t.diskCritPercent);
    f("inodeWarnPercent", t.inodeWarnPercent);
    f("inodeCritPercent", t.inodeCritPercent);
    f("fullSoonDays", t.fullSoonDays);
    f("fullSoonCritDays", t.fullSoonCritDays);
    f("certWarnDays", t.certWarnDays);
    f("certCritDays", t.certCritDays);
    f("certbotRenewDays", t.certbotRenewDays);
    f("queueWarnJobs", t.queueWarnJobs);
    f("queueCritJobs", t.queueCritJobs);
    f("queueWarnLatencySec", t.queueWarnLatencySec);
    f("queueCritLatencySec", t.queueCritLatencySec);
    f("queueMinJobsForLatency", t.queueMinJobsForLatency);
    f("deadWarnJobs", t.deadWarnJobs);
    f("journalWarnBytes", t.journalWarnBytes);
    f("mediaCacheWarnBytes", t.mediaCacheWarnBytes);
    f("mediaCacheWarnPercentOfDisk", t.mediaCacheWarnPercentOfDisk);
    f("pgWalWarnBytes", t.pgWalWarnBytes);
    f("pgWalCritBytes", t.pgWalCritBytes);
    f("pgWalMinBytesVsBase", t.pgWalMinBytesVsBase);
    f("oldRubiesWarnBytes", t.oldRubiesWarnBytes);
    f("strayDumpMinBytes", t.strayDumpMinBytes);
    f("memoryWarnAvailablePercent", t.memoryWarnAvailablePercent);
    f("memoryCritAvailablePercent", t.memoryCritAvailablePercent);
    f("swapWarnUsedPercent", t.swapWarnUsedPercent);
    f("caCertificatesMaxAgeDays", t.caCertificatesMaxAgeDays);
    f("backupWarnAgeHours", t.backupWarnAgeHours);
    f("backupCritAgeHours", t.backupCritAgeHours);
    f("backupShrunkPercent", t.backupShrunkPercent);
    f("drillMaxAgeDays", t.drillMaxAgeDays);
    f("offsiteMaxAgeDays", t.offsiteMaxAgeDays);
    f("renewalWarnDays", t.renewalWarnDays);
    f("renewalCritDays", t.renewalCritDays);
    f("serviceRestartsWarn", t.serviceRestartsWarn);
}
} // namespace

Thresholds Thresholds::fromJson(const QJsonObject &overrides)
{
    Thresholds t;
    forEach(t, [&](const char *name, auto &field) {
        const QJsonValue v = overrides.value(QLatin1String(name));
        using T = std::decay_t<decltype(field)>;
        // A double beyond the field's range would not convert (undefined): the largest value instead.
        if (v.isDouble() && v.toDouble() >= 0)
            field = v.toDouble() >= double(std::numeric_limits<T>::max()) ? std::numeric_limits<T>::max()
                                                                          : static_cast<T>(v.toDouble());
    });
    return t;
}

QJsonObject Thresholds::toJson() const
{
    QJsonObject o;
    Thresholds copy = *this;
    forEach(copy, [&](const char *name, auto &field) { o.insert(QLatin1String(name), double(field)); });
    return o;
}

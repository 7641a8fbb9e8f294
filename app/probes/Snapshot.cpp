#include "probes/Snapshot.h"

QDateTime Snapshot::serverNow() const
{
    return probe.now.isValid() ? probe.now : takenAt;
}

void Snapshot::mergeSlow(const Snapshot &slow)
{
    diskUsage = slow.diskUsage;
    dumps = slow.dumps;
    backups = slow.backups;
    slowTakenAt = slow.slowTakenAt.isValid() ? slow.slowTakenAt : slow.takenAt;
    for (const QString &name : {QStringLiteral("du"), QStringLiteral("dumps"), QStringLiteral("backups")}) {
        parseErrors.remove(name);
        if (slow.parseErrors.contains(name))
            parseErrors.insert(name, slow.parseErrors.value(name));
    }
}

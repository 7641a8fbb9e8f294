#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"
#include "probes/Snapshot.h"

// cert.expiring, cert.expired (certbot's certificates on disk, and served ones
// that are not certbot's), cert.served_stale (nginx serves an older one than the file), cert.renewal_not_scheduled, cert.renewal_failing.
class CertRules
{
public:
    static QList<Finding> evaluate(const Snapshot &snap, const Thresholds &th);

private:
    static QList<Finding> expiry(const Snapshot &snap, const Thresholds &th);
    static QList<Finding> served(const Snapshot &snap, const Thresholds &th);
    static QList<Finding> renewal(const Snapshot &snap, const Thresholds &th);
    // source: "certbot" (renewed by cert.renew) or "served" (renewed where it came from).
    static Finding expiryOf(const CertInfo &c, const QDateTime &now, const Thresholds &th, const QString &source);
};

#pragma once

#include <QJsonObject>
#include <QtGlobal>

// The limits the rules apply; every one can be overridden per server (the
// profile's extra JSON, key "thresholds", same names as below).
struct Thresholds
{
    int diskWarnPercent = 80;
    int diskCritPercent = 90;
    int inodeWarnPercent = 80;
    int inodeCritPercent = 90;
    int fullSoonDays = 14;         // disk.full_soon: projected full within
    int fullSoonCritDays = 3;
    int certWarnDays = 21;
    int certCritDays = 7;
    int certbotRenewDays = 29;     // certbot renews at 30 days left: fewer means renewal failed
    qint64 queueWarnJobs = 5000;   // sidekiq.queue_backlog by size
    qint64 queueCritJobs = 50000;
    qint64 queueWarnLatencySec = 30 * 60; // ... or by the age of the oldest job
    qint64 queueCritLatencySec = 2 * 3600;
    qint64 queueMinJobsForLatency = 10;   // a few old jobs are not a backlog
    qint64 deadWarnJobs = 1000;
    qint64 journalWarnBytes = 200LL * 1024 * 1024; // seed 001: cap journald at ~200 MB
    qint64 mediaCacheWarnBytes = 20LL * 1024 * 1024 * 1024;
    int mediaCacheWarnPercentOfDisk = 50;  // ... or this share of its filesystem
    qint64 pgWalWarnBytes = 2LL * 1024 * 1024 * 1024;
    qint64 pgWalCritBytes = 10LL * 1024 * 1024 * 1024;
    qint64 pgWalMinBytesVsBase = 128LL * 1024 * 1024; // pg_wal above this AND larger than the data: stuck
    qint64 oldRubiesWarnBytes = 200LL * 1024 * 1024;
    qint64 strayDumpMinBytes = 0;  // any dump outside a backup dir: space, and users' data lying around
    int memoryWarnAvailablePercent = 10;
    int memoryCritAvailablePercent = 5;
    int swapWarnUsedPercent = 80;
    int caCertificatesMaxAgeDays = 5 * 365;
    int backupWarnAgeHours = 36;
    int backupCritAgeHours = 7 * 24;
    int backupShrunkPercent = 50;  // newest smaller than this share of the previous ones
    int drillMaxAgeDays = 90;      // backup.never_restored: no passing restore drill within
    int offsiteMaxAgeDays = 7;     // backup.no_offsite_copy: no copy on this computer newer than; 0: not checked
    int renewalWarnDays = 30;
    int renewalCritDays = 7;
    int serviceRestartsWarn = 3;

    static Thresholds fromJson(const QJsonObject &overrides); // unknown keys ignored
    QJsonObject toJson() const;
};

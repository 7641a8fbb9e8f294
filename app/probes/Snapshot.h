#pragma once

#include "probes/CaCertificatesParser.h"
#include "probes/CertificateListParser.h"
#include "probes/ComposePsParser.h"
#include "probes/CronParser.h"
#include "probes/DetectionParser.h"
#include "probes/DfParser.h"
#include "probes/DiskUsageParser.h"
#include "probes/EnvHintsParser.h"
#include "probes/FileListParser.h"
#include "probes/HttpChecks.h"
#include "probes/JournalParser.h"
#include "probes/LoadParser.h"
#include "probes/MastodonVersionParser.h"
#include "probes/SoftwareUpdatesParser.h"
#include "probes/MemInfoParser.h"
#include "probes/OsReleaseParser.h"
#include "probes/ProbeInfoParser.h"
#include "probes/RebootParser.h"
#include "probes/SidekiqParser.h"
#include "probes/SmtpCheckParser.h"
#include "probes/SystemdShowParser.h"
#include "probes/UpdatesParser.h"

#include <QDateTime>
#include <QMap>
#include <QString>

// Everything one refresh learned about one server: every section parsed, each
// with its own status, so a part that could not be read is known as such.
struct Snapshot
{
    QString serverId;
    QString serverName;
    QString deployment;   // "systemd" | "docker"
    QDateTime takenAt;    // desktop clock, UTC, when the output arrived
    QDateTime slowTakenAt; // when the slow-tier parts were collected (invalid: never)

    ProbeInfo probe;
    OsRelease os;
    LoadInfo load;
    MemInfo memory;
    DiskFree disks;
    ParseStatus inodesStatus;
    SystemdUnits units;
    ComposeServices compose;
    SystemdUnits timers;
    CronEntries cron;
    EnvHints env;
    CertificateList certs;
    CertificateList servedCerts;
    SidekiqState sidekiq;
    JournalUsage journal;
    RebootState reboot;
    PendingUpdates updates;
    MastodonVersion version;
    SoftwareUpdates softwareUpdates;
    CaCertificates caCertificates;
    SmtpCheck smtp;
    Detection detection;
    // slow tier
    DiskUsage diskUsage;
    FileList dumps;
    FileList backups;
    // desktop side (HttpProbe), not part of the probe script
    HttpChecks http;

    // section name -> why it could not be read (only sections that were expected)
    QMap<QString, QString> parseErrors;

    // The server's clock when it ran the probe (falls back to takenAt).
    QDateTime serverNow() const;
    // Copies the slow-tier parts of `slow` into this snapshot.
    void mergeSlow(const Snapshot &slow);
};

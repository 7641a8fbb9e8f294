#include "ProbeSummary.h"

#include "probes/CaCertificatesParser.h"
#include "probes/CertificateListParser.h"
#include "probes/ComposePsParser.h"
#include "probes/CronParser.h"
#include "probes/DetectionParser.h"
#include "probes/DfParser.h"
#include "probes/DiskUsageParser.h"
#include "probes/EnvHintsParser.h"
#include "probes/FileListParser.h"
#include "probes/JournalParser.h"
#include "probes/LoadParser.h"
#include "probes/MastodonVersionParser.h"
#include "probes/SmtpCheckParser.h"
#include "probes/SoftwareUpdatesParser.h"
#include "probes/MemInfoParser.h"
#include "probes/OsReleaseParser.h"
#include "probes/ProbeInfoParser.h"
#include "probes/RebootParser.h"
#include "probes/SidekiqParser.h"
#include "probes/SystemdShowParser.h"
#include "probes/UpdatesParser.h"

#include <QStringList>

namespace {
QString t(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}
QString status(const ParseStatus &s)
{
    return s.ok ? QStringLiteral("status=ok") : QStringLiteral("status=unreadable");
}
} // namespace

QString ProbeSummary::summarize(const QString &section, const QString &text, const QString &dfText)
{
    QStringList o;
    if (section == QLatin1String("probe")) {
        const ProbeInfo p = ProbeInfoParser::parse(text);
        o << status(p.status) << QStringLiteral("uid=%1 now=%2 offset=%3 tier=%4").arg(p.uid).arg(t(p.now)).arg(p.utcOffsetSec).arg(p.tier);
    } else if (section == QLatin1String("os-release")) {
        const OsRelease r = OsReleaseParser::parse(text);
        o << status(r.status) << QStringLiteral("id=%1 version=%2 like=%3 pretty=%4").arg(r.id, r.versionId, r.idLike, r.prettyName);
    } else if (section == QLatin1String("loadavg")) {
        const LoadInfo l = LoadParser::parse(text);
        o << status(l.status) << QStringLiteral("load=%1/%2/%3 uptime=%4 cpus=%5").arg(l.load1).arg(l.load5).arg(l.load15).arg(qint64(l.uptimeSec)).arg(l.cpus);
    } else if (section == QLatin1String("meminfo")) {
        const MemInfo m = MemInfoParser::parse(text);
        o << status(m.status) << QStringLiteral("total=%1 available=%2 swap=%3/%4").arg(m.totalBytes).arg(m.availableBytes).arg(m.swapFreeBytes).arg(m.swapTotalBytes);
    } else if (section == QLatin1String("df") || section == QLatin1String("df-inodes")) {
        DiskFree d = DfParser::parse(section == QLatin1String("df") ? text : dfText);
        if (section == QLatin1String("df-inodes")) {
            // Inode counts merge into the filesystems of the byte figures (df.txt beside it).
            o << status(DfParser::mergeInodes(&d, text));
            for (const Filesystem &fs : std::as_const(d.filesystems))
                o << QStringLiteral("%1 inodes=%2 used=%3 pct=%4").arg(fs.mount).arg(fs.inodes).arg(fs.inodesUsed).arg(fs.inodesUsedPercent());
            return o.join(QLatin1Char('\n'));
        }
        o << status(d.status);
        for (const Filesystem &fs : std::as_const(d.filesystems))
            o << QStringLiteral("%1 %2 %3 size=%4 used=%5 avail=%6 pct=%7").arg(fs.mount, fs.type, fs.device).arg(fs.sizeBytes).arg(fs.usedBytes).arg(fs.availBytes).arg(fs.usedPercent());
    } else if (section == QLatin1String("units") || section == QLatin1String("timers")) {
        const SystemdUnits u = SystemdShowParser::parse(text, 0);
        o << status(u.status);
        for (const SystemdUnit &x : u.units) {
            o << QStringLiteral("%1 load=%2 active=%3/%4 file=%5 result=%6 since=%7 restarts=%8 argv=%9")
                     .arg(x.id, x.loadState, x.activeState, x.subState, x.unitFileState, x.result, t(x.activeEnter))
                     .arg(x.nRestarts)
                     .arg(x.execArgv.join(QLatin1Char(' ')));
            if (x.isTimer())
                o << QStringLiteral("  triggers=%1 next=%2 last=%3").arg(x.triggers, t(x.nextElapse), t(x.lastTrigger));
        }
    } else if (section == QLatin1String("cron")) {
        const CronEntries c = CronParser::parse(text);
        o << status(c.status);
        for (const CronEntry &e : c.entries)
            o << QStringLiteral("%1 skippedUnderSystemd=%2").arg(e.file).arg(e.skippedUnderSystemd);
    } else if (section == QLatin1String("env")) {
        const EnvHints e = EnvHintsParser::parse(text);
        o << status(e.status) << QStringLiteral("file=%1 local=%2 web=%3 s3=%4 keys=%5").arg(e.file, e.localDomain, e.webDomain).arg(e.s3Enabled).arg(e.values.size());
    } else if (section == QLatin1String("certs") || section == QLatin1String("served-certs")) {
        const CertificateList l = section == QLatin1String("certs") ? CertificateListParser::parseOnDisk(text)
                                                                    : CertificateListParser::parseServed(text);
        o << status(l.status) << QStringLiteral("letsencrypt=%1").arg(l.letsencryptPresent);
        for (const CertInfo &c : l.certs)
            o << QStringLiteral("%1 notBefore=%2 notAfter=%3 dns=%4 fp=%5 error=%6").arg(c.name, t(c.notBefore), t(c.notAfter), c.dnsNames.join(QLatin1Char(',')), c.fingerprint.left(11), c.error);
    } else if (section == QLatin1String("sidekiq")) {
        const SidekiqState s = SidekiqParser::parse(text);
        o << status(s.status) << QStringLiteral("retry=%1 dead=%2 scheduled=%3").arg(s.retry).arg(s.dead).arg(s.scheduled);
        for (const SidekiqQueue &q : s.queues)
            o << QStringLiteral("queue %1 size=%2 hasLatency=%3").arg(q.name).arg(q.size).arg(q.latencySec >= 0);
        for (const SidekiqProcess &p : s.processes)
            o << QStringLiteral("process %1 concurrency=%2 queues=%3 beat=%4").arg(p.hostname).arg(p.concurrency).arg(p.queues.join(QLatin1Char(','))).arg(p.beat.isValid());
    } else if (section == QLatin1String("journal")) {
        const JournalUsage j = JournalParser::parse(text);
        o << status(j.status) << QStringLiteral("bytes=%1").arg(j.bytes);
    } else if (section == QLatin1String("reboot")) {
        const RebootState r = RebootParser::parse(text);
        o << status(r.status) << QStringLiteral("required=%1 packages=%2").arg(r.required).arg(r.packages.join(QLatin1Char(',')));
    } else if (section == QLatin1String("updates")) {
        const PendingUpdates u = UpdatesParser::parse(text);
        o << status(u.status) << QStringLiteral("manager=%1 count=%2 security=%3").arg(u.manager).arg(u.packages.size()).arg(u.securityCount());
        for (const PendingPackage &p : u.packages.mid(0, 5))
            o << QStringLiteral("%1 %2 security=%3").arg(p.name, p.version).arg(p.security);
    } else if (section == QLatin1String("mastodon-version")) {
        const MastodonVersion v = MastodonVersionParser::parse(text);
        o << status(v.status) << QStringLiteral("version=%1 source=%2").arg(v.toString(), v.source);
    } else if (section == QLatin1String("software-updates")) {
        const SoftwareUpdates u = SoftwareUpdatesParser::parse(text);
        o << status(u.status) << QStringLiteral("state=%1 count=%2").arg(u.state).arg(u.updates.size());
        for (const SoftwareUpdates::Update &up : u.updates)
            o << QStringLiteral("%1 urgent=%2 type=%3").arg(up.version).arg(up.urgent).arg(up.type);
    } else if (section == QLatin1String("smtp")) {
        const SmtpCheck c = SmtpCheckParser::parse(text);
        o << status(c.status)
          << QStringLiteral("state=%1 server=%2 port=%3 mode=%4 delivery=%5").arg(c.state, c.server).arg(c.port).arg(c.mode, c.delivery)
          << QStringLiteral("connected=%1 connectError=%2").arg(c.connected).arg(c.connectError)
          << QStringLiteral("tls=%1 tlsError=%2").arg(c.tls, c.tlsError)
          << QStringLiteral("checked=%1 reachable=%2").arg(c.isChecked()).arg(c.reachable());
    } else if (section == QLatin1String("ca-certificates")) {
        const CaCertificates c = CaCertificatesParser::parse(text);
        o << status(c.status) << QStringLiteral("version=%1 released=%2").arg(c.version, c.releaseDate.toString(Qt::ISODate));
    } else if (section == QLatin1String("detect")) {
        const Detection d = DetectionParser::parse(text);
        o << status(d.status) << QStringLiteral("systemd=%1 docker=%2 suggested=%3 backupDirs=%4").arg(d.systemd).arg(d.docker).arg(d.suggestedDeployment(), d.backupDirs.join(QLatin1Char(',')));
        for (const MastodonDirCandidate &c : d.dirs)
            o << QStringLiteral("dir %1 env=%2 code=%3 compose=%4").arg(c.dir).arg(c.hasEnv).arg(c.hasCode).arg(c.hasCompose);
    } else if (section == QLatin1String("du")) {
        const DiskUsage d = DiskUsageParser::parse(text);
        o << status(d.status) << QStringLiteral("pgdata=%1 rubies=%2 current=%3").arg(d.pgDataDir, d.rubyVersions.join(QLatin1Char(',')), d.rubyCurrent);
        for (auto it = d.bytesByRole.constBegin(); it != d.bytesByRole.constEnd(); ++it)
            o << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    } else if (section == QLatin1String("dumps") || section == QLatin1String("backups")) {
        const FileList l = FileListParser::parse(text);
        o << status(l.status) << QStringLiteral("dirs=%1 files=%2").arg(l.dirs.join(QLatin1Char(','))).arg(l.files.size());
        for (const FileEntry &f : l.files.mid(0, 3))
            o << QStringLiteral("%1 size=%2 modified=%3").arg(f.path).arg(f.sizeBytes).arg(t(f.modified));
        if (!l.check.path.isEmpty())
            o << QStringLiteral("check %1 %2 message=%3").arg(l.check.status, l.check.path, l.check.message);
        for (const DrillRecord *d : {&l.lastDrill, &l.lastPassedDrill}) {
            if (d->at.isValid())
                o << QStringLiteral("drill %1 at=%2 %3").arg(d == &l.lastDrill ? QStringLiteral("last") : QStringLiteral("passed"), t(d->at), d->line);
        }
    } else if (section == QLatin1String("compose-ps")) {
        const ComposeServices c = ComposePsParser::parse(text);
        o << status(c.status);
        for (const ComposeService &s : c.services)
            o << QStringLiteral("%1 state=%2 health=%3 image=%4").arg(s.service, s.state, s.health, s.image);
    } else {
        return {};
    }
    return o.join(QLatin1Char('\n'));
}

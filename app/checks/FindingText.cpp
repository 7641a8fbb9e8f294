#include "checks/FindingText.h"

#include "backups/DrillLine.h"

#include "checks/EvidenceText.h"
#include "checks/Finding.h"

#include <QLocale>

namespace {
QString ev(const Finding &f, const char *key)
{
    return f.evidence.value(QLatin1String(key)).toString();
}
qint64 num(const Finding &f, const char *key)
{
    return f.evidence.value(QLatin1String(key)).toLongLong();
}
// A rule's UTC time stamp as a local date and time, in the user's locale.
QString when(const Finding &f, const char *key)
{
    return EvidenceText::localTime(ev(f, key));
}
bool ok(const Finding &f)
{
    return f.severity == Severity::Ok;
}
} // namespace

QString FindingText::size(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("?");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString FindingText::message(const Finding &f)
{
    const QString &id = f.id;
    if (f.severity == Severity::Unknown && id != QLatin1String("connection.failed"))
        return tr("Could not check this: %1").arg(ev(f, "reason"));

    if (id == QLatin1String("connection.failed"))
        return tr("Could not connect to the server or run the check, so nothing about it is known: %1")
            .arg(ev(f, "reason"));
    if (id == QLatin1String("disk.usage_high")) {
        if (ok(f))
            return tr("%1 is %2% full (%3 free).").arg(f.subject).arg(num(f, "percent")).arg(size(num(f, "availBytes")));
        if (f.evidence.contains(QStringLiteral("inodePercent")) && num(f, "inodePercent") > num(f, "percent"))
            return tr("%1 has used %2% of its inodes (file slots) even though %3% of its space is used. When they run "
                      "out, no new file can be created and Mastodon stops working.")
                .arg(f.subject).arg(num(f, "inodePercent")).arg(num(f, "percent"));
        return tr("%1 is %2% full (%3 left). When the disk fills up, Mastodon stops working and the database can be damaged.")
            .arg(f.subject).arg(num(f, "percent")).arg(size(num(f, "availBytes")));
    }
    if (id == QLatin1String("disk.full_soon")) {
        if (ok(f))
            return tr("%1 is not expected to fill up within %2 days.").arg(f.subject).arg(num(f, "horizonDays"));
        return tr("At the current rate, %1 will be full in about %2 days. Free space or add disk before then.")
            .arg(f.subject).arg(num(f, "days"));
    }
    if (id == QLatin1String("disk.pg_wal_large")) {
        if (ok(f))
            return tr("PostgreSQL's WAL (pg_wal) uses %1.").arg(size(num(f, "walBytes")));
        return tr("PostgreSQL's WAL (pg_wal) uses %1 while the data itself uses %2. WAL that keeps growing usually means "
                  "a stuck replication slot or WAL archiving; it grows until the disk is full.")
            .arg(size(num(f, "walBytes")), size(num(f, "baseBytes")));
    }
    if (id == QLatin1String("disk.stray_dumps")) {
        if (ok(f))
            return tr("No database dump files lie outside the backup directories.");
        return tr("%n database dump file(s) (%1 in total) lie on the server outside a backup directory: %2. On the same "
                  "disk they do not protect against losing it, and they take space. Move them off the server or delete them.",
                  nullptr, int(num(f, "count")))
            .arg(size(num(f, "bytes")), ev(f, "files"));
    }
    if (id == QLatin1String("disk.journal_large")) {
        if (ok(f))
            return tr("The system journal uses %1.").arg(size(num(f, "bytes")));
        return tr("The system journal uses %1 (limit %2). Cap it with SystemMaxUse= in journald.conf so logs cannot fill the disk.")
            .arg(size(num(f, "bytes")), size(num(f, "limit")));
    }
    if (id == QLatin1String("disk.media_cache_large")) {
        if (ok(f))
            return tr("The remote media cache uses %1.").arg(size(num(f, "bytes")));
        return tr("The remote media cache (public/system/cache) uses %1 (%2% of its disk). Remove old remote media with "
                  "tootctl media remove, or set content retention in the admin settings.")
            .arg(size(num(f, "bytes"))).arg(num(f, "percentOfDisk"));
    }
    if (id == QLatin1String("disk.old_rubies")) {
        if (ok(f))
            return tr("No old Ruby versions take noticeable space (current: %1).").arg(ev(f, "current"));
        return tr("Ruby versions no longer used (%1) remain in ~/.rbenv/versions (%2 in total with the current %3). "
                  "Remove them with rbenv uninstall.")
            .arg(ev(f, "oldVersions"), size(num(f, "bytes")), ev(f, "current"));
    }
    if (id == QLatin1String("cert.expiring")) {
        if (ok(f))
            return tr("The certificate %1 is valid for %2 more days.").arg(f.subject).arg(num(f, "days"));
        return tr("The certificate %1 expires in %2 days (%3). When it expires, browsers, apps and other servers can no "
                  "longer reach this server.")
            .arg(f.subject).arg(num(f, "days")).arg(when(f, "notAfter"));
    }
    if (id == QLatin1String("cert.expired"))
        return tr("The certificate %1 expired on %2. Browsers, apps and other servers cannot reach this server safely "
                  "until it is renewed.")
            .arg(f.subject, when(f, "notAfter"));
    if (id == QLatin1String("cert.served_stale")) {
        if (ok(f))
            return tr("nginx serves the current certificate for %1.").arg(f.subject);
        return tr("nginx still serves an older certificate for %1 (valid until %2) although a renewed one (valid until %3) "
                  "is on disk. nginx was not reloaded after the renewal: reload it.")
            .arg(f.subject, when(f, "servedNotAfter"), when(f, "diskNotAfter"));
    }
    if (id == QLatin1String("cert.renewal_not_scheduled")) {
        if (ok(f))
            return tr("Certificate renewal is scheduled (%1).").arg(ev(f, "schedulers"));
        return tr("Nothing renews the Let's Encrypt certificates automatically (no active certbot timer or cron entry). "
                  "They last 90 days; without renewal the site stops working when they expire.");
    }
    if (id == QLatin1String("cert.renewal_failing")) {
        if (ok(f))
            return tr("Certificate renewal is working.");
        if (!ev(f, "lateCerts").isEmpty())
            return tr("The certificate %1 has only %2 days left although certbot renews at %3 days: renewal is failing. "
                      "Check the output of certbot renew.")
                .arg(ev(f, "lateCerts")).arg(num(f, "days")).arg(num(f, "renewDays") + 1);
        return tr("The last certificate renewal run (%1) failed. Check its log with journalctl.").arg(ev(f, "failedRuns"));
    }
    if (id == QLatin1String("system.ca_certificates_old")) {
        if (ok(f))
            return tr("The trusted root certificates are up to date (ca-certificates %1).").arg(ev(f, "version"));
        if (f.evidence.value(QStringLiteral("updatePending")).toBool())
            return tr("An update of ca-certificates (now %1) is waiting. Outdated root certificates break federation with "
                      "servers whose certificates use newer roots.")
                .arg(ev(f, "version"));
        return tr("ca-certificates %1 is %2 days old. Outdated root certificates break federation with servers whose "
                  "certificates use newer roots.")
            .arg(ev(f, "version")).arg(num(f, "ageDays"));
    }
    if (id == QLatin1String("service.inactive")) {
        if (ok(f))
            return tr("%1 is %2 (%3).").arg(f.subject, ev(f, "activeState"), ev(f, "subState"));
        if (ev(f, "activeState") == QLatin1String("not-found"))
            return tr("No Mastodon service (mastodon-*) was found on this server.");
        return tr("%1 is not running (%2). The part of Mastodon it provides is down.").arg(f.subject, ev(f, "activeState"));
    }
    if (id == QLatin1String("service.restarting")) {
        if (f.severity == Severity::Critical)
            return tr("%1 keeps crashing and restarting (%2).").arg(f.subject, ev(f, "subState"));
        return tr("%1 has restarted %2 times by itself. Something makes it crash: look at its log.")
            .arg(f.subject).arg(num(f, "restarts"));
    }
    if (id == QLatin1String("sidekiq.scheduler_missing")) {
        if (ok(f))
            return tr("A Sidekiq process serves the scheduler queue.");
        return tr("No Sidekiq process serves the scheduler queue, so periodic jobs (media cache cleanup, statistics, "
                  "scheduled posts) never run. Add -q scheduler to one Sidekiq service, or remove its -q options.");
    }
    if (id == QLatin1String("sidekiq.scheduler_duplicated")) {
        if (ok(f))
            return tr("Exactly one Sidekiq process serves the scheduler queue.");
        return tr("%1 Sidekiq processes serve the scheduler queue; it must be exactly one, or periodic jobs run several times.")
            .arg(num(f, "listeners"));
    }
    if (id == QLatin1String("sidekiq.queue_backlog")) {
        if (ok(f))
            return tr("Sidekiq's queues are keeping up (%1 jobs waiting).").arg(num(f, "size"));
        return tr("The Sidekiq queue %1 holds %2 jobs, the oldest waiting %3 minutes. Posts and notifications are delayed.")
            .arg(f.subject).arg(num(f, "size")).arg(num(f, "latencySec") / 60);
    }
    if (id == QLatin1String("sidekiq.dead_jobs")) {
        if (ok(f))
            return tr("%1 dead jobs in Sidekiq.").arg(num(f, "dead"));
        return tr("Sidekiq holds %1 dead jobs (jobs that failed every retry). Look at them in Sidekiq's web page "
                  "(/sidekiq/morgue): they can show a broken mail setup or federation problem.")
            .arg(num(f, "dead"));
    }
    if (id == QLatin1String("mastodon.update_available")) {
        if (ok(f))
            return tr("Mastodon %1 is the latest release.").arg(ev(f, "current"));
        if (f.evidence.value(QStringLiteral("urgent")).toBool())
            return tr("Mastodon %1 is available and the Mastodon team marked it urgent (a security fix). You run %2: "
                      "update now.")
                .arg(f.evidence.value(QStringLiteral("important")).toBool() ? ev(f, "latestPatch") : ev(f, "latest"),
                     ev(f, "current"));
        if (f.evidence.value(QStringLiteral("important")).toBool())
            return tr("Mastodon %1 is available for your series (you run %2). Patch releases carry security or urgent "
                      "fixes: update soon.")
                .arg(ev(f, "latestPatch"), ev(f, "current"));
        return tr("Mastodon %1 is available (you run %2).").arg(ev(f, "latest"), ev(f, "current"));
    }
    if (id == QLatin1String("system.memory_pressure")) {
        if (ok(f))
            return tr("%1% of memory is available.").arg(num(f, "availablePercent"));
        return tr("Only %1% of memory is available (%2 of %3; swap %4% used). The server slows down and processes may be "
                  "killed; a restart of Mastodon often helps.")
            .arg(num(f, "availablePercent"))
            .arg(size(num(f, "availableBytes")), size(num(f, "totalBytes")))
            .arg(num(f, "swapUsedPercent"));
    }
    if (id == QLatin1String("system.updates_pending")) {
        if (ok(f))
            return tr("The OS packages are up to date.");
        return tr("%1 package updates are waiting (%2 security): %3. Apply them in a maintenance window.")
            .arg(num(f, "count")).arg(num(f, "security")).arg(ev(f, "packages"));
    }
    if (id == QLatin1String("system.reboot_required")) {
        if (ok(f))
            return tr("No reboot is needed.");
        return tr("The server needs a reboot to finish installing updates (%1). Plan a maintenance window.")
            .arg(ev(f, "packages"));
    }
    if (id == QLatin1String("backup.missing")) {
        if (ok(f))
            return tr("Backups were found in %1.").arg(f.subject);
        return tr("No backup files were found on the server (looked in: %1). Without a backup, a broken disk or a wrong "
                  "command loses everything. If backups go elsewhere, set the backup directory in the server settings.")
            .arg(ev(f, "dirs"));
    }
    if (id == QLatin1String("backup.stale")) {
        if (ok(f))
            return tr("The newest backup is %1 hours old.").arg(num(f, "ageHours"));
        return tr("The newest backup (%1) is %2 days old: backups seem to have stopped.")
            .arg(ev(f, "file")).arg(num(f, "ageHours") / 24);
    }
    if (id == QLatin1String("backup.shrunk")) {
        if (ok(f))
            return tr("The newest backup has the usual size.");
        return tr("The newest backup %1 is %2, only %3% of the previous ones (%4). It may be truncated or contain the "
                  "wrong data: check that it can be restored.")
            .arg(ev(f, "file"), size(num(f, "bytes"))).arg(num(f, "percent")).arg(size(num(f, "previousBytes")));
    }
    if (id == QLatin1String("backup.unreadable")) {
        if (ok(f)) {
            if (f.evidence.value(QStringLiteral("onlyBeginning")).toBool())
                return tr("The newest dump %1 begins as a pg_dump dump (a compressed dump is not read to its end at "
                          "every check).").arg(ev(f, "file"));
            return tr("pg_restore reads the newest backup %1.").arg(ev(f, "file"));
        }
        return tr("The newest backup %1 cannot be read as a restore would read it (%2): restoring it would fail. Make "
                  "a new backup now; then look at what damaged this one (a full disk while it was written, a copy "
                  "cut short).")
            .arg(ev(f, "file"), ev(f, "error"));
    }
    if (id == QLatin1String("backup.no_offsite_copy")) {
        if (ok(f))
            return tr("The newest copy of this server's backups on this computer is %1 days old (%2).")
                .arg(num(f, "ageDays")).arg(ev(f, "folder"));
        if (ev(f, "copied").isEmpty())
            return tr("No copy of this server's backups is on this computer (%1): if the server or its disk is lost, "
                      "its backups go with it. Copy the newest bundle here.").arg(ev(f, "folder"));
        return tr("The newest copy of this server's backups on this computer is %1 days old, more than %2 days: "
                  "copy a new bundle here.").arg(num(f, "ageDays")).arg(num(f, "copyMaxAgeDays"));
    }
    if (id == QLatin1String("backup.never_restored")) {
        if (ok(f))
            return tr("The last restore drill passed %1 days ago (%2).").arg(num(f, "ageDays")).arg(ev(f, "file"));
        const QString failed = ev(f, "lastReason").isEmpty()
                                   ? QString()
                                   : QLatin1Char(' ') + tr("The last drill failed: %1").arg(DrillLine::reasonText(ev(f, "lastReason")));
        if (ev(f, "lastPassed").isEmpty())
            return tr("No restore drill has passed on this server: nobody knows whether its backups restore. Run a "
                      "drill: it restores the newest backup into a scratch database and compares it with the live "
                      "one, while Mastodon keeps running.") + failed;
        return tr("The last restore drill that passed was %1 days ago, more than %2 days: run one again, so that you "
                  "know the backups of today restore.").arg(num(f, "ageDays")).arg(num(f, "maxAgeDays")) + failed;
    }
    if (id == QLatin1String("timer.failed")) {
        if (ok(f))
            return tr("No scheduled job (systemd timer) failed its last run.");
        return tr("The last run of %1 (started by %2) failed (%3).").arg(ev(f, "service"), f.subject, ev(f, "result"));
    }
    if (id == QLatin1String("http.health_failed")) {
        if (ok(f))
            return tr("%1 answers its health check (%2 ms).").arg(f.subject).arg(num(f, "elapsedMs"));
        return tr("%1 does not answer its health check (%2: %3). The site is down for everyone: look at nginx and "
                  "mastodon-web.")
            .arg(f.subject, ev(f, "url"), ev(f, "status"));
    }
    if (id == QLatin1String("http.instance_api_failed")) {
        if (ok(f))
            return tr("The instance API of %1 answers (%2).").arg(f.subject, ev(f, "api"));
        return tr("The instance API of %1 fails (%2: %3). Apps and other servers cannot read the server's description. "
                  "If only /api/v1/instance fails, refreshing the materialized view instances fixes it.")
            .arg(f.subject, ev(f, "url"), ev(f, "status"));
    }
    if (id == QLatin1String("http.streaming_failed")) {
        if (ok(f))
            return tr("The streaming API of %1 answers.").arg(f.subject);
        return tr("The streaming API of %1 does not answer (%2: %3). Timelines and notifications stop updating live: "
                  "look at mastodon-streaming.")
            .arg(f.subject, ev(f, "url"), ev(f, "status"));
    }
    if (id == QLatin1String("mail.smtp_unreachable")) {
        if (ok(f)) {
            if (ev(f, "tls") == QLatin1String("not-offered"))
                return tr("The server reaches the mail server %1, but it offers no STARTTLS: Mastodon sends its mail (and the SMTP "
                          "password, if one is set) unencrypted.")
                    .arg(f.subject);
            if (ev(f, "tls") == QLatin1String("off"))
                return tr("The server reaches the mail server %1 (without encryption, as .env.production says).")
                    .arg(f.subject);
            return tr("The server reaches the mail server %1 and the encrypted connection works.").arg(f.subject);
        }
        if (ev(f, "error") == QLatin1String("bad-server"))
            return tr("SMTP_SERVER in .env.production (%1) is not a host name, so Mastodon cannot send e-mail.")
                .arg(f.subject);
        if (ev(f, "error") == QLatin1String("bad-port"))
            return tr("SMTP_PORT in .env.production is not a port number, so Mastodon cannot send e-mail.");
        if (ev(f, "stage") == QLatin1String("tls"))
            return tr("The server reaches the mail server %1, but the encrypted connection Mastodon uses fails (%2). "
                      "Sign-up confirmations and password resets are not sent.")
                .arg(f.subject, ev(f, "error"));
        return tr("The server cannot connect to the mail server %1 (%2). Sign-up confirmations and password resets are "
                  "not sent; many VPS providers block outgoing mail ports.")
            .arg(f.subject, ev(f, "error"));
    }
    if (id == QLatin1String("http.webui_assets_failed")) {
        if (ok(f))
            return tr("The Web UI of %1 and its %2 JS/CSS files load.").arg(f.subject).arg(num(f, "assetCount"));
        if (num(f, "failedCount") > 0)
            return tr("The Web UI page of %1 loads but %2 of its %3 JS/CSS files do not: %4. Browsers show a blank page "
                      "while the API still works; this usually means assets:precompile failed or did not run.")
                .arg(f.subject).arg(num(f, "failedCount")).arg(num(f, "assetCount")).arg(ev(f, "failedAssets"));
        return tr("The Web UI page of %1 does not load (%2: %3).").arg(f.subject, ev(f, "url"), ev(f, "status"));
    }
    if (id == QLatin1String("instance.rules_missing")) {
        if (ok(f))
            return tr("%1 publishes %2 server rules.").arg(f.subject).arg(num(f, "rulesCount"));
        return tr("%1 publishes no server rules. New users and the moderators of other servers look for them; add rules "
                  "in Administration > Server rules.")
            .arg(f.subject);
    }
    if (id == QLatin1String("renewal.due")) {
        if (ok(f))
            return tr("%1 is due on %2.").arg(f.subject, EvidenceText::value(QStringLiteral("due"), f.evidence.value(QStringLiteral("due"))));
        if (num(f, "days") < 0)
            return tr("%1 was due on %2, %3 days ago. Check that it was paid or renewed.")
                .arg(f.subject, EvidenceText::value(QStringLiteral("due"), f.evidence.value(QStringLiteral("due")))).arg(-num(f, "days"));
        return tr("%1 is due on %2, in %3 days. Renew or pay it in time: domains and servers have been lost this way.")
            .arg(f.subject, EvidenceText::value(QStringLiteral("due"), f.evidence.value(QStringLiteral("due")))).arg(num(f, "days"));
    }
    return id;
}

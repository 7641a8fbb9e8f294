#include "checks/FindingCatalog.h"

const QList<FindingCatalog::Entry> &FindingCatalog::entries()
{
    static const QList<Entry> list = {
        {"connection.failed", "connection", QT_TRANSLATE_NOOP("FindingCatalog", "Connection"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Cannot connect"),
         QT_TRANSLATE_NOOP("FindingCatalog", "While Hoshu cannot reach the server, none of the other checks can run."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Check that the server is up (your provider's console), that its address and SSH port are right in the server "
           "settings, and that your key or password still works.")},
        {"disk.usage_high", "disk", QT_TRANSLATE_NOOP("FindingCatalog", "Disk space"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Disk nearly full"),
         QT_TRANSLATE_NOOP("FindingCatalog", "A full disk stops Mastodon and PostgreSQL; the database can be damaged."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Free space: remove old remote media and preview cards, then cap the system journal. If the disk is still "
           "nearly full, the server needs a bigger disk or object storage for media.")},
        {"disk.full_soon", "disk", QT_TRANSLATE_NOOP("FindingCatalog", "Disk filling up"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Disk will be full soon"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Acting now, while there is room, is much easier than rescuing a full disk."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Free space now (remote media, preview cards, journal) and plan a bigger disk if it keeps growing.")},
        {"disk.pg_wal_large", "disk", QT_TRANSLATE_NOOP("FindingCatalog", "PostgreSQL WAL size"),
         QT_TRANSLATE_NOOP("FindingCatalog", "PostgreSQL WAL is large"),
         QT_TRANSLATE_NOOP("FindingCatalog", "A growing pg_wal usually means a stuck replication slot or archive command; it fills the disk."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Find what holds the WAL back; never delete files in pg_wal by hand.")},
        {"disk.stray_dumps", "disk", QT_TRANSLATE_NOOP("FindingCatalog", "Stray database dumps"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Database dumps left on the disk"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Old database dumps take space and hold your users' data outside the backups."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Copy the dump off the server if you still need it, then delete it here.")},
        {"disk.journal_large", "disk", QT_TRANSLATE_NOOP("FindingCatalog", "System journal size"),
         QT_TRANSLATE_NOOP("FindingCatalog", "System journal is large"),
         QT_TRANSLATE_NOOP("FindingCatalog", "The system journal grows without limit unless it is capped."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Cap the journal (SystemMaxUse) and shrink it to that size.")},
        {"disk.media_cache_large", "disk", QT_TRANSLATE_NOOP("FindingCatalog", "Remote media cache size"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Remote media cache is large"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Remote media are copies from other servers: they can be removed and fetched again."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Remove remote media older than a week, and set the media cache retention in Administration > Server "
           "settings > Content retention so the cache stays small.")},
        {"disk.old_rubies", "disk", QT_TRANSLATE_NOOP("FindingCatalog", "Old Ruby versions"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Unused Ruby versions"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Ruby versions left from earlier upgrades are no longer used."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Remove the Ruby versions Mastodon no longer uses (never the one in .ruby-version).")},
        {"cert.expiring", "cert", QT_TRANSLATE_NOOP("FindingCatalog", "Certificate expiry"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Certificate expires soon"),
         QT_TRANSLATE_NOOP("FindingCatalog", "When the certificate expires, browsers and other servers refuse to connect: federation stops."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Renew the certificate now and reload nginx; then find out why the automatic renewal did not do it.")},
        {"cert.expired", "cert", QT_TRANSLATE_NOOP("FindingCatalog", "Expired certificate"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Certificate expired"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Browsers and other servers refuse to connect until the certificate is renewed."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Renew the certificate and reload nginx.")},
        {"cert.served_stale", "cert", QT_TRANSLATE_NOOP("FindingCatalog", "Certificate served by nginx"),
         QT_TRANSLATE_NOOP("FindingCatalog", "nginx serves an old certificate"),
         QT_TRANSLATE_NOOP("FindingCatalog", "A renewed certificate only counts once nginx is reloaded."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Test the nginx configuration and reload nginx.")},
        {"cert.renewal_not_scheduled", "cert", QT_TRANSLATE_NOOP("FindingCatalog", "Certificate renewal schedule"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Certificate renewal not scheduled"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Without a scheduled renewal the certificate will expire in under 90 days."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Install a renewal timer that reloads nginx after each renewal.")},
        {"cert.renewal_failing", "cert", QT_TRANSLATE_NOOP("FindingCatalog", "Certificate renewal"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Certificate renewal failing"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Renewal normally happens 30 days before expiry; fewer days left means it failed."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Try the renewal without changing anything (dry run) to see the error, fix it, then renew.")},
        {"system.ca_certificates_old", "system", QT_TRANSLATE_NOOP("FindingCatalog", "Trusted root certificates (ca-certificates)"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Root certificates out of date"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Old root certificates make connections to other servers fail."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Update the ca-certificates package.")},
        {"service.inactive", "service", QT_TRANSLATE_NOOP("FindingCatalog", "Service running"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Service stopped"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Each Mastodon service does one part of the work: web, streaming or background jobs."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Start the services that are down; if one does not stay up, read its log.")},
        {"service.restarting", "service", QT_TRANSLATE_NOOP("FindingCatalog", "Service restarts"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Service keeps restarting"),
         QT_TRANSLATE_NOOP("FindingCatalog", "A service that keeps restarting is crashing; look at its log."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Read the service's recent log to see why it crashes, fix the cause, then restart it.")},
        {"sidekiq.scheduler_missing", "sidekiq", QT_TRANSLATE_NOOP("FindingCatalog", "Sidekiq scheduler queue"),
         QT_TRANSLATE_NOOP("FindingCatalog", "No Sidekiq serves the scheduler queue"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Without the scheduler queue, periodic jobs (cleanups, statistics) never run."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Add the scheduler queue to exactly one Sidekiq service.")},
        {"sidekiq.scheduler_duplicated", "sidekiq", QT_TRANSLATE_NOOP("FindingCatalog", "Sidekiq scheduler served once"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Scheduler queue served more than once"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Two processes serving the scheduler queue run periodic jobs twice."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Keep -q scheduler on one Sidekiq service and remove it from the others.")},
        {"sidekiq.queue_backlog", "sidekiq", QT_TRANSLATE_NOOP("FindingCatalog", "Sidekiq queues"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Sidekiq jobs piling up"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Jobs waiting in a queue mean delayed posts, notifications and federation."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Check that Sidekiq runs and is not short of memory; if the backlog stays, give Sidekiq more threads or a "
           "second process for the busy queue.")},
        {"sidekiq.dead_jobs", "sidekiq", QT_TRANSLATE_NOOP("FindingCatalog", "Sidekiq dead jobs"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Dead jobs in Sidekiq"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Dead jobs were given up after all retries; many of them point to a problem."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Look at the errors in Sidekiq's web page (/sidekiq/morgue); retry the jobs once the cause is fixed, or "
           "clear them.")},
        {"mastodon.update_available", "mastodon", QT_TRANSLATE_NOOP("FindingCatalog", "Mastodon version"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Mastodon update available"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Patch releases often fix security problems."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Read the release notes, back up, and upgrade following them.")},
        {"system.memory_pressure", "system", QT_TRANSLATE_NOOP("FindingCatalog", "Memory"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Memory running out"),
         QT_TRANSLATE_NOOP("FindingCatalog", "When memory runs out, the kernel kills processes, often PostgreSQL or Sidekiq."),
         QT_TRANSLATE_NOOP("FindingCatalog", "See which processes use the memory; lower Sidekiq's threads or Puma's workers, or add memory or swap.")},
        {"system.updates_pending", "system", QT_TRANSLATE_NOOP("FindingCatalog", "OS package updates"),
         QT_TRANSLATE_NOOP("FindingCatalog", "OS updates pending"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Security updates of the operating system close known holes."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Install the updates in a quiet hour; some need an OS restart afterwards.")},
        {"system.reboot_required", "system", QT_TRANSLATE_NOOP("FindingCatalog", "Reboot"),
         QT_TRANSLATE_NOOP("FindingCatalog", "OS restart needed"),
         QT_TRANSLATE_NOOP("FindingCatalog", "An updated kernel or library takes effect only after a reboot."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Restart the OS in a quiet hour; Mastodon is down for a few minutes.")},
        {"backup.missing", "backup", QT_TRANSLATE_NOOP("FindingCatalog", "Backups present"),
         QT_TRANSLATE_NOOP("FindingCatalog", "No backups"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Without a backup, a disk failure or a mistake loses everything."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Make a database backup now; if backups are kept elsewhere, set the backup directory in the server settings.")},
        {"backup.stale", "backup", QT_TRANSLATE_NOOP("FindingCatalog", "Backup age"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Backups stopped"),
         QT_TRANSLATE_NOOP("FindingCatalog", "A backup that stopped silently is found out only when it is needed."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Make a backup now, then find out why the scheduled backup stopped.")},
        {"backup.shrunk", "backup", QT_TRANSLATE_NOOP("FindingCatalog", "Backup size"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Backup much smaller than before"),
         QT_TRANSLATE_NOOP("FindingCatalog", "A backup much smaller than the previous ones is probably incomplete."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Make a new backup and check that it can be read.")},
        {"backup.unreadable", "backup", QT_TRANSLATE_NOOP("FindingCatalog", "Newest backup readable"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Newest backup unreadable"),
         QT_TRANSLATE_NOOP("FindingCatalog", "A backup that pg_restore cannot read restores nothing on the day it is needed."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Make a new backup now (it is read back right away), then find out what damaged the old one.")},
        {"backup.never_restored", "backup", QT_TRANSLATE_NOOP("FindingCatalog", "Restore drill"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Backups never restored"),
         QT_TRANSLATE_NOOP("FindingCatalog", "A backup never restored is not known to be one: only a restore shows that it holds the data."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Run a restore drill: it restores the newest backup into a scratch database and compares it with the live one.")},
        {"backup.no_offsite_copy", "backup", QT_TRANSLATE_NOOP("FindingCatalog", "Copy off the server"),
         QT_TRANSLATE_NOOP("FindingCatalog", "No recent copy off the server"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Backups on the server's own disk go with the server: a terminated VPS or a broken disk takes them too."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Keep a recent copy of the newest bundle on this computer; while Hoshu runs it can keep that copy up to date (Settings).")},
        {"timer.failed", "timer", QT_TRANSLATE_NOOP("FindingCatalog", "Scheduled jobs (timers)"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Scheduled job failed"),
         QT_TRANSLATE_NOOP("FindingCatalog", "A scheduled job that fails (backup, renewal, cleanup) stops doing its work silently."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Read the log of the job's service, fix the cause, then run the job again.")},
        {"renewal.due", "renewal", QT_TRANSLATE_NOOP("FindingCatalog", "Renewals and payments"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Renewal or payment due"),
         QT_TRANSLATE_NOOP("FindingCatalog", "An unpaid server or domain takes the whole instance offline."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Renew or pay it at your provider, then record the new date here.")},
        {"http.health_failed", "http", QT_TRANSLATE_NOOP("FindingCatalog", "Web server health (/health)"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Web server not healthy (/health)"),
         QT_TRANSLATE_NOOP("FindingCatalog", "When /health fails, the site is down for everyone."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Restart Mastodon; if it stays down, look at nginx and mastodon-web.")},
        {"http.instance_api_failed", "http", QT_TRANSLATE_NOOP("FindingCatalog", "Instance API"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Instance API failing"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Apps and other servers read the server's description from this API."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Refresh the instances view in the database; if it still fails, read mastodon-web's log.")},
        {"http.streaming_failed", "http", QT_TRANSLATE_NOOP("FindingCatalog", "Streaming API"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Streaming API failing"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Without streaming, timelines and notifications stop updating live."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Restart Mastodon (streaming included); if it stays down, read mastodon-streaming's log.")},
        {"http.webui_assets_failed", "http", QT_TRANSLATE_NOOP("FindingCatalog", "Web UI and its files"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Web UI files missing"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Browsers show a blank page while the API still works."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Build the Web UI's files again (assets:precompile) as the mastodon user, then restart Mastodon.")},
        {"mail.smtp_unreachable", "mastodon", QT_TRANSLATE_NOOP("FindingCatalog", "Mail server reachable"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Mail server unreachable"),
         QT_TRANSLATE_NOOP("FindingCatalog", "Without mail, new users cannot confirm their sign-up and nobody can reset a password."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Check SMTP_SERVER, SMTP_PORT and the TLS settings in .env.production against your mail "
           "provider's instructions; many VPS providers block outgoing ports 25 and 587 until you ask them. Then send "
           "a test mail from the Actions tab.")},
        {"instance.rules_missing", "mastodon", QT_TRANSLATE_NOOP("FindingCatalog", "Server rules"),
         QT_TRANSLATE_NOOP("FindingCatalog", "No server rules"),
         QT_TRANSLATE_NOOP("FindingCatalog", "New users and the moderators of other servers look for a server's rules."),
         QT_TRANSLATE_NOOP("FindingCatalog", "Add rules in Administration > Server rules.")},
    };
    return list;
}

const FindingCatalog::Entry *FindingCatalog::entry(const QString &id)
{
    for (const Entry &e : entries()) {
        if (id == QLatin1String(e.id))
            return &e;
    }
    return nullptr;
}

QStringList FindingCatalog::ids()
{
    QStringList out;
    for (const Entry &e : entries())
        out << QLatin1String(e.id);
    return out;
}

QString FindingCatalog::title(const QString &id)
{
    const Entry *e = entry(id);
    return e ? tr(e->title) : id;
}

QString FindingCatalog::problemTitle(const QString &id)
{
    const Entry *e = entry(id);
    return e ? tr(e->problem) : id;
}

QString FindingCatalog::whyItMatters(const QString &id)
{
    const Entry *e = entry(id);
    return e ? tr(e->why) : QString();
}

QString FindingCatalog::whatToDo(const QString &id)
{
    const Entry *e = entry(id);
    return e ? tr(e->whatToDo) : QString();
}

#include "checks/FindingCatalog.h"

#define T(text) QT_TRANSLATE_NOOP("FindingCatalog", text)

const QList<FindingCatalog::Entry> &FindingCatalog::entries()
{
    static const QList<Entry> list = {
        {"connection.failed", "connection", T("Connection"),
         T("While Hoshu cannot reach the server, none of the other checks can run."),
         T("Check that the server is up (your provider's console), that its address and SSH port are right in the server "
           "settings, and that your key or password still works.")},
        {"disk.usage_high", "disk", T("Disk space"),
         T("A full disk stops Mastodon and PostgreSQL; the database can be damaged."),
         T("Free space: remove old remote media and preview cards, then cap the system journal. If the disk is still "
           "nearly full, the server needs a bigger disk or object storage for media.")},
        {"disk.full_soon", "disk", T("Disk filling up"),
         T("Acting now, while there is room, is much easier than rescuing a full disk."),
         T("Free space now (remote media, preview cards, journal) and plan a bigger disk if it keeps growing.")},
        {"disk.pg_wal_large", "disk", T("PostgreSQL WAL size"),
         T("A growing pg_wal usually means a stuck replication slot or archive command; it fills the disk."),
         T("Find what holds the WAL back; never delete files in pg_wal by hand.")},
        {"disk.stray_dumps", "disk", T("Stray database dumps"),
         T("Old database dumps take space and hold your users' data outside the backups."),
         T("Copy the dump off the server if you still need it, then delete it here.")},
        {"disk.journal_large", "disk", T("System journal size"),
         T("The system journal grows without limit unless it is capped."),
         T("Cap the journal (SystemMaxUse) and shrink it to that size.")},
        {"disk.media_cache_large", "disk", T("Remote media cache size"),
         T("Remote media are copies from other servers: they can be removed and fetched again."),
         T("Remove remote media older than a week, and set the media cache retention in Administration > Server "
           "settings > Content retention so the cache stays small.")},
        {"disk.old_rubies", "disk", T("Old Ruby versions"),
         T("Ruby versions left from earlier upgrades are no longer used."),
         T("Remove the Ruby versions Mastodon no longer uses (never the one in .ruby-version).")},
        {"cert.expiring", "cert", T("Certificate expiry"),
         T("When the certificate expires, browsers and other servers refuse to connect: federation stops."),
         T("Renew the certificate now and reload nginx; then find out why the automatic renewal did not do it.")},
        {"cert.expired", "cert", T("Expired certificate"),
         T("Browsers and other servers refuse to connect until the certificate is renewed."),
         T("Renew the certificate and reload nginx.")},
        {"cert.served_stale", "cert", T("Certificate served by nginx"),
         T("A renewed certificate only counts once nginx is reloaded."),
         T("Test the nginx configuration and reload nginx.")},
        {"cert.renewal_not_scheduled", "cert", T("Certificate renewal schedule"),
         T("Without a scheduled renewal the certificate will expire in under 90 days."),
         T("Install a renewal timer that reloads nginx after each renewal.")},
        {"cert.renewal_failing", "cert", T("Certificate renewal"),
         T("Renewal normally happens 30 days before expiry; fewer days left means it failed."),
         T("Try the renewal without changing anything (dry run) to see the error, fix it, then renew.")},
        {"system.ca_certificates_old", "system", T("Trusted root certificates (ca-certificates)"),
         T("Old root certificates make connections to other servers fail."),
         T("Update the ca-certificates package.")},
        {"service.inactive", "service", T("Service running"),
         T("Each Mastodon service does one part of the work: web, streaming or background jobs."),
         T("Start the services that are down; if one does not stay up, read its log.")},
        {"service.restarting", "service", T("Service restarts"),
         T("A service that keeps restarting is crashing; look at its log."),
         T("Read the service's recent log to see why it crashes, fix the cause, then restart it.")},
        {"sidekiq.scheduler_missing", "sidekiq", T("Sidekiq scheduler queue"),
         T("Without the scheduler queue, periodic jobs (cleanups, statistics) never run."),
         T("Add the scheduler queue to exactly one Sidekiq service.")},
        {"sidekiq.scheduler_duplicated", "sidekiq", T("Sidekiq scheduler served once"),
         T("Two processes serving the scheduler queue run periodic jobs twice."),
         T("Keep -q scheduler on one Sidekiq service and remove it from the others.")},
        {"sidekiq.queue_backlog", "sidekiq", T("Sidekiq queues"),
         T("Jobs waiting in a queue mean delayed posts, notifications and federation."),
         T("Check that Sidekiq runs and is not short of memory; if the backlog stays, give Sidekiq more threads or a "
           "second process for the busy queue.")},
        {"sidekiq.dead_jobs", "sidekiq", T("Sidekiq dead jobs"),
         T("Dead jobs were given up after all retries; many of them point to a problem."),
         T("Look at the errors in Sidekiq's web page (/sidekiq/morgue); retry the jobs once the cause is fixed, or "
           "clear them.")},
        {"mastodon.update_available", "mastodon", T("Mastodon version"),
         T("Patch releases often fix security problems."),
         T("Read the release notes, back up, and upgrade following them.")},
        {"system.memory_pressure", "system", T("Memory"),
         T("When memory runs out, the kernel kills processes, often PostgreSQL or Sidekiq."),
         T("See which processes use the memory; lower Sidekiq's threads or Puma's workers, or add memory or swap.")},
        {"system.updates_pending", "system", T("OS package updates"),
         T("Security updates of the operating system close known holes."),
         T("Install the updates in a quiet hour; some need an OS restart afterwards.")},
        {"system.reboot_required", "system", T("Reboot"),
         T("An updated kernel or library takes effect only after a reboot."),
         T("Restart the OS in a quiet hour; Mastodon is down for a few minutes.")},
        {"backup.missing", "backup", T("Backups present"),
         T("Without a backup, a disk failure or a mistake loses everything."),
         T("Make a database backup now; if backups are kept elsewhere, set the backup directory in the server settings.")},
        {"backup.stale", "backup", T("Backup age"),
         T("A backup that stopped silently is found out only when it is needed."),
         T("Make a backup now, then find out why the scheduled backup stopped.")},
        {"backup.shrunk", "backup", T("Backup size"),
         T("A backup much smaller than the previous ones is probably incomplete."),
         T("Make a new backup and check that it can be read.")},
        {"timer.failed", "timer", T("Scheduled jobs (timers)"),
         T("A scheduled job that fails (backup, renewal, cleanup) stops doing its work silently."),
         T("Read the log of the job's service, fix the cause, then run the job again.")},
        {"renewal.due", "renewal", T("Renewals and payments"),
         T("An unpaid server or domain takes the whole instance offline."),
         T("Renew or pay it at your provider, then record the new date here.")},
        {"http.health_failed", "http", T("Web server health (/health)"),
         T("When /health fails, the site is down for everyone."),
         T("Restart Mastodon; if it stays down, look at nginx and mastodon-web.")},
        {"http.instance_api_failed", "http", T("Instance API"),
         T("Apps and other servers read the server's description from this API."),
         T("Refresh the instances view in the database; if it still fails, read mastodon-web's log.")},
        {"http.streaming_failed", "http", T("Streaming API"),
         T("Without streaming, timelines and notifications stop updating live."),
         T("Restart Mastodon (streaming included); if it stays down, read mastodon-streaming's log.")},
        {"http.webui_assets_failed", "http", T("Web UI and its files"),
         T("Browsers show a blank page while the API still works."),
         T("Build the Web UI's files again (assets:precompile) as the mastodon user, then restart Mastodon.")},
        {"instance.rules_missing", "mastodon", T("Server rules"),
         T("New users and the moderators of other servers look for a server's rules."),
         T("Add rules in Administration > Server rules.")},
    };
    return list;
}

#undef T

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

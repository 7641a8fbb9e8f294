#include "FindingAdvice.h"

#include <QHash>

QString FindingAdvice::whyItMatters(const QString &id)
{
    // Looked up at call time so the texts follow the UI language.
    const QHash<QString, QString> why = {
        {QStringLiteral("connection.failed"), tr("While Hoshu cannot reach the server, none of the other checks can run.")},
        {QStringLiteral("disk.usage_high"), tr("A full disk stops Mastodon and PostgreSQL; the database can be damaged.")},
        {QStringLiteral("disk.full_soon"), tr("Acting now, while there is room, is much easier than rescuing a full disk.")},
        {QStringLiteral("disk.pg_wal_large"), tr("A growing pg_wal usually means a stuck replication slot or archive command; it fills the disk.")},
        {QStringLiteral("disk.stray_dumps"), tr("Old database dumps take space and hold your users' data outside the backups.")},
        {QStringLiteral("disk.journal_large"), tr("The system journal grows without limit unless it is capped.")},
        {QStringLiteral("disk.media_cache_large"), tr("Remote media are copies from other servers: they can be removed and fetched again.")},
        {QStringLiteral("disk.old_rubies"), tr("Ruby versions left from earlier upgrades are no longer used.")},
        {QStringLiteral("cert.expiring"), tr("When the certificate expires, browsers and other servers refuse to connect: federation stops.")},
        {QStringLiteral("cert.expired"), tr("Browsers and other servers refuse to connect until the certificate is renewed.")},
        {QStringLiteral("cert.served_stale"), tr("A renewed certificate only counts once nginx is reloaded.")},
        {QStringLiteral("cert.renewal_not_scheduled"), tr("Without a scheduled renewal the certificate will expire in under 90 days.")},
        {QStringLiteral("cert.renewal_failing"), tr("Renewal normally happens 30 days before expiry; fewer days left means it failed.")},
        {QStringLiteral("system.ca_certificates_old"), tr("Old root certificates make connections to other servers fail.")},
        {QStringLiteral("service.inactive"), tr("Each Mastodon service does one part of the work: web, streaming or background jobs.")},
        {QStringLiteral("service.restarting"), tr("A service that keeps restarting is crashing; look at its log.")},
        {QStringLiteral("sidekiq.scheduler_missing"), tr("Without the scheduler queue, periodic jobs (cleanups, statistics) never run.")},
        {QStringLiteral("sidekiq.scheduler_duplicated"), tr("Two processes serving the scheduler queue run periodic jobs twice.")},
        {QStringLiteral("sidekiq.queue_backlog"), tr("Jobs waiting in a queue mean delayed posts, notifications and federation.")},
        {QStringLiteral("sidekiq.dead_jobs"), tr("Dead jobs were given up after all retries; many of them point to a problem.")},
        {QStringLiteral("mastodon.update_available"), tr("Patch releases often fix security problems.")},
        {QStringLiteral("system.memory_pressure"), tr("When memory runs out, the kernel kills processes, often PostgreSQL or Sidekiq.")},
        {QStringLiteral("system.updates_pending"), tr("Security updates of the operating system close known holes.")},
        {QStringLiteral("system.reboot_required"), tr("An updated kernel or library takes effect only after a reboot.")},
        {QStringLiteral("backup.missing"), tr("Without a backup, a disk failure or a mistake loses everything.")},
        {QStringLiteral("backup.stale"), tr("A backup that stopped silently is found out only when it is needed.")},
        {QStringLiteral("backup.shrunk"), tr("A backup much smaller than the previous ones is probably incomplete.")},
        {QStringLiteral("timer.failed"), tr("A scheduled job that fails (backup, renewal, cleanup) stops doing its work silently.")},
        {QStringLiteral("renewal.due"), tr("An unpaid server or domain takes the whole instance offline.")},
    };
    return why.value(id);
}

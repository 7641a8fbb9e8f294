// FindingCatalog::remedy: which actions clear which finding. Kept apart from the
// texts so the mapping reads as one table.
#include "checks/Finding.h"
#include "checks/FindingCatalog.h"

#include <QRegularExpression>

namespace {

using Kind = FindingRemedy::Kind;

RemedyStep step(const char *actionId, const QMap<QString, QString> &params = {})
{
    return {QLatin1String(actionId), params};
}

FindingRemedy fix(const RemedyStep &s, const QList<RemedyStep> &diagnostics = {})
{
    FindingRemedy r;
    r.kind = Kind::Fix;
    r.steps = {s};
    r.diagnostics = diagnostics;
    return r;
}

FindingRemedy procedure(const QList<RemedyStep> &steps, const QList<RemedyStep> &diagnostics = {})
{
    FindingRemedy r;
    r.kind = Kind::Procedure;
    r.steps = steps;
    r.diagnostics = diagnostics;
    return r;
}

FindingRemedy manual(const QString &steps, const QList<RemedyStep> &diagnostics = {}, const QString &link = {})
{
    FindingRemedy r;
    r.kind = Kind::Manual;
    r.manualSteps = steps;
    r.diagnostics = diagnostics;
    r.link = link;
    return r;
}

QString evidence(const Finding &f, const char *key)
{
    return f.evidence.value(QLatin1String(key)).toString();
}

// The items of the finding's list KEY that one run of an action taking a space-separated
// list can carry: those matching ITEM, at most MAX (the action refuses the rest, and the
// re-check then still shows them).
QString spaceSeparated(const Finding &f, const char *key, const QRegularExpression &item, int max)
{
    QStringList out;
    for (const QString &v : f.evidence.value(QLatin1String(key)).toStringList()) {
        if (out.size() < max && item.match(v).hasMatch())
            out << v;
    }
    return out.join(QLatin1Char(' '));
}

// Every dump of disk.stray_dumps in one run of disk.remove_dump.
QString dumpList(const Finding &f)
{
    static const QRegularExpression path(QStringLiteral("^\\S+$"));
    return spaceSeparated(f, "paths", path, 32);
}

// Every old Ruby of disk.old_rubies in one run of disk.remove_ruby.
QString rubyList(const Finding &f)
{
    static const QRegularExpression version(QStringLiteral("^[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    return spaceSeparated(f, "versions", version, 16);
}

// A systemd unit that is down: Mastodon's own units start together (the one
// action names every unit, stopped ones included); the others by name.
RemedyStep startUnit(const QString &unit)
{
    if (unit.startsWith(QLatin1String("mastodon-")))
        return step("services.start_mastodon");
    if (unit == QLatin1String("nginx.service"))
        return step("services.restart_nginx");
    if (unit.startsWith(QLatin1String("postgresql")))
        return step("services.restart_postgresql");
    if (unit.startsWith(QLatin1String("redis")))
        return step("services.restart_redis");
    return step("services.restart_unit", {{QStringLiteral("unit"), unit}});
}

bool isMastodonComposeService(const QString &service)
{
    return service == QLatin1String("web") || service == QLatin1String("streaming")
        || service.startsWith(QLatin1String("sidekiq"));
}

// The recent log of a systemd unit, or of a compose service (the same parameter).
RemedyStep unitLog(const QString &unit)
{
    return step("services.unit_log", {{QStringLiteral("unit"), unit}});
}

// Capped below the finding's own limit, so the finding clears and stays cleared.
RemedyStep journalVacuum(const Finding &f)
{
    const qint64 limit = f.evidence.value(QStringLiteral("limit")).toLongLong();
    if (limit <= 0)
        return step("disk.journal_vacuum");
    const qint64 mib = qBound(qint64(50), limit / (1024 * 1024) * 3 / 4, qint64(999999));
    return step("disk.journal_vacuum", {{QStringLiteral("max_size"), QString::number(mib) + QLatin1Char('M')}});
}

// The directory the finding is about: its newest file's, else the first one looked in.
QString backupDir(const Finding &f)
{
    QString dir = evidence(f, "file").section(QLatin1Char('/'), 0, -2);
    if (dir.isEmpty())
        dir = evidence(f, "dirs").section(QStringLiteral(", "), 0, 0);
    if (!dir.startsWith(QLatin1Char('/')) || dir.contains(QLatin1String("..")))
        return {};
    return dir;
}

// ACTION into (or on) the directory the backups are looked for in, so a new one counts:
// backup.now, backup.install_schedule (so that backups go on by themselves), backup.drill.
RemedyStep inBackupDir(const char *action, const Finding &f)
{
    const QString dir = backupDir(f);
    if (dir.isEmpty())
        return step(action);
    return step(action, {{QStringLiteral("dir"), dir}});
}

// So that the remote media cache does not fill the disk again: Mastodon's own content
// retention (Administration > Server settings, since 4.0), else a weekly cleanup job.
RemedyStep keepMediaCacheSmall(int mastodonMajor)
{
    if (mastodonMajor >= 0 && mastodonMajor < 4)
        return step("media.install_cleanup_timer");
    return step("media.set_cache_retention");
}

FindingRemedy withPreventions(FindingRemedy r, const QList<RemedyStep> &preventions)
{
    r.preventions = preventions;
    return r;
}

FindingRemedy freeDiskSpace(int mastodonMajor)
{
    return withPreventions(procedure({step("media.remove_remote"), step("cache.remove_preview_cards"),
                                      step("disk.journal_vacuum")},
                                     {step("system.disk_usage")}),
                           {keepMediaCacheSmall(mastodonMajor)});
}

} // namespace

FindingRemedy FindingCatalog::remedy(const Finding &f, const QString &deployment, int mastodonMajor)
{
    const bool docker = deployment == QLatin1String("docker");
    const QString &id = f.id;

    if (id == QLatin1String("connection.failed"))
        return manual(whatToDo(id));
    if (id == QLatin1String("disk.usage_high") || id == QLatin1String("disk.full_soon"))
        return freeDiskSpace(mastodonMajor);
    if (id == QLatin1String("disk.pg_wal_large"))
        return manual(tr("On the server, as the postgres user, run psql and look at SELECT slot_name, active FROM "
                         "pg_replication_slots; and SHOW archive_command;. Drop a slot nobody uses with SELECT "
                         "pg_drop_replication_slot('name'); or fix the archive command. PostgreSQL then removes the "
                         "old WAL by itself at the next checkpoint."));
    if (id == QLatin1String("disk.stray_dumps"))
        return fix(step("disk.remove_dump", {{QStringLiteral("paths"), dumpList(f)}}));
    if (id == QLatin1String("disk.journal_large"))
        return fix(journalVacuum(f));
    if (id == QLatin1String("disk.media_cache_large"))
        return withPreventions(fix(step("media.remove_remote"), {step("media.usage"), step("mastodon.list_relays")}),
                               {keepMediaCacheSmall(mastodonMajor)});
    if (id == QLatin1String("disk.old_rubies")) {
        if (docker) // Ruby lives in the images: a newer image replaces it
            return manual(tr("Remove old Mastodon images with docker image prune after an upgrade."));
        return fix(step("disk.remove_ruby", {{QStringLiteral("versions"), rubyList(f)}}));
    }
    if (id == QLatin1String("cert.expiring") || id == QLatin1String("cert.expired")) {
        if (evidence(f, "source") == QLatin1String("served"))
            return manual(tr("This certificate is not one of certbot's, so Hoshu cannot renew it. Renew it where it "
                             "came from (your certificate provider or the tool that issued it), install the new "
                             "files where nginx's ssl_certificate points, then reload nginx."));
        return fix(step("cert.renew"));
    }
    if (id == QLatin1String("cert.served_stale")) // the renewal timer's deploy hook reloads nginx
        return withPreventions(fix(step("nginx.test_and_reload")), {step("cert.install_renewal_timer")});
    if (id == QLatin1String("cert.renewal_not_scheduled"))
        return fix(step("cert.install_renewal_timer"));
    if (id == QLatin1String("cert.renewal_failing"))
        return procedure({step("cert.renew_dry_run"), step("cert.renew")});
    if (id == QLatin1String("system.ca_certificates_old"))
        return fix(step("system.update_ca_certificates"));
    if (id == QLatin1String("service.inactive")) {
        if (docker) {
            return isMastodonComposeService(f.subject)
                ? fix(step("services.restart_mastodon"))
                : fix(step("services.up_compose_service", {{QStringLiteral("service"), f.subject}}));
        }
        if (f.subject == QLatin1String("mastodon-*")) // no Mastodon unit at all: nothing to start
            return manual(tr("Install Mastodon's systemd units (dist/mastodon-*.service in the Mastodon directory) into "
                             "/etc/systemd/system, run systemctl daemon-reload and enable them; or, if this server "
                             "runs Mastodon with docker compose, change its deployment in the server settings."));
        return fix(startUnit(f.subject), {unitLog(f.subject)});
    }
    if (id == QLatin1String("service.restarting")) {
        if (docker)
            return procedure({unitLog(f.subject),
                              step("services.up_compose_service", {{QStringLiteral("service"), f.subject}})});
        return procedure({unitLog(f.subject), step("services.restart_unit", {{QStringLiteral("unit"), f.subject}})});
    }
    if (id == QLatin1String("sidekiq.scheduler_missing")) {
        if (docker) // the queues are in the compose file, which is the admin's
            return manual(tr("In the compose file, add -q scheduler to the command of one sidekiq service (or remove "
                             "its -q options), then run docker compose up -d for that service."));
        return fix(step("sidekiq.add_scheduler_queue"));
    }
    if (id == QLatin1String("sidekiq.scheduler_duplicated")) {
        if (docker)
            return manual(tr("In the compose file, remove -q scheduler from the command of every sidekiq service but "
                             "one, then run docker compose up -d for those services."),
                          {step("services.status")});
        return fix(step("sidekiq.remove_duplicate_scheduler"), {step("services.status")});
    }
    if (id == QLatin1String("sidekiq.queue_backlog"))
        return manual(whatToDo(id), {step("services.status"), step("system.top_memory")});
    if (id == QLatin1String("sidekiq.dead_jobs"))
        return fix(step("sidekiq.retry_dead_jobs"));
    if (id == QLatin1String("mastodon.update_available")) {
        const QString version = evidence(f, "latestPatch").isEmpty() ? evidence(f, "latest") : evidence(f, "latestPatch");
        return manual(tr("Read the release notes of Mastodon %1 (they list the steps and any database migration), make a "
                         "backup, then upgrade as they describe.").arg(version),
                      {}, QStringLiteral("https://github.com/mastodon/mastodon/releases/tag/v%1").arg(version));
    }
    if (id == QLatin1String("system.memory_pressure"))
        return withPreventions(manual(whatToDo(id), {step("system.top_memory"), step("system.memory")}),
                               {step("system.set_swappiness")});
    if (id == QLatin1String("system.updates_pending"))
        return fix(step("system.install_updates"), {step("system.list_updates")});
    if (id == QLatin1String("system.reboot_required"))
        return fix(step("system.reboot"));
    if (id == QLatin1String("backup.missing") || id == QLatin1String("backup.stale"))
        return withPreventions(fix(inBackupDir("backup.now", f)), {inBackupDir("backup.install_schedule", f)});
    if (id == QLatin1String("backup.shrunk") || id == QLatin1String("backup.unreadable"))
        return fix(inBackupDir("backup.now", f));
    if (id == QLatin1String("backup.no_offsite_copy")) {
        // A transfer to this computer, not a command on the server: the Backups tab or hoshu-cli.
        FindingRemedy r = manual(tr("Copy the newest bundle to this computer: press Copy the newest backup here "
                                    "(the server's Backups tab shows the transfer), or run hoshu-cli backup %1 "
                                    "--newest --download FOLDER. Keep the copies where only you can read them: they "
                                    "hold the server's secrets.")
                                     .arg(f.subject.isEmpty() ? QStringLiteral("SERVER") : f.subject));
        r.copiesHere = true;
        return r;
    }
    if (id == QLatin1String("backup.never_restored"))
        return fix(inBackupDir("backup.drill", f));
    if (id == QLatin1String("timer.failed")) {
        const QString service = evidence(f, "service");
        if (docker) // a timer of the host, beside the containers
            return manual(tr("Read the job's log with journalctl -u %1 -n 50, fix the cause, then run it again with "
                             "systemctl start %1.").arg(service));
        return procedure({unitLog(service), step("services.restart_unit", {{QStringLiteral("unit"), service}})});
    }
    if (id == QLatin1String("renewal.due")) {
        FindingRemedy r = manual(tr("Renew or pay %1 at your provider. Then record the new due date here, so Hoshu "
                                    "reminds you again in time.").arg(f.subject));
        r.recordsDone = true;
        return r;
    }
    if (id == QLatin1String("http.health_failed") || id == QLatin1String("http.streaming_failed"))
        return fix(step("services.restart_mastodon"), {step("services.status")});
    if (id == QLatin1String("http.instance_api_failed"))
        return fix(step("database.refresh_instances_view"));
    if (id == QLatin1String("http.webui_assets_failed"))
        return manual(tr("As the mastodon user in the Mastodon directory, run RAILS_ENV=production bundle exec rails "
                         "assets:precompile, then restart Mastodon. It usually fails for lack of memory: read its "
                         "output."));
    if (id == QLatin1String("instance.rules_missing"))
        return manual(whatToDo(id));
    // No diagnostic step: mastodon.test_mail needs an address the user types.
    if (id == QLatin1String("mail.smtp_unreachable"))
        return manual(whatToDo(id));
    return {};
}

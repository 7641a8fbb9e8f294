# shellcheck shell=bash
# Scenarios: each one puts the host in a real state (files, units, mounts, database), never a
# flag Hoshu could read. `pre` runs on the host's root before boot, `post` over SSH after it.

HT_SCENARIOS=(
  "services-stopped:all Mastodon units stopped (systemctl stop), as before seed 000's restart"
  "disk-nearly-full:public/system is a 64 MiB ext4 (loop) filled to ~95% with old cached media"
  "cert-expiring:the Let's Encrypt certificate expires in 5 days; certbot renews it from the host's ACME server (pebble)"
  "cert-served-stale:a renewed certificate is on disk, nginx still serves the old one (no reload)"
  "no-renewal-timer:certbot.timer removed (and its cron file): nothing renews the certificate"
  "sidekiq-no-scheduler:mastodon-sidekiq runs with -q default -q push -q ingress -q mailers -q pull (no scheduler)"
  "sidekiq-scheduler-twice:a second Sidekiq service (mastodon-sidekiq-2, -q default -q scheduler) beside the one reading sidekiq.yml: two processes run the scheduler"
  "pg-wal-large:a stuck replication slot keeps ~200 MiB of WAL in pg_wal"
  "big-journal:the journal holds ~100 MiB of logs"
  "backup-old:daily pg_dump backups in /var/backups/mastodon stopped 9 days ago"
  "backup-truncated:the newest backup in /var/backups/mastodon is truncated"
  "no-backups:no backups at all (/var/backups/mastodon absent: nobody set them up)"
  "stray-dumps:old pg_dump files lie in /root and /home/mastodon"
  "pending-updates:apt sees upgrades for openssl, nginx and sudo (older versions installed); apt-get upgrade installs them"
  "no-rules:the server has no rules (every row of the rules table deleted)"
  "dead-jobs:Sidekiq's dead set holds 1200 jobs (a finding from 1000 on), 44 jobs wait for a retry"
  "instances-view-empty:the materialized view instances is not populated: /api/v1/instance answers 500 (seed 001)"
  "mastodon-update-available:Mastodon's own update check found 4.3.3 (urgent patch) and 4.4.0 (minor) for this 4.3.2"
  "fresh-install:a new server, as after a lost one: Mastodon installed and running, its database empty (every table truncated), Redis empty, no backups"
)

ht_list_scenarios() { local s; for s in "${HT_SCENARIOS[@]}"; do printf '%-26s %s\n' "${s%%:*}" "${s#*:}"; done; }
ht_scenario_known() { local s; for s in "${HT_SCENARIOS[@]}"; do [ "${s%%:*}" = "$1" ] && return 0; done; return 1; }

# ht_scenario_stops SCENARIO: the services (lib/ready.sh names) its `post` stops on purpose;
# `up` then waits for them to be stopped and for everything else to answer.
ht_scenario_stops() {
  case "$1" in
    services-stopped) printf '%s\n' web streaming sidekiq ;;
  esac
}

ht_scenario_pre() {   # SCENARIO HOSTDIR ROOT DOMAIN
  local s="$1" hd="$2" root="$3" dom="$4"
  case "$s" in
    disk-nearly-full)
      ht_require_tools mkfs.ext4 losetup
      truncate -s 64M "$hd/media.img"
      mkfs.ext4 -q -F -L mastodon-media "$hd/media.img"
      local dev; dev=$(losetup --find --show "$hd/media.img")
      mkdir -p "$hd/mediafs"
      mount "$dev" "$hd/mediafs"
      cp -a "$root/home/mastodon/live/public/system/." "$hd/mediafs/"
      rm -rf "$hd/mediafs/lost+found"
      chown --reference="$root/home/mastodon/live" "$hd/mediafs"
      HT_NSPAWN_EXTRA+=("--bind=$hd/mediafs:/home/mastodon/live/public/system")
      echo "FILL_MEDIA_TO_PERCENT=95" >>"$root/etc/hoshu-testhost/seed.env"
      ;;
    cert-expiring)
      ht_issue "$hd" "$root" "$dom" 1 -85 5
      ht_acme_pre "$hd" "$root" "$dom" ;;
    cert-served-stale)
      ht_issue "$hd" "$root" "$dom" 1 -80 10 ;;
    no-renewal-timer)
      rm -f "$root/lib/systemd/system/certbot.timer" "$root/etc/systemd/system/timers.target.wants/certbot.timer" \
            "$root/etc/cron.d/certbot" ;;
    sidekiq-no-scheduler)
      sed -i 's|^ExecStart=.*|ExecStart=/home/mastodon/.rbenv/shims/bundle exec sidekiq -c 25 -q default -q push -q ingress -q mailers -q pull|' \
        "$root/etc/systemd/system/mastodon-sidekiq.service" ;;
    big-journal)
      mkdir -p "$root/etc/systemd/journald.conf.d"
      printf '[Journal]\nRateLimitBurst=0\nSystemMaxUse=2G\n' >"$root/etc/systemd/journald.conf.d/noisy.conf" ;;
    pending-updates)
      # The installed versions become older ones: apt's lists (from the build) offer upgrades.
      "$(ht_python)" - "$root/var/lib/dpkg/status" <<'PY'
import re, sys
p = sys.argv[1]; text = open(p).read()
# Packages nothing else asks a newer version of (libssl3 is left out: openssh needs its
# current version), so that dpkg's state stays consistent and `apt-get upgrade` can run.
old = {"openssl": "3.0.11-1~deb12u2", "nginx": "1.22.1-9", "nginx-common": "1.22.1-9", "sudo": "1.9.13p3-1+deb12u1"}
out = []
for block in text.split("\n\n"):
    m = re.search(r"^Package: (\S+)$", block, re.M)
    if m and m.group(1) in old:
        block = re.sub(r"^Version: .*$", "Version: " + old[m.group(1)], block, flags=re.M)
        # Among themselves (nginx needs its nginx-common): the older versions' dependencies.
        for pkg, ver in old.items():
            block = re.sub(r"(?m)^((?:Pre-)?Depends: .*?)(?<![\w.+-])%s \(>= [^)]*\)" % re.escape(pkg),
                           lambda mm: "%s%s (>= %s)" % (mm.group(1), pkg, ver), block)
    out.append(block)
open(p, "w").write("\n\n".join(out))
PY
      # The new versions' .debs, downloaded at build time: apt-get upgrade installs them
      # without a mirror (the host has no route to one).
      cp "$root"/var/lib/hoshu-testhost/debs/*.deb "$root/var/cache/apt/archives/" ;;
  esac
}

ht_scenario_post() {   # SCENARIO NAME HOSTDIR DOMAIN
  local s="$1" name="$2" hd="$3" dom="$4"
  case "$s" in
    services-stopped)
      ht_ssh "$name" systemctl stop mastodon-web.service mastodon-sidekiq.service mastodon-streaming.service \
        'mastodon-streaming@4000.service' ;;
    cert-expiring)
      ht_acme_post "$name" "$hd" "$dom" ;;
    cert-served-stale)
      # certbot renewed (lineage version 2) but no deploy hook reloaded nginx.
      ht_issue "$hd" "$hd/merged" "$dom" 2 -1 89 ;;
    pg-wal-large)
      ht_ssh "$name" "runuser -u postgres -- psql -q -d mastodon_production" >/dev/null <<'SQL'
SELECT pg_create_physical_replication_slot('standby1', true);
CREATE TABLE IF NOT EXISTS hoshu_wal_filler (x bigint);
SQL
      for _ in $(seq 13); do
        echo "INSERT INTO hoshu_wal_filler SELECT generate_series(1, 1000); SELECT pg_switch_wal();"
      done | ht_ssh "$name" "runuser -u postgres -- psql -q -d mastodon_production" >/dev/null
      ht_ssh "$name" "runuser -u postgres -- psql -q -d mastodon_production -c 'DROP TABLE hoshu_wal_filler'" ;;
    sidekiq-scheduler-twice)
      # What a copied unit for a second Sidekiq often looks like: its own queues, and
      # scheduler kept "to be safe" although the first one already runs it.
      ht_ssh "$name" "set -e; sed -e 's|^ExecStart=.*|ExecStart=/home/mastodon/.rbenv/shims/bundle exec sidekiq -c 5 -q default -q scheduler|' \
          -e 's|^Description=.*|Description=mastodon-sidekiq-2|' /etc/systemd/system/mastodon-sidekiq.service >/etc/systemd/system/mastodon-sidekiq-2.service
        systemctl daemon-reload; systemctl enable --now mastodon-sidekiq-2.service" >/dev/null 2>&1 ;;
    big-journal)
      ht_ssh "$name" "python3 -c \"
import sys, random
line = 'mastodon-web[1234]: method=GET path=/api/v1/timelines/home format=json controller=Api::V1::Timelines::HomeController action=show status=200 duration=%.2f view=0.00 db=%.2f\n'
out = sys.stdout
for i in range(400000): out.write(line % (random.random() * 300, random.random() * 50))
\" | systemd-cat -t puma && journalctl --sync" ;;
    backup-old|backup-truncated)
      # The week of daily backups every host has (seed.py) goes first: this is their only history.
      ht_ssh "$name" "set -e; rm -f /var/backups/mastodon/mastodon_production-*.dump; mkdir -p /var/backups/mastodon; cd /var/backups/mastodon
        runuser -u postgres -- pg_dump -Fc mastodon_production >/tmp/dump.pgc
        for d in \$(seq 1 14); do
          when=\$(date -d \"-\$((d + $([ "$s" = backup-old ] && echo 8 || echo 0))) days\" +%Y%m%d)
          cp /tmp/dump.pgc mastodon_production-\$when.dump
          touch -d \"\$when 03:10\" mastodon_production-\$when.dump
        done
        rm /tmp/dump.pgc" 
      if [ "$s" = backup-truncated ]; then
        # shellcheck disable=SC2016  # expanded on the host
        ht_ssh "$name" 'cd /var/backups/mastodon; f=$(ls -t | head -1); t=$(stat -c %y "$f");
          head -c $(( $(stat -c %s "$f") / 3 )) "$f" >"$f.tmp"; mv "$f.tmp" "$f"; touch -d "$t" "$f"'
      fi ;;
    no-backups)
      ht_ssh "$name" "rm -rf /var/backups/mastodon" ;;
    mastodon-update-available)
      # What SoftwareUpdateCheckService stores from api.joinmastodon.org/update-check for a
      # 4.3.2 server: only releases newer than it, type as Mastodon's enum (patch 0, minor 1).
      ht_ssh "$name" "runuser -u mastodon -- psql -X -q -v ON_ERROR_STOP=1 -d mastodon_production" >/dev/null <<'SQL'
INSERT INTO software_updates (version, urgent, type, release_notes, created_at, updated_at) VALUES
  ('4.3.3', true, 0, 'https://github.com/mastodon/mastodon/releases/tag/v4.3.3', now(), now()),
  ('4.4.0', false, 1, 'https://github.com/mastodon/mastodon/releases/tag/v4.4.0', now(), now());
SQL
      ;;
    dead-jobs)
      # Deliveries to a server that went away, after Sidekiq's 25 retries (the seed's one
      # dead job stays among them); a few more still waiting for their next retry.
      ht_ssh "$name" /usr/bin/python3 - <<'PY'
import json, random, sys, time
sys.path.insert(0, "/opt/hoshu-standin")
from resp import Redis
r, now = Redis(), time.time()
def job(k, retry_count, failed_at):
    return json.dumps({"retry": True, "queue": "push", "class": "ActivityPub::DeliveryWorker",
                       "args": ["{}", str(k), "https://gone.example/inbox"], "jid": "%024x" % random.getrandbits(96),
                       "created_at": failed_at - 20 * 86400, "enqueued_at": failed_at, "retry_count": retry_count,
                       "error_class": "HTTP::ConnectionError", "error_message": "failed to connect: gone.example",
                       "failed_at": failed_at})
for k in range(1199):
    t = now - random.uniform(0, 5 * 86400)
    r.cmd("ZADD", "dead", "%.3f" % t, job(k, 25, t))
for k in range(40):
    r.cmd("ZADD", "retry", "%.3f" % (now + 600 * (k + 1)), job(10000 + k, 3, now - 3600))
PY
      ;;
    instances-view-empty)
      # What a restore without the view's data leaves (seed 001): the view exists, unreadable.
      ht_ssh "$name" "runuser -u mastodon -- psql -X -q -d mastodon_production -c 'REFRESH MATERIALIZED VIEW instances WITH NO DATA'" >/dev/null ;;
    no-rules)
      # As an admin deleting each rule in Administration > Server rules (Mastodon soft-deletes).
      ht_ssh "$name" "runuser -u mastodon -- psql -X -q -d mastodon_production -c 'UPDATE rules SET deleted_at = now() WHERE deleted_at IS NULL'" >/dev/null ;;
    fresh-install)
      # The schema stays (Mastodon is installed: its migrations ran); no row, no job, no backup.
      ht_ssh "$name" "runuser -u mastodon -- psql -X -q -v ON_ERROR_STOP=1 -d mastodon_production" >/dev/null <<'SQL'
DO $$ BEGIN
  EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('%I.%I', schemaname, tablename), ', ') || ' CASCADE'
           FROM pg_tables WHERE schemaname = 'public');
END $$;
SQL
      ht_ssh "$name" 'redis-cli FLUSHALL >/dev/null && rm -rf /var/backups/mastodon' ;;
    stray-dumps)
      ht_ssh "$name" 'set -e
        runuser -u postgres -- pg_dump mastodon_production >/root/mastodon_production_2023-05-01.sql
        touch -d 2023-05-01 /root/mastodon_production_2023-05-01.sql
        runuser -u postgres -- pg_dump mastodon_production | gzip >/home/mastodon/backup-before-4.2.sql.gz
        chown mastodon: /home/mastodon/backup-before-4.2.sql.gz; touch -d 2023-09-22 /home/mastodon/backup-before-4.2.sql.gz' ;;
  esac
}

# Hoshu probe library (POSIX sh, read-only). Hoshu runs it as ONE exec per refresh:
#   sh -c '<lib.sh + native.sh|docker.sh>' hoshu-probe NONCE TIER MASTODON_DIR [BACKUP_DIRS]
# Output: sections, each introduced by "@@hoshu-NONCE section NAME" and closed by
# "@@hoshu-NONCE exit STATUS". The nonce is random per run, so no file content or file
# name printed here can fake a section. Every section runs in its own subshell with its
# stderr in the section: one failing section never hides the others.
# Nothing here changes the server, and no secret is ever printed.
HOSHU_NONCE=${1:-0}
HOSHU_TIER=${2:-fast}
HOSHU_DIR=${3:-/home/mastodon/live}
HOSHU_BACKUP_DIRS=${4:-}
# The apt state key of the previous refresh: when apt's lists, cache and dpkg's
# status are as they were, the (costly) upgrade simulation is skipped.
HOSHU_UPDATES_KEY=${5:-}
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:$PATH
export PATH
LC_ALL=C
export LC_ALL
SYSTEMD_PAGER=
export SYSTEMD_PAGER

have() { command -v "$1" >/dev/null 2>&1; }
# t SECONDS CMD...: a bounded run, so one hung tool (dbus, redis, apt) cannot stall a refresh.
t() { _s=$1; shift; if have timeout; then timeout "$_s" "$@"; else "$@"; fi; }
section() {   # section NAME FUNCTION
  echo "@@hoshu-$HOSHU_NONCE section $1"
  ( "$2" ) 2>&1 </dev/null
  echo "@@hoshu-$HOSHU_NONCE exit $?"
}
# Reads KEY=VALUE from .env.production without the shell evaluating anything.
envval() {
  [ -r "$HOSHU_ENV" ] || return 0
  sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$HOSHU_ENV" | tail -n 1 | sed 's/^["'\'']//; s/["'\'']$//; s/[[:space:]]*$//'
}
HOSHU_ENV="$HOSHU_DIR/.env.production"

# Every deployment's script starts the same way: the probe section, then the slow
# tier unless the tier is fast. Tiers: fast (every refresh), slow (du, dumps,
# backups), full (both, still one exec). The slow tier alone ends here.
begin_probe() {
  section probe s_probe
  if [ "$HOSHU_TIER" != fast ]; then
    section du s_du
    section dumps s_dumps
    section backups s_backups
  fi
  [ "$HOSHU_TIER" = slow ] && exit 0
}
s_probe() {
  echo "probe_version=1"
  echo "tier=$HOSHU_TIER"
  echo "uid=$(id -u)"
  echo "now=$(date +%s)"
  echo "tz_offset=$(date +%z)"
  echo "tz_name=$(date +%Z)"
  echo "hostname=$(hostname 2>/dev/null || cat /proc/sys/kernel/hostname)"
  echo "kernel=$(uname -r)"
  echo "mastodon_dir=$HOSHU_DIR"
}
s_os_release() { cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release; }
s_loadavg() {
  echo "loadavg=$(cat /proc/loadavg)"
  echo "uptime=$(cat /proc/uptime)"
  echo "cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || grep -c ^processor /proc/cpuinfo)"
}
s_meminfo() { cat /proc/meminfo; }
# Pseudo and image filesystems are noise: a full squashfs snap is always 100%.
DF_EXCLUDE="-x tmpfs -x devtmpfs -x squashfs -x proc -x sysfs -x cgroup -x cgroup2 -x efivarfs -x fuse.lxcfs -x nsfs -x autofs -x iso9660"
s_df() { df -PT -B1 $DF_EXCLUDE; }
s_df_inodes() { df -PT -i $DF_EXCLUDE; }
s_journal() { t 10 journalctl --disk-usage; }
s_reboot() {
  if [ -f /var/run/reboot-required ]; then
    echo "reboot_required=yes"
    [ -f /var/run/reboot-required.pkgs ] && sed 's/^/pkg=/' /var/run/reboot-required.pkgs | head -n 50
  elif have needs-restarting; then
    t 15 needs-restarting -r >/dev/null 2>&1
    case $? in 0) echo "reboot_required=no" ;; 1) echo "reboot_required=yes" ;; *) echo "reboot_required=unknown" ;; esac
  elif have dpkg; then
    echo "reboot_required=no"
  else
    echo "reboot_required=unknown"
  fi
}
apt_state_key() {
  stat -c %Y /var/lib/apt/lists /var/lib/dpkg/status /var/cache/apt/pkgcache.bin 2>/dev/null | tr '\n' '-'
}
s_updates() {
  # The exit status is printed: a failed simulation must not read as "nothing pending".
  if have apt-get; then
    echo "manager=apt"
    if [ -n "$HOSHU_UPDATES_KEY" ] && [ "$(apt_state_key)" = "$HOSHU_UPDATES_KEY" ]; then
      echo "key=$HOSHU_UPDATES_KEY"
      echo "unchanged=1"
      return 0
    fi
    # -s simulates; Debug::NoLocking lets an unprivileged or concurrent run read the state.
    out=$(t 30 apt-get -s -o Debug::NoLocking=1 upgrade 2>&1); st=$?
    echo "key=$(apt_state_key)"
    if [ "$st" = 0 ]; then
      echo "status=0"
      printf '%s\n' "$out" | sed -n 's/^Inst \([^ ]*\) .*(\([^ ]*\) \([^)]*\)).*/inst \1 \2 \3/p'
      return 0
    fi
    # Unmet dependencies make the simulation refuse; apt's own list still knows
    # what is upgradable ("name/origin version arch [upgradable from: old]").
    echo "apt_get_status=$st"
    out=$(t 30 apt list --upgradable 2>/dev/null); st=$?
    echo "status=$st"
    printf '%s\n' "$out" | sed -n 's|^\([^/ ]*\)/\([^ ]*\) \([^ ]*\) .*upgradable from.*|inst \1 \3 \2|p'
  elif have dnf || have yum; then
    m=yum; have dnf && m=dnf
    echo "manager=$m"
    # -C: the cache only, never the network. Exit 100 means "updates available".
    out=$(t 30 $m -q -C check-update 2>&1); st=$?
    [ "$st" = 100 ] && st=0
    echo "status=$st"
    [ "$st" = 0 ] || { printf '%s\n' "$out" | tail -n 3; return 0; }
    printf '%s\n' "$out" | awk 'NF==3 && $1 ~ /\./ {print "inst", $1, $2, $3}'
  else
    echo "manager=unknown"
  fi
}
s_ca_certificates() {
  if have dpkg-query; then
    echo "manager=dpkg"
    echo "version=$(dpkg-query -W -f='${Version}' ca-certificates 2>/dev/null)"
    [ -f /var/lib/dpkg/info/ca-certificates.list ] && echo "installed=$(date -r /var/lib/dpkg/info/ca-certificates.list +%s)"
  elif have rpm; then
    echo "manager=rpm"
    rpm -q --qf 'version=%{VERSION}-%{RELEASE}\ninstalled=%{INSTALLTIME}\nbuilt=%{BUILDTIME}\n' ca-certificates
  fi
  for f in /etc/ssl/certs/ca-certificates.crt /etc/pki/tls/certs/ca-bundle.crt; do
    [ -f "$f" ] && echo "bundle_mtime=$(date -r "$f" +%s)" && break
  done
}
s_env() {
  if [ ! -e "$HOSHU_ENV" ]; then echo "env_file=missing"; return 0; fi
  if [ ! -r "$HOSHU_ENV" ]; then echo "env_file=unreadable"; return 0; fi
  echo "env_file=present"
  # Only these keys, never a secret (no passwords, no REDIS_URL: it may hold one).
  for k in LOCAL_DOMAIN WEB_DOMAIN S3_ENABLED DB_HOST DB_NAME DB_PORT REDIS_HOST REDIS_PORT REDIS_NAMESPACE \
           SINGLE_USER_MODE ES_ENABLED; do
    v=$(envval "$k"); [ -n "$v" ] && echo "$k=$v"
  done
  [ -n "$(envval REDIS_URL)" ] && echo "REDIS_URL_SET=yes"
  [ -n "$(envval REDIS_PASSWORD)" ] && echo "REDIS_PASSWORD_SET=yes"
  return 0
}
# certbot's view, read from its files (running `certbot certificates` costs ~0.6 s of CPU).
s_certs() {
  [ -d /etc/letsencrypt ] || { echo "letsencrypt=absent"; return 0; }
  echo "letsencrypt=present"
  for conf in /etc/letsencrypt/renewal/*.conf; do
    [ -f "$conf" ] || continue
    name=$(basename "$conf" .conf)
    cert=$(sed -n 's/^cert[[:space:]]*=[[:space:]]*//p' "$conf" | head -n 1)
    [ -n "$cert" ] || cert="/etc/letsencrypt/live/$name/cert.pem"
    echo "cert $name"
    echo "path=$cert"
    openssl x509 -in "$cert" -noout -enddate -startdate -subject -fingerprint -sha256 2>&1
    openssl x509 -in "$cert" -noout -text 2>/dev/null | sed -n 's/^[[:space:]]*DNS:/dns=DNS:/p' | head -n 1
  done
}
# The certificate nginx really serves, asked from the server itself (bypasses a CDN).
s_served_certs() {
  have openssl || { echo "openssl=absent"; return 0; }
  for d in $(envval LOCAL_DOMAIN) $(envval WEB_DOMAIN); do
    case " $seen " in *" $d "*) continue ;; esac
    seen="$seen $d"
    echo "served $d"
    t 8 openssl s_client -connect 127.0.0.1:443 -servername "$d" </dev/null 2>/dev/null \
      | openssl x509 -noout -enddate -startdate -subject -fingerprint -sha256 2>&1
  done
}
# Sidekiq's state in Redis: queue sizes and the age of each queue's oldest job,
# retry/dead counts, and the live processes with the queues each one listens to.
# A string (no single quotes inside) so that docker can run it in the redis container.
# Arguments: HOST PORT NAMESPACE_PREFIX; the password, if any, in REDISCLI_AUTH.
SIDEKIQ_SH='
h=$1; p=$2; ns=$3
r() { redis-cli -h "$h" -p "$p" "$@"; }
pong=$(r ping 2>&1)
echo "ping=$pong"
[ "$pong" = PONG ] || exit 0
echo "now=$(date +%s)"
for q in $(r smembers "${ns}queues"); do
  n=$(r llen "${ns}queue:$q")
  at=$(r lindex "${ns}queue:$q" -1 | grep -o "\"enqueued_at\": *[0-9.]*" | head -n 1 | sed "s/.*: *//")
  echo "queue $q ${n:-?} ${at:--}"
done
echo "retry $(r zcard "${ns}retry")"
echo "dead $(r zcard "${ns}dead")"
echo "scheduled $(r zcard "${ns}schedule")"
for pr in $(r smembers "${ns}processes"); do
  echo "process $pr"
  echo "info $(r hget "${ns}$pr" info | tr -d "\n")"
  echo "beat $(r hget "${ns}$pr" beat)"
done
'
redis_auth() {
  pw=$(envval REDIS_PASSWORD)
  [ -n "$pw" ] && REDISCLI_AUTH=$pw && export REDISCLI_AUTH
  unset pw
  ns=$(envval REDIS_NAMESPACE)
  [ -n "$ns" ] && ns="$ns:"
  return 0
}
s_sidekiq() {
  have redis-cli || { echo "redis_cli=absent"; return 0; }
  redis_auth
  h=$(envval REDIS_HOST); p=$(envval REDIS_PORT)
  t 20 sh -c "$SIDEKIQ_SH" sidekiq "${h:-127.0.0.1}" "${p:-6379}" "$ns"
}
s_mastodon_version() {
  f="$HOSHU_DIR/lib/mastodon/version.rb"
  if [ -r "$f" ]; then
    echo "source=version.rb"
    head -n 120 "$f"
  else
    echo "source=none"
  fi
  if [ -d "$HOSHU_DIR/.git" ] && have git; then
    echo "git_describe=$(t 5 git -c safe.directory='*' -C "$HOSHU_DIR" describe --tags 2>/dev/null)"
  fi
}
# Mastodon 4.2+ checks for new releases itself and keeps what it found in its
# software_updates table: read that, so Hoshu needs no network access of its own.
# Only a local database reached as the mastodon user (peer authentication, the
# documented setup); a password is never read or used here.
s_software_updates() {
  have psql || { echo "state=no-psql"; return 0; }
  db=$(envval DB_NAME); db=${db:-mastodon_production}
  host=$(envval DB_HOST); port=$(envval DB_PORT); port=${port:-5432}
  case "$host" in ""|localhost|/*) ;; *) echo "state=remote-db"; return 0 ;; esac
  # An empty UPDATE_CHECK_URL turns Mastodon's own check off: the table then says nothing.
  if [ -r "$HOSHU_ENV" ] && grep -q '^[[:space:]]*UPDATE_CHECK_URL[[:space:]]*=[[:space:]]*["'\'']*[[:space:]]*$' "$HOSHU_ENV"; then
    echo "state=disabled"; return 0
  fi
  q="SELECT version, urgent, type FROM software_updates"
  if [ "$(id -u)" = 0 ] && id mastodon >/dev/null 2>&1; then
    have runuser || { echo "state=error"; echo "runuser is missing"; return 0; }
    out=$(cd / && t 10 runuser -u mastodon -- psql -X -q -A -t -F ' ' -p "$port" -d "$db" -c "$q" 2>&1); st=$?
  else
    out=$(cd / && t 10 psql -X -q -A -t -F ' ' -p "$port" -d "$db" -c "$q" 2>&1); st=$?
  fi
  if [ "$st" = 0 ]; then
    echo "state=ok"
    # type is Mastodon's enum: 0 patch, 1 minor, 2 major.
    printf '%s\n' "$out" | sed -n 's/^\([0-9][^ ]*\) \([tf]\) \([0-9]*\)$/update \1 \2 \3/p'
  elif printf '%s' "$out" | grep -q 'software_updates.*does not exist'; then
    echo "state=no-table"
  else
    echo "state=error"
    printf '%s\n' "$out" | tail -n 2
  fi
}
s_detect() {
  if [ -d /run/systemd/system ]; then echo "systemd=yes"; else echo "systemd=no"; fi
  have docker && echo "docker=yes"
  seen=
  for d in "$HOSHU_DIR" /home/mastodon/live /home/*/live /home/*/mastodon /opt/mastodon /srv/mastodon /var/www/mastodon /root/mastodon; do
    [ -d "$d" ] || continue
    case " $seen " in *" $d "*) continue ;; esac
    seen="$seen $d"
    k=
    [ -f "$d/.env.production" ] && k="$k env"
    [ -f "$d/lib/mastodon/version.rb" ] && k="$k code"
    for c in docker-compose.yml compose.yml compose.yaml docker-compose.yaml; do [ -f "$d/$c" ] && k="$k compose"; done
    [ -n "$k" ] && echo "dir $d$k"
  done
  for d in /var/backups/mastodon /var/backups/postgresql /home/mastodon/backup /home/mastodon/backups /backup /backups /root/backup /root/backups /srv/backup; do
    [ -d "$d" ] && echo "backup_dir $d"
  done
  return 0
}
# --- systemd ----------------------------------------------------------------
# The units to look at: every mastodon-* unit file (stopped ones too: a glob over loaded
# units would miss them), the running @ instances of templates, and what Mastodon needs.
units() {
  systemctl list-unit-files --no-legend --no-pager 'mastodon-*' 2>/dev/null | awk '$1 !~ /@\./ {print $1}'
  systemctl list-units --all --plain --no-legend --no-pager 'mastodon-*@*' 'postgresql*' 'redis*' 'nginx.service' 'pgbouncer.service' \
    2>/dev/null | awk '{print $1}'
}
s_units() {
  have systemctl || { echo "systemctl=absent"; return 0; }
  u=$(units | sort -u)
  [ -n "$u" ] || { echo "units=none"; return 0; }
  # shellcheck disable=SC2086
  t 15 systemctl show --no-pager -p Id,Type,LoadState,ActiveState,SubState,UnitFileState,ActiveEnterTimestamp,NRestarts,MemoryCurrent,Result,ExecStart,FragmentPath $u
}
# Timers: systemd's list, the state of the certbot ones, and the result of their last run.
s_timers() {
  have systemctl || { echo "systemctl=absent"; return 0; }
  tm=$(systemctl list-timers --all --no-legend --no-pager 2>/dev/null | grep -o '[^ ]*\.timer' | sort -u)
  for x in certbot.timer snap.certbot.renew.timer certbot-renewal.timer; do
    case " $(echo $tm) " in *" $x "*) ;; *) tm="$tm $x" ;; esac
  done
  sv=
  for x in $tm; do sv="$sv ${x%.timer}.service"; done
  # shellcheck disable=SC2086
  t 15 systemctl show --no-pager -p Id,LoadState,ActiveState,SubState,UnitFileState,Unit,NextElapseUSecRealtime,LastTriggerUSec,Result $tm
  echo
  # shellcheck disable=SC2086
  t 15 systemctl show --no-pager -p Id,LoadState,ActiveState,Result,ExecMainStatus,ExecMainExitTimestamp $sv
}
s_cron() {
  for f in /etc/crontab /etc/cron.d/* /etc/cron.daily/* /etc/cron.weekly/* /var/spool/cron/crontabs/* /var/spool/cron/*; do
    [ -f "$f" ] || continue
    grep -v '^[[:space:]]*#' "$f" 2>/dev/null | grep -i 'certbot\|letsencrypt\|acme' | sed "s|^|$f: |"
  done
  return 0
}
# --- slow tier ---------------------------------------------------------------
du1() { for p in "$@"; do [ -e "$p" ] && t 300 du -sxB1 "$p" 2>/dev/null; done; return 0; }
s_du() {
  for d in /var/lib/postgresql/*/main /var/lib/pgsql/*/data /var/lib/pgsql/data "$HOSHU_DIR/postgres"*; do
    [ -d "$d/base" ] || continue
    echo "pgdata $d"
    du1 "$d" "$d/base" "$d/pg_wal" "$d/pg_xlog"
  done
  du1 "$HOSHU_DIR/public/system" "$HOSHU_DIR/public/system/cache" "$HOSHU_DIR/node_modules" "$HOSHU_DIR/vendor"
  home=$(dirname "$HOSHU_DIR")
  du1 "$home/.rbenv/versions" "$home/.cache/yarn" "$home/.yarn/berry/cache" /usr/local/share/.cache/yarn /var/log/journal /var/log
  ls -1 "$home/.rbenv/versions" 2>/dev/null | sed 's/^/ruby_version /'
  [ -r "$HOSHU_DIR/.ruby-version" ] && echo "ruby_current $(head -n 1 "$HOSHU_DIR/.ruby-version")"
  return 0
}
# pg_dump files left lying around: not backups (same disk), and they eat space.
s_dumps() {
  # Any size: a dump in a home directory is also every user's data lying around.
  t 120 find /root /home /tmp /var/tmp /var/lib/postgresql -xdev \
    \( -path '*/public/system' -o -name node_modules -o -name .git -o -path '*/vendor/bundle' -o -path '*/.rbenv' \
       -o -path '*/live/db' -o -path '*/live/spec' -o -path '*/live/app' -o -path '*/live/lib' \) -prune -o \
    -type f \( -name '*.dump' -o -name '*.sql' -o -name '*.sql.gz' -o -name '*.sql.bz2' -o -name '*.sql.xz' \
       -o -name '*.sql.zst' -o -name '*.pgdump' -o -name '*.pgc' \) \
    -size +0 -printf 'file %s %T@ %p\n' 2>/dev/null | head -n 200
  return 0
}
s_backups() {
  dirs=$HOSHU_BACKUP_DIRS
  [ -n "$dirs" ] || dirs="/var/backups/mastodon /var/backups/postgresql /home/mastodon/backup /home/mastodon/backups /backup /backups /root/backup /root/backups /srv/backup"
  echo "searched $dirs"
  for d in $dirs; do
    [ -d "$d" ] || continue
    echo "dir $d"
    t 60 find "$d" -maxdepth 3 -type f -printf 'file %s %T@ %p\n' 2>/dev/null | sort -k3 -rn | head -n 40
  done
  return 0
}

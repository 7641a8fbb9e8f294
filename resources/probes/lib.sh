# Hoshu probe library (POSIX sh, read-only). Hoshu runs it as ONE exec per refresh
# (lib.sh + native.sh|docker.sh, on /bin/sh's stdin) with the positional parameters
#   NONCE TIER MASTODON_DIR [BACKUP_DIRS] [UPDATES_KEY]
# Output: sections, each introduced by "@@hoshu-NONCE section NAME" and closed by
# "@@hoshu-NONCE exit STATUS" (app/probes/SectionSplitter reads them). The nonce is
# random per run and never in a command line, and every value that other users or
# services can write is printed escaped (esc below), so nothing printed here can fake
# a section or a line of one. Every section runs in its own subshell with its stderr
# in the section: one failing section never hides the others.
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
# Values from places other users or services can write (file names, .env.production,
# version.rb, .git, Redis, psql's messages, docker) are printed escaped: backslash and
# control characters (C0, DEL, and C1 as UTF-8) as \ooo octal escapes, which
# ProbeText::unescape decodes. So no value can break its line, pose as a line of the
# probe's own, or carry a terminal escape. Such values are printed with printf, never
# echo (dash's echo would turn "\012" back into a newline).
esc_program() {
  printf 's/\\\\/\\\\134/g\n'
  _i=1
  while [ "$_i" -lt 32 ]; do printf 's/\\o%03o/\\\\%03o/g\n' "$_i" "$_i"; _i=$((_i + 1)); done
  printf 's/\\o177/\\\\177/g\n'
  _i=128
  while [ "$_i" -lt 160 ]; do printf 's/\\o302\\o%03o/\\\\302\\\\%03o/g\n' "$_i" "$_i"; _i=$((_i + 1)); done
}
HOSHU_ESC=$(esc_program)
# esc0: NUL-terminated records (find -printf '...\0') -> one escaped line each, so a
# name with newlines stays one line (GNU sed -z). escl: line by line.
# escv PREFIX VALUE [SUFFIX]: the line PREFIX VALUE SUFFIX with VALUE escaped (plain
# printable ASCII, the usual case, costs no process).
esc0() { sed -z "$HOSHU_ESC" | tr '\0' '\n'; }
escl() { sed "$HOSHU_ESC"; }
escv() {
  case $2 in
    *[!\ -~]* | *\\*) printf '%s' "$1"; printf '%s\0' "$2" | sed -z "$HOSHU_ESC" | tr -d '\0' ;;
    *) printf '%s%s' "$1" "$2" ;;
  esac
  printf '%s\n' "${3-}"
}
TAB=$(printf '\t')
# t SECONDS CMD...: a bounded run, so one hung tool (dbus, redis, apt) cannot stall a refresh.
t() { _s=$1; shift; if have timeout; then timeout "$_s" "$@"; else "$@"; fi; }
section() {   # section NAME FUNCTION
  echo "@@hoshu-$HOSHU_NONCE section $1"
  ( "$2" ) 2>&1 </dev/null
  echo "@@hoshu-$HOSHU_NONCE exit $?"
}
# Reads KEY=VALUE from .env.production without the shell evaluating anything (a regular
# file only: a FIFO there would hang the probe).
envval() {
  [ -f "$HOSHU_ENV" ] && [ -r "$HOSHU_ENV" ] || return 0
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
  escv 'tier=' "$HOSHU_TIER"
  echo "uid=$(id -u)"
  echo "now=$(date +%s)"
  echo "tz_offset=$(date +%z)"
  escv 'tz_name=' "$(date +%Z)"
  escv 'hostname=' "$(hostname 2>/dev/null || cat /proc/sys/kernel/hostname)"
  escv 'kernel=' "$(uname -r)"
  escv 'mastodon_dir=' "$HOSHU_DIR"
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
# shellcheck disable=SC2086 # DF_EXCLUDE is a list of options
s_df() { df -PT -B1 $DF_EXCLUDE; }
# shellcheck disable=SC2086
s_df_inodes() { df -PT -i $DF_EXCLUDE; }
s_journal() { t 10 journalctl --disk-usage; }
s_reboot() {
  if [ -f /var/run/reboot-required ]; then
    echo "reboot_required=yes"
    [ -f /var/run/reboot-required.pkgs ] && head -n 50 /var/run/reboot-required.pkgs | escl | sed 's/^/pkg=/'
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
      escv 'key=' "$HOSHU_UPDATES_KEY"
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
    out=$(t 30 "$m" -q -C check-update 2>&1); st=$?
    [ "$st" = 100 ] && st=0
    echo "status=$st"
    [ "$st" = 0 ] || { printf '%s\n' "$out" | tail -n 3 | escl; return 0; }
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
    v=$(envval "$k"); [ -n "$v" ] && escv "$k=" "$v"
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
    escv 'cert ' "$name"
    escv 'path=' "$cert"
    openssl x509 -in "$cert" -noout -enddate -startdate -subject -fingerprint -sha256 2>&1
    openssl x509 -in "$cert" -noout -text 2>/dev/null | sed -n 's/^[[:space:]]*DNS:/dns=DNS:/p' | head -n 1
  done
}
# The certificate nginx really serves, asked from the server itself (bypasses a CDN).
s_served_certs() {
  have openssl || { echo "openssl=absent"; return 0; }
  set -f # the domains are split into words, never expanded as file names
  # shellcheck disable=SC2046
  for d in $(envval LOCAL_DOMAIN) $(envval WEB_DOMAIN); do
    case " $seen " in *" $d "*) continue ;; esac
    seen="$seen $d"
    escv 'served ' "$d"
    t 8 openssl s_client -connect 127.0.0.1:443 -servername "$d" </dev/null 2>/dev/null \
      | openssl x509 -noout -enddate -startdate -subject -fingerprint -sha256 2>&1
  done
}
# Sidekiq's state in Redis: queue sizes and the age of each queue's oldest job,
# retry/dead counts, and the live processes with the queues each one listens to.
# A string (no single quotes inside) so that docker can run it in the redis container,
# where only busybox may be there: no sed -z, so Redis values are filtered with tr.
# Anyone who reaches an unprotected Redis can write them: a count is digits or "?",
# a queue name is plain or skipped, info and identities lose their control characters
# (newlines included), a beat keeps the digits and dots of its first line.
# Arguments: HOST PORT NAMESPACE_PREFIX; the password, if any, in REDISCLI_AUTH.
# shellcheck disable=SC2016 # expanded by the shell that runs it
SIDEKIQ_SH='
h=$1; p=$2; ns=$3
r() { redis-cli -h "$h" -p "$p" "$@"; }
plain() { tr -d "\000-\037\177"; }
count() { n=$(r "$@" 2>&1); case $n in "" | *[!0-9]*) n="?" ;; esac; printf "%s\n" "$n"; }
pong=$(r ping 2>&1 | head -n 1 | plain)
printf "ping=%s\n" "$pong"
[ "$pong" = PONG ] || exit 0
echo "now=$(date +%s)"
r smembers "${ns}queues" | while IFS= read -r q; do
  case $q in "" | *[!A-Za-z0-9_.:-]*) continue ;; esac
  at=$(r lindex "${ns}queue:$q" -1 | grep -o "\"enqueued_at\": *[0-9.]*" | head -n 1 | sed "s/.*: *//")
  printf "queue %s %s %s\n" "$q" "$(count llen "${ns}queue:$q")" "${at:--}"
done
printf "retry %s\n" "$(count zcard "${ns}retry")"
printf "dead %s\n" "$(count zcard "${ns}dead")"
printf "scheduled %s\n" "$(count zcard "${ns}schedule")"
r smembers "${ns}processes" | while IFS= read -r pr; do
  [ -n "$pr" ] || continue
  printf "process %s\n" "$(printf "%s" "$pr" | plain)"
  printf "info %s\n" "$(r hget "${ns}$pr" info | plain)"
  printf "beat %s\n" "$(r hget "${ns}$pr" beat | head -n 1 | tr -cd "0-9.")"
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
# version.rb's lines as "rb LINE" (escaped): the mastodon user writes that file, so none
# of its lines may pose as the probe's own.
s_mastodon_version() {
  f="$HOSHU_DIR/lib/mastodon/version.rb"
  if [ -f "$f" ] && [ -r "$f" ]; then
    echo "source=version.rb"
    head -c 65536 "$f" | head -n 120 | escl | sed 's/^/rb /'
  else
    echo "source=none"
  fi
  git_version "$HOSHU_DIR/.git"
}
# The checked-out commit and the tags at it, read from .git as plain text. git itself
# never runs here: as root it would obey the config and hooks of whoever owns the
# repository. Only what has the form of a hash or a tag name is printed. (An annotated
# tag that git has not packed cannot be peeled without git: it is not found then.)
git_line() { [ -f "$1" ] && [ -r "$1" ] && t 5 head -c 200 "$1" | head -n 1; }
git_version() {
  g=$1
  [ -d "$g" ] || return 0
  head=$(git_line "$g/HEAD")
  case $head in
    "ref: refs/"*)
      ref=${head#ref: }
      case $ref in *..* | *[!A-Za-z0-9._/-]*) return 0 ;; esac
      sha=$(git_line "$g/$ref")
      if [ -z "$sha" ] && [ -f "$g/packed-refs" ]; then
        # shellcheck disable=SC2016 # an awk program
        sha=$(t 5 awk -v r="$ref" '$2 == r { print $1; exit }' "$g/packed-refs")
      fi
      ;;
    *) sha=$head ;;
  esac
  case ${#sha} in 40 | 64) ;; *) return 0 ;; esac
  case $sha in *[!0-9a-f]*) return 0 ;; esac
  echo "git_commit=$sha"
  { # loose tags, then packed ones ("SHA refs/tags/NAME", "^COMMIT" after an annotated one)
    for f in "$g"/refs/tags/*; do
      [ "$(git_line "$f")" = "$sha" ] && printf '%s\n' "${f##*/}"
    done
    # shellcheck disable=SC2016 # an awk program
    [ -f "$g/packed-refs" ] && t 5 awk -v s="$sha" '
      /^\^/ { if (substr($1, 2) == s && tag != "") print tag; tag = ""; next }
      { tag = ""; if (substr($2, 1, 10) == "refs/tags/") { if ($1 == s) print substr($2, 11); else tag = substr($2, 11) } }
    ' "$g/packed-refs"
  } | while IFS= read -r tag; do
    case $tag in "" | *[!A-Za-z0-9._+-]*) ;; *) printf 'git_tag %s\n' "$tag" ;; esac
  done
  return 0
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
  # Only versions of a version's form: a value with a newline could otherwise add a row.
  q="SELECT version, urgent, type FROM software_updates WHERE version ~ '^[0-9][0-9A-Za-z.+-]*\$'"
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
    printf '%s\n' "$out" | tail -n 2 | escl | sed 's/^/error /'
  fi
}
# Mastodon's mail server, reached from here the way its mailer would reach it
# (config/email.yml and Mastodon::EmailConfigurationHelper): SMTP_SERVER, SMTP_PORT
# (empty: Net::SMTP's 25); SMTP_TLS or SMTP_SSL "true": TLS from the first byte; else
# SMTP_ENABLE_STARTTLS always|never|auto, and when it is none of these,
# SMTP_ENABLE_STARTTLS_AUTO (anything but "false" is auto: STARTTLS when offered).
# The certificate is verified as Mastodon does (SMTP_CA_FILE; SMTP_OPENSSL_VERIFY_MODE
# none turns that off). No credentials: SMTP_LOGIN and SMTP_PASSWORD are never read and
# no AUTH is ever sent; the session ends after the handshake.
# One bounded openssl run of 6 s: Mastodon's mailer gives up a connect after 5 s (the
# mail gem's open_timeout), and a greeting, EHLO and handshake take well under 1 s from
# a provider's network. A firewall that drops the packets costs those 6 s on every
# refresh: that is what a blocked port looks like, and it is the thing to see.
smtp_reason() { # the short reason in openssl's messages (refused, name unknown, verify failure)
  v=$(printf '%s\n' "$1" | sed -n 's/^verify error:num=[0-9]*://p' | head -n 1)
  [ -n "$v" ] && { escv 'certificate: ' "$v"; return 0; }
  printf '%s\n' "$1" | grep -q "Didn't find STARTTLS" && { echo "STARTTLS not offered"; return 0; }
  e=$(printf '%s\n' "$1" | grep -m 1 ':error:')
  r=$(printf '%s\n' "$e" | cut -d: -f6)
  [ "$r" = "system lib" ] && r=$(printf '%s\n' "$e" | awk -F: '{print $NF}')
  [ -n "$r" ] || r=$(printf '%s\n' "$1" | grep -v '^[[:space:]]*$' | tail -n 1)
  escv '' "$(printf '%s' "$r" | cut -c 1-200)"
}
# The SMTP_* settings s_smtp needs, read in one pass (envval per key costs 3 processes
# each, on every refresh): trailing spaces, then one pair of quotes go, as dotenv reads
# them (envval keeps a quote followed by spaces). Never SMTP_LOGIN or
# SMTP_PASSWORD: they are not even matched.
smtp_settings() {
  grep -E '^[[:space:]]*(SMTP_SERVER|SMTP_PORT|SMTP_TLS|SMTP_SSL|SMTP_ENABLE_STARTTLS|SMTP_ENABLE_STARTTLS_AUTO|SMTP_OPENSSL_VERIFY_MODE|SMTP_CA_FILE|SMTP_DELIVERY_METHOD)[[:space:]]*=' "$HOSHU_ENV" \
    | sed 's/^[[:space:]]*\([A-Z_]*\)[[:space:]]*=[[:space:]]*/\1=/; s/[[:space:]]*$//; s/^\([A-Z_]*\)=["'\'']/\1=/; s/["'\'']$//'
}
s_smtp() {
  [ -e "$HOSHU_ENV" ] || { echo "state=no-env"; return 0; }
  { [ -f "$HOSHU_ENV" ] && [ -r "$HOSHU_ENV" ]; } || { echo "state=unreadable"; return 0; }
  dm=''; host=''; port=''; tls=''; ssl=''; st=''; sta=''; vm=''; ca=''
  settings=$(smtp_settings)
  # The last line of a key wins, as with envval.
  while IFS= read -r l; do
    v=${l#*=}
    case $l in
      SMTP_DELIVERY_METHOD=*) dm=$v ;; SMTP_SERVER=*) host=$v ;; SMTP_PORT=*) port=$v ;;
      SMTP_TLS=*) tls=$v ;; SMTP_SSL=*) ssl=$v ;; SMTP_ENABLE_STARTTLS=*) st=$v ;;
      SMTP_ENABLE_STARTTLS_AUTO=*) sta=$v ;; SMTP_OPENSSL_VERIFY_MODE=*) vm=$v ;; SMTP_CA_FILE=*) ca=$v ;;
    esac
  done <<EOF
$settings
EOF
  case ${dm:-smtp} in smtp) ;; *) echo "state=other-delivery"; escv 'delivery ' "$dm"; return 0 ;; esac
  [ -n "$host" ] || { echo "state=not-configured"; return 0; }
  port=${port:-25}
  case $host in *[!A-Za-z0-9._:-]* | -*) echo "state=bad-server"; escv 'server ' "$host"; return 0 ;; esac
  case $port in *[!0-9]* | ??????* | 0*) echo "state=bad-port"; escv 'port ' "$port"; return 0 ;; esac
  [ "$port" -le 65535 ] || { echo "state=bad-port"; escv 'port ' "$port"; return 0; }
  # On docker the mailer runs in a container: a name only the compose network knows (a
  # relay service) does not resolve on the host, and trying it from here would report a
  # failure Mastodon does not have.
  if [ "${smtp_in_containers:-0}" = 1 ] && have getent && ! getent hosts "$host" >/dev/null 2>&1; then
    echo "state=container-name"; escv 'server ' "$host"; echo "port $port"; return 0
  fi
  if [ "$tls" = true ] || [ "$ssl" = true ]; then mode=tls
  else
    case $st in
      always) mode=starttls ;; never) mode=none ;; auto) mode=auto ;;
      *) if [ "$sta" = false ]; then mode=none; else mode=auto; fi ;;
    esac
  fi
  if ! have openssl; then
    have bash || { echo "state=no-tools"; return 0; }
    echo "state=checked"; escv 'server ' "$host"; echo "port $port"; echo "mode $mode"
    # shellcheck disable=SC2016 # bash expands it
    t 6 bash -c 'exec 3<>"/dev/tcp/$1/$2"' sh "$host" "$port" >/dev/null 2>&1 || { echo "connect fail could not connect"; return 0; }
    echo "connect ok"
    if [ "$mode" = none ]; then echo "tls off"; else echo "tls unchecked openssl is not installed"; fi
    return 0
  fi
  echo "state=checked"; escv 'server ' "$host"; echo "port $port"; echo "mode $mode"
  case $host in *:*) addr="[$host]:$port" ;; *) addr="$host:$port" ;; esac
  set -- -connect "$addr"
  case $host in *[!0-9.:]*) set -- "$@" -servername "$host" ;; esac
  [ "$mode" = tls ] || set -- "$@" -starttls smtp
  if [ "$vm" != none ]; then
    case $host in *[!0-9.:]*) set -- "$@" -verify_return_error -verify_hostname "$host" ;; *) set -- "$@" -verify_return_error -verify_ip "$host" ;; esac
    ca=${ca:-/etc/ssl/certs/ca-certificates.crt}
    [ -f "$ca" ] && set -- "$@" -CAfile "$ca"
  fi
  # Line-buffered where stdbuf exists: when the 6 s run out, openssl's CONNECTED line
  # still tells a silent server (it took the connection) from a dropped connect.
  sb=; have stdbuf && sb="stdbuf -oL"
  # shellcheck disable=SC2086 # sb is empty or a command and its option
  out=$(cd / && t 6 $sb openssl s_client "$@" </dev/null 2>&1); rc=$?
  if ! printf '%s\n' "$out" | grep -q '^CONNECTED('; then
    if [ "$rc" = 124 ]; then echo "connect fail no answer in 6 s"; else echo "connect fail $(smtp_reason "$out")"; fi
    return 0
  fi
  echo "connect ok"
  if [ "$mode" = none ]; then echo "tls off"; return 0; fi
  if [ "$mode" = auto ] && printf '%s\n' "$out" | grep -q "Didn't find STARTTLS"; then echo "tls not-offered"; return 0; fi
  if [ "$rc" = 0 ]; then echo "tls ok"
  elif [ "$rc" = 124 ]; then echo "tls fail no answer in 6 s"
  else echo "tls fail $(smtp_reason "$out")"; fi
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
    for c in docker-compose.yml compose.yml compose.yaml docker-compose.yaml; do [ -f "$d/$c" ] && k="$k compose" && break; done
    [ -n "$k" ] && escv 'dir ' "$d" "$k"
  done
  # shellcheck disable=SC2086 # a list of paths without spaces
  for d in $BACKUP_DIRS_USUAL; do
    [ -d "$d" ] && printf 'backup_dir %s\n' "$d"
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
    # shellcheck disable=SC2086,SC2116 # the list, flattened to one line
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
# Only root's crontabs: a user's own crontab cannot renew certificates (and anyone
# could write "certbot" into theirs).
s_cron() {
  for f in /etc/crontab /etc/cron.d/* /etc/cron.daily/* /etc/cron.weekly/* /var/spool/cron/crontabs/root /var/spool/cron/root; do
    [ -f "$f" ] || continue
    m=$(grep -v '^[[:space:]]*#' "$f" 2>/dev/null | grep -i 'certbot\|letsencrypt\|acme') || continue
    fe=$(escv '' "$f")
    printf '%s\n' "$m" | escl | while IFS= read -r line; do
      printf '%s: %s\n' "$fe" "$line"
    done
  done
  return 0
}
# --- slow tier ---------------------------------------------------------------
# "BYTES<TAB>PATH" per path, the path escaped (the postgres and mastodon users name
# the directories these globs find).
du1() {
  for p in "$@"; do
    [ -e "$p" ] || continue
    b=$(t 300 du -sxB1 "$p" 2>/dev/null | head -n 1 | cut -f 1)
    case $b in "" | *[!0-9]*) continue ;; esac
    escv "$b$TAB" "$p"
  done
  return 0
}
s_du() {
  for d in /var/lib/postgresql/*/main /var/lib/pgsql/*/data /var/lib/pgsql/data "$HOSHU_DIR/postgres"*; do
    [ -d "$d/base" ] || continue
    escv 'pgdata ' "$d"
    du1 "$d" "$d/base" "$d/pg_wal" "$d/pg_xlog"
  done
  du1 "$HOSHU_DIR/public/system" "$HOSHU_DIR/public/system/cache" "$HOSHU_DIR/node_modules" "$HOSHU_DIR/vendor"
  home=$(dirname "$HOSHU_DIR")
  du1 "$home/.rbenv/versions" "$home/.cache/yarn" "$home/.yarn/berry/cache" /usr/local/share/.cache/yarn /var/log/journal /var/log
  for v in "$home/.rbenv/versions"/*; do
    [ -d "$v" ] && escv 'ruby_version ' "${v##*/}"
  done
  f="$HOSHU_DIR/.ruby-version"
  [ -f "$f" ] && [ -r "$f" ] && printf 'ruby_current %s\n' "$(head -c 200 "$f" | head -n 1 | escl)"
  return 0
}
# Where admins keep their dumps, found without configuration. ~/dbbackup is the
# layout of a widely copied Japanese guide (seed 003: pg_dump > prefix.DATE.pgdump).
BACKUP_DIRS_USUAL="/var/backups/mastodon /var/backups/postgresql /home/mastodon/backup /home/mastodon/backups /home/mastodon/dbbackup /backup /backups /root/backup /root/backups /root/dbbackup /srv/backup"
# pg_dump files left lying around: not backups (same disk), and they eat space.
s_dumps() {
  # Any size: a dump in a home directory is also every user's data lying around.
  t 120 find /root /home /tmp /var/tmp /var/lib/postgresql -xdev \
    \( -path '*/public/system' -o -name node_modules -o -name .git -o -path '*/vendor/bundle' -o -path '*/.rbenv' \
       -o -path '*/live/db' -o -path '*/live/spec' -o -path '*/live/app' -o -path '*/live/lib' \) -prune -o \
    -type f \( -name '*.dump' -o -name '*.sql' -o -name '*.sql.gz' -o -name '*.sql.bz2' -o -name '*.sql.xz' \
       -o -name '*.sql.zst' -o -name '*.pgdump' -o -name '*.pgc' \) \
    -size +0 -printf 'file %s %T@ %p\0' 2>/dev/null | esc0 | head -n 200
  return 0
}
s_backups() {
  dirs=$HOSHU_BACKUP_DIRS
  [ -n "$dirs" ] || dirs=$BACKUP_DIRS_USUAL
  escv 'searched ' "$dirs"
  seen=
  for d in $dirs; do
    case " $seen " in *" $d "*) continue ;; esac
    seen="$seen $d"
    [ -d "$d" ] || continue
    escv 'dir ' "$d"
    t 60 find "$d" -maxdepth 3 -type f -printf 'file %s %T@ %p\0' 2>/dev/null | esc0 | sort -k3 -rn | head -n 40
  done
  # The newest dump or bundle (not in a hidden directory: a half-made one), read as a
  # restore would read it.
  newest=$(for d in $seen; do
    [ -d "$d" ] && t 60 find "$d" -maxdepth 3 \( -mindepth 1 -type d -name '.*' -prune \) -o -type f \
      \( -name '*.dump' -o -name '*.pgdump' -o -name '*.backup' -o -name '*.pgc' -o -name '*.sql' -o -name '*.sql.gz' \
         -o -name '*.sql.xz' -o -name '*.sql.zst' -o -name '*.sql.bz2' -o -name 'mastodon-bundle-*.tar' \) \
      -printf '%T@ %p\0' 2>/dev/null
  done | sort -z -rn | head -z -n 1 | tr -d '\0')
  [ -z "$newest" ] || backup_check "${newest#* }"
  # What backup.drill recorded: its last result, and its last passing one.
  for k in last passed; do
    f=/var/lib/hoshu/drill-$k
    [ -f "$f" ] && [ -r "$f" ] && escv "drill $k $(stat -c %Y "$f") " "$(head -c 1000 "$f" | head -n 1)"
  done
  return 0
}
# backup_check FILE: "check STATUS FILE" and "check_message MESSAGE" (pg_restore's first
# error). STATUS: ok (pg_restore --list reads the archive, or a plain SQL dump begins and
# ends as pg_dump writes it), begins (a compressed SQL dump: only its beginning is read,
# the whole would cost a full decompression every refresh), bad (what a restore would stop
# at), old_pg_restore (this pg_restore is older than the dump), no_pg_restore, cannot_read,
# timeout.
backup_check() {
  _f=$1 _st=ok _msg=
  _pgr=
  for _p in /usr/lib/postgresql/*/bin/pg_restore; do [ -x "$_p" ] && _pgr=$_p; done
  [ -n "$_pgr" ] || _pgr=$(command -v pg_restore)
  if [ ! -r "$_f" ]; then
    _st=cannot_read
  else
    case $_f in
      *.sql.gz) _head=$(t 30 gzip -dc <"$_f" 2>/dev/null | head -c 4096 | tr -d '\0') _st=begins ;;
      *.sql.xz) _head=$(t 30 xz -dc <"$_f" 2>/dev/null | head -c 4096 | tr -d '\0') _st=begins ;;
      *.sql.zst) _head=$(t 30 zstd -dc <"$_f" 2>/dev/null | head -c 4096 | tr -d '\0') _st=begins ;;
      *.sql.bz2) _head=$(t 30 bzip2 -dc <"$_f" 2>/dev/null | head -c 4096 | tr -d '\0') _st=begins ;;
      *.tar) _head=PGDMP ;;
      *) _head=$(head -c 4096 "$_f" | tr -d '\0') ;;
    esac
    case $_head in
      PGDMP*)
        if [ -z "$_pgr" ]; then
          _st=no_pg_restore
        else
          case $_f in
            *.tar) _m=$(basename "$_f" .tar)/database.dump
                   _msg=$(t 300 tar -xOf "$_f" "$_m" 2>/dev/null | t 300 "$_pgr" --list 2>&1 >/dev/null) ;;
            *) _msg=$(t 300 "$_pgr" --list "$_f" 2>&1 >/dev/null) ;;
          esac
          _rc=$?
          if [ "$_rc" = 124 ]; then _st=timeout
          elif [ "$_rc" != 0 ]; then
            case $_msg in *'unsupported version'*) _st=old_pg_restore ;; *) _st=bad ;; esac
          fi
        fi ;;
      *'PostgreSQL database dump'*)
        if [ "$_st" = ok ] && ! tail -c 512 "$_f" | grep -q 'PostgreSQL database dump complete'; then
          _st=bad _msg='the end of the dump ("PostgreSQL database dump complete") is missing: it was cut short'
        fi ;;
      *) _st=bad _msg='neither a pg_dump archive nor an SQL dump' ;;
    esac
  fi
  escv "check $_st " "$_f"
  [ -z "$_msg" ] || escv 'check_message ' "$(printf '%s\n' "$_msg" | grep -v '^$' | head -n 1 | cut -c 1-300)"
}

# shellcheck shell=bash
# Readiness: `up` (and `ready NAME`) return only when every service of the host answers
# as a client sees it, or fail naming what did not come up, with its last error and the
# last lines of its unit's journal. Sourced, never run.
#
#   nginx       HTTPS on 443 for NAME.test, verified with the host's test CA (a static file)
#   web         /health answers 200 on 127.0.0.1:3000 (on the host) and through nginx
#   streaming   /api/v1/streaming/health answers 200 through nginx
#   postgresql  `SELECT 1` on mastodon_production as the mastodon user (peer auth)
#   redis       PING answers PONG
#   sidekiq     the running process (MainPID) registered itself in Redis: its identity in
#               the `processes` set and its hash with the info JSON, as sidekiq.py writes them
#   smtp        the mail sink (hoshu-smtp-sink.service) answers NOOP with 250 on 127.0.0.1:25
#
# A service a scenario stops on purpose (ht_scenario_stops) is expected stopped instead:
# its unit inactive and, for web and streaming, nginx no longer getting a 200 from it.

ht_service_unit() {   # SERVICE -> the unit whose journal explains it
  case "$1" in
    nginx) echo nginx.service ;;
    web) echo mastodon-web.service ;;
    streaming) echo mastodon-streaming@4000.service ;;
    postgresql) echo postgresql@15-main.service ;;
    redis) echo redis-server.service ;;
    sidekiq) echo mastodon-sidekiq.service ;;
    smtp) echo hoshu-smtp-sink.service ;;
  esac
}

# The part that runs on the host, in one SSH round trip: "SERVICE OK|FAIL DETAIL" lines.
# Arguments: the services expected stopped.
# shellcheck disable=SC2016  # expanded on the host
HT_READY_REMOTE='
cd / || exit 1
stopped=" $* "
line() { printf "%s %s %s\n" "$1" "$2" "$(printf "%s" "$3" | tr "\n\r" "  " | cut -c1-300)"; }
is_stopped() { case "$stopped" in *" $1 "*) return 0 ;; esac; return 1; }
unit_down() {   # SERVICE UNIT...: every unit inactive (or failed)
  s=$1; shift
  for u in "$@"; do
    st=$(systemctl is-active "$u" 2>&1)
    case "$st" in inactive|failed) ;; *) line "$s" FAIL "stopped on purpose, but $u is $st"; return ;; esac
  done
  line "$s" OK "stopped on purpose ($*)"
}
r=$(timeout 3 redis-cli -h 127.0.0.1 ping 2>&1)
if [ "$r" = PONG ]; then line redis OK PONG; else line redis FAIL "redis-cli ping: ${r:-no answer}"; fi
p=$(timeout 5 runuser -u mastodon -- psql -X -A -t -q -d mastodon_production -c "SELECT 1" 2>&1)
if [ "$p" = 1 ]; then line postgresql OK "SELECT 1"; else line postgresql FAIL "psql mastodon_production: ${p:-no answer}"; fi
m=$(timeout 5 python3 -c "import smtplib; s = smtplib.SMTP(\"127.0.0.1\", 25, timeout=3); print(s.noop()[0]); s.quit()" 2>&1 | tail -n 1)
if [ "$m" = 250 ]; then line smtp OK "127.0.0.1:25 NOOP 250"; else line smtp FAIL "SMTP 127.0.0.1:25: ${m:-no answer}"; fi
if is_stopped web; then unit_down web mastodon-web.service; else
  c=$(curl -s -o /dev/null -w "%{http_code}" --max-time 3 http://127.0.0.1:3000/health 2>&1)
  if [ "$c" = 200 ]; then line web-port OK "127.0.0.1:3000/health 200"; else line web-port FAIL "127.0.0.1:3000/health: HTTP $c"; fi
fi
if is_stopped streaming; then unit_down streaming mastodon-streaming.service mastodon-streaming@4000.service; fi
if is_stopped sidekiq; then unit_down sidekiq mastodon-sidekiq.service; else
  pid=$(systemctl show -p MainPID --value mastodon-sidekiq.service 2>&1)
  id=$(timeout 3 redis-cli -h 127.0.0.1 --raw smembers processes 2>&1 | grep -F ":$pid:" | head -1)
  info=""
  [ -n "$id" ] && [ "$pid" != 0 ] && info=$(timeout 3 redis-cli -h 127.0.0.1 --raw hget "$id" info 2>&1)
  case "$info" in
    "{"*"\"pid\": $pid,"*) line sidekiq OK "registered as $id" ;;
    *) line sidekiq FAIL "no Redis registration of the running process (MainPID ${pid:-?}; processes: $(timeout 3 redis-cli -h 127.0.0.1 --raw smembers processes 2>&1 | tr "\n" " "))" ;;
  esac
fi
'

# ht_https HOSTDIR DOMAIN PATH: the HTTP status nginx gives for PATH, TLS verified with the
# host's CA (NAME.test resolves nowhere: curl is told the address); "000 curl: ERROR" if none.
ht_https() {
  local out
  out=$(curl -s -S -o /dev/null -w '%{http_code} ' --noproxy '*' --max-time 3 --cacert "$1/ca/trust.pem" \
    --resolve "$2:443:$(cat "$1/addr")" "https://$2$3" 2>&1)
  printf '%s\n' "$out" | tr '\n' ' ' | sed 's/ *$//'
}

# ht_ready_once NAME HOSTDIR DOMAIN STOPPED...: one round of every check, "SERVICE OK|FAIL DETAIL".
# The HTTPS requests and the SSH round trip run side by side (an SSH login alone takes
# a second on a busy machine).
ht_ready_once() {
  local name="$1" hd="$2" dom="$3"; shift 3
  local stopped=" $* " c svc t="$hd/ready.tmp"
  mkdir -p "$t"
  { ht_ssh "$name" sh -s -- "$@" <<<"$HT_READY_REMOTE" 2>&1 || echo "ssh FAIL the readiness check over SSH failed"; } >"$t/ssh" &
  for svc in nginx:/packs/manifest.json web:/health streaming:/api/v1/streaming/health; do
    ht_https "$hd" "$dom" "${svc#*:}" >"$t/${svc%%:*}" &
  done
  wait
  c=$(cat "$t/nginx")
  case "$c" in 200) echo "nginx OK https://$dom/packs/manifest.json 200" ;; *) echo "nginx FAIL https://$dom/packs/manifest.json: HTTP $c" ;; esac
  for svc in web:/health streaming:/api/v1/streaming/health; do
    c=$(cat "$t/${svc%%:*}")
    case "$stopped:$c" in
      *" ${svc%%:*} "*:200) echo "${svc%%:*}-nginx FAIL stopped on purpose, yet https://$dom${svc#*:} answers 200" ;;
      *" ${svc%%:*} "*:*) echo "${svc%%:*}-nginx OK https://$dom${svc#*:}: HTTP $c (stopped on purpose)" ;;
      *:200) echo "${svc%%:*} OK https://$dom${svc#*:} 200" ;;
      *) echo "${svc%%:*} FAIL https://$dom${svc#*:}: HTTP $c" ;;
    esac
  done
  cat "$t/ssh"
  rm -rf "$t"
}

# ht_wait_services NAME HOSTDIR DOMAIN TIMEOUT STOPPED...: polls every check until all pass;
# on timeout prints what did not come up (last error, journal) and fails.
ht_wait_services() {
  local name="$1" hd="$2" dom="$3" timeout="$4"; shift 4
  local t0 deadline out bad svc unit first=""
  t0=$(date +%s.%N); deadline=$(( $(date +%s) + timeout ))
  while :; do
    out=$(ht_ready_once "$name" "$hd" "$dom" "$@")
    bad=$(printf '%s\n' "$out" | awk '$2 != "OK"')
    [ -n "$bad" ] || break
    [ -n "$first" ] || first=$(printf '%s\n' "$bad" | awk '{ print $1 }' | paste -sd' ')
    if [ "$(date +%s)" -ge "$deadline" ]; then
      ht_log "$name: not every service came up within $timeout s:"
      printf '%s\n' "$bad" | sed 's/^/[testhost]   /' >&2
      for svc in $(printf '%s\n' "$bad" | awk '{ sub(/-(port|nginx)$/, "", $1); print $1 }' | sort -u); do
        unit=$(ht_service_unit "$svc"); [ -n "$unit" ] || continue
        ht_log "journalctl -u $unit -n 20:"
        ht_ssh "$name" journalctl -u "$unit" -n 20 --no-pager 2>&1 | sed 's/^/[testhost]   /' >&2 || true
      done
      printf '%s\n' "$out" >"$hd/ready.log"
      return 1
    fi
    sleep 0.5
  done
  printf '%s\n' "$out" >"$hd/ready.log"
  ht_log "$name: every service answers (${*:+stopped on purpose: $*; }after $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s${first:+; not at first: $first})"
}

# `ready NAME [--timeout S] [--all]`: waits until the host is as `up` left it (after a test
# stopped and started services itself), or fails naming what did not come up. With --all,
# every service must answer, also those its scenarios stopped (after a test started them).
ht_cmd_ready() {
  local name="" timeout="${HOSHU_TESTHOST_READY_TIMEOUT:-60}" hd s stopped=() all=no
  while [ $# -gt 0 ]; do
    case "$1" in
      --timeout) timeout="$2"; shift 2 ;;
      --all) all=yes; shift ;;
      -*) ht_die "unknown option $1" ;;
      *) name="$1"; shift ;;
    esac
  done
  [ -n "$name" ] || ht_die "usage: ready NAME [--timeout S]"
  ht_check_name "$name"
  ht_require_root ready
  hd=$(ht_hostdir "$name")
  [ -f "$hd/up" ] || ht_die "host '$name' is not up"
  if [ "$all" = no ]; then
    while read -r s; do [ -z "$s" ] || mapfile -t -O "${#stopped[@]}" stopped < <(ht_scenario_stops "$s"); done <"$hd/scenarios"
  fi
  ht_wait_services "$name" "$hd" "$name.test" "$timeout" "${stopped[@]}" || ht_die "$name is not ready"
}

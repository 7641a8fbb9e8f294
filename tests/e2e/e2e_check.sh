#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# e2e (CTest label e2e): `hoshu-cli check --json` against test hosts in known states.
# Boots a healthy host and four scenario hosts in parallel (scenarios grouped so each
# host's findings are unambiguous), adds them as a user would (--domain NAME.test
# --http-address ADDR --http-ca-file CA: NAME.test is in no DNS), and asserts EXACTLY
# the set of non-OK findings (id, severity, subject) of each, none at all on the healthy
# host (slow tier too: it has a week of backups and one passing restore drill, Mastodon's own
# update check found nothing),
# and the exit codes 0/1/2/3 (incl. an unreachable server: connection.failed, 3).
# Counts, in each host's own sshd log (LogLevel VERBOSE), the SSH connections and
# sessions a fast-tier `refresh` of three hosts made: one connection and one exec each.
# Also checks that `check` reads but never writes the history. Always tears down.
# Usage: e2e_check.sh PATH/TO/hoshu-cli
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
cli="${1:-}"
run="${HOSHU_TESTHOST_RUN:-/run/hoshu-testhost}"
ok=e2e-chk-ok; warn=e2e-chk-warn; crit=e2e-chk-crit; slow=e2e-chk-slow; down=e2e-chk-down
hosts=("$ok" "$warn" "$crit" "$slow" "$down")

# shellcheck source=lib.sh
. "$here/lib.sh"

e2e_require openssl:openssl mkfs.ext4:e2fsprogs losetup:util-linux
e2e_require_exe "$cli" hoshu-cli

e2e_begin check "${hosts[@]}"

echo "== boot ${#hosts[@]} hosts in parallel"
"$th" build >/dev/null || die "hoshu-testhost build failed"
t0=$(date +%s)
"$th" up "$ok" >"$cfg/$ok.log" 2>&1 & p1=$!
"$th" up "$warn" --scenario no-rules --scenario no-renewal-timer --scenario pending-updates --scenario no-backups >"$cfg/$warn.log" 2>&1 & p2=$!
"$th" up "$crit" --scenario disk-nearly-full --scenario cert-expiring --scenario mastodon-update-available >"$cfg/$crit.log" 2>&1 & p3=$!
"$th" up "$slow" --scenario sidekiq-no-scheduler --scenario stray-dumps --scenario backup-old >"$cfg/$slow.log" 2>&1 & p4=$!
"$th" up "$down" --scenario services-stopped --scenario cert-served-stale --scenario big-journal >"$cfg/$down.log" 2>&1 & p5=$!
for p in $p1 $p2 $p3 $p4 $p5; do wait "$p" || { cat "$cfg"/*.log >&2; die "a host did not boot"; }; done
echo "booted in $(( $(date +%s) - t0 )) s"

for h in "${hosts[@]}"; do
  # shellcheck source=/dev/null  # written by hoshu-testhost up
  ( . "$run/hosts/$h/host.env"
    "$cli" server add "$h" --host "$HOST_ADDR" --user root --key "$HOST_KEY" --accept-new-host-key \
      --domain "$h.test" --http-address "$HOST_ADDR" --http-ca-file "$run/hosts/$h/ca/trust.pem" ) >"$cfg/$h.add" 2>&1 \
    || { cat "$cfg/$h.add" >&2; die "$h: hoshu-cli server add failed"; }
done
# Nothing listens on port 9 of the loopback: refused at once. No --accept-new-host-key: added without connecting.
"$cli" server add e2e-chk-gone --host 127.0.0.1 --port 9 --user root --key "$run/hosts/$ok/id_ed25519" >/dev/null 2>&1 \
  || die "could not add the unreachable server"
# Invalid settings are refused (65), nothing is added.
"$cli" server add e2e-bad --host 10.0.0.1 --http-address not-an-ip >/dev/null 2>&1; rc=$?
[ "$rc" -eq 65 ] || fail "server add --http-address not-an-ip exited $rc, expected 65"
"$cli" server add e2e-bad --host 10.0.0.1 --http-ca-file /nonexistent.pem >/dev/null 2>&1; rc=$?
[ "$rc" -eq 65 ] || fail "server add --http-ca-file /nonexistent.pem exited $rc, expected 65"

# expect NAME EXIT [--slow] -- "id|severity|subject-glob"...: check --json has exactly these non-OK findings.
expect() {
  local h="$1" want_rc="$2"; shift 2
  local args=()
  while [ "$1" != -- ]; do args+=("$1"); shift; done; shift
  "$cli" check "$h" --json "${args[@]}" >"$cfg/$h.json" 2>"$cfg/$h.err"; local rc=$?
  [ "$rc" -eq "$want_rc" ] || fail "$h: check exited $rc, expected $want_rc"
  python3 - "$cfg/$h.json" "$h" "$@" <<'PY' || fails=$((fails + 1))
import fnmatch, json, sys
path, name, want = sys.argv[1], sys.argv[2], sys.argv[3:]
try:
    doc = json.load(open(path))
except ValueError as e:
    sys.exit("FAIL: %s: check --json printed no JSON (%s)" % (name, e))
[srv] = [s for s in doc["servers"] if s["name"] == name]
got = ["%s|%s|%s" % (f["id"], f["severity"], f["subject"]) for f in srv["findings"] if f["severity"] != "ok"]
left, extra = list(want), []
for g in got:
    m = next((w for w in left if fnmatch.fnmatchcase(g, w)), None)
    if m is None:
        extra.append(g)
    else:
        left.remove(m)
print("%s: %d findings, non-OK: %s" % (name, len(srv["findings"]), ", ".join(sorted(got)) or "none"))
if left or extra:
    sys.exit("FAIL: %s: missing %s; unexpected %s" % (name, left, extra))
PY
}

echo "== check --json"
# A well-kept host also proves that its backups restore: one drill, as its admin would run it.
"$cli" drill "$ok" >"$cfg/$ok.drill" 2>&1 || { cat "$cfg/$ok.drill" >&2; fail "$ok: the drill failed"; }
# ... and keeps a copy off the server (backup.no_offsite_copy): a bundle made and copied here.
"$cli" backup "$ok" --download "$HOSHU_BACKUP_DIR" >"$cfg/$ok.copy" 2>&1 \
  || { cat "$cfg/$ok.copy" >&2; fail "$ok: copying its newest bundle failed"; }
expect "$ok" 0 --slow --
expect "$warn" 1 --slow -- "instance.rules_missing|warning|$warn.test" "cert.renewal_not_scheduled|warning|" \
  "system.updates_pending|warning|apt" "backup.missing|warning|"
# 5 days left with certbot.timer active: past certbot's 30 days, so renewal is failing too.
# The server's own update check stored 4.3.3 as urgent: critical for this 4.3.2.
expect "$crit" 2 -- "disk.usage_high|critical|/home/mastodon/live/public/system" "cert.expiring|critical|$crit.test" \
  "cert.renewal_failing|warning|$crit.test" "mastodon.update_available|critical|4.3.2"
expect "$slow" 2 --slow -- "sidekiq.scheduler_missing|critical|mastodon-sidekiq.service" "disk.stray_dumps|warning|" \
  "backup.stale|critical|/var/backups/mastodon/mastodon_production-*.dump" "backup.never_restored|warning|" \
  "backup.no_offsite_copy|warning|$slow"
expect "$down" 2 -- "service.inactive|critical|mastodon-web.service" "service.inactive|critical|mastodon-sidekiq.service" \
  "service.inactive|critical|mastodon-streaming.service" "service.inactive|critical|mastodon-streaming@4000.service" \
  "disk.journal_large|warning|journal" "cert.served_stale|warning|$down.test" \
  "http.health_failed|critical|$down.test" "http.instance_api_failed|critical|$down.test" \
  "http.streaming_failed|warning|$down.test" "http.webui_assets_failed|critical|$down.test" \
  "instance.rules_missing|unknown|$down.test"
expect e2e-chk-gone 3 -- "connection.failed|unknown|*"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["servers"][0]; sys.exit(0 if s["reached"] is False else 1)' \
  "$cfg/e2e-chk-gone.json" || fail "e2e-chk-gone: reached is not false"
# Several servers: the worst decides.
for combo in "$ok $warn:1" "$ok $crit:2" "$ok e2e-chk-gone:3" "$ok $warn $crit:2"; do
  # shellcheck disable=SC2086  # the server names are words
  "$cli" check ${combo%%:*} >"$cfg/combo.out" 2>&1; rc=$?
  [ "$rc" -eq "${combo##*:}" ] || fail "check ${combo%%:*} exited $rc, expected ${combo##*:}"
done
grep -q "^== $ok: " "$cfg/combo.out" || fail "text output has no header for $ok"

echo "== fast-tier refresh of three hosts: SSH connections and execs, from each host's sshd log"
rows() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from refreshes").fetchone()[0])' \
  "$HOSHU_CONFIG_DIR/history.sqlite"; }
sleep 1; t0=$(date +%s)
"$cli" refresh "$ok" "$warn" "$crit" >"$cfg/refresh.out" 2>&1; rc=$?
sleep 1; t1=$(date +%s)
cat "$cfg/refresh.out"
[ "$rc" -eq 2 ] || fail "refresh exited $rc, expected 2 (worst: $crit)"
for h in "$ok" "$warn" "$crit"; do
  "$run/hosts/$h/ssh" "journalctl -u ssh.service --no-pager -o cat --since @$t0 --until @$t1" >"$cfg/$h.sshd" 2>&1
  conns=$(grep -c '^Accepted publickey for root' "$cfg/$h.sshd")
  execs=$(grep -c '^Starting session: command for root' "$cfg/$h.sshd")
  others=$(grep -c '^Starting session:' "$cfg/$h.sshd")
  echo "$h: sshd logged $conns connection(s), $execs exec session(s), $others session(s) of any kind"
  if [ "$conns" -ne 1 ] || [ "$execs" -ne 1 ] || [ "$others" -ne 1 ]; then
    fail "$h: the refresh should use 1 connection and 1 exec"; sed 's/^/  /' "$cfg/$h.sshd"
  fi
done
before=$(rows)
[ "$before" -eq 3 ] || fail "refresh stored $before snapshots, expected 3"
"$cli" check "$ok" "$warn" "$crit" >/dev/null 2>&1
after=$(rows)
[ "$after" -eq "$before" ] || fail "check wrote to the history ($before -> $after snapshots)"

[ "$fails" -eq 0 ] || die "$fails check(s) failed"
echo "PASS: exact findings on ${#hosts[@]} hosts (none on $ok, slow tier included), exit codes 0/1/2/3, 1 connection + 1 exec per host per refresh"

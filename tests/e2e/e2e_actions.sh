#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# e2e (CTest label e2e): the catalog's fixing actions against test hosts in the states they
# fix. Boots two hosts (A: Mastodon stopped, Sidekiq without scheduler, 1200 dead jobs, a
# full media disk, stray dumps, a big journal, an empty instances view, a stale served
# certificate, two old Rubies; B: pending OS updates, stale backups, a certificate expiring in 5 days that
# certbot renews from the host's ACME server, no renewal timer, two Sidekiqs serving the
# scheduler queue), then
#   1. plan mode (hoshu_plan=1) of EVERY action of the catalog, as ActionExpander lays the
#      script out: exits 0, runs no step ("==>"), and changes nothing (units, main PIDs,
#      files, Redis, the database's statistics, dpkg's state are the same afterwards);
#   2. one failure for the right reason: services.restart_nginx with a broken nginx
#      configuration is refused and nothing is restarted (nginx keeps its main PID), and
#      the refusals of the parameters and scripts (a dump path with "..", /etc/passwd as a
#      dump, the Ruby Mastodon uses, a typed-name action without --confirm);
#   3. per host `check` -> `fix --all --yes` -> `check` (tests/e2e/fix_report.py): every
#      finding with an automatic fix is gone, the others remain and the run names them. On
#      A the first round runs with nginx's configuration broken: the served certificate's
#      fix fails for that reason (nginx -t; nothing reloaded) and says so; the second round,
#      configuration mended, fixes it and what only shows once Mastodon runs (Sidekiq's
#      scheduler, the instances view). The state each fix promises is asserted on the host
#      itself (units active, a live Sidekiq listening to scheduler, files gone, Redis sets
#      empty, nginx serving the renewed certificate, the dump readable);
#   4. the catalog's other actions with `hoshu-cli run --yes [--confirm NAME]`, each with
#      the state it promises (the mail in the sink, the host back after a reboot, ...).
# Always tears the hosts down and checks nothing is left.
# Usage: e2e_actions.sh PATH/TO/hoshu-cli   (E2E_ACTIONS_PREFIX names the hosts, default e2e-fix)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
actions="$here/../../resources/actions"
cli="${1:-}"
run="${HOSHU_TESTHOST_RUN:-/run/hoshu-testhost}"
prefix="${E2E_ACTIONS_PREFIX:-e2e-fix}"
a=$prefix-a
b=$prefix-b

# shellcheck source=lib.sh
. "$here/lib.sh"

e2e_require openssl:openssl mkfs.ext4:e2fsprogs losetup:util-linux
e2e_require_exe "$cli" hoshu-cli
[ -f "$actions/lib.sh" ] || die "no $actions/lib.sh (the action prelude)"

e2e_begin actions "$a" "$b"

echo "== boot $a and $b"
"$th" build >/dev/null || die "hoshu-testhost build failed"
t0=$(date +%s)
"$th" up "$a" --scenario services-stopped --scenario sidekiq-no-scheduler --scenario dead-jobs \
  --scenario disk-nearly-full --scenario stray-dumps --scenario big-journal --scenario instances-view-empty \
  --scenario cert-served-stale \
  >"$cfg/$a.log" 2>&1 & pa=$!
"$th" up "$b" --scenario pending-updates --scenario backup-old --scenario cert-expiring --scenario sidekiq-scheduler-twice \
  --scenario no-renewal-timer >"$cfg/$b.log" 2>&1 & pb=$!
for p in $pa $pb; do wait "$p" || { cat "$cfg/$a.log" "$cfg/$b.log" >&2; die "a host did not boot"; }; done
echo "booted in $(( $(date +%s) - t0 )) s"
for h in "$a" "$b"; do e2e_add_server "$h" "$h" root || die "$h: hoshu-cli server add failed"; done

ssh_a() { e2e_ssh "$a" "$@"; }
ssh_b() { e2e_ssh "$b" "$@"; }

# act HOST ACTION [ARG]...: hoshu-cli run, its output in $cfg/HOST.ACTION.out (shown indented);
# returns the CLI's exit status.
act() {
  local h=$1 id=$2 rc; shift 2
  "$cli" run "$h" "$id" "$@" >"$cfg/$h.$id.out" 2>&1; rc=$?
  sed "s/^/  [$h $id] /" "$cfg/$h.$id.out" | head -n 60
  echo "  [$h $id] exit $rc"
  return "$rc"
}
# ok HOST ACTION [ARG]...: act, which must succeed.
ok() { act "$@" || fail "$1: $2 failed"; }
out_has() { grep -q -- "$3" "$cfg/$1.$2.out" || fail "$1: $2: the output does not say '$3'"; }

# findings HOST TAG: the non-OK finding ids of `check --json --slow`, one per line, in $cfg/HOST.TAG.ids.
findings() {
  "$cli" check "$1" --json --slow >"$cfg/$1.$2.json" 2>"$cfg/$1.$2.err"
  python3 - "$cfg/$1.$2.json" "$1" >"$cfg/$1.$2.ids" <<'PY' || fail "$1: check --json printed no JSON"
import json, sys
doc = json.load(open(sys.argv[1]))
[srv] = [s for s in doc["servers"] if s["name"] == sys.argv[2]]
print("\n".join(sorted({f["id"] for f in srv["findings"] if f["severity"] not in ("ok", "unknown")})))
PY
  echo "$1 ($2): $(paste -sd' ' "$cfg/$1.$2.ids")"
}
# fix_all HOST BEFORE TAG [--expect-failed ID]...: `hoshu-cli fix HOST --yes --confirm HOST
# --json` (the document in $cfg/HOST.TAG.fix.json, the runs' output in $cfg/HOST.TAG.fix.out),
# then `findings HOST TAG`, judged against `findings HOST BEFORE` by fix_report.py. Returns
# the exit status of `fix`.
fix_all() {
  local h=$1 before=$2 tag=$3 rc; shift 3
  "$cli" fix "$h" --yes --confirm "$h" --json >"$cfg/$h.$tag.fix.json" 2>"$cfg/$h.$tag.fix.out"; rc=$?
  sed "s/^/  [$h fix $tag] /" "$cfg/$h.$tag.fix.out" | head -n 150
  echo "  [$h fix $tag] exit $rc"
  findings "$h" "$tag"
  python3 "$here/fix_report.py" "$h" "$cfg/$h.$before.json" "$cfg/$h.$tag.fix.json" "$cfg/$h.$tag.json" "$@" \
    || fail "$h: fix --all ($tag) broke a promise (above)"
  return "$rc"
}
fix_out_has() { grep -q -- "$3" "$cfg/$1.$2.fix.out" || fail "$1: fix --all ($2): the output does not say '$3'"; }
served_is_on_disk() {   # HOST: nginx serves the certificate on disk for HOST.test
  # shellcheck disable=SC2016  # expanded on the host
  e2e_ssh "$1" 'd=$(hostname).test; f=$(openssl x509 -noout -enddate -in /etc/letsencrypt/live/$d/cert.pem)
    s=$(openssl s_client -connect 127.0.0.1:443 -servername $d </dev/null 2>/dev/null | openssl x509 -noout -enddate); [ "$f" = "$s" ]'
}

# The state plan mode must not touch: units and their main PIDs, the files of the places the
# actions write, Redis's keys, the database's statistics and views, dpkg's state.
# shellcheck disable=SC2016  # expanded on the host
state_script='
systemctl list-units --all --no-legend --plain --type=service,timer | awk '"'"'$1 !~ /^(session-|user@|user-runtime-dir@)/ { print $1, $3, $4 }'"'"'
for u in mastodon-web mastodon-sidekiq mastodon-streaming@4000 nginx postgresql@15-main redis-server systemd-journald; do
  printf "%s %s\n" "$u" "$(systemctl show -p MainPID --value "$u")"; done
find /etc/systemd /etc/letsencrypt /etc/nginx /home/mastodon /root /var/backups /var/lib/hoshu-testhost/mail \
  -xdev \( -path /home/mastodon/live/log -o -path /home/mastodon/live/tmp \) -prune -o -printf "%p %s %T@\n" 2>/dev/null | sort
md5sum /var/lib/dpkg/status
for k in dead retry schedule; do printf "%s %s\n" "$k" "$(redis-cli zcard "$k")"; done
redis-cli --raw keys "queue:*" | sort | while read -r q; do printf "%s %s\n" "$q" "$(redis-cli llen "$q")"; done
runuser -u postgres -- psql -X -A -t -q -d mastodon_production -c "SELECT relname, last_analyze, last_vacuum FROM pg_stat_user_tables ORDER BY relname" 2>/dev/null
runuser -u postgres -- psql -X -A -t -q -d mastodon_production -c "SELECT matviewname, ispopulated FROM pg_matviews; SELECT count(*) FROM pg_index WHERE NOT indisvalid" 2>/dev/null
'
state() { e2e_ssh "$1" sh -s <<<"$state_script"; }

# plan_script HOST ID: the script of ID as ActionExpander lays it out (assignments, the
# prelude, the script) in plan mode, with each parameter's default or the value for this test.
plan_script() {
  local id=$1
  printf 'set -u\n'
  printf "mastodon_dir='/home/mastodon/live'\nhoshu_lang='en'\nhoshu_deployment='systemd'\nhoshu_plan='1'\n"
  python3 - "$actions/$id.json" "$actions" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
embeds = doc.get("variants", {}).get("systemd", {}).get("embeds")
if embeds:  # the other action's script with its prelude, as the expander hands it over
    text = open(sys.argv[2] + "/lib.sh").read() + open("%s/%s.systemd.sh" % (sys.argv[2], embeds)).read()
    print("hoshu_embedded_script='%s'" % text.replace("'", "'\\''"))
given = {"unit": "mastodon-web.service", "username": "alice", "versions": "3.2.2 3.1.6", "paths": "/root/mastodon_production_2023-05-01.sql /home/mastodon/backup-before-4.2.sql.gz",
         "to": "plan@example.test", "service": "db", "inbox": "https://relay.example.test/inbox"}
for p in doc.get("parameters", []):
    v = str(p.get("default", given.get(p["name"], "")))
    print("%s='%s'" % (p["name"], v.replace("'", "'\\''")))
PY
  cat "$actions/lib.sh" "$actions/$id.systemd.sh"
}

# Two old Rubies (3.2.2 and a copy as 3.1.6; on both hosts, for the plans) and, on A, a
# threshold the hosts' small ones reach: disk.old_rubies' fix must remove both in one run,
# never 3.3.5 (.ruby-version).
for h in "$a" "$b"; do e2e_ssh "$h" "cp -a /home/mastodon/.rbenv/versions/3.2.2 /home/mastodon/.rbenv/versions/3.1.6"; done
python3 - "$HOSHU_CONFIG_DIR/servers.json" "$a" <<'PY' || die "could not set $a's threshold for old Rubies"
import json, sys
path, name = sys.argv[1], sys.argv[2]
doc = json.load(open(path))
[p] = [p for p in doc["servers"] if p["name"] == name]
p.setdefault("thresholds", {})["oldRubiesWarnBytes"] = 1
json.dump(doc, open(path, "w"), indent=2)
PY

echo "== plan mode of every action changes nothing"
for h in "$a" "$b"; do
  state "$h" >"$cfg/$h.state0" || fail "$h: could not read its state"
  n=0
  for f in "$actions"/*.systemd.sh; do
    id=$(basename "$f" .systemd.sh)
    plan_script "$id" >"$cfg/$h.$id.plan.sh"
    e2e_ssh "$h" sh -s <"$cfg/$h.$id.plan.sh" >"$cfg/$h.$id.plan" 2>&1; rc=$?
    n=$((n + 1))
    # B has no stray dump: the plan of its removal refuses (the file is not there), as it must.
    if [ "$h:$id" = "$b:disk.remove_dump" ]; then
      if [ "$rc" -ne 1 ] || ! grep -q 'not a regular file' "$cfg/$h.$id.plan"; then fail "$h: plan of $id did not refuse a missing file"; fi
    elif [ "$id" = backup.restore ]; then
      # No bundle was put on the host (hoshu-cli restore sends one first): the plan refuses.
      if [ "$rc" -ne 1 ] || ! grep -q 'does not exist on this server' "$cfg/$h.$id.plan"; then fail "$h: plan of $id did not refuse a missing bundle"; fi
    elif [ "$rc" -ne 0 ]; then
      fail "$h: plan of $id exited $rc"; sed 's/^/    /' "$cfg/$h.$id.plan"
    fi
    ! grep -q '^==> ' "$cfg/$h.$id.plan" || fail "$h: plan of $id ran a step: $(grep '^==> ' "$cfg/$h.$id.plan" | head -n 1)"
  done
  state "$h" >"$cfg/$h.state1"
  if ! diff "$cfg/$h.state0" "$cfg/$h.state1" >"$cfg/$h.state.diff"; then
    fail "$h: the plans of $n actions changed the server:"; head -n 20 "$cfg/$h.state.diff" | sed 's/^/    /'
  else
    echo "$h: $n plans, nothing changed"
  fi
done
grep -q '^+ systemctl start .*mastodon-web.service' "$cfg/$a.services.start_mastodon.plan" \
  || fail "$a: the plan of services.start_mastodon does not name mastodon-web.service"
grep -q '^+ .*tootctl media remove --days 7' "$cfg/$a.media.remove_remote.plan" || fail "$a: the plan of media.remove_remote shows no tootctl"

findings "$a" before
findings "$b" before

echo "== refused for the right reason"
ssh_a "cp /etc/nginx/sites-available/mastodon /root/site.ok && echo 'this is not nginx;' >>/etc/nginx/sites-available/mastodon"
pid0=$(ssh_a systemctl show -p MainPID --value nginx.service)
act "$a" services.restart_nginx --yes && fail "$a: restart_nginx with a broken configuration succeeded"
out_has "$a" services.restart_nginx "nginx was NOT restarted"
[ "$(ssh_a systemctl show -p MainPID --value nginx.service)" = "$pid0" ] || fail "$a: nginx was restarted despite the broken configuration"
ssh_a "cp /root/site.ok /etc/nginx/sites-available/mastodon && rm /root/site.ok"
act "$a" disk.remove_dump --param paths=/root/../etc/passwd --confirm "$a"; rc=$?
[ "$rc" -eq 65 ] || fail "$a: a dump path with .. was not refused as an invalid parameter (exit $rc)"
act "$a" disk.remove_dump --param paths=/etc/passwd --confirm "$a" && fail "$a: /etc/passwd was accepted as a dump"
ssh_a test -f /etc/passwd || fail "$a: /etc/passwd is gone"
act "$a" disk.remove_dump --param "paths=/root/mastodon_production_2023-05-01.sql /etc/passwd" --yes --confirm "$a" \
  && fail "$a: a list with /etc/passwd in it was accepted"
ssh_a test -f /root/mastodon_production_2023-05-01.sql || fail "$a: a dump was deleted although another file of the list was refused"
act "$a" disk.remove_ruby --param "versions=3.2.2 3.3.5" --yes && fail "$a: a list with the Ruby in .ruby-version was accepted"
ssh_a test -d /home/mastodon/.rbenv/versions/3.3.5 || fail "$a: Ruby 3.3.5 is gone"
ssh_a test -d /home/mastodon/.rbenv/versions/3.2.2 || fail "$a: Ruby 3.2.2 was removed although another version of the list was refused"
act "$a" sidekiq.clear_dead_jobs --yes && fail "$a: clear_dead_jobs ran without the typed name"
[ "$(ssh_a redis-cli zcard dead)" = 1200 ] || fail "$a: the dead set changed without the typed name"

echo "== fix --all on $a, nginx's configuration broken: the served certificate's fix must fail"
old=$(ssh_a "find /home/mastodon/live/public/system/cache -type f -mtime +7 | wc -l")
ssh_a "cp /etc/nginx/sites-available/mastodon /root/site.ok && echo 'this is not nginx;' >>/etc/nginx/sites-available/mastodon"
pid0=$(ssh_a systemctl show -p MainPID --value nginx.service)
fix_all "$a" before r1 --expect-failed cert.served_stale && fail "$a: fix --all exited 0 although the served certificate could not be fixed"
fix_out_has "$a" r1 "nginx was NOT reloaded"
[ "$(ssh_a systemctl show -p MainPID --value nginx.service)" = "$pid0" ] || fail "$a: nginx was restarted despite the broken configuration"
served_is_on_disk "$a" && fail "$a: nginx serves the renewed certificate although it was never reloaded"
ssh_a "cp /root/site.ok /etc/nginx/sites-available/mastodon && rm /root/site.ok"

echo "== fix --all on $a again, the configuration mended"
fix_all "$a" r1 r2
for id in service.inactive disk.media_cache_large disk.stray_dumps disk.journal_large sidekiq.dead_jobs cert.served_stale \
  sidekiq.scheduler_missing http.instance_api_failed disk.old_rubies; do
  grep -qx "$id" "$cfg/$a.before.ids" || fail "$a: $id was not found before the fixes (the scenario did not show it)"
done
e2e_units_active "$a" || fail "$a: not every Mastodon unit is active after fix --all"
"$th" ready "$a" --all >/dev/null 2>&1 || fail "$a: not ready after fix --all"
# shellcheck disable=SC2016  # expanded on the host
ssh_a 'pid=$(systemctl show -p MainPID --value mastodon-sidekiq); for p in $(redis-cli --raw smembers processes); do
  redis-cli --raw hget "$p" info; done | grep "\"pid\": $pid," | grep -q "\"scheduler\""' \
  || fail "$a: no live Sidekiq process lists scheduler in Redis"
[ "$(ssh_a redis-cli zcard dead)" = 0 ] || fail "$a: the dead set is not empty after fix --all"
[ "$(ssh_a redis-cli llen queue:push)" -ge 1200 ] || fail "$a: the retried jobs are not on queue:push"
left=$(ssh_a "find /home/mastodon/live/public/system/cache/media_attachments -type f -mtime +7 | wc -l")
echo "$a: cached files older than 7 days: $old before, $left after"
if [ "$old" -eq 0 ] || [ "$left" -ne 0 ]; then fail "$a: fix --all left $left cached attachments older than 7 days (of $old)"; fi
fix_out_has "$a" r1 "freed"
# What keeps the cache and the stale certificate from coming back is named with its command,
# and not run (a setting, a job: the admin's choice).
fix_out_has "$a" r1 "hoshu-cli run $a media.set_cache_retention"
python3 - "$cfg/$a.r1.fix.json" "$a" <<'PY' || fail "$a: fix --all ($cfg/$a.r1.fix.json) does not name the preventions, or ran one"
import json, sys
[srv] = [s for s in json.load(open(sys.argv[1]))["servers"] if s["name"] == sys.argv[2]]
named = {p["action"]: set(p["findings"]) for p in srv["preventions"]}
ran = {f["action"] for f in srv["fixes"]}
assert "disk.media_cache_large" in named.get("media.set_cache_retention", set()), named
assert "cert.served_stale" in named.get("cert.install_renewal_timer", set()), named
assert not ran & set(named), ran & set(named)
PY
ssh_a "test ! -e /root/mastodon_production_2023-05-01.sql && test ! -e /home/mastodon/backup-before-4.2.sql.gz" \
  || fail "$a: a stray dump is still there"
ssh_a "journalctl --disk-usage" | grep -Eq 'take up [0-9.]+(B|K|M) ' || fail "$a: the journal is still large: $(ssh_a journalctl --disk-usage)"
code=$(ssh_a "curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:3000/api/v1/instance")
[ "$code" = 200 ] || fail "$a: /api/v1/instance answers $code after fix --all"
served_is_on_disk "$a" || fail "$a: nginx does not serve the certificate on disk after fix --all"
ssh_a "test ! -e /home/mastodon/.rbenv/versions/3.2.2 && test ! -e /home/mastodon/.rbenv/versions/3.1.6" \
  || fail "$a: an old Ruby is still there after fix --all: $(ssh_a ls /home/mastodon/.rbenv/versions)"
ssh_a test -x /home/mastodon/.rbenv/versions/3.3.5/bin/ruby || fail "$a: the Ruby Mastodon uses is gone"

echo "== the other actions on $a"
ok "$a" sidekiq.clear_dead_jobs --param sets=dead_and_retry --yes --confirm "$a"
[ "$(ssh_a redis-cli zcard retry)" = 0 ] || fail "$a: the retry set is not empty after clear_dead_jobs"
ok "$a" cache.remove_preview_cards --param days=180 --yes
[ "$(ssh_a "find /home/mastodon/live/public/system/preview_cards -type f -mtime +180 | wc -l")" = 0 ] \
  || fail "$a: preview card images older than 180 days remain"
ok "$a" media.usage
out_has "$a" media.usage "Attachments:"
ok "$a" disk.yarn_cache_clean --yes
# The weekly cleanup job (before Mastodon 4.0): media.remove_remote's own script, run by systemd.
ok "$a" media.install_cleanup_timer --param days=7 --param weekday=Wed --param hour=5 --yes
ssh_a "grep -qx 'OnCalendar=Wed \*-\*-\* 05:00:00' /etc/systemd/system/hoshu-media-cleanup.timer && grep -qx 'days=7' /usr/local/lib/hoshu/media-cleanup.sh" \
  || fail "$a: the cleanup timer or its script does not hold the chosen schedule and days"
t=$(ssh_a date +%s)
ssh_a systemctl start hoshu-media-cleanup.service || fail "$a: systemctl start hoshu-media-cleanup.service failed"
[ "$(ssh_a systemctl show -p Result --value hoshu-media-cleanup.service)" = success ] || fail "$a: hoshu-media-cleanup.service did not succeed"
ssh_a "journalctl -u hoshu-media-cleanup.service --since @$t -o cat --no-pager" | grep -q "Removed [0-9]* media attachments" \
  || fail "$a: the cleanup job's log does not show tootctl media remove: $(ssh_a "journalctl -u hoshu-media-cleanup.service --since @$t -o cat --no-pager | tail -n 5")"
# A container's /proc/sys is read-only: the value is saved for the next boot, and the action says it did not apply.
act "$a" system.set_swappiness --param value=10 --yes && fail "$a: set_swappiness reported success although the running kernel could not take the value"
out_has "$a" system.set_swappiness "Saved in /etc/sysctl.d/90-hoshu-swappiness.conf, but the running kernel refused"
ssh_a "grep -qx 'vm.swappiness = 10' /etc/sysctl.d/90-hoshu-swappiness.conf && test ! -e /etc/sysctl.d/90-hoshu-swappiness.conf.new" \
  || fail "$a: /etc/sysctl.d/90-hoshu-swappiness.conf does not hold vm.swappiness = 10"
[ "$(ssh_a "find /home/mastodon/.yarn/berry/cache /home/mastodon/.cache/yarn -type f | wc -l")" = 0 ] || fail "$a: yarn's caches are not empty"
ok "$a" database.analyze --yes
ok "$a" database.vacuum --yes
ok "$a" database.reindex --yes
out_has "$a" database.reindex "REINDEX DATABASE CONCURRENTLY"
pid0=$(ssh_a systemctl show -p MainPID --value mastodon-web.service)
ok "$a" services.restart_unit --param unit=mastodon-web.service --yes
[ "$(ssh_a systemctl show -p MainPID --value mastodon-web.service)" != "$pid0" ] || fail "$a: mastodon-web was not restarted"
ok "$a" services.unit_log --param unit=mastodon-sidekiq.service --param lines=5
out_has "$a" services.unit_log "sidekiq"
for svc in postgresql redis nginx; do ok "$a" "services.restart_$svc" --yes; done
# shellcheck disable=SC2016  # expanded on the host
role_of() { ssh_a 'cd /tmp && runuser -u postgres -- psql -d mastodon_production -At -c "SELECT COALESCE(r.name, '"'none'"')
  FROM users u JOIN accounts a ON a.id = u.account_id LEFT JOIN user_roles r ON r.id = u.role_id WHERE a.username = '"'$1'"'"'; }
ok "$a" mastodon.set_role --param username=alice --param role=Moderator --yes
[ "$(role_of alice)" = Moderator ] || fail "$a: alice's role is '$(role_of alice)' after set_role Moderator"
act "$a" mastodon.set_role --param username=alice --param role=Wizard --yes && fail "$a: a role that does not exist was accepted"
act "$a" mastodon.set_role --param username=nobody --param role=Admin --yes && fail "$a: a user that does not exist was accepted"
ok "$a" mastodon.set_role --param username=alice --param role=none --yes
[ "$(role_of alice)" = none ] || fail "$a: alice still has the role '$(role_of alice)' after set_role none"
[ "$(role_of admin)" = Owner ] || fail "$a: admin lost the Owner role"
ok "$a" mastodon.approve_signups --param who=carol --yes
out_has "$a" mastodon.approve_signups "Approved: carol"
ok "$a" mastodon.approve_signups --yes
out_has "$a" mastodon.approve_signups "Approved: dave"
[ "$(ssh_a "cd /tmp && runuser -u postgres -- psql -d mastodon_production -At -c 'SELECT count(*) FROM users WHERE NOT approved'")" = 0 ] \
  || fail "$a: sign-ups still wait for approval after approve_signups"
# The prevention fix --all named: Mastodon's own retention setting, read back from the database.
ok "$a" media.set_cache_retention --param days=14 --yes
[ "$(ssh_a "cd /tmp && runuser -u postgres -- psql -d mastodon_production -At -c \"SELECT value FROM settings WHERE var = 'media_cache_retention_period'\"")" = "--- 14" ] \
  || fail "$a: media_cache_retention_period is not 14 after set_cache_retention"
# The old remote posts nobody here touched go; the replied, favourited and followed ones stay.
sql_a() { ssh_a "cd /tmp && runuser -u postgres -- psql -d mastodon_production -At -c \"$1\""; }
ok "$a" media.remove_statuses --param days=90 --yes
out_has "$a" media.remove_statuses "removed 4 out of 4 statuses"
[ "$(sql_a "SELECT count(*) FROM statuses WHERE text LIKE 'relay post%'")" = 0 ] || fail "$a: unreferenced old remote posts remain"
[ "$(sql_a "SELECT count(*) FROM statuses WHERE text IN ('replied post', 'favourited post', 'followed post')")" = 3 ] \
  || fail "$a: statuses remove removed a post someone here replied to, favourited or follows the author of"
lonely="SELECT count(*) FROM accounts a WHERE domain IS NOT NULL AND NOT EXISTS (SELECT 1 FROM statuses WHERE account_id = a.id) AND NOT EXISTS (SELECT 1 FROM follows WHERE target_account_id = a.id OR account_id = a.id)"
[ "$(sql_a "$lonely")" -ge 1 ] || fail "$a: the seed has no remote account for accounts prune"
ok "$a" media.prune_accounts --yes
out_has "$a" media.prune_accounts "OK, pruned"
[ "$(sql_a "$lonely")" = 0 ] || fail "$a: remote accounts that never interacted remain after accounts prune"
[ "$(sql_a "SELECT count(*) FROM accounts WHERE id IN (SELECT target_account_id FROM follows)")" = 1 ] || fail "$a: accounts prune removed a followed account"
relay_state() { ssh_a "cd /tmp && runuser -u postgres -- psql -d mastodon_production -At -c 'SELECT state FROM relays WHERE id = 1'"; }
ok "$a" mastodon.list_relays
out_has "$a" mastodon.list_relays "https://relay.example.test/inbox accepted"
act "$a" mastodon.disable_relay --param inbox=https://other.example.test/inbox --yes && fail "$a: a relay that is not in the list was accepted"
[ "$(relay_state)" = 2 ] || fail "$a: the relay changed although another inbox was named"
ok "$a" mastodon.disable_relay --param inbox=https://relay.example.test/inbox --yes
[ "$(relay_state)" = 0 ] || fail "$a: the relay is not idle after disable_relay"
ok "$a" mastodon.test_mail --param to=admin@example.test --yes
# shellcheck disable=SC2016  # expanded on the host
ssh_a 'grep -l "^X-Envelope-To: admin@example.test" /var/lib/hoshu-testhost/mail/*.eml' >/dev/null \
  || fail "$a: the test mail did not arrive in the sink"
"$th" ready "$a" --all >/dev/null 2>&1 || fail "$a: not ready after the restarts"
ok "$a" services.stop_mastodon --yes
for u in $e2e_units; do
  case "$(ssh_a systemctl is-active "$u")" in inactive | failed) ;; *) fail "$a: $u still runs after stop_mastodon" ;; esac
done

echo "== fix --all on $b"
ok "$b" system.list_updates
out_has "$b" system.list_updates "nginx/"
# cert.renewal_failing's first step: the dry run against the host's ACME server (pebble).
ok "$b" cert.renew_dry_run --yes
out_has "$b" cert.renew_dry_run "The simulated renewal succeeded"
fix_all "$b" before after
for id in system.updates_pending backup.stale cert.expiring cert.renewal_not_scheduled sidekiq.scheduler_duplicated; do
  grep -qx "$id" "$cfg/$b.before.ids" || fail "$b: $id was not found before the fixes (the scenario did not show it)"
done
[ "$(ssh_b "apt list --upgradable 2>/dev/null | grep -c /")" = 0 ] || fail "$b: upgrades are still pending: $(ssh_b 'apt list --upgradable 2>/dev/null')"
[ "$(ssh_b systemctl is-active nginx.service)" = active ] || fail "$b: nginx does not run after the upgrade"
# shellcheck disable=SC2016  # expanded on the host
ssh_b 'f=$(ls -t /var/backups/mastodon/*.dump | head -n 1); test -n "$(find "$f" -mmin -10)" && pg_restore --list "$f" | grep -q "TABLE DATA"' \
  || fail "$b: the newest backup is not a fresh readable dump"
served_is_on_disk "$b" || fail "$b: nginx does not serve the certificate on disk after fix --all"
ssh_b "openssl x509 -noout -issuer -in /etc/letsencrypt/live/\$(hostname).test/cert.pem" | grep -qi pebble \
  || fail "$b: the certificate on disk was not issued by the host's ACME server: $(ssh_b "openssl x509 -noout -issuer -in /etc/letsencrypt/live/\$(hostname).test/cert.pem")"
ssh_b "systemctl list-timers --all --no-pager | grep -q certbot-renewal.timer" || fail "$b: list-timers does not show certbot-renewal.timer"
ssh_b "test -x /etc/letsencrypt/renewal-hooks/deploy/hoshu-reload-nginx.sh" || fail "$b: no deploy hook"
# shellcheck disable=SC2016  # expanded on the host
listening=$(ssh_b 'for p in $(redis-cli --raw smembers processes); do i=$(redis-cli --raw hget "$p" info)
  pid=$(printf "%s" "$i" | sed -n "s/.*\"pid\": *\([0-9]*\).*/\1/p"); [ -d /proc/$pid ] || continue
  printf "%s" "$i" | grep -q "\"scheduler\"" && printf "%s\n" "$pid"; done')
[ "$listening" = "$(ssh_b systemctl show -p MainPID --value mastodon-sidekiq)" ] \
  || fail "$b: the live Sidekiq processes listening to scheduler are '$listening', not only mastodon-sidekiq's"
[ "$(ssh_b systemctl is-active mastodon-sidekiq-2.service)" = active ] || fail "$b: mastodon-sidekiq-2 does not run after losing scheduler"

echo "== the other actions on $b"
ok "$b" system.update_ca_certificates --yes
ok "$b" system.top_memory
out_has "$b" system.top_memory "RSS"
boot0=$(ssh_b cat /proc/sys/kernel/random/boot_id)
act "$b" system.reboot --yes --confirm "$b"
echo "$b: system.reboot exited $? (the connection drops: its outcome may be unknown)"
t=$(date +%s)
until boot1=$(ssh_b cat /proc/sys/kernel/random/boot_id 2>/dev/null) && [ "$boot1" != "$boot0" ]; do
  [ $(( $(date +%s) - t )) -lt 180 ] || { fail "$b: did not come back within 180 s of the reboot"; break; }
  sleep 2
done
"$th" ready "$b" >/dev/null 2>&1 || fail "$b: not ready after the reboot"
echo "$b: back after $(( $(date +%s) - t )) s (boot id $boot0 -> ${boot1:-?})"

[ "$fails" -eq 0 ] || die "$fails check(s) failed"
echo "PASS: plan mode of every action changed nothing; fix --all fixed every finding with an automatic fix on $a and $b and named the others; a broken nginx configuration was refused, in run and in fix"

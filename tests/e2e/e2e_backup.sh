#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# e2e (CTest label e2e): backups that work, on a real test host (issue 9, the server side).
# Boots one host whose backups are 9 days old (scenario backup-old: backup.stale), then
#   1. plan mode of backup.bundle, backup.drill and backup.install_schedule changes nothing
#      (the backup directory, /usr/local/lib/hoshu, the units, the databases, Redis's LASTSAVE);
#   2. `hoshu-cli run backup.bundle --yes`: its last line is exactly
#      "hoshu-bundle: path=P size=N sha256=H"; P exists (0600, in a 0700 directory), N is its
#      size, H is its sha256sum and the one in P.sha256 (sha256sum -c passes); tar lists the
#      members; MANIFEST names the versions and every member's SHA-256 and size rightly;
#      pg_restore --list reads the dump; a dump that shrank by more than half is warned about;
#      media=yes adds the local media, not the remote cache;
#   3. backup.drill on the newest bundle passes (the counts equal: nothing writes meanwhile),
#      also with a status fetched after the dump but published before it, and fails for the
#      counts when a row from before the dump is missing from it;
#      a truncated copy of the dump fails for the right reason (pg_restore's error) and leaves
#      no scratch database and no extracted file; /var/lib/hoshu records the last result and
#      the last pass (backup.never_restored before the first drill, gone after);
#   3b. a dump cut inside its table of contents is backup.unreadable (pg_restore's error in
#      the evidence), and `fix --finding backup.unreadable --yes` (backup.now) clears it;
#   4. backup.install_schedule keep=3: a new bundle, the timer listed, then
#      `systemctl start hoshu-backup.service` makes another; retention keeps 3 bundles; a
#      failing run leaves hoshu-backup.service failed and `check` reports timer.failed;
#   5. hoshu-cli backup --download DIR: the copy's SHA-256 is the server's, 0600 in 0700 folders,
#      sha256sum -c reads its .sha256, --keep 2 keeps two; backups --verify --json lists them
#      verified and on the server, and calls a damaged copy damaged; a 1 GiB copy interrupted
#      by Ctrl+C keeps its .part and --newest resumes it and verifies; hoshu-cli drill passes,
#      and without backups fails saying why;
#      afterwards `hoshu-cli check --slow --json` reports no backup.stale / backup.missing;
#   5c. copies encrypt --passphrase-stdin: the next copy is NAME.tar.gpg only (0600), opened by
#      plain gpg -d and sha256sum -c, verified through gpg by backups --verify;
#   6. the seed 004 night: a last (encrypted) bundle of host A copied here, A brought down, a fresh host B
#      (scenario fresh-install: Mastodon installed, database empty) takes over A's domain;
#      `hoshu-cli restore B COPY` refuses without --confirm, with it B holds A's row counts, its
#      only finding is backup.missing, and after the schedule and a drill it is healthy.
# Always tears the host down and checks nothing is left.
# Usage: e2e_backup.sh PATH/TO/hoshu-cli   (E2E_BACKUP_PREFIX names the host, default e2e-bak)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
actions="$here/../../resources/actions"
cli="${1:-}"
prefix="${E2E_BACKUP_PREFIX:-e2e-bak}"
h=$prefix-1
dir=/var/backups/mastodon

# shellcheck source=lib.sh
. "$here/lib.sh"

e2e_require tar:tar sha256sum:coreutils
e2e_require_exe "$cli" hoshu-cli
[ -f "$actions/lib.sh" ] || die "no $actions/lib.sh (the action prelude)"

e2e_begin backup "$h" "$prefix-2"
t_start=$(date +%s)

echo "== boot $h (backups 9 days old)"
"$th" build >/dev/null || die "hoshu-testhost build failed"
t0=$(date +%s)
"$th" up "$h" --scenario backup-old >"$cfg/$h.log" 2>&1 || { cat "$cfg/$h.log" >&2; die "$h did not boot"; }
echo "booted in $(( $(date +%s) - t0 )) s"
e2e_add_server "$h" "$h" root || die "$h: hoshu-cli server add failed"

on() { e2e_ssh "$h" "$@"; }
# act ACTION [ARG]...: hoshu-cli run, stdout in $cfg/ACTION.out, stderr in $cfg/ACTION.err
# (both shown indented); returns the CLI's exit status.
act() {
  local id=$1 rc; shift
  "$cli" run "$h" "$id" "$@" >"$cfg/$id.out" 2>"$cfg/$id.err"; rc=$?
  cat "$cfg/$id.out" "$cfg/$id.err" | sed "s/^/  [$id] /" | cut -c1-200 | head -n 80
  echo "  [$id] exit $rc"
  return "$rc"
}
# findings TAG: the non-OK finding ids of `check --json --slow` as "id subject", in $cfg/TAG.ids.
findings() {
  "$cli" check "$h" --json --slow >"$cfg/$1.json" 2>"$cfg/$1.err"
  python3 - "$cfg/$1.json" "$h" >"$cfg/$1.ids" <<'PY' || fail "check --json printed no JSON"
import json, sys
doc = json.load(open(sys.argv[1]))
[srv] = [s for s in doc["servers"] if s["name"] == sys.argv[2]]
for f in srv["findings"]:
    if f["severity"] not in ("ok",):
        print(f["id"], f.get("subject", ""), f["severity"])
PY
  echo "$h ($1): $(paste -sd'|' "$cfg/$1.ids")"
}
has_finding() { grep -q "^$2 " "$cfg/$1.ids"; }
# plan_script ID: ID's script as ActionExpander lays it out in plan mode (defaults; an embedding
# action gets the embedded action's script with the prelude as $hoshu_embedded_script).
plan_script() {
  python3 - "$actions" "$1" <<'PY'
import json, shlex, sys
actions, aid = sys.argv[1], sys.argv[2]
doc = json.load(open("%s/%s.json" % (actions, aid)))
lib = open(actions + "/lib.sh").read()
print("set -u\nmastodon_dir='/home/mastodon/live'\nhoshu_lang='en'\nhoshu_deployment='systemd'\nhoshu_plan='1'")
for p in doc.get("parameters", []):
    print("%s=%s" % (p["name"], shlex.quote(str(p["default"]))))
emb = doc["variants"]["systemd"].get("embeds")
if emb:
    print("hoshu_embedded_script=" + shlex.quote(lib + open("%s/%s.systemd.sh" % (actions, emb)).read()))
sys.stdout.write(lib + open("%s/%s.systemd.sh" % (actions, aid)).read())
PY
}
# shellcheck disable=SC2016  # expanded on the host
state_script='cd /
find /var/backups /usr/local/lib /etc/systemd/system /etc/cron.d -xdev -printf "%p %s %T@ %m\n" 2>/dev/null | sort
find /var/lib/postgresql /tmp /var/tmp /root -maxdepth 1 -printf "%p\n" 2>/dev/null | sort
runuser -u postgres -- psql -X -A -t -q -c "SELECT datname FROM pg_database ORDER BY 1"
systemctl list-timers --all --no-legend --no-pager | awk "{ print \$(NF-1), \$NF }" | sort'
state() { on "$state_script" >"$cfg/state.$1" 2>&1; }
# on_sh ARG... <SCRIPT: SCRIPT run by the host's /bin/sh with the ARGs as $1, $2, ... (plain words).
on_sh() { { printf 'set --'; printf " '%s'" "$@"; printf '\n'; cat; } | on sh -s; }
lastline() { tail -n 1 "$cfg/$1.out"; }
# cli TAG ARG...: hoshu-cli ARG..., its output in $cfg/TAG.out and .err, shown.
cli() {
  local tag=$1 rc; shift
  "$cli" "$@" >"$cfg/$tag.out" 2>"$cfg/$tag.err"; rc=$?
  cat "$cfg/$tag.out" "$cfg/$tag.err" | sed "s/^/  [$tag] /" | cut -c1-200 | head -n 40
  echo "  [$tag] exit $rc"
  return "$rc"
}

echo "== before: the backups are stale"
findings before
has_finding before backup.stale || fail "backup-old: check does not report backup.stale"
has_finding before backup.never_restored || fail "no drill ran yet, but check does not report backup.never_restored"

# Some rows written now, so the dump holds more than the seed; dated a minute back, so the
# drill counts them as there before the dump however soon the dump follows (its rule: 10 s).
on "cd / && runuser -u postgres -- psql -X -q -d mastodon_production -c \"INSERT INTO statuses (id, text, account_id, local, created_at, updated_at)
  SELECT 900000000 + g, 'e2e backup row ' || g, (SELECT min(id) FROM accounts), true, (now() - interval '1 minute') AT TIME ZONE 'UTC', (now() - interval '1 minute') AT TIME ZONE 'UTC'
  FROM generate_series(1, 25) g\"" || fail "cannot insert rows"

echo "== 1. plan mode changes nothing"
for id in backup.bundle backup.drill backup.install_schedule; do
  state before
  plan_script "$id" >"$cfg/$id.plan.sh"
  on sh -s <"$cfg/$id.plan.sh" >"$cfg/$id.plan" 2>&1; rc=$?
  state after
  sed "s/^/  [$id plan] /" "$cfg/$id.plan" | cut -c1-160 | head -n 40
  [ "$rc" -eq 0 ] || fail "plan of $id exited $rc"
  grep -q '^==> ' "$cfg/$id.plan" && fail "plan of $id ran a step"
  grep -q '^+ ' "$cfg/$id.plan" || fail "plan of $id shows no step"
  grep -q 'Background saving started' "$cfg/$id.plan" && fail "plan of $id made Redis save"
  diff -u "$cfg/state.before" "$cfg/state.after" >"$cfg/$id.plan.diff" || { cat "$cfg/$id.plan.diff" >&2; fail "plan of $id changed the host"; }
done
grep -q '^+ runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_dump -Fc ' "$cfg/backup.bundle.plan" \
  || fail "the plan of backup.bundle does not name the server's own pg_dump"
grep -q '^+ systemctl start hoshu-backup.service$' "$cfg/backup.install_schedule.plan" || fail "the plan of install_schedule does not start the service"

echo "== 2. backup.bundle"
t0=$(date +%s)
act backup.bundle --yes || fail "backup.bundle failed"
echo "backup.bundle took $(( $(date +%s) - t0 )) s"
line=$(lastline backup.bundle)
re='^hoshu-bundle: path=(/var/backups/mastodon/mastodon-bundle-'"$h"'-[0-9]{8}T[0-9]{6}Z\.tar) size=([0-9]+) sha256=([0-9a-f]{64})$'
if [[ $line =~ $re ]]; then
  path=${BASH_REMATCH[1]} size=${BASH_REMATCH[2]} sum=${BASH_REMATCH[3]}
else
  die "the last line of backup.bundle is not the hoshu-bundle line: '$line'"
fi
name=$(basename "$path" .tar)
[ "$(on stat -c %s "$path")" = "$size" ] || fail "size=$size is not the size of $path"
[ "$(on stat -c %a "$path")" = 600 ] || fail "$path is not 0600"
[ "$(on "stat -c '%a %U' $dir")" = "700 root" ] || fail "$dir is not 0700 root: $(on "stat -c '%a %U' $dir")"
[ "$(on sha256sum "$path" | cut -d' ' -f1)" = "$sum" ] || fail "sha256=$sum is not sha256sum of $path"
[ "$(on cat "$path.sha256")" = "$sum  $name.tar" ] || fail "$path.sha256 is not '$sum  $name.tar': $(on cat "$path.sha256")"
on "cd $dir && sha256sum -c --quiet $name.tar.sha256" || fail "sha256sum -c $name.tar.sha256 fails"
on tar -tf "$path" >"$cfg/members" || fail "tar cannot list $path"
for m in MANIFEST database.dump redis/dump.rdb files/home/mastodon/live/.env.production files/etc/nginx/sites-available/mastodon \
  files/etc/systemd/system/mastodon-web.service files/etc/systemd/system/mastodon-sidekiq.service \
  files/etc/systemd/system/mastodon-streaming@.service "files/etc/letsencrypt/live/$h.test/fullchain.pem" \
  "files/etc/letsencrypt/renewal/$h.test.conf" files/etc/cron.d/certbot; do
  grep -qx "$name/$m" "$cfg/members" || fail "the bundle has no $m"
done
grep -q "public/system" "$cfg/members" && fail "media=no, yet the bundle has media"
on tar -xOf "$path" "$name/MANIFEST" >"$cfg/MANIFEST"
sed 's/^/  [MANIFEST] /' "$cfg/MANIFEST" | head -n 12
for kv in "format=hoshu-bundle 1" "host=$h" deployment=systemd mastodon_version=4.3.2 database=mastodon_production media=no; do
  grep -qx "$kv" "$cfg/MANIFEST" || fail "MANIFEST has no line $kv"
done
grep -Eqx 'postgresql_version=15\.[0-9]+' "$cfg/MANIFEST" || fail "MANIFEST names no PostgreSQL 15 version"
# Every member's SHA-256 and size as MANIFEST says, and every file of the bundle in it.
on_sh "$path" "$name" <<'SH' || fail "the MANIFEST does not match the bundle's files"
cd / && t=$(mktemp -d) && tar -xf "$1" -C "$t" && cd "$t/$2" || exit 1
n=0 bad=0
while read -r s z p; do
  n=$((n + 1))
  [ "$(sha256sum <"$p" | cut -d" " -f1) $(stat -c %s "$p")" = "$s $z" ] || { echo "mismatch: $p"; bad=1; }
done <<EOF
$(grep -E "^[0-9a-f]{64} " MANIFEST)
EOF
files=$(find . -type f ! -name MANIFEST | wc -l)
[ "$files" = "$n" ] || { echo "MANIFEST lists $n files, the bundle has $files"; bad=1; }
echo "MANIFEST: $n files checked"
cd / && rm -rf "$t"
exit "$bad"
SH
on "cd / && tar -xOf $path $name/database.dump | runuser -u postgres -- pg_restore --list" >"$cfg/list" 2>&1 \
  || fail "pg_restore --list cannot read the bundle's dump"
grep -q 'TABLE DATA public statuses' "$cfg/list" || fail "the bundle's dump has no data of statuses"
for step in "pg_dump -Fc" "bgsave" "tar -cf"; do grep -q -- "^==> .*$step" "$cfg/backup.bundle.out" || fail "backup.bundle did not log the step $step"; done
grep -q '^database.dump: [0-9]* bytes' "$cfg/backup.bundle.out" || fail "backup.bundle did not log the dump's size"

echo "== 2b. a dump that shrank by more than half is warned about"
# A previous bundle (named just before the next one) whose MANIFEST says its dump was 100 MB.
on_sh >"$cfg/fake" <<'SH' || fail "cannot make the fake previous bundle"
cd / && n=mastodon-bundle-$(uname -n)-$(date -u -d "-1 second" +%Y%m%dT%H%M%SZ) && t=$(mktemp -d) && mkdir "$t/$n" &&
  printf "format=hoshu-bundle 1\n%s 104857600 database.dump\n" "$(printf "%064d" 0)" >"$t/$n/MANIFEST" &&
  tar -cf "/var/backups/mastodon/$n.tar" -C "$t" "$n" && rm -rf "$t" && echo "$n"
SH
fake=$dir/$(cat "$cfg/fake").tar
# This one with the local media: public/system without the remote cache.
act backup.bundle --param media=yes --yes || fail "backup.bundle media=yes (after the fake) failed"
grep -q 'WARNING: THE DUMP SHRANK BY MORE THAN HALF' "$cfg/backup.bundle.err" || fail "no loud warning for a dump that shrank by more than half"
grep -q '^WARNING: the dump shrank by more than half' "$cfg/backup.bundle.out" || fail "the shrink warning is not repeated at the end"
on rm -f "$fake"
mpath=$(lastline backup.bundle | sed -n 's/^hoshu-bundle: path=\([^ ]*\) .*/\1/p')
mname=$(basename "$mpath" .tar)
on tar -tf "$mpath" >"$cfg/members.media" || fail "tar cannot list the media bundle"
media_local=$(on "find /home/mastodon/live/public/system -path '*/public/system/cache' -prune -o -type f -print | wc -l")
[ "$(grep -c "^$mname/public/system/.*[^/]\$" "$cfg/members.media")" = "$media_local" ] \
  || fail "the media bundle does not hold the $media_local local media files"
grep -q "^$mname/public/system/cache" "$cfg/members.media" && fail "the media bundle holds the remote cache"
[ "$(on tar -xOf "$mpath" "$mname/MANIFEST" | grep -c ' public/system/')" = "$media_local" ] || fail "MANIFEST does not list the media files"

echo "== 3. backup.drill"
act backup.drill --yes || fail "the drill of the newest bundle failed"
line=$(lastline backup.drill)
re='^hoshu-drill: result=pass accounts=([0-9]+)/([0-9]+) statuses=([0-9]+)/([0-9]+) media_attachments=([0-9]+)/([0-9]+) users=([0-9]+)/([0-9]+) reason=ok source=/var/backups/mastodon/mastodon-bundle-[^ ]+\.tar$'
if [[ $line =~ $re ]]; then
  for i in 1 3 5 7; do
    [ "${BASH_REMATCH[$i]}" = "${BASH_REMATCH[$((i + 1))]}" ] || fail "drill counts differ on a quiet server: $line"
  done
  [ "${BASH_REMATCH[3]}" -ge 25 ] || fail "the drill restored fewer statuses than were inserted: $line"
else
  fail "the last line of backup.drill is not a passing hoshu-drill line: '$line'"
fi
drills() { on "cd / && runuser -u postgres -- psql -X -A -t -q -c \"SELECT datname FROM pg_database WHERE datname LIKE 'hoshu_drill%'\"; ls -d $dir/.hoshu-drill-* 2>/dev/null"; }
[ -z "$(drills)" ] || fail "the drill left behind: $(drills)"

# The rule: a status fetched after the dump but published before it (created_at old,
# updated_at new) is no loss: the drill still passes; a row that was there before the dump,
# unchanged, yet is not in it (as with a dump of the wrong database) fails it for the counts.
sql_on() { on "cd / && runuser -u postgres -- psql -X -A -t -q -d mastodon_production -c \"$1\""; }
sql_on "INSERT INTO statuses (id, text, account_id, local, created_at, updated_at) VALUES (900000101, 'fetched late', (SELECT min(id) FROM accounts), false, (now() - interval '1 hour') AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')" \
  || fail "cannot insert the late status"
act backup.drill --yes || fail "the drill failed because of a status fetched after the dump"
sql_on "INSERT INTO statuses (id, text, account_id, local, created_at, updated_at) VALUES (900000102, 'lost', (SELECT min(id) FROM accounts), true, (now() - interval '1 hour') AT TIME ZONE 'UTC', (now() - interval '1 hour') AT TIME ZONE 'UTC')" \
  || fail "cannot insert the lost status"
act backup.drill --yes && fail "the drill passed although the dump lacks a row from before it"
line=$(lastline backup.drill)
re='^hoshu-drill: result=fail accounts=([0-9]+)/([0-9]+) statuses=([0-9]+)/([0-9]+) media_attachments=([0-9]+)/([0-9]+) users=([0-9]+)/([0-9]+) reason=counts source=/'
if [[ $line =~ $re ]]; then
  m=("${BASH_REMATCH[@]}")
  if [ "${m[1]}:${m[5]}:${m[7]}" != "${m[2]}:${m[6]}:${m[8]}" ] || [ $((m[3] + 1)) -ne "${m[4]}" ]; then
    fail "the drill should miss exactly one status and nothing else: $line"
  fi
else
  fail "a dump lacking a row did not fail for the counts: '$line'"
fi
[ -z "$(drills)" ] || fail "the drill that failed for the counts left behind: $(drills)"
sql_on "DELETE FROM statuses WHERE id IN (900000101, 900000102)" >/dev/null || fail "cannot delete the two statuses"

# A truncated copy of the dump (its table of contents intact, its data cut at 90%).
on_sh "$path" "$name" <<'SH' || fail "cannot make the truncated dump"
cd / && tar -xOf "$1" "$2/database.dump" >/root/e2e-full.dump && s=$(stat -c %s /root/e2e-full.dump) &&
  head -c $((s * 9 / 10)) /root/e2e-full.dump >/root/e2e-truncated.dump && rm -f /root/e2e-full.dump
SH
act backup.drill --param bundle=/root/e2e-truncated.dump --yes && fail "the drill of a truncated dump passed"
line=$(lastline backup.drill)
[[ $line == "hoshu-drill: result=fail accounts=-/- statuses=-/- media_attachments=-/- users=-/- reason=pg_restore source=/root/e2e-truncated.dump" ]] \
  || fail "the truncated dump did not fail for pg_restore: '$line'"
grep -q '^pg_restore: error: ' "$cfg/backup.drill.err" || fail "the drill does not show pg_restore's error"
grep -q '^==> .*createdb ' "$cfg/backup.drill.out" || fail "the truncated drill did not get as far as the restore"
grep -q '^==> .*dropdb --if-exists hoshu_drill_' "$cfg/backup.drill.out" || fail "the failed drill did not drop its scratch database"
[ -z "$(drills)" ] || fail "the failed drill left behind: $(drills)"
on rm -f /root/e2e-truncated.dump
# What the drills recorded for the refresh: the last result (this failure), the last pass.
on cat /var/lib/hoshu/drill-last | grep -q '^hoshu-drill: result=fail .* reason=pg_restore source=/root/e2e-truncated.dump$' \
  || fail "drill-last does not hold the failed drill: $(on cat /var/lib/hoshu/drill-last)"
on cat /var/lib/hoshu/drill-passed | grep -q '^hoshu-drill: result=pass .* reason=ok source=/var/backups/mastodon/mastodon-bundle-' \
  || fail "drill-passed does not hold the passing drill: $(on cat /var/lib/hoshu/drill-passed)"
[ "$(on stat -c %a /var/lib/hoshu/drill-passed)" = 644 ] || fail "drill-passed is not 0644"

echo "== 3b. backup.unreadable: the newest dump cut inside its table of contents; its fix makes a new backup"
on_sh "$path" "$name" <<'SH' || fail "cannot make the cut dump"
cd / && tar -xOf "$1" "$2/database.dump" | head -c 2048 >/var/backups/mastodon/mastodon_production-e2e-cut.dump
SH
findings cut
grep -q '^backup.unreadable /var/backups/mastodon/mastodon_production-e2e-cut.dump warning$' "$cfg/cut.ids" \
  || fail "check does not report the cut dump as backup.unreadable"
grep -q 'could not read from input file' "$cfg/cut.json" || fail "backup.unreadable does not carry pg_restore's error"
cli fix-unreadable fix "$h" --finding backup.unreadable --yes || fail "fix --finding backup.unreadable failed"
findings uncut
has_finding uncut backup.unreadable && fail "backup.unreadable is still there after its fix (backup.now)"
on rm -f /var/backups/mastodon/mastodon_production-e2e-cut.dump

echo "== 4. backup.install_schedule keep=3"
bundles() { on "ls -1 $dir/mastodon-bundle-*.tar" 2>/dev/null; }
n0=$(bundles | wc -l)
act backup.install_schedule --param keep=3 --yes || fail "install_schedule failed"
grep -q '^hoshu-backup.timer is active' "$cfg/backup.install_schedule.out" || fail "install_schedule did not verify its timer"
on "systemctl list-timers --all --no-pager" | grep -q 'hoshu-backup\.timer' || fail "hoshu-backup.timer is not in list-timers"
on "grep -q '^Persistent=true' /etc/systemd/system/hoshu-backup.timer && grep -q '^RandomizedDelaySec=' /etc/systemd/system/hoshu-backup.timer" \
  || fail "the timer is not Persistent with a RandomizedDelaySec"
# The job is backup.bundle's script itself, after the values it runs with (the last one,
# reader, empty: Hoshu logs in as root here, so nobody else is to own the bundles).
on cat /usr/local/lib/hoshu/backup.sh >"$cfg/backup.sh"
{ grep -qx 'keep=3' "$cfg/backup.sh" && grep -qx "reader=''" "$cfg/backup.sh"; } || fail "the job's values are not keep=3, reader=''"
tail -n +"$(grep -n -m1 '^reader=' "$cfg/backup.sh" | cut -d: -f1)" "$cfg/backup.sh" | tail -n +2 >"$cfg/backup.sh.code"
cat "$actions/lib.sh" "$actions/backup.bundle.systemd.sh" | cmp -s - "$cfg/backup.sh.code" \
  || fail "/usr/local/lib/hoshu/backup.sh is not lib.sh + backup.bundle.systemd.sh"
before=$(bundles | tail -n 1)
t0=$(date +%s)
on systemctl start hoshu-backup.service || fail "systemctl start hoshu-backup.service failed"
echo "the scheduled run took $(( $(date +%s) - t0 )) s"
after=$(bundles | tail -n 1)
if [ -z "$after" ] || [ "$after" = "$before" ]; then fail "systemctl start hoshu-backup.service made no new bundle"; fi
[ "$(on systemctl show -p Result --value hoshu-backup.service)" = success ] || fail "hoshu-backup.service did not succeed"
n1=$(bundles | wc -l)
echo "bundles: $n0 before install_schedule, $n1 after two scheduled runs (keep=3)"
[ "$n1" -eq 3 ] || fail "retention kept $n1 bundles, not 3"
[ "$(on "ls -1 $dir/mastodon-bundle-*.tar.sha256" | wc -l)" -eq 3 ] || fail "retention left a different number of .sha256 files"
on ls -l "$dir" | sed 's/^/  [ls] /'

echo "== 4b. a failing run shows as a failed unit"
on "cp -p /home/mastodon/live/.env.production /root/env.keep && sed -i 's/^DB_NAME=.*/DB_NAME=no_such_db/' /home/mastodon/live/.env.production"
on systemctl start hoshu-backup.service && fail "the run against a missing database succeeded"
[ "$(on systemctl is-failed hoshu-backup.service)" = failed ] || fail "hoshu-backup.service is not failed after a failing run"
on "journalctl -u hoshu-backup.service -n 5 --no-pager -o cat" | sed 's/^/  [journal] /'
findings failed
grep -q '^timer.failed hoshu-backup.timer' "$cfg/failed.ids" || fail "check does not report timer.failed for hoshu-backup.timer"
on "cp -p /root/env.keep /home/mastodon/live/.env.production && rm -f /root/env.keep"
on systemctl start hoshu-backup.service || fail "the run after the repair failed"

echo "== 5. hoshu-cli backup --download, backups, drill"
copies=$cfg/copies
t0=$(date +%s)
cli backup backup "$h" --download "$copies" --keep 2 --param keep=3 || fail "hoshu-cli backup --download failed"
echo "backup + download took $(( $(date +%s) - t0 )) s"
re='^hoshu-bundle: path=(/var/backups/mastodon/[^ ]+\.tar) size=([0-9]+) sha256=([0-9a-f]{64})$'
if [[ $(grep '^hoshu-bundle: ' "$cfg/backup.out" | tail -n 1) =~ $re ]]; then
  bpath=${BASH_REMATCH[1]} bsum=${BASH_REMATCH[3]}
else
  die "hoshu-cli backup printed no bundle line"
fi
copy=$copies/$h/$(basename "$bpath")
[ -f "$copy" ] || fail "no copy at $copy"
[ "$(sha256sum <"$copy" | cut -d' ' -f1)" = "$bsum" ] || fail "the copy's SHA-256 is not the server's"
[ "$(on sha256sum "$bpath" | cut -d' ' -f1)" = "$bsum" ] || fail "the server's bundle is not what its line says"
[ "$(stat -c %a "$copy") $(stat -c %a "$copies/$h") $(stat -c %a "$copies")" = "600 700 700" ] \
  || fail "modes: copy, server folder, folder are $(stat -c %a "$copy") $(stat -c %a "$copies/$h") $(stat -c %a "$copies"), not 600 700 700"
(cd "$copies/$h" && sha256sum -c --quiet "$(basename "$copy").sha256") || fail "sha256sum -c fails on the copy's .sha256"
grep -q "its SHA-256 is the server's" "$cfg/backup.err" || fail "hoshu-cli backup does not say the checksum matched"
grep -q "holds the server's secrets" "$cfg/backup.err" || fail "hoshu-cli backup does not warn that the copy holds secrets"
sleep 1 # bundles are named by the second
cli backup2 backup "$h" --download "$copies" --keep 2 --param keep=3 || fail "the second hoshu-cli backup --download failed"
sleep 1
cli backup3 backup "$h" --download "$copies" --keep 2 --param keep=3 || fail "the third hoshu-cli backup --download failed"
[ "$(find "$copies/$h" -name '*.tar' | wc -l)" -eq 2 ] || fail "--keep 2 left $(find "$copies/$h" -name '*.tar' | wc -l) copies"
[ -f "$copy" ] && fail "--keep 2 kept the oldest copy"
grep -q "Removed the oldest copies" "$cfg/backup3.err" || fail "the third backup does not say what it removed"

cli backups backups "$h" --copies "$copies" --verify --json || fail "hoshu-cli backups --json failed"
python3 - "$cfg/backups.out" <<'PY' || fail "backups --json does not list the copies as verified and on the server"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["reached"] is True, doc
server = {b["path"].rsplit("/", 1)[1]: b["sha256"] for b in doc["onServer"]}
assert len(doc["local"]) == 2, doc["local"]
for c in doc["local"]:
    name = c["path"].rsplit("/", 1)[1]
    assert c["checksum"] == "verified", c
    assert c["onServer"] is True and server.get(name) == c["sha256"], (c, server)
    assert c["made"].endswith("Z") or "T" in c["made"], c
print("backups --json: %d on the server, %d copies verified" % (len(server), len(doc["local"])))
PY
newest=$(find "$copies/$h" -name '*.tar' | sort | tail -n 1)
printf 'X' | dd of="$newest" bs=1 seek=100 conv=notrunc status=none
cli backups-damaged backups "$h" --copies "$copies" --verify || fail "hoshu-cli backups --verify failed"
grep -q "DAMAGED" "$cfg/backups-damaged.out" || fail "backups --verify does not call the damaged copy damaged"

# An interrupted copy resumes: a 1 GiB bundle on the server (newest by its name), Ctrl+C
# once the copy has begun, then --newest again carries on from the .part and verifies.
big=mastodon-bundle-$h-29991231T000000Z.tar
on "cd $dir && head -c 1073741824 /dev/zero >$big && sha256sum $big >$big.sha256" || fail "cannot make the big bundle"
"$cli" backup "$h" --download "$copies" --newest >"$cfg/big1.out" 2>"$cfg/big1.err" & pid=$!
for _ in $(seq 1 300); do
  [ "$(stat -c %s "$copies/$h/$big.part" 2>/dev/null || echo 0)" -gt 0 ] && break
  sleep 0.1
done
kill -INT "$pid"; wait "$pid"; rc=$?
sed 's/^/  [big1] /' "$cfg/big1.err" | cut -c1-200
part=$(stat -c %s "$copies/$h/$big.part" 2>/dev/null || echo 0)
echo "interrupted (exit $rc) with $part of 1073741824 bytes in the .part"
[ "$rc" -eq 130 ] || fail "the interrupted copy exited $rc, not 130"
{ [ "$part" -gt 0 ] && [ "$part" -lt 1073741824 ]; } || fail "no partial copy kept ($part bytes)"
t0=$(date +%s)
cli big2 backup "$h" --download "$copies" --newest --keep 5 || fail "the resumed copy failed"
echo "the resumed copy took $(( $(date +%s) - t0 )) s"
grep -q "resumed after" "$cfg/big2.err" || fail "the second copy did not resume"
[ "$(sha256sum <"$copies/$h/$big" | cut -d' ' -f1)" = "$(on "cut -d' ' -f1 $dir/$big.sha256")" ] || fail "the resumed copy's SHA-256 is wrong"
[ -e "$copies/$h/$big.part" ] && fail "the .part is left after the copy finished"
on rm -f "$dir/$big" "$dir/$big.sha256"

cli drill drill "$h" || fail "hoshu-cli drill failed"
grep -q "Restore drill on $h passed" "$cfg/drill.err" || fail "hoshu-cli drill does not say it passed"
cli drill-none drill "$h" --param dir=/var/backups/none && fail "hoshu-cli drill without backups passed"
grep -q "There is no backup to restore" "$cfg/drill-none.err" || fail "hoshu-cli drill without backups does not say why"

echo "== after: the backups are fresh"
findings after
has_finding after backup.stale && fail "check still reports backup.stale"
has_finding after backup.missing && fail "check reports backup.missing"
has_finding after timer.failed && fail "check still reports timer.failed"
has_finding after backup.never_restored && fail "check still reports backup.never_restored after passing drills"
has_finding after backup.unreadable && fail "check reports backup.unreadable"
[ "$(bundles | wc -l)" -eq 3 ] || fail "retention kept $(bundles | wc -l) bundles, not 3"

echo "== 5b. logged in as a sudo user, not root: its bundles are its own to copy"
su=$h-sudo
e2e_add_server "$su" "$h" hsh-bash || fail "server add $su (as hsh-bash) failed"
cli sudo-copy backup "$su" --download "$cfg/sudo-copies" || fail "backup --download as hsh-bash failed"
sudo_copy=$(find "$cfg/sudo-copies/$su" -name 'mastodon-bundle-*.tar' | head -n 1)
[ -f "$sudo_copy" ] || fail "no copy made as hsh-bash"
sudo_name=$(basename "$sudo_copy")
[ "$(on stat -c %U:%a "$dir/$sudo_name" "$dir/$sudo_name.sha256" | sort -u)" = hsh-bash:600 ] \
  || fail "the bundle made through sudo is not hsh-bash's, 0600: $(on stat -c '%n %U:%a' "$dir/$sudo_name"*)"
[ "$(on stat -c %a "$dir")" = 711 ] || fail "$dir is not 0711 for hsh-bash to pass: $(on stat -c %a "$dir")"
grep -q "Readable by hsh-bash" "$cfg/sudo-copy.out" || fail "backup does not say who may read the bundle"
# A bundle readable by root only (made before): refused with what to do, nothing left here.
on chown root "$dir/$sudo_name" "$dir/$sudo_name.sha256"
cli sudo-denied backup "$su" --newest --download "$cfg/sudo-denied" && fail "a root-only bundle was copied as hsh-bash"
grep -q "readable by root only" "$cfg/sudo-denied.err" || fail "the refused copy does not say the bundle is root's only"
[ -z "$(find "$cfg/sudo-denied" -name '*.tar' 2>/dev/null)" ] || fail "a refused copy left a file here"
on rm -f "$dir/$sudo_name" "$dir/$sudo_name.sha256"

echo "== 5c. the copies here encrypted with a passphrase kept in the keychain"
export GNUPGHOME=$cfg/gnupg # never the tester's own keyrings
mkdir -m 700 "$GNUPGHOME"
pass='e2e passphrase 保守'
printf 'short\n' | "$cli" copies encrypt --passphrase-stdin >"$cfg/enc-short.out" 2>&1 \
  && fail "copies encrypt took a 5-character passphrase"
printf '%s\n' "$pass" | "$cli" copies encrypt --passphrase-stdin >"$cfg/enc-on.out" 2>&1 \
  || { cat "$cfg/enc-on.out" >&2; fail "hoshu-cli copies encrypt failed"; }
"$cli" copies --json >"$cfg/copies.json" || fail "hoshu-cli copies --json failed"
grep -q '"encrypted": true' "$cfg/copies.json" || fail "copies --json does not say the copies are encrypted"
cli enc backup "$h" --newest --download "$cfg/enc" || fail "backup --download with encryption failed"
enc=$(find "$cfg/enc/$h" -name 'mastodon-bundle-*.tar.gpg' | head -n 1)
[ -f "$enc" ] || fail "no encrypted copy (NAME.tar.gpg) made"
[ -z "$(find "$cfg/enc/$h" -name '*.tar')" ] || fail "a plain copy is left beside the encrypted one"
[ "$(stat -c %a "$enc")" = 600 ] || fail "the encrypted copy is $(stat -c %a "$enc"), not 600"
grep -q "gpg -d" "$cfg/enc.err" || fail "backup --download does not say how to open the encrypted copy"
# Opened without Hoshu: the gpg command and sha256sum, nothing else.
(cd "$cfg/enc/$h" && gpg --batch --pinentry-mode loopback --passphrase "$pass" -o "${enc%.gpg}" -d "$enc" 2>/dev/null \
  && sha256sum -c --quiet "$(basename "${enc%.gpg}").sha256") || fail "gpg -d and sha256sum -c do not open the encrypted copy"
rm -f "${enc%.gpg}"
cli enc-list backups "$h" --copies "$cfg/enc" --verify --json || fail "backups --verify of the encrypted copy failed"
python3 - "$cfg/enc-list.out" <<'PY' || fail "backups --json does not list the encrypted copy as verified"
import json, sys
local = json.load(open(sys.argv[1]))["local"]
assert len(local) == 1 and local[0]["encrypted"] is True and local[0]["checksum"] == "verified", local
print("backups --json: the encrypted copy is verified through gpg")
PY
# The copies made before encryption was on (section 5's, in $copies): encrypted when asked.
plain_before=$(find "$copies/$h" -name 'mastodon-bundle-*.tar' | wc -l)
grep -q "already here are not encrypted" "$cfg/enc-on.out" || fail "copies encrypt does not mention the plain copies already here"
cli enc-existing copies encrypt --existing || fail "copies encrypt --existing failed"
if [ "$plain_before" -eq 0 ] || [ -n "$(find "$copies/$h" -name 'mastodon-bundle-*.tar')" ] \
  || [ "$(find "$copies/$h" -name 'mastodon-bundle-*.tar.gpg' | wc -l)" -ne "$plain_before" ]; then
  fail "copies encrypt --existing left $(find "$copies/$h" -name '*.tar' | wc -l) of $plain_before plain copies"
fi
grep -q "^$plain_before copies encrypted\." "$cfg/enc-existing.err" || fail "copies encrypt --existing does not count what it encrypted"
# Not the passphrase it was made with (--passphrase-stdin, nobody at the terminal): refused
# before anything connects, with the reason, nothing opened left here.
printf 'not the passphrase\n' | "$cli" restore "$h" "$enc" --confirm "$h" --passphrase-stdin >"$cfg/enc-wrong.out" 2>"$cfg/enc-wrong.err"
rc=$?
[ "$rc" -eq 66 ] || fail "restore with another passphrase exited $rc, not 66"
grep -q "passphrase does not open" "$cfg/enc-wrong.err" || fail "restore with another passphrase does not say so: $(cat "$cfg/enc-wrong.err")"
[ -z "$(find "$cfg/enc" -name '*.opened*')" ] || fail "a refused restore left an opened copy here"

echo "== 6. host A gone, a fresh host B (Mastodon installed, database empty): hoshu-cli restore"
ha=$h hb=$prefix-2
cli final backup "$ha" --download "$cfg/final" || fail "the last backup --download of $ha failed"
# The copies are still encrypted (5c): B is restored from NAME.tar.gpg.
copy=$(find "$cfg/final/$ha" -name 'mastodon-bundle-*.tar.gpg' | head -n 1)
[ -f "$copy" ] || fail "no encrypted copy of $ha's last bundle"
counts_sql="SELECT 'accounts=' || (SELECT count(*) FROM accounts) || ' statuses=' || (SELECT count(*) FROM statuses) || ' media_attachments=' || (SELECT count(*) FROM media_attachments) || ' users=' || (SELECT count(*) FROM users)"
counts() { e2e_ssh "$1" "cd / && runuser -u postgres -- psql -X -A -t -q -d mastodon_production -c \"$counts_sql\""; }
counts_a=$(counts "$ha")
echo "$ha holds: $counts_a"
cp "$e2e_run/hosts/$ha/ca/trust.pem" "$cfg/$ha-ca.pem" # its certificate comes back on B
"$th" down "$ha" >/dev/null 2>&1 || fail "cannot bring $ha down"
t_gone=$(date +%s)
"$th" up "$hb" --scenario fresh-install >"$cfg/$hb.log" 2>&1 || { cat "$cfg/$hb.log" >&2; die "$hb did not boot"; }
[ "$(counts "$hb")" = "accounts=0 statuses=0 media_attachments=0 users=0" ] || fail "$hb's database is not empty: $(counts "$hb")"
# A new machine may get the old one's address: its new host key is refused until the old line
# goes, as Hoshu's message says (a user compares the fingerprint with the console first).
addr_b=$(cat "$e2e_run/hosts/$hb/addr")
ssh-keygen -R "$addr_b" -f "$HOSHU_CONFIG_DIR/known_hosts" >/dev/null 2>&1
# B takes over A's domain (its DNS would point at B now); A's certificate is in the bundle.
"$cli" server add "$hb" --host "$addr_b" --user root --key "$e2e_run/hosts/$hb/id_ed25519" \
  --accept-new-host-key --domain "$ha.test" --http-address "$addr_b" \
  --http-ca-file "$cfg/$ha-ca.pem" >"$cfg/$hb.add" 2>&1 || { cat "$cfg/$hb.add" >&2; fail "$hb: server add failed"; }
cli restore-unconfirmed restore "$hb" "$copy" && fail "restore without --confirm ran"
grep -q -- "--confirm $hb" "$cfg/restore-unconfirmed.err" || fail "restore without --confirm does not say how to confirm"
t0=$(date +%s)
cli restore restore "$hb" "$copy" --confirm "$hb" || fail "hoshu-cli restore $hb failed"
echo "restore took $(( $(date +%s) - t0 )) s"
grep -q "^$hb is restored (" "$cfg/restore.err" || fail "restore does not say $hb is restored"
grep -q "Opening the encrypted copy" "$cfg/restore.err" || fail "restore does not say it opened the encrypted copy"
[ -z "$(find "$cfg/final" -name '*.opened')" ] || fail "the opened copy is left on this computer after the restore"
[ "$(counts "$hb")" = "$counts_a" ] || fail "$hb holds $(counts "$hb") after the restore, $ha held $counts_a"
grep -q "^hoshu-restore: result=ok $counts_a source=" "$cfg/restore.out" || fail "the restore's last line does not carry $ha's counts"
h=$hb
findings restored
[ "$(cut -d' ' -f1 "$cfg/restored.ids" | paste -sd' ')" = backup.missing ] \
  || fail "after the restore $hb should lack only its backups, not: $(paste -sd'|' "$cfg/restored.ids")"
# What the restore says to do next: backups on B, then a drill of them.
act backup.install_schedule --yes || fail "backup.install_schedule on $hb failed"
act backup.drill --yes || fail "the drill on $hb failed"
# ... and a copy of B's first bundle here, or B warns backup.no_offsite_copy.
findings uncopied
grep -q "^backup.no_offsite_copy $hb warning$" "$cfg/uncopied.ids" || fail "$hb without a copy here is not warned"
cli copy-b backup "$hb" --newest --download "$HOSHU_BACKUP_DIR" || fail "copying $hb's newest bundle here failed"
findings healthy
[ -s "$cfg/healthy.ids" ] && fail "$hb is not healthy after its restore and first backup: $(paste -sd'|' "$cfg/healthy.ids")"
echo "host A gone -> host B healthy: $(( $(date +%s) - t_gone )) s (boot of B, restore, schedule, drill, checks)"
"$cli" copies encrypt --off >/dev/null 2>&1 || fail "copies encrypt --off failed"
gpgconf --kill gpg-agent 2>/dev/null || true

echo "e2e_backup ran $(( $(date +%s) - t_start )) s (boot included)"
[ "$fails" -eq 0 ] || die "$fails check(s) failed"
echo "PASS: backup.bundle wrote a bundle whose line, checksum, members, MANIFEST and dump check out; the drill passed and a truncated dump failed for pg_restore leaving nothing; the schedule made bundles, kept 3, failed visibly; hoshu-cli backup --download copied and verified bundles, resumed an interrupted 1 GiB copy, backups and drill report them; the backups are no longer stale; host A's bundle restored onto a fresh host B with the same row counts, B healthy"

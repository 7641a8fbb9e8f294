#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# e2e (CTest label e2e): the layout is detected and applied. One healthy test host (a
# native Mastodon in /home/mastodon/live), added as a user would. Its profile is then
# made wrong (docker, /srv/wrong) with detection on: ONE `hoshu-cli refresh` prints
# "Detected: systemd in /home/mastodon/live", saves it in servers.json, and its result is
# already right (exit 0, one history row: the wrong first read is not stored). `check`
# fixes it too (JSON stays clean, the history is not written), and a profile the user
# overrode (detect_layout false) is never changed. Always tears down.
# Usage: e2e_layout.sh PATH/TO/hoshu-cli
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
cli="${1:-}"
run="${HOSHU_TESTHOST_RUN:-/run/hoshu-testhost}"
h=e2e-layout
# shellcheck source=lib.sh
. "$here/lib.sh"

e2e_require openssl:openssl
e2e_require_exe "$cli" hoshu-cli

e2e_begin layout "$h"
servers="$HOSHU_CONFIG_DIR/servers.json"

echo "== boot $h"
"$th" up "$h" >"$cfg/up.log" 2>&1 || { cat "$cfg/up.log" >&2; die "$h did not boot"; }
# shellcheck source=/dev/null  # written by hoshu-testhost up
( . "$run/hosts/$h/host.env"
  "$cli" server add "$h" --host "$HOST_ADDR" --user root --key "$HOST_KEY" --accept-new-host-key \
    --domain "$h.test" --http-address "$HOST_ADDR" --http-ca-file "$run/hosts/$h/ca/trust.pem" ) >"$cfg/add.log" 2>&1 \
  || { cat "$cfg/add.log" >&2; die "hoshu-cli server add failed"; }

# layout KEY=VALUE...: sets keys of the one profile in servers.json (JSON values).
layout() {
  python3 - "$servers" "$@" <<'PY'
import json, sys
path, pairs = sys.argv[1], sys.argv[2:]
doc = json.load(open(path))
for kv in pairs:
    k, v = kv.split("=", 1)
    doc["servers"][0][k] = json.loads(v)
json.dump(doc, open(path, "w"), indent=2)
PY
}
# want DEPLOYMENT DIR DETECT: what servers.json holds now.
want() {
  python3 - "$servers" "$@" <<'PY' || fails=$((fails + 1))
import json, sys
path, dep, d, det = sys.argv[1:]
s = json.load(open(path))["servers"][0]
got = (s["deployment"], s["mastodonDir"], s.get("detect_layout"))
exp = (dep, d, det == "true")
print("servers.json: deployment=%s mastodonDir=%s detect_layout=%s" % got)
if got != exp:
    sys.exit("FAIL: servers.json holds %s, expected %s" % (got, exp))
PY
}
rows() {
  [ -e "$HOSHU_CONFIG_DIR/history.sqlite" ] || { echo 0; return; }
  python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from refreshes").fetchone()[0])' \
    "$HOSHU_CONFIG_DIR/history.sqlite"
}

echo "== a new profile detects by default"
want systemd /home/mastodon/live true

echo "== refresh with a wrong layout (docker in /srv/wrong): detected, saved, first result right"
layout deployment='"docker"' mastodonDir='"/srv/wrong"'
"$cli" refresh "$h" >"$cfg/refresh.out" 2>"$cfg/refresh.err"; rc=$?
cat "$cfg/refresh.out"
[ "$rc" -eq 0 ] || { cat "$cfg/refresh.err" >&2; fail "refresh exited $rc, expected 0 (healthy host, right layout)"; }
grep -qx "$h: Detected: systemd in /home/mastodon/live" "$cfg/refresh.out" || fail "refresh printed no 'Detected:' line"
want systemd /home/mastodon/live true
[ "$(rows)" -eq 1 ] || fail "history holds $(rows) refreshes, expected 1 (the wrong first read is not stored)"

echo "== refresh again: nothing more to detect"
"$cli" refresh "$h" >"$cfg/refresh2.out" 2>&1; rc=$?
[ "$rc" -eq 0 ] || fail "second refresh exited $rc"
grep -q "Detected:" "$cfg/refresh2.out" && fail "second refresh detected again: $(cat "$cfg/refresh2.out")"

echo "== check --json with a wrong directory: fixed, JSON clean, history untouched"
before=$(rows)
layout mastodonDir='"/srv/wrong"'
"$cli" check "$h" --json >"$cfg/check.json" 2>"$cfg/check.err"; rc=$?
[ "$rc" -eq 0 ] || fail "check exited $rc, expected 0"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$cfg/check.json" || fail "check --json stdout is not JSON"
grep -q "$h: Detected: systemd in /home/mastodon/live" "$cfg/check.err" || fail "check printed no 'Detected:' line on stderr"
want systemd /home/mastodon/live true
[ "$(rows)" -eq "$before" ] || fail "check wrote the history ($before -> $(rows) rows)"

echo "== a layout set by the user (detect_layout false) is never changed"
layout mastodonDir='"/srv/wrong"' detect_layout=false
"$cli" check "$h" >"$cfg/check2.out" 2>&1; rc=$?
[ "$rc" -ne 0 ] || fail "check with the wrong, overridden directory exited 0 (it cannot read .env.production there)"
grep -q "Detected:" "$cfg/check2.out" && fail "an overridden layout was detected"
want systemd /srv/wrong false

[ "$fails" -eq 0 ] || die "$fails failure(s)"
echo "PASS"

#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# e2e (CTest label e2e): Hoshu works whatever the login shell of the SSH user (issue 7,
# item 3). One healthy test host with the users hsh-bash, hsh-dash, hsh-zsh and hsh-fish
# (login shells /bin/bash, /bin/dash, /bin/zsh, /usr/bin/fish; passwordless sudo; the same
# key as root). First the host itself is checked with plain ssh (each login shell as
# recipe/users.txt says, a command prints nothing, `sudo -n true` prints nothing: no
# complaint about the host name). Then for each user, added with `--sudo nopasswd`:
#   check --json       exits as for root, with exactly root's non-OK findings (none on this
#                      healthy host), no probe section unreadable (parseErrors empty, no
#                      finding of severity unknown)
#   run system.disk_usage                  exits 0 with df's table
#   run services.restart_mastodon --yes    exits 0, every unit active, mastodon-web restarted
# Prints one line per shell and fails if any shell fails. Always tears down.
# Usage: e2e_login_shells.sh PATH/TO/hoshu-cli
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
cli="${1:-}"
h=e2e-shells
shells=(bash dash zsh fish)
# shellcheck source=lib.sh
. "$here/lib.sh"

e2e_require openssl:openssl
e2e_require_exe "$cli" hoshu-cli

e2e_begin shells "$h"
echo "== boot $h"
"$th" up "$h" >"$cfg/up.log" 2>&1 || { cat "$cfg/up.log" >&2; die "$h did not boot"; }

echo "== the test host's users, with plain ssh"
users="$(dirname "$th")/recipe/users.txt"
for s in "${shells[@]}"; do
  u=hsh-$s
  want=$(awk -v u="$u" '$1 == u { print $2 }' "$users")
  got=$(e2e_ssh "$h" "getent passwd $u | cut -d: -f7")
  if [ -z "$want" ] || [ "$got" != "$want" ]; then fail "$u: login shell is '$got', users.txt says '$want'"; fi
  out=$(e2e_ssh "$h" "$u@" true 2>&1) || fail "$u: ssh $u@host true failed: $out"
  [ -z "$out" ] || fail "$u: a command under $got printed something (its shell config must print nothing): $out"
  out=$(e2e_ssh "$h" "$u@" sudo -n true 2>&1) || fail "$u: sudo -n true failed: $out"
  [ -z "$out" ] || fail "$u: sudo -n true printed something (host name not resolvable?): $out"
  echo "$u: login shell $got, silent, passwordless sudo"
done
[ "$fails" -eq 0 ] || die "the test host is not as recipe/users.txt says"

# findings FILE: "exit|id|severity|subject" lines of the non-OK findings, and what made a
# section unreadable (parseErrors, severity unknown), of the one server in check --json.
findings() {
  python3 - "$1" <<'PY'
import json, sys
try:
    doc = json.load(open(sys.argv[1]))
    [srv] = doc["servers"]
except (ValueError, KeyError) as e:
    print("NOJSON|%s" % e); sys.exit(0)
for k, v in sorted(srv.get("parseErrors", {}).items()):
    print("PARSE|%s|%s" % (k, v))
for f in srv["findings"]:
    if f["severity"] != "ok":
        print("%s|%s|%s%s" % (f["id"], f["severity"], f["subject"],
                              "|" + " ".join(f["message"].split())[:300] if f["severity"] == "unknown" else ""))
PY
}

mainpid() { e2e_ssh "$h" systemctl show -p MainPID --value mastodon-web.service; }

echo "== root, for comparison"
e2e_add_server shells-root "$h" root || die "could not add the server as root"
"$cli" check shells-root --json >"$cfg/root.json" 2>"$cfg/root.err"; root_rc=$?
findings "$cfg/root.json" | sort >"$cfg/root.findings"
echo "root: check exit $root_rc, non-OK: $(paste -sd' ' "$cfg/root.findings")"
if [ "$root_rc" -ne 0 ] || [ -s "$cfg/root.findings" ]; then fail "root: the healthy host is not healthy for root (exit $root_rc)"; fi

summary=()
for s in "${shells[@]}"; do
  u=hsh-$s name=shells-$s bad=0
  echo "== $u ($s)"
  e2e_add_server "$name" "$h" "$u" --sudo nopasswd || { fail "$u: server add failed"; summary+=("$s: server add FAILED"); continue; }

  "$cli" check "$name" --json >"$cfg/$s.json" 2>"$cfg/$s.err"; rc=$?
  findings "$cfg/$s.json" | sort >"$cfg/$s.findings"
  if [ "$rc" -ne "$root_rc" ] || ! cmp -s "$cfg/root.findings" "$cfg/$s.findings"; then
    fail "$u: check exited $rc (root: $root_rc) with findings other than root's:"
    diff "$cfg/root.findings" "$cfg/$s.findings" | sed 's/^/    /' >&2
    sed 's/^/    [stderr] /' "$cfg/$s.err" | head -20 >&2
    bad=1; c="check FAILED (exit $rc, $(grep -c . "$cfg/$s.findings") finding(s) not root's)"
  else
    c="check as root"
  fi

  "$cli" run "$name" system.disk_usage >"$cfg/$s.df" 2>&1; rc=$?
  if [ "$rc" -eq 0 ] && grep -q 'Filesystem.*Mounted on' "$cfg/$s.df"; then d="disk_usage ok"; else
    fail "$u: run system.disk_usage exited $rc or printed no df table:"; sed 's/^/    /' "$cfg/$s.df" | head -20 >&2
    bad=1; d="disk_usage FAILED (exit $rc)"
  fi

  before=$(mainpid)
  "$cli" run "$name" services.restart_mastodon --yes >"$cfg/$s.restart" 2>&1; rc=$?
  after=$(mainpid)
  if [ "$rc" -eq 0 ] && e2e_units_active "$h" && [ "$before" != "$after" ]; then r="restart ok"; else
    fail "$u: run services.restart_mastodon exited $rc (mastodon-web MainPID $before -> $after):"
    sed 's/^/    /' "$cfg/$s.restart" | head -20 >&2
    bad=1; r="restart FAILED (exit $rc)"
  fi
  # Type=simple units are "active" before they listen, as on a real server: wait for them.
  "$th" ready "$h" >"$cfg/$s.ready" 2>&1 || { cat "$cfg/$s.ready" >&2; die "$h did not come back after the restart"; }
  summary+=("$s: $c; $d; $r$([ "$bad" -eq 0 ] || echo "  <- FAILED")")
done

echo "== summary"
printf '  %s\n' "${summary[@]}"
[ "$fails" -eq 0 ] || die "$fails check(s) failed"
echo "PASS: probes and actions work for login shells ${shells[*]} as for root"

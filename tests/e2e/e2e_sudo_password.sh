#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# e2e (CTest label e2e): root actions and the probe through a sudo that asks a password
# (issue 7, item 2). One healthy test host; its user hsh-sudopw is in group sudo (Debian's
# `%sudo ALL=(ALL:ALL) ALL`) with a password made for this host (HOST_SUDO_PASSWORD_FILE,
# one line with a space, both quotes, a backslash and a dollar). Added with
# `--sudo password`, nothing saved in a keychain (there is none here):
#   1. a wrong password on stdin: non-zero exit, an error that says so, sudo saw ONE
#      failed attempt (no retry storm towards sudo's lockout), nothing restarted
#   2. run services.restart_mastodon --yes --sudo-password-stdin: exit 0, units active,
#      mastodon-web restarted; meanwhile the argv (what ps -eww -o args shows) and the
#      environment of every process on the host are sampled
#   3. check --json --sudo-password-stdin: exits as for root, no section unreadable
# Then neither password, nor its random word alone (what a quoted command line would keep),
# is in: any file under this run's config dir and HOME (servers.json,
# known_hosts, the audit log logs/audit.jsonl, history), the CLI's stdout or stderr, the
# host's sampled argv and environments, any file under the host's /tmp and /var/tmp, or
# its journal. Always tears down.
# Usage: e2e_sudo_password.sh PATH/TO/hoshu-cli
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
cli="${1:-}"
h=e2e-sudopw
# shellcheck source=lib.sh
. "$here/lib.sh"

e2e_require openssl:openssl
e2e_require_exe "$cli" hoshu-cli

e2e_begin sudopw "$h"
# Everything Hoshu may write (config, caches, keychain attempts) stays under $cfg.
export HOME="$cfg/home" XDG_CONFIG_HOME="$cfg/home/.config" XDG_CACHE_HOME="$cfg/home/.cache" \
  XDG_DATA_HOME="$cfg/home/.local/share" XDG_STATE_HOME="$cfg/home/.local/state"
mkdir -p "$HOME"
echo "== boot $h"
"$th" up "$h" >"$cfg/up.log" 2>&1 || { cat "$cfg/up.log" >&2; die "$h did not boot"; }
# shellcheck source=/dev/null  # written by hoshu-testhost up
. "$e2e_run/hosts/$h/host.env"
if [ "${HOST_SUDO_PASSWORD_USER:-}" != hsh-sudopw ] || [ ! -s "${HOST_SUDO_PASSWORD_FILE:-}" ]; then
  die "host.env names no sudo password user/file (HOST_SUDO_PASSWORD_USER=${HOST_SUDO_PASSWORD_USER:-})"
fi
pwfile=$HOST_SUDO_PASSWORD_FILE
wrongfile="$cfg/wrong-password"
printf 'not-the-password %s\n' "$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')" >"$wrongfile"
u=$HOST_SUDO_PASSWORD_USER

echo "== the test host: $u's sudo asks a password, and takes this one"
out=$(e2e_ssh "$h" "$u@" sudo -n true 2>&1) && fail "$u: sudo -n true succeeded: its sudo must ask a password"
echo "sudo -n: $out"
out=$(e2e_ssh "$h" "$u@" "sudo -S -p '' true" <"$pwfile" 2>&1) || fail "$u: sudo -S with HOST_SUDO_PASSWORD_FILE failed: $out"
[ -z "$out" ] || fail "$u: sudo -S true printed: $out"
[ "$fails" -eq 0 ] || die "the test host's sudo is not as this test needs"

mainpid() { e2e_ssh "$h" systemctl show -p MainPID --value mastodon-web.service; }
# sudo_failures SINCE: the failed sudo authentications PAM logged on the host since @SINCE.
sudo_failures() {
  e2e_ssh "$h" "journalctl --no-pager -o cat --since @$1 _COMM=sudo" | grep -c 'pam_unix(sudo:auth): authentication failure'
}

e2e_add_server sudopw "$h" "$u" --sudo password || die "could not add the server as $u"
e2e_add_server sudopw-root "$h" root || die "could not add the server as root"
"$cli" check sudopw-root --json >"$cfg/root.json" 2>&1; root_rc=$?

echo "== 1. a wrong password"
t0=$(e2e_ssh "$h" date +%s); before=$(mainpid)
"$cli" run sudopw services.restart_mastodon --yes --sudo-password-stdin <"$wrongfile" >"$cfg/wrong.out" 2>"$cfg/wrong.err"; rc=$?
sleep 1
n=$(sudo_failures "$t0"); after=$(mainpid)
sed 's/^/  [stderr] /' "$cfg/wrong.err"
[ "$rc" -ne 0 ] || fail "a wrong sudo password: run exited 0"
grep -qi 'password' "$cfg/wrong.err" || fail "a wrong sudo password: the error does not say the password was wrong"
[ "$n" -le 1 ] || fail "a wrong sudo password: sudo logged $n failed authentications for one run (retried: sudo's lockout counts each)"
[ "$n" -ge 1 ] || fail "a wrong sudo password: sudo logged no failed authentication (was the password sent at all?)"
[ "$before" = "$after" ] || fail "a wrong sudo password: mastodon-web was restarted anyway ($before -> $after)"
echo "wrong password: exit $rc, sudo saw $n failed attempt(s)"

echo "== 2. services.restart_mastodon with the password on stdin, sampling argv and environments"
# What `ps -eww -o args` shows on the host, and every environment, of each process in the
# host's PID namespace (read from this machine's /proc, where the container's processes are).
python3 - "$(cat "$e2e_run/hosts/$h/nspawn.pid")" "$cfg/sampler.stop" "$cfg/sampler.ready" >"$cfg/host-ps.log" 2>&1 <<'PY' & sampler=$!
import os, sys, time
nspawn, stop, ready = sys.argv[1], sys.argv[2], sys.argv[3]

def status(pid):
    with open("/proc/%s/status" % pid) as f:
        return dict(line.rstrip("\n").split(":\t", 1) for line in f if ":\t" in line)

# The host's init: the descendant of the host's nspawn process (nspawn.pid is the
# boot wrapper that starts systemd-nspawn again after a reboot) that is PID 1 in
# its own namespace.
ns = None
children = {}
stats = {}
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        stats[pid] = status(pid)
        children.setdefault(stats[pid].get("PPid"), []).append(pid)
    except OSError:
        pass
todo = list(children.get(nspawn, []))
while todo and ns is None:
    pid = todo.pop()
    todo.extend(children.get(pid, []))
    try:
        if stats[pid].get("NSpid", "").split()[-1:] == ["1"]:
            ns = os.readlink("/proc/%s/ns/pid" % pid)
    except OSError:
        pass
if ns is None:
    sys.exit("sampler: no init process under the nspawn process %s" % nspawn)
while not os.path.exists(stop):
    for pid in os.listdir("/proc"):
        try:
            if not pid.isdigit() or os.readlink("/proc/%s/ns/pid" % pid) != ns:
                continue
            for part in ("cmdline", "environ"):
                with open("/proc/%s/%s" % (pid, part), "rb") as f:
                    sys.stdout.write(f.read().replace(b"\0", b" ").decode(errors="replace") + "\n")
        except OSError:
            pass
    open(ready, "w").close()
    time.sleep(0.05)
PY
for _ in $(seq 100); do [ -e "$cfg/sampler.ready" ] && break; sleep 0.1; done
[ -e "$cfg/sampler.ready" ] || { cat "$cfg/host-ps.log" >&2; die "the argv sampler did not start"; }
before=$(mainpid)
"$cli" run sudopw services.restart_mastodon --yes --sudo-password-stdin <"$pwfile" >"$cfg/run.out" 2>"$cfg/run.err"; rc=$?
touch "$cfg/sampler.stop"; wait "$sampler"
after=$(mainpid)
sed 's/^/  [run] /' "$cfg/run.out" "$cfg/run.err" | head -30
[ "$rc" -eq 0 ] || fail "run services.restart_mastodon --sudo-password-stdin exited $rc"
e2e_units_active "$h" || fail "not every unit is active after the restart"
[ "$before" != "$after" ] || fail "mastodon-web was not restarted (MainPID $before)"
grep -q 'sudo' "$cfg/host-ps.log" || fail "the argv samples never saw sudo: the sampler missed the run"
echo "argv/environment samples: $(grep -c '' "$cfg/host-ps.log") lines"
"$th" ready "$h" >"$cfg/ready.log" 2>&1 || { cat "$cfg/ready.log" >&2; die "$h did not come back after the restart"; }

echo "== 3. check with the password on stdin (the probe runs as root through sudo -S)"
"$cli" check sudopw --json --sudo-password-stdin <"$pwfile" >"$cfg/check.json" 2>"$cfg/check.err"; rc=$?
[ "$rc" -eq "$root_rc" ] || { fail "check as $u exited $rc, as root $root_rc"; sed 's/^/  [stderr] /' "$cfg/check.err" | head -20; }
python3 - "$cfg/check.json" <<'PY' || fails=$((fails + 1))
import json, sys
try:
    [srv] = json.load(open(sys.argv[1]))["servers"]
except (ValueError, KeyError) as e:
    sys.exit("FAIL: check --json printed no JSON (%s)" % e)
bad = ["parse error %s: %s" % kv for kv in srv.get("parseErrors", {}).items()]
bad += ["%s %s: %s" % (f["severity"], f["id"], f["message"]) for f in srv["findings"] if f["severity"] != "ok"]
print("check as hsh-sudopw: %d findings, not OK: %s" % (len(srv["findings"]), "; ".join(bad) or "none"))
if bad:
    sys.exit("FAIL: the healthy host is not healthy through sudo -S")
PY

echo "== the passwords are nowhere"
[ -s "$HOSHU_CONFIG_DIR/logs/audit.jsonl" ] || fail "no audit log at $HOSHU_CONFIG_DIR/logs/audit.jsonl (the search below would prove nothing)"
# Each password as it is, and its random word alone: a leak through a quoted command
# line holds the word, not the password (its quotes and backslash come out escaped).
awk '{ print; print $2 }' "$pwfile" >"$cfg/pattern-password"
awk '{ print; print $2 }' "$wrongfile" >"$cfg/pattern-wrong"
for f in "$cfg/pattern-password" "$cfg/pattern-wrong"; do
  what=$([ "$f" = "$cfg/pattern-password" ] && echo password || echo "wrong password")
  hits=$(grep -rlF -f "$f" "$cfg" --exclude=wrong-password --exclude='pattern-*' --exclude=host-ps.log)
  [ -z "$hits" ] || fail "the $what is in: $hits"
  grep -qF -f "$f" "$cfg/host-ps.log" && fail "the $what is in a process's argv or environment on the host"
  hits=$(e2e_ssh "$h" 'grep -rlF -f /dev/stdin /tmp /var/tmp' <"$f")
  [ -z "$hits" ] || fail "the $what is in files on the host: $hits"
  n=$(e2e_ssh "$h" 'journalctl --no-pager -o cat | grep -cF -f /dev/stdin' <"$f")
  [ "$n" = 0 ] || fail "the $what is in the host's journal ($n lines)"
done

[ "$fails" -eq 0 ] || die "$fails check(s) failed"
echo "PASS: root actions and the probe through sudo with a password; the password only ever went over stdin"

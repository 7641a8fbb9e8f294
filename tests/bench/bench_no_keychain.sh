#!/usr/bin/env bash
# Benchmark (CTest label bench; prints numbers, asserts nothing): what a key login costs
# hoshu-cli where no keychain is reachable (cron, an SSH login: no session bus), beside a
# desktop session with a keyring and beside OpenSSH running the same command.
# Usage: bench_no_keychain.sh PATH/TO/hoshu-cli
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
cli="${1:-}"
host=bench-nokc
repeats="${HOSHU_BENCH_REPEATS:-7}"
die() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run as root (test hosts need systemd-nspawn)"
[ -x "$cli" ] || die "hoshu-cli not given: '$cli'"
run="${HOSHU_TESTHOST_RUN:-/run/hoshu-testhost}"
work=$(mktemp -d /tmp/hoshu-bench-nokc.XXXXXX)
cleanup() { trap - EXIT INT TERM; "$th" down "$host" >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
"$th" up "$host" >"$work/up.log" 2>&1 || { cat "$work/up.log" >&2; die "the host did not boot"; }
# shellcheck source=/dev/null
. "$run/hosts/$host/host.env"
export HOSHU_CONFIG_DIR="$work/config"
"$cli" server add b --host "$HOST_ADDR" --user root --key "$HOST_KEY" --sudo root >/dev/null || die "server add"
"$cli" run b system.memory --accept-host-key "$HOST_KEY_FINGERPRINT" >/dev/null 2>&1 || die "first run"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { local t; t=$(now); "$@" >/dev/null 2>&1; awk -v a="$t" -v b="$(now)" 'BEGIN{printf "%.3f\n", b-a}'; }
series() { local _; for _ in $(seq "$repeats"); do timed "$@"; done; }
report() { local name="$1"; shift; local runs; runs=$(series "$@"); echo "BENCH $name median=$(echo "$runs" | median) s (runs: $(echo "$runs" | tr '\n' ' '))"; }

report "hoshu-cli run system.memory, no keychain (no session bus)" \
  env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY "$cli" run b system.memory
# The CLI inside a private D-Bus session with an unlocked gnome-keyring, as on a desktop.
with_keyring() {
  # shellcheck disable=SC2016 # "$@" belongs to the inner sh
  dbus-run-session -- sh -c 'echo x | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
}
report "hoshu-cli run system.memory, desktop session with a keyring" with_keyring "$cli" run b system.memory
report "dbus-run-session + keyring start alone (subtract from the line above)" with_keyring true
report "OpenSSH ssh host free -h" \
  ssh -i "$HOST_KEY" -o UserKnownHostsFile="$HOST_KNOWN_HOSTS" -o BatchMode=yes -o StrictHostKeyChecking=yes \
      "root@$HOST_ADDR" free -h

#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# e2e (CTest label e2e): boots three test hosts in parallel (tests/testhost), reproduces
# seed 000 with plain commands (after `systemctl stop`, `systemctl restart 'mastodon-*'`
# exits 0 and starts nothing), then shows that `hoshu-cli run HOST services.restart_mastodon
# --yes` brings every unit back, each checked with is-active over SSH. Also runs
# services.status and system.disk_usage. Always tears the hosts down and checks that no
# namespace, veth, mount or process is left. Prints cold/warm start times.
# Usage: e2e_testhosts.sh PATH/TO/hoshu-cli
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
cli="${1:-}"
hosts=(e2e-a e2e-b e2e-c)
# shellcheck source=lib.sh
. "$here/lib.sh"
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Loud failures, never skips.
e2e_require ssh-keygen:openssh-client openssl:openssl mkfs.ext4:e2fsprogs losetup:util-linux flock:util-linux \
  setsid:util-linux
e2e_require_exe "$cli" hoshu-cli

e2e_begin testhosts "${hosts[@]}" e2e-solo

echo "== rootfs"
cache="${HOSHU_TESTHOST_CACHE:-/var/cache/hoshu-testhost}"
kind=warm; [ -f "$cache/rootfs.hash" ] || kind=cold
t=$(now)
"$th" build || die "hoshu-testhost build failed"
echo "TIME rootfs build ($kind, cache=$cache): $(since "$t") s"

echo "== one host"
t=$(now)
"$th" up e2e-solo >/dev/null || die "could not boot one host"
echo "TIME boot of 1 host (warm, until every service answers): $(since "$t") s"
"$th" down e2e-solo >/dev/null

echo "== three hosts in parallel"
t=$(now)
"$th" up e2e-a >"$cfg/e2e-a.log" 2>&1 & pa=$!
"$th" up e2e-b --scenario sidekiq-no-scheduler >"$cfg/e2e-b.log" 2>&1 & pb=$!
"$th" up e2e-c --scenario services-stopped --latency 50 >"$cfg/e2e-c.log" 2>&1 & pc=$!
for p in $pa $pb $pc; do wait "$p" || { cat "$cfg"/e2e-?.log >&2; die "a host did not boot"; }; done
echo "TIME boot of 3 hosts in parallel (warm): $(since "$t") s"

units=$e2e_units

echo "== seed 000 with plain commands (e2e-a, e2e-b)"
for h in e2e-a e2e-b; do
  before=$(e2e_unit_states "$h")
  case "$before" in *inactive*|*failed*) fail "$h: units not all active after boot: $before"; cat "$cfg/$h.log" >&2 ;; esac
  e2e_ssh "$h" "systemctl stop $units" || fail "$h: systemctl stop failed"
  e2e_ssh "$h" "systemctl restart 'mastodon-*'"; rc=$?
  [ "$rc" -eq 0 ] || fail "$h: systemctl restart 'mastodon-*' exited $rc (seed 000 says it exits 0)"
  after=$(e2e_unit_states "$h")
  echo "$h after glob restart: $after"
  for u in $units; do
    case "$after" in *"$u=active"*) fail "$h: $u is active: the glob restart started it, seed 000 not reproduced" ;; esac
  done
done
echo "e2e-c booted with scenario services-stopped: $(e2e_unit_states e2e-c)"

echo "== hoshu-cli"
for h in "${hosts[@]}"; do
  # shellcheck source=/dev/null  # written by hoshu-testhost up
  . "$e2e_run/hosts/$h/host.env"
  if [ "$h" = e2e-c ]; then   # through the 50 ms RTT proxy
    add=(--host 127.0.0.1 --port "$HOST_LATENCY_PORT")
  else
    add=(--host "$HOST_ADDR")
  fi
  "$cli" server add "$h" "${add[@]}" --user root --key "$HOST_KEY" --accept-new-host-key \
    || { fail "$h: hoshu-cli server add failed"; continue; }
done
for h in "${hosts[@]}"; do
  t=$(now)
  "$cli" run "$h" services.restart_mastodon --yes >"$cfg/$h.restart" 2>&1; rc=$?
  sed "s/^/  [$h] /" "$cfg/$h.restart"
  [ "$rc" -eq 0 ] || fail "$h: hoshu-cli run services.restart_mastodon exited $rc"
  echo "TIME $h services.restart_mastodon: $(since "$t") s"
  after=$(e2e_unit_states "$h")
  echo "$h after hoshu-cli: $after"
  for u in $units; do
    case "$after" in *"$u=active "*) ;; *) fail "$h: $u is not active after services.restart_mastodon" ;; esac
  done
  for a in services.status system.disk_usage; do
    "$cli" run "$h" "$a" >"$cfg/$h.$a" 2>&1 || { fail "$h: hoshu-cli run $a failed"; sed "s/^/  [$h] /" "$cfg/$h.$a"; }
  done
  grep -q 'mastodon-streaming@4000.service' "$cfg/$h.services.status" || fail "$h: services.status does not list mastodon-streaming@4000"
  grep -q 'Filesystem\|Mounted on' "$cfg/$h.system.disk_usage" || fail "$h: system.disk_usage printed no df table"
done
sed "s/^/  [e2e-b services.status] /" "$cfg/e2e-b.services.status" 2>/dev/null | head -12

[ "$fails" -eq 0 ] || die "$fails check(s) failed"
echo "PASS: seed 000 reproduced with plain commands; services.restart_mastodon fixed it on ${#hosts[@]} hosts"

#!/usr/bin/env bash
# nspawn-boot.sh CHILD_PIDFILE NSPAWN-ARGUMENTS...: runs systemd-nspawn with these arguments,
# and again each time the container reboots (systemd-nspawn exits 133 when the machine inside
# asks for a reboot), like a machine whose power stays on: `systemctl reboot` on a test host
# (system.reboot) brings it back. The running nspawn's PID is in CHILD_PIDFILE. TERM (from
# `hoshu-testhost down`) is passed to it, which powers the container off, and ends the loop.
set -u
pidfile=$1
shift
child=
stop() {
  if [ -n "$child" ]; then
    kill -TERM "$child" 2>/dev/null
    wait "$child"
  fi
  exit 0
}
trap stop TERM INT
while :; do
  systemd-nspawn "$@" &
  child=$!
  echo "$child" >"$pidfile"
  wait "$child"
  rc=$?
  [ "$rc" -eq 133 ] || exit "$rc"
  child=
  echo "[testhost] $(date -u +%FT%TZ) the container rebooted: booting it again"
done

#!/usr/bin/env bash
# e2e (CTest label e2e): boots one test host, runs the HttpProbe/ServerMonitor test
# executable against it (HOSHU_E2E_HOST_ENV), and always tears the host down.
# Usage: e2e_http_probe.sh PATH/TO/test_http_probe
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
exe="${1:-}"
host=e2e-http
die() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "the e2e test must run as root (systemd-nspawn, ip netns, mount): run ctest -L e2e as root"
for t in systemd-nspawn:systemd-container debootstrap:debootstrap ip:iproute2 ssh:openssh-client openssl:openssl; do
  command -v "${t%%:*}" >/dev/null 2>&1 || die "${t%%:*} is missing: apt-get install ${t#*:} (or run installer/install-deps.sh)"
done
[ -n "$exe" ] && [ -x "$exe" ] || die "test executable not given: '$exe'"
run="${HOSHU_TESTHOST_RUN:-/run/hoshu-testhost}"
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  "$th" down "$host" >/dev/null 2>&1
  if ip netns list | grep -qw "hth-$host" || [ -e "$run/hosts/$host" ]; then
    echo "FAIL: $host left behind" >&2
    rc=1
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM
"$th" down "$host" >/dev/null 2>&1
"$th" build >/dev/null || die "hoshu-testhost build failed"
"$th" up "$host" >/dev/null || die "could not boot $host"
HOSHU_E2E_HOST_ENV="$run/hosts/$host/host.env" "$exe"

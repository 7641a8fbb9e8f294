#!/usr/bin/env bash
# e2e (CTest label e2e): boots one test host, runs the HttpProbe/ServerMonitor test
# executable against it (HOSHU_E2E_HOST_ENV), and always tears the host down.
# Usage: e2e_http_probe.sh PATH/TO/test_http_probe
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
exe="${1:-}"
host=e2e-http
. "$here/lib.sh"
e2e_require openssl:openssl
[ -n "$exe" ] && [ -x "$exe" ] || die "test executable not given: '$exe'"
run="${HOSHU_TESTHOST_RUN:-/run/hoshu-testhost}"
# A fresh config dir each run: the host gets a new host key at every boot, and a
# known_hosts kept from an earlier run would (rightly) refuse it as changed.
export HOSHU_CONFIG_DIR; HOSHU_CONFIG_DIR=$(mktemp -d /tmp/hoshu-e2e-http.XXXXXX)
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  e2e_teardown "$host" || rc=1
  rm -rf "$HOSHU_CONFIG_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM
"$th" down "$host" >/dev/null 2>&1
"$th" build >/dev/null || die "hoshu-testhost build failed"
"$th" up "$host" >/dev/null || die "could not boot $host"
HOSHU_E2E_HOST_ENV="$run/hosts/$host/host.env" "$exe"

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
e2e_begin http "$host"
"$th" build >/dev/null || die "hoshu-testhost build failed"
"$th" up "$host" >/dev/null || die "could not boot $host"
HOSHU_E2E_HOST_ENV="$run/hosts/$host/host.env" "$exe"

#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# e2e (CTest label e2e): boots one test host, runs the HttpProbe/ServerMonitor test
# executable against it (HOSHU_E2E_HOST_ENV), and always tears the host down.
# Usage: e2e_http_probe.sh PATH/TO/test_http_probe
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
exe="${1:-}"
host=e2e-http
# shellcheck source=lib.sh
. "$here/lib.sh"
e2e_require openssl:openssl
e2e_require_exe "$exe" test_http_probe
run="${HOSHU_TESTHOST_RUN:-/run/hoshu-testhost}"
e2e_begin http "$host"
"$th" build >/dev/null || die "hoshu-testhost build failed"
"$th" up "$host" >/dev/null || die "could not boot $host"
# HOSHU_E2E_TESTHOST and HOSHU_E2E_HOST let a test wait for the host after it restarted
# services itself: "$HOSHU_E2E_TESTHOST" ready "$HOSHU_E2E_HOST" (units are active before they listen).
HOSHU_E2E_HOST_ENV="$run/hosts/$host/host.env" HOSHU_E2E_TESTHOST="$th" HOSHU_E2E_HOST="$host" "$exe"

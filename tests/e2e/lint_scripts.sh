#!/usr/bin/env bash
# Lint (CTest label lint): every script of the test hosts and the e2e tests passes
# ShellCheck (sourced files followed), and what runs on a host's /bin/sh parses in dash.
# Usage: lint_scripts.sh
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tt="$here/../testhost"
command -v shellcheck >/dev/null || { echo "FAIL: shellcheck is missing: apt-get install shellcheck (or run installer/install-deps.sh)" >&2; exit 1; }
command -v dash >/dev/null || { echo "FAIL: dash is missing: apt-get install dash" >&2; exit 1; }
rc=0
shellcheck -x "$here"/*.sh "$tt/hoshu-testhost" "$tt"/lib/*.sh "$tt/recipe/provision.sh" || rc=1
for f in "$tt"/recipe/files/opt/hoshu-standin/shim "$tt"/recipe/files/opt/hoshu-standin/fake-*; do
  shellcheck -s sh "$f" || rc=1
  dash -n "$f" || { echo "FAIL: $f does not parse in dash" >&2; rc=1; }
done
# The readiness check that `up` runs on the host with sh (dash there).
remote=$(mktemp); trap 'rm -f "$remote"' EXIT
bash -c '. "$1/lib/ready.sh"; printf "%s\n" "$HT_READY_REMOTE"' _ "$tt" >"$remote"
shellcheck -s sh "$remote" || rc=1
dash -n "$remote" || { echo "FAIL: lib/ready.sh's host part does not parse in dash" >&2; rc=1; }
[ "$rc" -eq 0 ] && echo "PASS: shellcheck and dash -n" 
exit "$rc"

#!/usr/bin/env bash
# Lint (CTest label lint):
#   lint_scripts.sh [testhost]  every script of the test hosts and the e2e tests passes
#                               ShellCheck (sourced files followed), and what runs on a
#                               host's /bin/sh parses in dash.
#   lint_scripts.sh actions     the scripts Hoshu runs on servers: resources/actions/lib.sh,
#                               every resources/actions/*.sh (checked as it runs: after
#                               lib.sh) and every resources/probes/*.sh pass `shellcheck -s sh`
#                               and parse with `dash -n` and `bash -n`.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tt="$here/../testhost"
command -v shellcheck >/dev/null || { echo "FAIL: shellcheck is missing: apt-get install shellcheck (or run installer/install-deps.sh)" >&2; exit 1; }
command -v dash >/dev/null || { echo "FAIL: dash is missing: apt-get install dash" >&2; exit 1; }
command -v bash >/dev/null || { echo "FAIL: bash is missing" >&2; exit 1; }
rc=0

lint_server_scripts() {
  local res actions n=0 f tmp
  res="$(cd "$here/../../resources" && pwd)"
  actions="$res/actions"
  tmp=$(mktemp -d) || exit 1
  trap 'rm -rf "$tmp"' EXIT
  [ -f "$actions/lib.sh" ] || { echo "FAIL: $actions/lib.sh is missing" >&2; return 1; }
  for f in "$actions/lib.sh" "$res"/probes/*.sh; do
    shellcheck -s sh "$f" || { echo "FAIL: shellcheck: $f" >&2; rc=1; }
    dash -n "$f" || { echo "FAIL: $f does not parse in dash" >&2; rc=1; }
    bash -n "$f" || { echo "FAIL: $f does not parse in bash" >&2; rc=1; }
    n=$((n + 1))
  done
  # An action script runs after lib.sh: ShellCheck sees it that way (a wrapper that sources
  # lib.sh, 3 lines, then the script; the line numbers are mapped back). SC2154 (a variable
  # referenced but not assigned) is the validator's job: it knows the parameters.
  for f in "$actions"/*.sh; do
    [ "$f" = "$actions/lib.sh" ] && continue
    local name wrapped out
    name=$(basename "$f")
    wrapped="$tmp/$name"
    {
      printf '# shellcheck shell=sh\n'
      printf '# shellcheck source=%s\n' "$actions/lib.sh"
      printf '. %s\n' "$actions/lib.sh"
      cat "$f"
    } >"$wrapped"
    if ! out=$(cd "$tmp" && shellcheck -x -s sh -e SC2154 -f gcc "$name" 2>&1); then
      printf '%s\n' "$out" | awk -F: -v OFS=: -v file="$f" '$1 != "" && $2 ~ /^[0-9]+$/ { $1 = file; $2 = $2 - 3 } { print }' >&2
      echo "FAIL: shellcheck: $f" >&2
      rc=1
    fi
    dash -n "$f" || { echo "FAIL: $f does not parse in dash" >&2; rc=1; }
    bash -n "$f" || { echo "FAIL: $f does not parse in bash" >&2; rc=1; }
    n=$((n + 1))
  done
  [ "$n" -gt 3 ] || { echo "FAIL: only $n scripts found under $res" >&2; rc=1; }
  [ "$rc" -eq 0 ] && echo "PASS: $n action and probe scripts: shellcheck -s sh, dash -n, bash -n"
  exit "$rc"
}

case "${1:-testhost}" in
  actions) lint_server_scripts ;;
  testhost) ;;
  *) echo "usage: lint_scripts.sh [testhost|actions]" >&2; exit 2 ;;
esac
shellcheck -x "$here"/*.sh "$here"/../tools/*.sh "$tt/hoshu-testhost" "$tt"/lib/*.sh "$tt/recipe/provision.sh" || rc=1
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

#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Photographs the real Hoshu window against a test host in the states a fix needs, in English
# and Japanese, so a change to what users see is looked at before it lands (not a test).
# Usage (root, like the e2e tests): tests/tools/take-screenshots.sh BUILD_DIR OUTDIR [--fix BUTTON]... [--copy-here]
#   BUILD_DIR: a build with hoshu-cli and hoshu-shots; OUTDIR gets en/ and ja/ with
#   findings.png, N-confirm.png, N-after.png and audit.png (see hoshu_shots.cpp).
# The host (SHOTS_HOST, default shots-a) has a stopped Mastodon, stray dumps, a large media
# cache and a stale served certificate; each language gets a fresh boot.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
build=${1:-}
out=${2:-}
[ $# -ge 2 ] && shift 2
cli="$build/app/cli/hoshu-cli"
shots="$build/tests/tools/hoshu-shots"
host=${SHOTS_HOST:-shots-a}
# shellcheck source=../e2e/lib.sh
. "$here/../e2e/lib.sh"
[ -n "$out" ] || die "usage: take-screenshots.sh BUILD_DIR OUTDIR [--fix BUTTON]..."
e2e_require xvfb-run:xvfb dbus-run-session:dbus gnome-keyring-daemon:gnome-keyring
e2e_require_exe "$cli" hoshu-cli
e2e_require_exe "$shots" hoshu-shots
e2e_begin shots "$host"
"$th" build >/dev/null || die "hoshu-testhost build failed"
for lang in en ja; do
  "$th" down "$host" >/dev/null 2>&1
  "$th" up "$host" --scenario services-stopped --scenario stray-dumps --scenario disk-nearly-full \
    --scenario cert-served-stale >"$cfg/$host.log" 2>&1 || { cat "$cfg/$host.log" >&2; die "$host did not boot"; }
  rm -rf "$HOSHU_CONFIG_DIR" && mkdir -p "$HOSHU_CONFIG_DIR"
  e2e_add_server "$host" "$host" root || die "hoshu-cli server add failed"
  # --copy-here: a bundle on the server and none here, so backup.no_offsite_copy is there to press.
  case " $* " in *" --copy-here "*)
    rm -rf "$HOSHU_BACKUP_DIR"
    "$cli" backup "$host" >"$cfg/$host.bundle" 2>&1 || { cat "$cfg/$host.bundle" >&2; die "backup on $host failed"; } ;;
  esac
  mkdir -p "$out/$lang"
  # A private keychain, unlocked, as the desktop has one.
  # shellcheck disable=SC2016  # expanded by the inner shell
  dbus-run-session -- sh -c 'echo hoshu-shots | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"' sh "$shots" "$out/$lang" "$host" --lang "$lang" "$@" \
    || fail "hoshu-shots ($lang) did not take every picture"
done
[ "$fails" -eq 0 ] || die "$fails step(s) failed"
echo "PASS: screenshots in $out/en and $out/ja: look at them"

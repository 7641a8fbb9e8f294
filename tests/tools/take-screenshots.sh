#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Photographs the real Hoshu window against a test host in the states a fix needs, in English
# and Japanese, so a change to what users see is looked at before it lands (not a test).
# Usage (root, like the e2e tests): tests/tools/take-screenshots.sh BUILD_DIR OUTDIR [--fix BUTTON]... [--copy-here [--encrypt]]
#   BUILD_DIR: a build with hoshu-cli and hoshu-shots; OUTDIR gets en/ and ja/ with
#   findings.png, N-confirm.png, N-after.png and audit.png (see hoshu_shots.cpp); --copy-here
#   adds the off-site card, the copy and the restore upload in progress, and Settings.
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
  # A bundle of some 40 MB (a ballast key in Redis: the media disk is the full one) and the link
  # held to 40 Mbit/s each way, so the copy here and the one sent back for a restore are
  # photographed while they move.
  case " $* " in *" --copy-here "*)
    rm -rf "$HOSHU_BACKUP_DIR"
    e2e_ssh "$host" "head -c 30000000 /dev/urandom | base64 -w0 | redis-cli -x SET hoshu-shots-ballast >/dev/null" \
      || die "cannot add the ballast to Redis on $host"
    "$cli" backup "$host" >"$cfg/$host.bundle" 2>&1 || { cat "$cfg/$host.bundle" >&2; die "backup on $host failed"; }
    veth=hth$(cat "$e2e_run/hosts/$host/index" 2>/dev/null)
    [ "$veth" != hth ] || die "no veth of $host"
    tc qdisc replace dev "$veth" root tbf rate 40mbit burst 64kb latency 200ms || die "tc on $veth failed"
    ip netns exec "hth-$host" tc qdisc replace dev eth0 root tbf rate 40mbit burst 64kb latency 200ms \
      || die "tc in hth-$host failed" ;;
  esac
  mkdir -p "$out/$lang"
  export GNUPGHOME=$cfg/gnupg # --encrypt: gpg's own files, not the tester's
  [ -d "$GNUPGHOME" ] || mkdir -m 700 "$GNUPGHOME"
  # A private keychain, unlocked, as the desktop has one (its own keyring files: the tester's
  # login keyring may have another password).
  export XDG_DATA_HOME=$cfg/data
  # shellcheck disable=SC2016  # expanded by the inner shell
  dbus-run-session -- sh -c 'echo hoshu-shots | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"' sh "$shots" "$out/$lang" "$host" --lang "$lang" "$@" \
    || fail "hoshu-shots ($lang) did not take every picture"
done
[ "$fails" -eq 0 ] || die "$fails step(s) failed"
echo "PASS: screenshots in $out/en and $out/ja: look at them"

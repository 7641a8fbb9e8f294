#!/bin/sh
# Runs a test inside a private D-Bus session with its own, unlocked
# gnome-keyring, in a throw-away home, so it never touches the user's keyring.
# Usage: run-with-keyring.sh TEST_EXECUTABLE [ARGS...]
# Fails (never skips) when the tools are missing.
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool not found. Install dbus and gnome-keyring (Debian: apt install dbus gnome-keyring)." >&2
        exit 1
    fi
done
scratch=$(mktemp -d) || exit 1
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/run" && chmod 700 "$scratch/run"
HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
XDG_RUNTIME_DIR="$scratch/run" XDG_CACHE_HOME="$scratch/cache" \
dbus-run-session -- sh -c '
    echo hoshu | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
        echo "FAIL: gnome-keyring-daemon did not start." >&2; exit 1; }
    "$@"
' sh "$@"

#!/usr/bin/env bash
# Hoshu for developers on Debian 12+ / Ubuntu 24.04+:
#   installer/dev.sh run    install what is needed, build, start Hoshu
#   installer/dev.sh test   install what is needed, build, run every test
# .ci/run calls `installer/dev.sh test`, so CI and the README stay the same thing.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
mode="${1:-}"
build="${HOSHU_BUILD_DIR:-$here/build}"

case "$mode" in
  run|test) ;;
  *) echo "usage: installer/dev.sh run|test" >&2; exit 64 ;;
esac

bash "$here/installer/install-deps.sh"

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHOSHU_WERROR="$werror"
cmake --build "$build" -j"$(nproc)"

if [ "$mode" = run ]; then
  exec "$build/ui/hoshu"
fi

# The whole run gets a private D-Bus session with an unlocked gnome-keyring,
# so secrets are tested against a real keychain, never the user's own. Tests run in
# parallel except the e2e and bench ones (RUN_SERIAL: test hosts and timings want the machine).
cd "$build"
# shellcheck disable=SC2016  # expanded by the inner sh
exec dbus-run-session -- sh -c '
  echo hoshu-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --output-on-failure --timeout 900 -j"$(nproc)" "$@"
' sh "${@:2}"

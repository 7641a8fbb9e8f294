#!/usr/bin/env bash
# Installs what Hoshu needs to build, run and test on Debian 12+ / Ubuntu 24.04+ (Qt 6.4+).
# Used by the README's two commands and by .ci/run, so all three stay in step.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
PKGS=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libvulkan-dev
  qtkeychain-qt6-dev libssh-dev libssl-dev nlohmann-json3-dev
  openssh-server openssh-client
  gnome-keyring dbus dbus-x11 libsecret-tools
  xvfb xauth fonts-noto-cjk
  qt6-qpa-plugins libqt6opengl6-dev libxkbcommon-dev
  debootstrap systemd-container iproute2 openssl e2fsprogs util-linux python3 curl
  shellcheck
  # The copies on the desktop are encrypted through gpg (OpenPGP: users open them without Hoshu).
  gnupg
  # Login shells the transport is tested under (sshd hands the exec line to them).
  bash dash zsh fish tcsh passwd
)
want=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || want+=("$p")
done
if [ "${#want[@]}" -gt 0 ]; then
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${want[@]}"
fi

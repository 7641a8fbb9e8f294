# shellcheck shell=bash disable=SC2034  # the settings are used by the other lib files
# Shared paths and helpers of hoshu-testhost. Sourced, never run.
# Everything the tool creates lives under CACHE (rootfs) and RUN (per host), so `down --all`
# can find and remove all of it.
HT_CACHE="${HOSHU_TESTHOST_CACHE:-/var/cache/hoshu-testhost}"
HT_RUN="${HOSHU_TESTHOST_RUN:-/run/hoshu-testhost}"
HT_MIRROR="${HOSHU_TESTHOST_MIRROR:-http://deb.debian.org/debian}"
HT_SUITE=bookworm
HT_NET_PREFIX=10.77          # hosts get 10.77.<i/64>.<(i%64)*4>/30; nothing outside it is ever touched
HT_NETNS_PREFIX=hth-         # network namespaces we own are named hth-NAME

ht_log() { printf '[testhost] %s\n' "$*" >&2; }
ht_die() { printf '[testhost] ERROR: %s\n' "$*" >&2; exit 1; }

# Fails loudly with what to install, never silently skips.
ht_require_root() {
  [ "$(id -u)" -eq 0 ] || ht_die "must run as root (systemd-nspawn, ip netns, mount). Try: sudo $0 $*"
}
ht_require_tools() {
  local missing=() t pkg
  for t in "$@"; do
    command -v "$t" >/dev/null 2>&1 && continue
    case "$t" in
      systemd-nspawn) pkg=systemd-container ;;
      ip) pkg=iproute2 ;;
      ssh|ssh-keygen|ssh-keyscan) pkg=openssh-client ;;
      mkfs.ext4) pkg=e2fsprogs ;;
      losetup|mount|umount|nsenter) pkg=util-linux ;;
      python3) pkg=python3 ;;
      *) pkg="$t" ;;
    esac
    missing+=("$t (apt-get install $pkg)")
  done
  [ "${#missing[@]}" -eq 0 ] || ht_die "missing tools: ${missing[*]}"
}

# The name becomes a hostname, a netns name and part of paths: keep it simple.
ht_check_name() {
  [[ "$1" =~ ^[a-z][a-z0-9-]{0,19}$ ]] || ht_die "bad host name '$1' (use [a-z][a-z0-9-]{0,19})"
}

ht_hostdir() { printf '%s/hosts/%s' "$HT_RUN" "$1"; }

# Python the tools run with: the system one, not a pyenv shim of the calling user.
ht_python() { if [ -x /usr/bin/python3 ]; then echo /usr/bin/python3; else command -v python3; fi; }

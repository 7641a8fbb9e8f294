# shellcheck shell=bash disable=SC2154  # th and cli are set by the script that sources this
# Shared by the e2e scripts (sourced): loud failures, the checks every run needs,
# and a teardown that proves nothing of this run's hosts is left behind.
# Expects $th (the hoshu-testhost tool) to be set by the caller.

fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }

# e2e_require TOOL:PACKAGE...: root and every tool, or a message naming what to install.
e2e_require() {
  [ "$(id -u)" -eq 0 ] || die "the e2e test must run as root (systemd-nspawn, ip netns, mount): run ctest -L e2e as root"
  local t
  for t in systemd-nspawn:systemd-container debootstrap:debootstrap ip:iproute2 ssh:openssh-client python3:python3 "$@"; do
    command -v "${t%%:*}" >/dev/null 2>&1 || die "${t%%:*} is missing: apt-get install ${t#*:} (or run installer/install-deps.sh)"
  done
}

# e2e_require_exe PATH WHAT: the executable under test, given as the script's argument.
e2e_require_exe() {
  [ -n "$1" ] && [ -x "$1" ] && return 0
  die "$2 not given or not executable: '$1' (build the $2 target)"
}

# e2e_teardown HOST...: brings the hosts down and fails if any namespace, veth, mount,
# loop device, nspawn or latency proxy of theirs is still there. Only this run's
# hosts are looked at: other people may have their own test hosts up.
e2e_teardown() {
  local run="${HOSHU_TESTHOST_RUN:-/run/hoshu-testhost}" idx=() ifx=() h i n left=""
  # A veth is known by its interface index too: once a host is down its address
  # index is free, and a host someone else boots meanwhile gets a veth of the same
  # name, which is not ours.
  for h in "$@"; do
    [ -f "$run/hosts/$h/index" ] || continue
    i=$(cat "$run/hosts/$h/index")
    idx+=("$i")
    ifx+=("$(cat "/sys/class/net/hth$i/ifindex" 2>/dev/null)")
  done
  "$th" down "$@" >/dev/null 2>&1
  for h in "$@"; do
    ip netns list | grep -qw "hth-$h" && left="$left netns:hth-$h"
    [ -e "$run/hosts/$h" ] && left="$left dir:$run/hosts/$h"
    grep -q " $run/hosts/$h/" /proc/mounts && left="$left mounts:$h"
    pgrep -f -- "-D $run/hosts/$h/merged" >/dev/null && left="$left nspawn:$h"
    losetup -n -O BACK-FILE 2>/dev/null | grep -q "^$run/hosts/$h/" && left="$left loop:$h"
  done
  for n in "${!idx[@]}"; do
    i=${idx[$n]}
    [ -n "${ifx[$n]}" ] && [ "$(cat "/sys/class/net/hth$i/ifindex" 2>/dev/null)" = "${ifx[$n]}" ] \
      && left="$left veth:hth$i"
    pgrep -f "latency-proxy.py --listen 127.0.0.1:$((22000 + i)) " >/dev/null && left="$left proxy:$i"
  done
  if [ -n "$left" ]; then
    echo "FAIL: left behind:$left" >&2
    return 1
  fi
  echo "nothing left behind (namespaces, veths, mounts, loop devices, processes)"
}

# e2e_begin NAME HOST...: a private config dir for this run ($cfg, with HOSHU_CONFIG_DIR and
# HOSHU_BACKUP_DIR under it: every boot brings new host keys, so nothing may be kept from an earlier run),
# a teardown on exit that proves the hosts are gone, and leftovers of an interrupted
# earlier run brought down first.
e2e_begin() {
  local name=$1
  shift
  E2E_HOSTS=("$@")
  cfg=$(mktemp -d "/tmp/hoshu-e2e-$name.XXXXXX")
  trap e2e_end EXIT
  trap 'echo "interrupted" >&2; exit 130' INT TERM
  export HOSHU_CONFIG_DIR="$cfg/config"
  # The copies "on this computer" (backup.no_offsite_copy reads them): this run's own.
  export HOSHU_BACKUP_DIR="$cfg/copies"
  mkdir -p "$HOSHU_CONFIG_DIR"
  "$th" down "${E2E_HOSTS[@]}" >/dev/null 2>&1
}

e2e_end() {
  local rc=$?
  trap - EXIT INT TERM
  echo "== teardown"
  e2e_teardown "${E2E_HOSTS[@]}" || rc=1
  rm -rf "$cfg"
  exit "$rc"
}

# Hosts of this run: their files (host.env, ssh wrapper, CA) and the Mastodon units.
e2e_run="${HOSHU_TESTHOST_RUN:-/run/hoshu-testhost}"
e2e_units="mastodon-web.service mastodon-sidekiq.service mastodon-streaming.service mastodon-streaming@4000.service"

# e2e_ssh HOST [USER@] COMMAND...: plain OpenSSH to a test host (root unless USER@).
e2e_ssh() { local h=$1; shift; "$e2e_run/hosts/$h/ssh" "$@"; }

# e2e_unit_states HOST: "unit=state " for each Mastodon unit.
e2e_unit_states() {
  # shellcheck disable=SC2016  # expanded on the host
  e2e_ssh "$1" 'for u in '"$e2e_units"'; do printf "%s=%s " "$u" "$(systemctl is-active "$u")"; done'
}

# e2e_units_active HOST: 0 when every Mastodon unit is active; prints the states.
e2e_units_active() {
  local st u; st=$(e2e_unit_states "$1")
  echo "$1: $st"
  for u in $e2e_units; do case "$st" in *"$u=active "*) ;; *) return 1 ;; esac; done
}

# e2e_add_server NAME HOST USER [ARG]...: `hoshu-cli server add` as a user would add this
# host (its HTTP checks go to its address and trust its test CA: NAME.test is in no DNS),
# accepting the new host key. Output in $cfg/NAME.add.
e2e_add_server() {
  local name=$1 h=$2 user=$3 hd; shift 3
  hd="$e2e_run/hosts/$h"
  "$cli" server add "$name" --host "$(cat "$hd/addr")" --user "$user" --key "$hd/id_ed25519" --accept-new-host-key \
    --domain "$h.test" --http-address "$(cat "$hd/addr")" --http-ca-file "$hd/ca/trust.pem" "$@" >"$cfg/$name.add" 2>&1 \
    || { sed "s/^/  [$name add] /" "$cfg/$name.add" >&2; return 1; }
}

# shellcheck shell=bash
# `up`, `down`, `status`, `demo`: one host = an overlay root over the cached rootfs, a network
# namespace hth-NAME with a veth pair (hthI <-> eth0) on a private /30 of 10.77.0.0/16, and a
# systemd-nspawn booting it. Everything is recorded in $HT_RUN/hosts/NAME so `down` finds it.

ht_addr() {   # INDEX OFFSET -> 10.77.x.y of the /30 number INDEX
  local b=$(( $1 * 4 + $2 ))
  printf '%s.%d.%d' "$HT_NET_PREFIX" $(( b / 256 )) $(( b % 256 ))
}

ht_ssh_opts() {   # HOSTDIR
  printf '%s\n' -i "$1/id_ed25519" -o "UserKnownHostsFile=$1/known_hosts" -o StrictHostKeyChecking=yes \
    -o BatchMode=yes -o ConnectTimeout=3 -o LogLevel=ERROR -o ServerAliveInterval=5
}

# ht_ssh NAME CMD...: run a command as root on the host.
ht_ssh() {
  local hd; hd=$(ht_hostdir "$1"); shift
  local addr; addr=$(cat "$hd/addr")
  mapfile -t o < <(ht_ssh_opts "$hd")
  # shellcheck disable=SC2029  # the command is for the host, as the caller wrote it
  ssh "${o[@]}" "root@$addr" "$@"
}

ht_alloc_index() {   # prints the lowest free /30 index (1..16000), under $HT_RUN/.lock
  local i
  for ((i = 1; i < 16000; i++)); do
    grep -qx "$i" "$HT_RUN"/hosts/*/index 2>/dev/null && continue
    ip link show "hth$i" >/dev/null 2>&1 && continue
    echo "$i"; return 0
  done
  return 1
}

ht_cmd_up() {
  local name="" scenarios=() latency="" a
  while [ $# -gt 0 ]; do
    case "$1" in
      --scenario) scenarios+=("$2"); shift 2 ;;
      --scenario=*) scenarios+=("${1#*=}"); shift ;;
      --latency) latency="$2"; shift 2 ;;
      --latency=*) latency="${1#*=}"; shift ;;
      -*) ht_die "unknown option $1" ;;
      *) [ -z "$name" ] || ht_die "one host per 'up' (run several 'up' in parallel)"; name="$1"; shift ;;
    esac
  done
  [ -n "$name" ] || ht_die "usage: up NAME [--scenario S]... [--latency MS]"
  ht_check_name "$name"
  for a in "${scenarios[@]}"; do ht_scenario_known "$a" || ht_die "unknown scenario '$a' (see: $0 scenarios)"; done
  ht_require_root up
  ht_require_tools systemd-nspawn ip ssh ssh-keygen openssl mount umount flock setsid curl
  local hd idx t0 lower ready_timeout="${HOSHU_TESTHOST_READY_TIMEOUT:-60}"
  hd=$(ht_hostdir "$name"); t0=$(date +%s.%N)
  # Holds the cache lock (fd 8) until the overlay is mounted: no build removes our rootfs meanwhile.
  ht_build_locked >/dev/null
  lower=$(readlink -f "$HT_CACHE/rootfs")
  mkdir -p "$HT_RUN/hosts"
  exec 9>"$HT_RUN/.lock"; flock 9
  [ ! -e "$hd" ] || { flock -u 9; ht_die "host '$name' exists (down it first)"; }
  ip netns list | grep -qw "$HT_NETNS_PREFIX$name" && { flock -u 9; ht_die "netns $HT_NETNS_PREFIX$name exists: run '$0 down --all'"; }
  idx=$(ht_alloc_index) || { flock -u 9; ht_die "no free address"; }
  mkdir -p "$hd"/{upper,work,merged}
  echo "$idx" >"$hd/index"
  echo "$lower" >"$hd/lower"
  flock -u 9; exec 9>&-
  # From here on, any failure (a failed command or ht_die) or interrupt removes what was made.
  HT_UP_NAME=$name
  trap ht_up_abort EXIT
  trap 'ht_log "interrupted"; exit 130' INT TERM

  local addr hostaddr dom root
  addr=$(ht_addr "$idx" 2); hostaddr=$(ht_addr "$idx" 1); dom="$name.test"; root="$hd/merged"
  echo "$addr" >"$hd/addr"
  printf '%s\n' "${scenarios[@]}" >"$hd/scenarios"
  mount -t overlay overlay -o "lowerdir=$lower,upperdir=$hd/upper,workdir=$hd/work" "$root"
  echo "$root" >"$hd/mounts"
  flock -u 8; exec 8>&-

  ht_personalize "$hd" "$root" "$name" "$dom" "$addr"
  HT_NSPAWN_EXTRA=()
  for a in "${scenarios[@]}"; do ht_scenario_pre "$a" "$hd" "$root" "$dom"; done

  ip netns add "$HT_NETNS_PREFIX$name"
  ip -n "$HT_NETNS_PREFIX$name" link set lo up
  ip link add "hth$idx" type veth peer name eth0 netns "$HT_NETNS_PREFIX$name"
  ip addr add "$hostaddr/30" dev "hth$idx"
  ip link set "hth$idx" up
  ip -n "$HT_NETNS_PREFIX$name" addr add "$addr/30" dev eth0
  ip -n "$HT_NETNS_PREFIX$name" link set eth0 up

  # Through nspawn-boot.sh: a reboot inside (nspawn exits 133) boots the container again.
  setsid "$HT_HERE/lib/nspawn-boot.sh" "$hd/nspawn.child" --quiet --boot --register=no --keep-unit --link-journal=no \
    --console=read-only --network-namespace-path="/run/netns/$HT_NETNS_PREFIX$name" --machine="$name" -D "$root" \
    "${HT_NSPAWN_EXTRA[@]}" </dev/null >"$hd/console.log" 2>&1 &
  echo $! >"$hd/nspawn.pid"

  ht_wait_ready "$name" "$hd" 120
  # Every service answers before a scenario changes anything (a scenario starts from a
  # running server); afterwards, what it stopped on purpose is stopped and the rest answers.
  ht_wait_services "$name" "$hd" "$dom" "$ready_timeout" || ht_die "$name did not come up (see above)"
  local stopped=()
  for a in "${scenarios[@]}"; do
    ht_scenario_post "$a" "$name" "$hd" "$dom"
    mapfile -t -O "${#stopped[@]}" stopped < <(ht_scenario_stops "$a")
  done
  if [ "${#scenarios[@]}" -gt 0 ]; then
    ht_wait_services "$name" "$hd" "$dom" "$ready_timeout" "${stopped[@]}" \
      || ht_die "$name is not in the state of its scenarios (see above)"
  fi
  if [ -n "$latency" ]; then ht_start_latency "$name" "$hd" "$idx" "$latency"; fi
  touch "$hd/up"
  trap - EXIT INT TERM
  ht_write_info "$name" "$hd" "$dom"
  ht_log "$name is up at $addr in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
  cat "$hd/host.env"
}

ht_up_abort() {   # EXIT trap of `up` until the host is up: nothing of a failed boot stays
  local rc=$?
  trap - EXIT
  ht_log "up $HT_UP_NAME failed: cleaning up"
  ht_down_one "$HT_UP_NAME"
  exit $(( rc == 0 ? 1 : rc ))
}

# Files that make this host itself: names, keys, secrets, certificates.
ht_personalize() {
  local hd="$1" root="$2" name="$3" dom="$4" addr="$5" i
  echo "$name" >"$root/etc/hostname"
  printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s %s\n%s\t%s\n::1\tlocalhost ip6-localhost ip6-loopback\n' \
    "$dom" "$name" "$addr" "$dom" >"$root/etc/hosts"
  od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$root/etc/machine-id"; echo >>"$root/etc/machine-id"
  ssh-keygen -q -t ed25519 -N '' -C "hoshu-testhost-$name" -f "$hd/id_ed25519"
  ssh-keygen -q -t ed25519 -N '' -C "root@$name" -f "$root/etc/ssh/ssh_host_ed25519_key"
  printf '%s %s\n' "$addr" "$(cut -d' ' -f1,2 "$root/etc/ssh/ssh_host_ed25519_key.pub")" >"$hd/known_hosts"
  for u in root admin; do
    local h=/root; [ "$u" = root ] || h=/home/$u
    cp "$hd/id_ed25519.pub" "$root$h/.ssh/authorized_keys"
    chmod 600 "$root$h/.ssh/authorized_keys"
  done
  chown -R --reference="$root/home/admin" "$root/home/admin/.ssh"
  ht_personalize_users "$hd" "$root"
  local env="$root/home/mastodon/live/.env.production"
  sed -i "s/@DOMAIN@/$dom/g" "$env" "$root/etc/nginx/sites-available/mastodon"
  for i in 1 2 3 4 5 6 7; do sed -i "s/@SECRET$i@/$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')/" "$env"; done
  ht_issue "$hd" "$root" "$dom" 1 -30 60
}

ht_wait_ready() {   # NAME HOSTDIR TIMEOUT: sshd answers and systemd finished booting
  local name="$1" hd="$2" deadline=$(( $(date +%s) + $3 )) st
  while ! ht_ssh "$name" true 2>/dev/null; do
    kill -0 "$(cat "$hd/nspawn.pid")" 2>/dev/null || { tail -20 "$hd/console.log" >&2; ht_die "$name: systemd-nspawn exited"; }
    [ "$(date +%s)" -lt "$deadline" ] || { tail -20 "$hd/console.log" >&2; ht_die "$name: no SSH after $3 s"; }
    sleep 0.3
  done
  st=$(ht_ssh "$name" timeout 90 systemctl is-system-running --wait 2>/dev/null || true)
  if [ "$st" != running ]; then
    ht_log "$name: systemd says '$st'; failed units:"
    # shellcheck disable=SC2016  # expanded on the host
    ht_ssh "$name" 'systemctl --failed --no-legend; for u in $(systemctl --failed --no-legend --plain | cut -d" " -f1); do
      journalctl -b -u "$u" --no-pager -n 15; done' 2>&1 | tee "$hd/boot-warnings" >&2 || true
    [ "$st" = degraded ] || ht_die "$name did not finish booting"
    # A stand-in that tripped while several hosts boot on two cores (seen once in many
    # boots: the streaming shim) is not what a test is about: the host must start as
    # a healthy server, so start what failed once more and insist.
    # shellcheck disable=SC2016  # expanded on the host
    ht_ssh "$name" 'failed=$(systemctl --failed --no-legend --plain | cut -d" " -f1 | grep "^mastodon-")
      [ -z "$failed" ] && exit 0
      systemctl reset-failed $failed && systemctl restart $failed && sleep 2 && systemctl is-active --quiet $failed' \
      || ht_die "$name: Mastodon units still failed after a restart (see $hd/boot-warnings)"
  fi
}

ht_write_info() {
  local name="$1" hd="$2" dom="$3" fp addr lat=""
  addr=$(cat "$hd/addr")
  fp=$(ssh-keygen -lf "$hd/known_hosts" -E sha256 | awk '{print $2}')
  [ -f "$hd/latency.port" ] && lat=$(cat "$hd/latency.port")
  cat >"$hd/host.env" <<ENV
HOST_NAME=$name
HOST_DOMAIN=$dom
HOST_ADDR=$addr
HOST_PORT=22
HOST_USER=root
HOST_ADMIN_USER=admin
HOST_KEY=$hd/id_ed25519
HOST_KNOWN_HOSTS=$hd/known_hosts
HOST_KEY_FINGERPRINT=$fp
HOST_LATENCY_ADDR=${lat:+127.0.0.1}
HOST_LATENCY_PORT=$lat
HOST_SSH=$hd/ssh
HOST_SCENARIOS="$(tr '\n' ' ' <"$hd/scenarios" | sed 's/ *$//')"
HOST_TEST_USERS="$(ht_test_users | awk '{ print $1 }' | paste -sd' ')"
HOST_SUDO_PASSWORD_USER=$(cat "$hd/sudo-password.user")
HOST_SUDO_PASSWORD_FILE=$hd/sudo-password
ENV
  cat >"$hd/host.json" <<JSON
{"name": "$name", "domain": "$dom", "address": "$addr", "port": 22, "user": "root", "admin_user": "admin",
 "key": "$hd/id_ed25519", "known_hosts": "$hd/known_hosts", "host_key_fingerprint": "$fp",
 "latency_address": ${lat:+\"127.0.0.1\"}${lat:-null}, "latency_port": ${lat:-null},
 "scenarios": [$(sed '/^$/d; s/.*/"&"/' "$hd/scenarios" | paste -sd,)],
 "test_users": [$(ht_test_users_json)],
 "sudo_password_user": "$(cat "$hd/sudo-password.user")", "sudo_password_file": "$hd/sudo-password"}
JSON
  # A ready-made ssh for humans and tests: $HOST_SSH [admin@|hsh-fish@|...] command...
  cat >"$hd/ssh" <<SH
#!/bin/sh
u=root; case "\$1" in *@) u=\${1%@}; shift ;; esac
exec ssh -i "$hd/id_ed25519" -o UserKnownHostsFile="$hd/known_hosts" -o StrictHostKeyChecking=yes \\
  -o BatchMode=yes -o ConnectTimeout=5 -o LogLevel=ERROR "\$u@$addr" "\$@"
SH
  chmod +x "$hd/ssh"
}

ht_start_latency() {   # NAME HOSTDIR INDEX RTT_MS
  local port=$(( 22000 + $3 ))
  setsid "$(ht_python)" "$HT_HERE/latency-proxy.py" --listen "127.0.0.1:$port" --target "$(cat "$2/addr"):22" \
    --delay-ms "$(( $4 / 2 ))" </dev/null >"$2/latency.log" 2>&1 &
  echo $! >"$2/latency.pid"
  echo "$port" >"$2/latency.port"
  local i; for i in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0; sleep 0.1; done
  ht_die "latency proxy did not start (see $2/latency.log)"
}

ht_kill_pidfile() {   # FILE: TERM, wait up to 10 s, KILL
  local p i
  [ -f "$1" ] || return 0
  p=$(cat "$1")
  kill -0 "$p" 2>/dev/null || return 0
  kill -TERM "$p" 2>/dev/null || true
  for i in $(seq 100); do kill -0 "$p" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$p" 2>/dev/null || true
  sleep 0.2
}

# ht_down_one NAME: remove everything of one host, whatever state it is in. Idempotent.
ht_down_one() {
  local name="$1" hd idx m p
  hd=$(ht_hostdir "$name")
  ht_kill_pidfile "$hd/latency.pid"
  ht_kill_pidfile "$hd/nspawn.pid"     # SIGTERM = clean poweroff of the container
  ht_kill_pidfile "$hd/nspawn.child"   # the nspawn itself, if its boot loop did not wait for it
  # Anything still running in the namespace or from the root (e.g. nspawn was SIGKILLed).
  if ip netns list | grep -qw "$HT_NETNS_PREFIX$name"; then
    for p in $(ip netns pids "$HT_NETNS_PREFIX$name" 2>/dev/null); do kill -KILL "$p" 2>/dev/null || true; done
  fi
  if [ -d "$hd/merged" ]; then
    for p in /proc/[0-9]*; do
      if [ "$(readlink "$p/root" 2>/dev/null)" = "$hd/merged" ]; then kill -KILL "${p#/proc/}" 2>/dev/null || true; fi
    done
  fi
  sleep 0.1
  # Mounts under the host dir, deepest first, then the loop devices behind them.
  while read -r m; do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
  done < <(awk -v d="$hd/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r)
  for p in $(losetup -j "$hd/media.img" -O NAME -n 2>/dev/null); do losetup -d "$p" 2>/dev/null || true; done
  # A lazily unmounted filesystem keeps its loop device until the kernel lets go of it, and
  # losetup -d then only marks it for autoclear: wait for it (seen under load: still listed
  # just after `down`), so that nothing of this host is left once `down` returns.
  local tries=0
  while [ -n "$(losetup -j "$hd/media.img" -O NAME -n 2>/dev/null)" ] && [ "$tries" -lt 100 ]; do
    sleep 0.1
    tries=$((tries + 1))
  done
  ip netns del "$HT_NETNS_PREFIX$name" 2>/dev/null || true
  idx=$(cat "$hd/index" 2>/dev/null || true)
  if [ -n "$idx" ]; then ip link del "hth$idx" 2>/dev/null || true; fi
  if [ -d "$hd" ] && ! awk -v d="$hd/" 'index($2, d) == 1 { f = 1 } END { exit !f }' /proc/mounts; then
    rm -rf "$hd"
  fi
}

ht_cmd_down() {
  ht_require_root down
  [ $# -gt 0 ] || ht_die "usage: down NAME... | down --all"
  local n
  if [ "$1" = --all ]; then
    for n in "$HT_RUN"/hosts/*; do [ -d "$n" ] && ht_down_one "${n##*/}" & done
    wait
    # Strays from runs that lost their records.
    for n in $(ip netns list | awk '{print $1}' | grep "^$HT_NETNS_PREFIX" || true); do ht_down_one "${n#"$HT_NETNS_PREFIX"}"; done
    for n in $(ip -o link show | awk -F': ' '{print $2}' | grep -E '^hth[0-9]+$' || true); do ip link del "$n" 2>/dev/null || true; done
    while read -r n; do umount -l "$n" 2>/dev/null || true; done < <(awk -v d="$HT_RUN/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r)
    for n in $(losetup -O NAME,BACK-FILE -n 2>/dev/null | awk -v d="$HT_RUN/" 'index($2, d) == 1 { print $1 }'); do losetup -d "$n"; done
  else
    for n in "$@"; do ht_check_name "$n"; ht_down_one "$n" & done
    wait
    return 0
  fi
  ht_leftovers && ht_log "down: nothing left behind"
}

# ht_leftovers: 0 when no namespace, veth, mount, loop device or process of ours remains.
ht_leftovers() {
  local bad=0 x
  x=$(ip netns list | awk '{print $1}' | grep "^$HT_NETNS_PREFIX" || true); [ -z "$x" ] || { ht_log "left: netns $x"; bad=1; }
  x=$(ip -o link show | awk -F': ' '{print $2}' | grep -E '^hth[0-9]+' || true); [ -z "$x" ] || { ht_log "left: links $x"; bad=1; }
  x=$(awk -v d="$HT_RUN/" 'index($2, d) == 1 { print $2 }' /proc/mounts); [ -z "$x" ] || { ht_log "left: mounts $x"; bad=1; }
  x=$(losetup -O NAME,BACK-FILE -n 2>/dev/null | awk -v d="$HT_RUN/" 'index($2, d) == 1' || true); [ -z "$x" ] || { ht_log "left: loop $x"; bad=1; }
  x=$(pgrep -f "systemd-nspawn .*-D $HT_RUN/" || true); [ -z "$x" ] || { ht_log "left: nspawn pids $x"; bad=1; }
  x=$(pgrep -f "$HT_HERE/lib/nspawn-boot.sh" || true); [ -z "$x" ] || { ht_log "left: nspawn boot loops $x"; bad=1; }
  x=$(pgrep -f "$HT_HERE/latency-proxy.py" || true); [ -z "$x" ] || { ht_log "left: latency proxy pids $x"; bad=1; }
  return $bad
}

ht_cmd_status() {
  local n hd
  printf '%-14s %-16s %-8s %-6s %s\n' NAME ADDRESS NSPAWN SSH SCENARIOS
  for hd in "$HT_RUN"/hosts/*; do
    [ -d "$hd" ] || continue
    n=${hd##*/}
    local np=dead sshok=no
    kill -0 "$(cat "$hd/nspawn.pid" 2>/dev/null)" 2>/dev/null && np=running
    [ "$np" = running ] && ht_ssh "$n" true 2>/dev/null && sshok=yes
    printf '%-14s %-16s %-8s %-6s %s\n' "$n" "$(cat "$hd/addr" 2>/dev/null)" "$np" "$sshok" "$(tr '\n' ' ' <"$hd/scenarios" 2>/dev/null)"
  done
  if [ "${1:-}" = --check ]; then ht_leftovers; fi
}

ht_cmd_demo() {
  local name=demo cli="${HOSHU_CLI:-}"
  # NAME is optional: `demo --scenario S` boots a host called "demo".
  if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then name=$1; shift; fi
  [ -n "${HOSHU_CONFIG_DIR:-}" ] || ht_die "set HOSHU_CONFIG_DIR to the config dir Hoshu should use (e.g. \$HOME/.config/hoshu-demo)"
  if [ -z "$cli" ]; then
    for cli in "$HT_HERE/../../build/app/cli/hoshu-cli" "$HT_HERE/../../build-e2e/app/cli/hoshu-cli" "$(command -v hoshu-cli || true)"; do
      [ -x "$cli" ] && break
    done
  fi
  [ -x "$cli" ] || ht_die "hoshu-cli not found: build it (cmake --build build --target hoshu-cli) or set HOSHU_CLI"
  ht_cmd_up "$name" "$@" >/dev/null
  local hd; hd=$(ht_hostdir "$name")
  mkdir -p "$HOSHU_CONFIG_DIR"
  # The domain NAME.test resolves nowhere else: the HTTP checks go to the host's address and trust its test CA.
  "$cli" server add "$name" --host "$(cat "$hd/addr")" --user root --key "$hd/id_ed25519" --accept-new-host-key \
    --domain "$name.test" --http-address "$(cat "$hd/addr")" --http-ca-file "$hd/ca/trust.pem"
  ht_log "added '$name' to $HOSHU_CONFIG_DIR; start Hoshu with: HOSHU_CONFIG_DIR=$HOSHU_CONFIG_DIR build/ui/hoshu"
  ht_log "stop it with: $0 down $name"
}

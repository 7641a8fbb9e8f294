#!/usr/bin/env bash
# Benchmark (CTest label bench; prints numbers, asserts nothing). Boots 3 test hosts
# with 50 ms round-trip time (latency proxy), then measures:
#  - Hoshu's fast-tier refresh (bench_refresh: ServerMonitor) of 1 and 3 hosts, cold and warm;
#  - OpenSSH's ssh running the same probe command: cold, and warm with ControlMaster;
#  - the CPU time the fast-tier probe costs on the host (children's utime+stime from /proc).
# Always tears the hosts down. Usage: bench_refresh.sh PATH/TO/bench_refresh
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
th="$here/../testhost/hoshu-testhost"
exe="${1:-}"
hosts=(bench-a bench-b bench-c)
repeats="${HOSHU_BENCH_REPEATS:-5}"
die() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run as root (test hosts need systemd-nspawn): ctest -L bench as root"
[ -n "$exe" ] && [ -x "$exe" ] || die "bench_refresh executable not given: '$exe'"
run="${HOSHU_TESTHOST_RUN:-/run/hoshu-testhost}"
work=$(mktemp -d /tmp/hoshu-bench.XXXXXX)
cleanup() {
  trap - EXIT INT TERM
  for h in "${hosts[@]}"; do ssh -o ControlPath="$work/cm-$h" -O exit x >/dev/null 2>&1; done
  "$th" down "${hosts[@]}" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
"$th" down "${hosts[@]}" >/dev/null 2>&1
"$th" build >/dev/null || die "hoshu-testhost build failed"
pids=()
for h in "${hosts[@]}"; do "$th" up "$h" --latency 50 >"$work/$h.log" 2>&1 & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || { cat "$work"/*.log >&2; die "a host did not boot"; }; done

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
envs=(); for h in "${hosts[@]}"; do envs+=("$run/hosts/$h/host.env"); done
"$exe" --print-command >"$work/probe.cmd" || die "bench_refresh --print-command failed"
echo "probe command: $(wc -c <"$work/probe.cmd") bytes"

sshto() { # sshto HOST [ssh options...] -- command
  local h="$1"; shift
  . "$run/hosts/$h/host.env"
  ssh -i "$HOST_KEY" -o UserKnownHostsFile="$work/known_hosts" -o StrictHostKeyChecking=accept-new -o BatchMode=yes \
      -o LogLevel=ERROR -p "$HOST_LATENCY_PORT" "$@" root@127.0.0.1 'exec /bin/sh -s' <"$work/probe.cmd" >/dev/null
}
# Through the proxy the host is 127.0.0.1:PORT: a known_hosts of our own (accept-new).

HOSHU_BENCH_HOSTS="${envs[*]}" HOSHU_BENCH_REPEATS="$repeats" HOSHU_CONFIG_DIR="$work/config" "$exe"

ssh_round() { # ssh_round N MODE(cold|warm): wall time of N hosts in parallel
  local n="$1" mode="$2" t i ps=()
  t=$(now)
  for i in $(seq 0 $((n - 1))); do
    if [ "$mode" = warm ]; then
      sshto "${hosts[$i]}" -o ControlPath="$work/cm-${hosts[$i]}" & ps+=($!)
    else
      sshto "${hosts[$i]}" -o ControlMaster=no -o ControlPath=none & ps+=($!)
    fi
  done
  for p in "${ps[@]}"; do wait "$p"; done
  awk -v a="$t" -v b="$(now)" 'BEGIN{printf "%.3f\n", b-a}'
}
for h in "${hosts[@]}"; do
  . "$run/hosts/$h/host.env"
  ssh -i "$HOST_KEY" -o UserKnownHostsFile="$work/known_hosts" -o StrictHostKeyChecking=accept-new -o BatchMode=yes \
      -o LogLevel=ERROR -p "$HOST_LATENCY_PORT" -o ControlMaster=yes -o ControlPath="$work/cm-$h" \
      -o ControlPersist=300 -fN root@127.0.0.1
done
for n in 1 3; do
  for mode in cold warm; do
    runs=$(for r in $(seq "$repeats"); do ssh_round "$n" "$mode"; done)
    echo "BENCH openssh probe hosts=$n $mode$([ $mode = warm ] && echo ' (ControlMaster)') median=$(echo "$runs" | median) s (runs: $(echo $runs))"
  done
done

# CPU time of the fast-tier probe on the host: the children's utime+stime (clock ticks) of a shell
# that ran it, read from /proc/$$/stat fields 16 and 17.
. "$run/hosts/bench-a/host.env"
"$HOST_SSH" 'cat >/tmp/hoshu-probe.cmd' <"$work/probe.cmd"
cpu=$("$HOST_SSH" 'hz=$(getconf CLK_TCK); for i in 1 2 3 4 5; do
  sh -c "sh /tmp/hoshu-probe.cmd >/dev/null 2>&1; cut -d\" \" -f16,17 /proc/\$\$/stat" | while read -r u s; do
    echo "$u $s $hz"; done; done; rm -f /tmp/hoshu-probe.cmd')
echo "$cpu" | awk '{printf "BENCH probe cpu on host run %d: user %.3f s, sys %.3f s\n", NR, $1/$3, $2/$3}'
echo "BENCH probe cpu on host median user+sys: $(echo "$cpu" | awk '{printf "%.3f\n", ($1+$2)/$3}' | median) s"
# The same on a refresh that follows another one (what Hoshu's monitor does): the last
# refresh's apt state key lets the probe skip apt's simulation while apt is unchanged.
key=$("$HOST_SSH" sh <"$work/probe.cmd" 2>/dev/null | sed -n 's/^key=//p' | head -1)
[ -n "$key" ] || { echo "bench: the probe printed no apt state key" >&2; exit 1; }
sed "1s/ ''\$/ '$key'/" "$work/probe.cmd" >"$work/probe-warm.cmd"
head -1 "$work/probe-warm.cmd" | grep -q "'$key'\$" || { echo "bench: could not add the key to the probe command" >&2; exit 1; }
"$HOST_SSH" 'cat >/tmp/hoshu-probe.cmd' <"$work/probe-warm.cmd"
cpu=$("$HOST_SSH" 'hz=$(getconf CLK_TCK); for i in 1 2 3 4 5; do
  sh -c "sh /tmp/hoshu-probe.cmd >/dev/null 2>&1; cut -d\" \" -f16,17 /proc/\$\$/stat" | while read -r u s; do
    echo "$u $s $hz"; done; done; rm -f /tmp/hoshu-probe.cmd')
echo "BENCH probe cpu on host, apt unchanged since the last refresh, median user+sys: $(echo "$cpu" | awk '{printf "%.3f\n", ($1+$2)/$3}' | median) s"
nproc_host=$("$HOST_SSH" nproc); echo "host CPUs: $nproc_host; machine: $(uname -srm), $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"

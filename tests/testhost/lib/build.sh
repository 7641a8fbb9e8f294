# shellcheck shell=bash
# `hoshu-testhost build`: the cached Debian 12 root filesystem, in two stages so that
# changing the Mastodon stand-ins does not re-run debootstrap:
#   base   = debootstrap + packages      (rebuilt when recipe/packages*.txt change)
#   rootfs = base + recipe/provision.sh  (rebuilt when anything under recipe/ changes)
# Each stage stores the hash of its inputs next to it (base.hash, rootfs.hash); the rootfs
# itself is rootfs-HASH, `rootfs` a symlink to the current one.

ht_hash_files() { (cd "$HT_HERE" && find "$@" -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }

ht_chroot_mounts=()
ht_chroot_mount() {   # root: proc, sys, dev for apt and initdb inside a chroot
  local r="$1"
  mount -t proc proc "$r/proc" && ht_chroot_mounts+=("$r/proc")
  mount -t sysfs sys "$r/sys" && ht_chroot_mounts+=("$r/sys")
  mount --bind /dev "$r/dev" && ht_chroot_mounts+=("$r/dev")
  mount -t devpts devpts "$r/dev/pts" -o newinstance,ptmxmode=0666 && ht_chroot_mounts+=("$r/dev/pts")
}
ht_chroot_umount() {
  local i
  for ((i=${#ht_chroot_mounts[@]}-1; i>=0; i--)); do umount -l "${ht_chroot_mounts[i]}" 2>/dev/null || true; done
  ht_chroot_mounts=()
}

ht_build_base() {
  local want have pkgs extra t0
  want=$(ht_hash_files recipe/packages.txt recipe/packages-apt.txt)
  have=$(cat "$HT_CACHE/base.hash" 2>/dev/null || true)
  if [ "$want" = "$have" ] && [ -d "$HT_CACHE/base" ]; then ht_log "base is up to date ($want)"; return 0; fi
  ht_require_tools debootstrap chroot
  t0=$(date +%s)
  rm -rf "$HT_CACHE/base.tmp"
  pkgs=$(grep -v '^#' "$HT_HERE/recipe/packages.txt" | xargs | tr ' ' ,)
  extra=$(grep -v '^#' "$HT_HERE/recipe/packages-apt.txt" | xargs)
  ht_log "debootstrap $HT_SUITE (minbase + $pkgs) from $HT_MIRROR"
  debootstrap --variant=minbase --include="$pkgs" "$HT_SUITE" "$HT_CACHE/base.tmp" "$HT_MIRROR" >"$HT_CACHE/debootstrap.log" 2>&1 \
    || { tail -20 "$HT_CACHE/debootstrap.log" >&2; ht_die "debootstrap failed (log: $HT_CACHE/debootstrap.log)"; }
  cp /etc/apt/sources.list.d/debian.sources "$HT_CACHE/base.tmp/etc/apt/sources.list.d/" 2>/dev/null || true
  [ -s "$HT_CACHE/base.tmp/etc/apt/sources.list.d/debian.sources" ] && rm -f "$HT_CACHE/base.tmp/etc/apt/sources.list"
  printf '#!/bin/sh\nexit 101\n' >"$HT_CACHE/base.tmp/usr/sbin/policy-rc.d"; chmod +x "$HT_CACHE/base.tmp/usr/sbin/policy-rc.d"
  ht_chroot_mount "$HT_CACHE/base.tmp"
  ht_log "apt-get install $extra (in the chroot)"
  if ! chroot "$HT_CACHE/base.tmp" sh -c "export DEBIAN_FRONTEND=noninteractive; apt-get update -q && apt-get upgrade -y -q && apt-get install -y -q --no-install-recommends $extra && apt-get clean" >>"$HT_CACHE/debootstrap.log" 2>&1; then
    ht_chroot_umount; tail -20 "$HT_CACHE/debootstrap.log" >&2; ht_die "apt-get in the chroot failed"
  fi
  ht_chroot_umount
  rm -f "$HT_CACHE/base.tmp/usr/sbin/policy-rc.d"
  rm -rf "$HT_CACHE/base" && mv "$HT_CACHE/base.tmp" "$HT_CACHE/base"
  echo "$want" >"$HT_CACHE/base.hash"
  ht_log "base built in $(( $(date +%s) - t0 )) s"
}

# The rootfs is versioned: rootfs-HASH, with the symlink `rootfs` naming the current one.
# A host mounts the version it resolved at `up` (recorded in HOSTDIR/lower), so changing the
# recipe while other people's hosts run builds a new version beside theirs instead of
# pulling the lower layer from under their overlays. A version no host uses any more is
# removed by the next build.
ht_rootfs_in_use() {   # DIR: 0 when a host's overlay has DIR as its lower layer
  grep -qxF "$1" "$HT_RUN"/hosts/*/lower 2>/dev/null && return 0
  grep -qF "lowerdir=$1," /proc/mounts
}

ht_gc_rootfs() {   # removes every rootfs version but the current one that no host uses
  local cur d; cur=$(readlink -f "$HT_CACHE/rootfs" 2>/dev/null || true)
  for d in "$HT_CACHE"/rootfs-*; do
    [ -d "$d" ] || continue
    case "$d" in *.tmp) rm -rf "$d"; continue ;; esac
    [ "$d" = "$cur" ] || ht_rootfs_in_use "$d" || { ht_log "removing unused $(basename "$d")"; rm -rf "$d"; }
  done
}

ht_build_rootfs() {
  local want have t0 r
  want=$( { cat "$HT_CACHE/base.hash"; ht_hash_files recipe; } | sha256sum | cut -c1-16)
  have=$(cat "$HT_CACHE/rootfs.hash" 2>/dev/null || true)
  if [ "$want" = "$have" ] && [ -L "$HT_CACHE/rootfs" ] && [ -d "$HT_CACHE/rootfs-$want" ]; then
    ht_log "rootfs is up to date ($want)"; ht_gc_rootfs; return 0
  fi
  # A rootfs of the layout before versions (a plain directory) goes once nothing mounts it.
  if [ -d "$HT_CACHE/rootfs" ] && [ ! -L "$HT_CACHE/rootfs" ]; then
    ht_rootfs_in_use "$HT_CACHE/rootfs" && ht_die "hosts are running on the old (unversioned) rootfs: run 'down --all' first"
    rm -rf "$HT_CACHE/rootfs"
  fi
  t0=$(date +%s)
  if [ ! -d "$HT_CACHE/rootfs-$want" ]; then
    r="$HT_CACHE/rootfs-$want.tmp"
    rm -rf "$r"
    cp -a --reflink=auto "$HT_CACHE/base" "$r"
    mkdir -p "$r/tmp/hoshu-recipe"
    cp -a "$HT_HERE/recipe/." "$r/tmp/hoshu-recipe/"
    ht_chroot_mount "$r"
    ht_log "provisioning the Mastodon stand-in (recipe/provision.sh)"
    if ! chroot "$r" /bin/bash /tmp/hoshu-recipe/provision.sh >"$HT_CACHE/provision.log" 2>&1; then
      chroot "$r" sh -c 'pkill -u postgres; pkill redis-server' 2>/dev/null || true
      sleep 1; ht_chroot_umount
      tail -30 "$HT_CACHE/provision.log" >&2; ht_die "provisioning failed (log: $HT_CACHE/provision.log)"
    fi
    ht_chroot_umount
    rm -rf "$r/tmp/hoshu-recipe"
    mv "$r" "$HT_CACHE/rootfs-$want"
  fi
  ln -sfn "rootfs-$want" "$HT_CACHE/rootfs.new" && mv -T "$HT_CACHE/rootfs.new" "$HT_CACHE/rootfs"
  echo "$want" >"$HT_CACHE/rootfs.hash"
  ht_log "rootfs $want ready in $(( $(date +%s) - t0 )) s"
  ht_gc_rootfs
}

# ht_build_locked: builds what is out of date and returns holding the cache lock (fd 8),
# so that `up` can resolve and mount the current rootfs before another build may remove it.
ht_build_locked() {
  mkdir -p "$HT_CACHE" "$HT_RUN"
  exec 8>"$HT_CACHE/.lock"
  flock 8
  ht_build_base
  ht_build_rootfs
}

ht_cmd_build() {
  ht_require_root build
  ht_build_locked
  flock -u 8; exec 8>&-
}

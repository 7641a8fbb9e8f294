# A bundle: everything needed to rebuild this Mastodon server, in ONE tar in $dir. One file
# for both deployments ($hoshu_deployment: systemd, or docker through `docker compose exec`
# on the db and redis services). It runs as the action and, written to
# /usr/local/lib/hoshu/backup.sh by backup.install_schedule, from hoshu-backup.service (then
# hoshu_plan is 0 and $keep may remove old bundles). Members (under mastodon-bundle-HOST-STAMP/):
#   MANIFEST                  key=value lines, then "SHA256 SIZE PATH" per file
#   database.dump             pg_dump -Fc of Mastodon's database
#   redis/dump.rdb            Redis after a BGSAVE (a local Redis or the redis service only)
#   files/<path>              .env.production, the nginx site(s), the mastodon-* units (docker:
#                             the compose file(s) and .env files), /etc/letsencrypt, the
#                             crontabs, as at their place on the server
#   public/system/...         local media without the remote cache (media=yes)
# The last line of a successful run is exactly
#   hoshu-bundle: path=<absolute path> size=<bytes> sha256=<64 hex>
cd / || exit 1
umask 077
stamp=$(date -u +%Y%m%dT%H%M%SZ)
host=$(uname -n | sed 's/[^A-Za-z0-9.-]/_/g')
name=mastodon-bundle-${host:-server}-$stamp
bundle=$dir/$name.tar
work=$dir/.$name.tmp
s=$work/$name
[ -f "$mastodon_dir/.env.production" ] || [ "$hoshu_plan" = 1 ] \
  || hoshu_fail "No $mastodon_dir/.env.production: is this Mastodon's directory?" "$mastodon_dir/.env.production がありません。Mastodon のディレクトリですか?"

hoshu_db_connect
db=$hoshu_db as_db=$hoshu_db_as dc=$hoshu_dc
conn="$hoshu_db_server -d $db"
sql() { hoshu_sql "$db" "$1"; }
server_num=$(sql 'SHOW server_version_num')
server_version=$(sql 'SHOW server_version' | cut -d' ' -f1)
case $server_num in
  '' | *[!0-9]*) hoshu_fail "The database did not say its version (SHOW server_version_num)." "データベースがバージョンを返しません(SHOW server_version_num)。" ;;
esac
major=$((server_num / 10000))
pgbin=
if [ "$hoshu_deployment" != docker ]; then
  # The pg_dump that matches the server: the server's own version's (Debian keeps each in
  # /usr/lib/postgresql/N/bin), else the one on PATH if it is not older than the server
  # (an older pg_dump refuses a newer server; a newer one dumps an older server fine).
  if [ -x "/usr/lib/postgresql/$major/bin/pg_dump" ]; then
    pgbin=/usr/lib/postgresql/$major/bin/
  else
    client=$(pg_dump --version 2>/dev/null | awk '{ split($3, v, "."); print v[1] }')
    case $client in
      '' | *[!0-9]*) hoshu_fail "pg_dump is not installed." "pg_dump がインストールされていません。" ;;
    esac
    [ "$client" -ge "$major" ] || hoshu_fail "pg_dump $client is older than the server's PostgreSQL $server_version: install postgresql-client-$major." \
      "pg_dump $client はサーバの PostgreSQL $server_version より古いです。postgresql-client-$major をインストールしてください。"
  fi
fi
pg_dump=${pgbin}pg_dump pg_restore=${pgbin}pg_restore
hoshu_say "PostgreSQL $server_version, dumped with $pg_dump${dc:+ in the db container}." "PostgreSQL $server_version を${dc:+ db コンテナの} $pg_dump でダンプします。"

# What goes in besides the dump: .env.production, the nginx site(s) that serve this Mastodon,
# its units (docker: the compose file(s) and .env files), the crontabs (one path a line; each
# is copied under files/ at its own path).
domain=$(hoshu_env LOCAL_DOMAIN) webdomain=$(hoshu_env WEB_DOMAIN)
extra_files=$({
  for f in /etc/nginx/sites-enabled/* /etc/nginx/conf.d/*.conf; do
    [ -f "$f" ] || continue
    if grep -Fqs -e "$mastodon_dir/public" "$f" || { [ -n "$domain" ] && grep -Fqs -e "$domain" "$f"; } \
      || { [ -n "$webdomain" ] && grep -Fqs -e "$webdomain" "$f"; }; then
      readlink -f "$f"
    fi
  done
  if [ "$hoshu_deployment" = docker ]; then
    for f in "$mastodon_dir"/docker-compose.yml "$mastodon_dir"/docker-compose.yaml "$mastodon_dir"/compose.yml \
      "$mastodon_dir"/compose.yaml "$mastodon_dir"/docker-compose.override.yml "$mastodon_dir"/compose.override.yml \
      "$mastodon_dir"/.env*; do
      [ -f "$f" ] && printf '%s\n' "$f"
    done
  else
    printf '%s\n' "$mastodon_dir/.env.production"
    # The unit files and drop-ins of every mastodon* unit (systemctl separates drop-ins by spaces).
    systemctl list-unit-files --no-legend --no-pager 'mastodon*' 2>/dev/null | awk '{ print $1 }' | while read -r u; do
      systemctl show -p FragmentPath -p DropInPaths --value "$u" 2>/dev/null | tr ' ' '\n'
    done | grep -E '^/(etc|lib|usr/lib)/' | sort -u | while IFS= read -r f; do [ -f "$f" ] && printf '%s\n' "$f"; done
    # Templates (mastodon-streaming@.service) show no FragmentPath of their own.
    for f in /etc/systemd/system/mastodon*.service /etc/systemd/system/mastodon*.service.d/*.conf; do
      [ -f "$f" ] && printf '%s\n' "$f"
    done
  fi
  for f in /etc/crontab /etc/cron.d/* /var/spool/cron/crontabs/*; do
    [ -f "$f" ] && printf '%s\n' "$f"
  done
} | awk '!seen[$0]++')
media_dir=$mastodon_dir/public/system
[ "$media" = no ] || [ -d "$media_dir" ] || hoshu_fail "No media directory $media_dir." "メディアのディレクトリ $media_dir がありません。"

# Redis: a BGSAVE, then its dump.rdb (only a Redis on this machine, or the redis service,
# has its file here). Its data is mostly queues and caches: a Redis that does not answer is a
# warning, not a failure. $rcli: redis-cli's command words (the password in REDISCLI_AUTH).
redis_rdb=
if [ "$hoshu_deployment" = docker ]; then
  rcli="$dc exec -T redis redis-cli --raw"
  # shellcheck disable=SC2086  # $rcli is the command words
  [ "$($rcli ping 2>/dev/null)" = PONG ] && redis_rdb=/data/dump.rdb
elif (hoshu_redis_connect) >/dev/null 2>&1; then
  hoshu_redis_connect
  rcli="redis-cli -h $hoshu_redis_host -p $hoshu_redis_port --raw"
  case $hoshu_redis_host in
    localhost | 127.0.0.1 | ::1) redis_rdb=/var/lib/redis/dump.rdb ;;
    *) hoshu_say "Redis runs on $hoshu_redis_host: its dump.rdb is not on this server and is not in the bundle." \
      "Redis は $hoshu_redis_host で動いています。dump.rdb はこのサーバになく、バンドルに入りません。" ;;
  esac
else
  rcli=:
fi
if [ -n "$redis_rdb" ]; then
  # shellcheck disable=SC2086
  rdir=$($rcli config get dir 2>/dev/null | sed -n 2p) rfile=$($rcli config get dbfilename 2>/dev/null | sed -n 2p)
  redis_rdb=${rdir:-${redis_rdb%/*}}/${rfile:-dump.rdb}
elif [ "$rcli" = : ] || [ "$hoshu_deployment" = docker ]; then
  hoshu_warn "Redis does not answer: the bundle will have no Redis dump." "Redis が応答しません。バンドルに Redis のダンプは入りません。"
fi

# Room: the dump (at most about half the database), the copies and the tar of them (twice).
dbsize=$(sql "SELECT pg_database_size(current_database())")
msize=0
[ "$media" = no ] || msize=$(du -sk --exclude=cache "$media_dir" 2>/dev/null | awk '{ printf "%.0f", $1 * 1024 }')
need=$((dbsize / 2 * 2 + msize * 2 + 100 * 1048576))
probe=$dir
while [ ! -d "$probe" ]; do probe=${probe%/*}; probe=${probe:-/}; done
avail=$(df -Pk "$probe" | awk 'NR == 2 { printf "%.0f", $4 * 1024 }')
hoshu_say "Database $db: $((dbsize / 1048576)) MiB; media: $([ "$media" = no ] && echo no || echo "$((msize / 1048576)) MiB"); free in $probe: $((avail / 1048576)) MiB." \
  "データベース $db: $((dbsize / 1048576)) MiB、メディア: $([ "$media" = no ] && echo なし || echo "$((msize / 1048576)) MiB")、$probe の空き: $((avail / 1048576)) MiB。"
[ "$avail" -gt "$need" ] || hoshu_fail "Not enough free space in $probe for the bundle (about $((need / 1048576)) MiB needed): free some or choose a directory on another disk." \
  "$probe の空きがバンドルには足りません(およそ $((need / 1048576)) MiB 必要)。空きを作るか、別のディスクのディレクトリを選んでください。"

# The previous bundle, to compare the dump's size with.
prev=
for f in "$dir"/mastodon-bundle-"${host:-server}"-*.tar; do [ -f "$f" ] && prev=$f; done

# pg_dump writes the file itself as the database's user: into that user's home (Debian:
# /var/lib/postgresql), or into the db container's /tmp; from there it goes into the bundle.
stage_dir=/tmp
[ -z "$as_db" ] || [ "$hoshu_deployment" = docker ] || stage_dir=$(getent passwd postgres | cut -d: -f6)
pgstage="${stage_dir:-/tmp}/hoshu-bundle-$$.dump"
cleanup() {
  [ "$hoshu_plan" = 1 ] || rm -rf "$work"
  [ "$hoshu_plan" = 1 ] || [ "$hoshu_deployment" = docker ] || rm -f "$pgstage"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

[ -d "$dir" ] || hoshu_step install -d -m 0700 -o root -g root "$dir"
hoshu_step install -d -m 0700 "$s/files" || hoshu_fail "Cannot create $s." "$s を作れません。"

# 1. The database.
# shellcheck disable=SC2086  # $as_db and $conn are the command words
hoshu_step $as_db "$pg_dump" -Fc -f "$pgstage" $conn || hoshu_fail "pg_dump failed (exit $?): see above. No bundle was made." \
  "pg_dump が失敗しました(終了コード $?)。上を見てください。バンドルは作っていません。"
if [ "$hoshu_deployment" = docker ]; then
  # shellcheck disable=SC2086  # $dc is the command words
  hoshu_step $dc cp "db:$pgstage" "$s/database.dump" || hoshu_fail "Copying the dump out of the db container failed (exit $?)." \
    "db コンテナからダンプをコピーできませんでした(終了コード $?)。"
  # shellcheck disable=SC2086
  hoshu_step $as_db rm -f "$pgstage"
else
  hoshu_step mv -f "$pgstage" "$s/database.dump" || hoshu_fail "Moving the dump failed (exit $?)." "ダンプを移せませんでした(終了コード $?)。"
fi
hoshu_step chown root:root "$s/database.dump"
dump_bytes=0 shrunk=''
if [ "$hoshu_plan" = 0 ]; then
  dump_bytes=$(stat -c %s "$s/database.dump")
  # shellcheck disable=SC2086
  tables=$($as_db "$pg_restore" --list <"$s/database.dump" 2>/dev/null | grep -c ' TABLE DATA ')
  [ "$tables" -gt 0 ] || hoshu_fail "The dump is unreadable or holds no table data (pg_restore --list): no bundle was made." \
    "ダンプが読めないか、テーブルのデータがありません(pg_restore --list)。バンドルは作っていません。"
  hoshu_say "database.dump: $dump_bytes bytes, data of $tables tables (pg_restore --list reads it)." \
    "database.dump: $dump_bytes バイト、テーブル $tables 個のデータ(pg_restore --list で読めます)。"
  if [ -n "$prev" ]; then
    pname=${prev##*/}
    pbytes=$(tar -xOf "$prev" "${pname%.tar}/MANIFEST" 2>/dev/null | awk '$3 == "database.dump" { print $2 }')
    if [ -n "$pbytes" ] && [ "$pbytes" -gt 0 ]; then
      hoshu_say "The previous bundle's dump ($pname): $pbytes bytes." "前回のバンドル($pname)のダンプ: $pbytes バイト。"
      if [ $((dump_bytes * 2)) -lt "$pbytes" ]; then
        shrunk="$dump_bytes bytes now, $pbytes bytes in $pname"
        hoshu_warn "WARNING: THE DUMP SHRANK BY MORE THAN HALF: $dump_bytes bytes now, $pbytes bytes in $pname. Was data lost, or is this the wrong database? Keep the older bundles until you know." \
          "警告: ダンプが半分未満に縮みました: 今回 $dump_bytes バイト、$pname では $pbytes バイト。データが失われたか、別のデータベースではありませんか。確かめるまで古いバンドルを残してください。"
      fi
    fi
  fi
fi

# 2. Redis.
if [ -n "$redis_rdb" ]; then
  # shellcheck disable=SC2086  # $rcli is the command words
  before=$($rcli lastsave)
  # shellcheck disable=SC2086
  hoshu_step $rcli bgsave
  if [ "$hoshu_plan" = 0 ]; then
    n=0
    # shellcheck disable=SC2086
    while [ "$($rcli lastsave)" = "$before" ] && [ "$n" -lt 600 ]; do sleep 1; n=$((n + 1)); done
    # shellcheck disable=SC2086
    [ "$($rcli lastsave)" != "$before" ] || hoshu_fail "Redis did not finish its BGSAVE within 10 minutes." "Redis の BGSAVE が10分以内に終わりません。"
  fi
  if [ "$hoshu_deployment" = docker ]; then
    hoshu_step install -d -m 0700 "$s/redis"
    # shellcheck disable=SC2086
    hoshu_step $dc cp "redis:$redis_rdb" "$s/redis/dump.rdb" || hoshu_fail "Cannot copy $redis_rdb out of the redis container." \
      "redis コンテナから $redis_rdb をコピーできません。"
  else
    hoshu_step install -D -m 0600 "$redis_rdb" "$s/redis/dump.rdb" || hoshu_fail "Cannot copy $redis_rdb." "$redis_rdb をコピーできません。"
  fi
fi

# 3. The files, each at its path under files/.
while IFS= read -r f; do
  [ -z "$f" ] || hoshu_step cp -pL --parents "$f" "$s/files" </dev/null || hoshu_fail "Cannot copy $f." "$f をコピーできません。"
done <<EOF
$extra_files
EOF
if [ -d /etc/letsencrypt ]; then
  hoshu_step cp -a --parents /etc/letsencrypt "$s/files" || hoshu_fail "Cannot copy /etc/letsencrypt." "/etc/letsencrypt をコピーできません。"
fi

# 4. The manifest: what this is, then each file's SHA-256, size and path in the bundle.
if [ "$hoshu_deployment" = docker ]; then
  # shellcheck disable=SC2086
  version_rb=$($dc exec -T web cat lib/mastodon/version.rb 2>/dev/null)
else
  version_rb=$(cat "$mastodon_dir/lib/mastodon/version.rb" 2>/dev/null)
fi
mversion=$(printf '%s\n' "$version_rb" | awk '/def (major|minor|patch)$/ { getline; gsub(/[^0-9]/, ""); v = v (v == "" ? "" : ".") $0 } END { print v }')
manifest() {
  printf 'format=hoshu-bundle 1\ncreated=%s\nhost=%s\ndeployment=%s\nmastodon_version=%s\npostgresql_version=%s\ndatabase=%s\nmedia=%s\n' \
    "$stamp" "$host" "$hoshu_deployment" "${mversion:-unknown}" "$server_version" "$db" "$media"
  (cd "$s" && find . -type f ! -name MANIFEST -printf '%P\n' | LC_ALL=C sort | while IFS= read -r f; do
    printf '%s %s %s\n' "$(sha256sum <"$f" | cut -d' ' -f1)" "$(stat -c %s "$f")" "$f"
  done)
  if [ "$media" = yes ]; then
    (cd "$mastodon_dir" && find public/system -path public/system/cache -prune -o -type f -print | LC_ALL=C sort | while IFS= read -r f; do
      printf '%s %s %s\n' "$(sha256sum <"$f" | cut -d' ' -f1)" "$(stat -c %s "$f")" "$f"
    done)
  fi
}
if [ "$hoshu_plan" = 1 ]; then
  hoshu_step dd of="$s/MANIFEST" status=none
else
  manifest | hoshu_step dd of="$s/MANIFEST" status=none || hoshu_fail "Cannot write the MANIFEST." "MANIFEST を書けません。"
  hoshu_say "MANIFEST: $(grep -Ec '^[0-9a-f]{64} ' "$s/MANIFEST") files, $(du -sk "$s" | cut -f1) KiB staged." \
    "MANIFEST: ファイル $(grep -Ec '^[0-9a-f]{64} ' "$s/MANIFEST") 個、$(du -sk "$s" | cut -f1) KiB。"
fi

# 5. One tar, 0600, moved into place whole; its SHA-256 beside it (sha256sum -c reads it).
if [ "$media" = yes ]; then
  hoshu_step tar -cf "$work/$name.tar" -C "$work" "$name" -C "$mastodon_dir" --exclude=public/system/cache \
    --transform="s,^public/system,$name/public/system," public/system || hoshu_fail "tar failed (exit $?)." "tar が失敗しました(終了コード $?)。"
else
  hoshu_step tar -cf "$work/$name.tar" -C "$work" "$name" || hoshu_fail "tar failed (exit $?)." "tar が失敗しました(終了コード $?)。"
fi
hoshu_step chmod 0600 "$work/$name.tar"
if [ "$hoshu_plan" = 1 ]; then
  hoshu_step dd of="$work/$name.tar.sha256" status=none
else
  (cd "$work" && sha256sum "$name.tar") | hoshu_step dd of="$work/$name.tar.sha256" status=none \
    || hoshu_fail "Cannot write the SHA-256 file." "SHA-256 のファイルを書けません。"
fi
hoshu_step mv -f "$work/$name.tar" "$bundle" || hoshu_fail "Cannot move the bundle to $bundle." "バンドルを $bundle に移せません。"
hoshu_step mv -f "$work/$name.tar.sha256" "$bundle.sha256"
hoshu_step rm -rf "$work"
# A login user other than root (it came through sudo; the schedule names it in $reader)
# copies the bundle off the server over SFTP: it owns the bundle (still 0600) and may pass
# through the directory without listing it (0711). Nobody else can read either.
reader=${reader:-${SUDO_USER:-}}
case $reader in
  '' | root | *[!A-Za-z0-9._-]*) reader= ;;
esac
if [ -n "$reader" ] && id -u "$reader" >/dev/null 2>&1; then
  hoshu_step chown "$reader" "$bundle" "$bundle.sha256"
  hoshu_step chmod 0711 "$dir"
fi

# 6. Retention ($keep > 0): the newest $keep bundles of this server stay, older ones go.
if [ "$keep" -gt 0 ]; then
  stay=$keep
  [ "$hoshu_plan" = 0 ] || stay=$((keep - 1)) # the new bundle is not there yet
  total=0
  for old in "$dir"/mastodon-bundle-"${host:-server}"-*.tar; do [ -f "$old" ] && total=$((total + 1)); done
  for old in "$dir"/mastodon-bundle-"${host:-server}"-*.tar; do # oldest first (the stamp sorts)
    if [ -f "$old" ] && [ "$total" -gt "$stay" ]; then
      hoshu_step rm -f "$old" "$old.sha256" || hoshu_fail "Cannot remove $old." "$old を削除できません。"
      total=$((total - 1))
    fi
  done
fi
hoshu_end_of_plan

# Verify: the tar as written reads, its SHA-256 is the recorded one, its dump lists.
[ -f "$bundle" ] || hoshu_fail "The bundle $bundle is not there." "バンドル $bundle がありません。"
size=$(stat -c %s "$bundle")
sum=$(sha256sum <"$bundle" | cut -d' ' -f1)
[ "$(cut -d' ' -f1 "$bundle.sha256")" = "$sum" ] || hoshu_fail "The SHA-256 of $bundle is not the one recorded in $bundle.sha256." \
  "$bundle の SHA-256 が $bundle.sha256 の記録と違います。"
members=$(tar -tf "$bundle" 2>/dev/null | wc -l)
# shellcheck disable=SC2086
tar -xOf "$bundle" "$name/database.dump" | $as_db "$pg_restore" --list >/dev/null 2>&1 \
  || hoshu_fail "The dump inside $bundle does not read (pg_restore --list)." "$bundle の中のダンプが読めません(pg_restore --list)。"
ls -l "$bundle" "$bundle.sha256"
[ -z "$reader" ] || hoshu_say "Readable by $reader (who logs in to copy it) and root only." \
  "読めるのは $reader(コピーのためにログインするユーザ)と root だけです。"
hoshu_say "Bundle written: $bundle ($size bytes, $members entries, its dump reads with pg_restore --list)." \
  "バンドルを書き出しました: $bundle($size バイト、$members 項目、中のダンプは pg_restore --list で読めます)。"
hoshu_say "SHA-256: $sum (in $bundle.sha256)" "SHA-256: $sum($bundle.sha256 に記録)"
hoshu_say "Copy it off the server: a backup on the same disk is lost with the disk." \
  "サーバの外にもコピーしてください。同じディスクにあるバックアップはディスクと一緒に失われます。"
# Said again last (on stdout, before the result line), so that it is not missed.
[ -z "$shrunk" ] || hoshu_say "WARNING: the dump shrank by more than half ($shrunk): check the database before trusting this bundle." \
  "警告: ダンプが半分未満に縮みました($shrunk)。このバンドルを信頼する前にデータベースを確かめてください。"
printf 'hoshu-bundle: path=%s size=%s sha256=%s\n' "$bundle" "$size" "$sum"

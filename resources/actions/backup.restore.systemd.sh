# A bundle (backup.bundle's tar) restored onto this server, in order:
#   1. the bundle checked: its SHA-256 against BUNDLE.sha256, the MANIFEST's format, the
#      Mastodon version and directory against this server's;
#   2. extracted beside it into .hoshu-restore-STAMP/ and every member checked against the MANIFEST;
#   3. the Mastodon units stopped (explicit names);
#   4. the database dropped, created again for its owner and restored from the dump;
#   5. the files put back at their places (what they replace kept beside), units reloaded;
#   6. Redis's dump put back (Redis stopped meanwhile), Sidekiq's list of processes in it cleared;
#   7. nginx -t, then nginx reloaded; the Mastodon units enabled and started, verified active.
# Every step that fails stops here, says what to do, and leaves the Mastodon units stopped
# only when the database is half restored. Running it again starts over. The last line of a
# successful run is exactly
#   hoshu-restore: result=ok accounts=N statuses=N media_attachments=N users=N source=PATH
cd / || exit 1
umask 077
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name=$(basename "$bundle" .tar)
work=$(dirname "$bundle")/.hoshu-restore-$stamp
aside=hoshu-before-restore-$stamp
extracted=no
cleanup() { [ "$extracted" = no ] || { extracted=no && hoshu_step rm -rf "$work"; }; }
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
step() { hoshu_say "== Step $1/7: $2" "== 手順 $1/7: $3"; }

step 1 "check the bundle" "バンドルを確かめる"
[ -f "$bundle" ] || hoshu_fail "$bundle does not exist on this server: copy it here first (hoshu-cli restore does)." \
  "$bundle がこのサーバにありません。先にここへコピーしてください(hoshu-cli restore はそうします)。"
want=$sha256
[ "$want" != recorded ] || [ ! -f "$bundle.sha256" ] || want=$(cut -c 1-64 "$bundle.sha256")
if [ "$want" != recorded ]; then
  have=$(sha256sum <"$bundle" | cut -c 1-64)
  [ "$want" = "$have" ] || hoshu_fail "The SHA-256 of $bundle is $have, not $want: the copy is damaged. Copy it again." \
    "$bundle の SHA-256 が $have で、$want ではありません。コピーが壊れています。もう一度コピーしてください。"
  hoshu_say "SHA-256 $have, as recorded when the bundle was made." "SHA-256 $have(バンドル作成時の記録どおり)"
else
  hoshu_warn "No SHA-256 given and no $bundle.sha256 beside it: the members are still checked against the MANIFEST." \
    "SHA-256 の指定も $bundle.sha256 もありません。各ファイルは MANIFEST と照合します。"
fi
manifest=$(tar -xOf "$bundle" "$name/MANIFEST" 2>/dev/null) \
  || hoshu_fail "$bundle has no $name/MANIFEST: it is not a Hoshu bundle, or it is cut short." \
    "$bundle に $name/MANIFEST がありません。Hoshu のバンドルでないか、途中で切れています。"
mval() { printf '%s\n' "$manifest" | sed -n "s/^$1=//p" | head -n 1; }
[ "$(mval format)" = "hoshu-bundle 1" ] || hoshu_fail "The MANIFEST's format is '$(mval format)', not 'hoshu-bundle 1'." \
  "MANIFEST の形式が「$(mval format)」で、「hoshu-bundle 1」ではありません。"
[ "$(mval deployment)" = systemd ] || hoshu_fail "The bundle comes from a $(mval deployment) deployment; this restores systemd ones." \
  "このバンドルは $(mval deployment) の配置のものです。この操作は systemd の配置を復元します。"
bversion=$(mval mastodon_version)
version=$(awk '/def (major|minor|patch)$/ { getline; gsub(/[^0-9]/, ""); v = v (v == "" ? "" : ".") $0 } END { print v }' \
  "$mastodon_dir/lib/mastodon/version.rb" 2>/dev/null)
[ -n "$version" ] || hoshu_fail "No Mastodon in $mastodon_dir (lib/mastodon/version.rb): install Mastodon $bversion there first." \
  "$mastodon_dir に Mastodon がありません(lib/mastodon/version.rb)。先にそこへ Mastodon $bversion をインストールしてください。"
[ "$version" = "$bversion" ] || hoshu_fail "The bundle is of Mastodon $bversion, this server has $version: install $bversion first (the database's schema must match the code)." \
  "バンドルは Mastodon $bversion のもので、このサーバは $version です。先に $bversion をインストールしてください(データベースのスキーマとコードが一致している必要があります)。"
env_member=$name/files$mastodon_dir/.env.production
benv=$(tar -xOf "$bundle" "$env_member" 2>/dev/null) \
  || hoshu_fail "The bundle has no $mastodon_dir/.env.production: it was made for Mastodon in another directory." \
    "バンドルに $mastodon_dir/.env.production がありません。別のディレクトリの Mastodon のバンドルです。"
bget() { printf '%s\n' "$benv" | sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" | tail -n 1 | sed 's/^["'\'']//; s/["'\'']$//; s/[[:space:]]*$//'; }
db=$(bget DB_NAME) dbuser=$(bget DB_USER) dbhost=$(bget DB_HOST)
db=${db:-mastodon_production} dbuser=${dbuser:-mastodon}
printf '%s %s\n' "$db" "$dbuser" | grep -Eqx '[A-Za-z0-9_]+ [A-Za-z0-9_]+' \
  || hoshu_fail "DB_NAME or DB_USER in the bundle's .env.production is not a plain name." "バンドルの .env.production の DB_NAME か DB_USER が不正です。"
case "$dbhost" in
  '' | /* | localhost | 127.0.0.1 | ::1) ;;
  *) hoshu_fail "The bundle's database is on $dbhost, not on this server: restore database.dump there with pg_restore." \
       "バンドルのデータベースはこのサーバではなく $dbhost にあります。そちらで database.dump を pg_restore してください。" ;;
esac
id postgres >/dev/null 2>&1 || hoshu_fail "There is no PostgreSQL on this server (no postgres user): install PostgreSQL $(mval postgresql_version) first." \
  "このサーバに PostgreSQL がありません(postgres ユーザがいません)。先に PostgreSQL $(mval postgresql_version) をインストールしてください。"
as_pg="runuser -u postgres --"
# shellcheck disable=SC2086  # $as_pg is the command words
pgsql() { $as_pg psql -X -v ON_ERROR_STOP=1 -d "$1" -A -t -q -c "$2"; }
num=$(pgsql postgres 'SHOW server_version_num') || hoshu_fail "PostgreSQL does not answer: start it first (systemctl start postgresql)." \
  "PostgreSQL が応答しません。先に起動してください(systemctl start postgresql)。"
major=$((num / 10000))
pgbin=
[ ! -x "/usr/lib/postgresql/$major/bin/pg_restore" ] || pgbin=/usr/lib/postgresql/$major/bin/
hoshu_say "Bundle of $(mval host), made $(mval created): Mastodon $bversion, PostgreSQL $(mval postgresql_version), database $db (owner $dbuser)." \
  "$(mval host) のバンドル(作成 $(mval created)): Mastodon $bversion、PostgreSQL $(mval postgresql_version)、データベース $db(所有者 $dbuser)"
tables="accounts statuses media_attachments users"
if [ -n "$(pgsql postgres "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
  now=''
  for t in $tables; do now="$now $t=$(pgsql "$db" "SELECT count(*) FROM $t" 2>/dev/null || echo '?')"; done
  hoshu_say "The database $db here will be replaced; it holds now:$now." "ここのデータベース $db を置き換えます。今の内容:$now"
fi
files=$(printf '%s\n' "$manifest" | awk '$3 ~ /^files\// { sub(/^files/, "", $3); print $3 }')
hoshu_say "Files put back: $(printf '%s\n' "$files" | grep -vc '^/etc/letsencrypt/') (and /etc/letsencrypt)." \
  "戻すファイル: $(printf '%s\n' "$files" | grep -vc '^/etc/letsencrypt/') 個(と /etc/letsencrypt)"

step 2 "extract it and check every member" "取り出して各ファイルを照合する"
need=$(stat -c %s "$bundle")
avail=$(df -Pk "$(dirname "$bundle")" | awk 'NR == 2 { printf "%.0f", $4 * 1024 }')
[ -z "$avail" ] || [ "$avail" -gt $((need + need / 10)) ] || hoshu_fail "Not enough free space beside $bundle to extract it ($((need / 1048576)) MiB)." \
  "$bundle の横に取り出すための空きが足りません($((need / 1048576)) MiB)。"
extracted=yes
hoshu_step install -d -m 0700 "$work"
hoshu_step tar -xf "$bundle" -C "$work" || hoshu_fail "Cannot extract $bundle (exit $?): is it complete?" "$bundle を取り出せません(終了コード $?)。完全なファイルですか。"
if [ "$hoshu_plan" = 0 ]; then
  bad=$(cd "$work/$name" && printf '%s\n' "$manifest" | awk 'NF == 3 && $1 ~ /^[0-9a-f]{64}$/ { print $1 "  " $3 }' \
    | sha256sum -c --quiet 2>/dev/null | sed -n 's/: FAILED.*$//p' | head -n 5)
  [ -z "$bad" ] || hoshu_fail "These members differ from the MANIFEST: $bad. The bundle is damaged: use another one." \
    "次のファイルが MANIFEST と違います: $bad。バンドルが壊れています。別のバンドルを使ってください。"
  hoshu_say "Every member matches the MANIFEST." "すべてのファイルが MANIFEST と一致しました。"
fi

step 3 "stop Mastodon" "Mastodon を止める"
running=$(systemctl list-units --state=active --no-legend --plain --type=service 'mastodon-*' | awk '{ print $1 }' | tr '\n' ' ')
if [ -n "$running" ]; then
  # shellcheck disable=SC2086  # unit names, one word each
  hoshu_step systemctl stop $running || hoshu_fail "Cannot stop $running." "$running を止められません。"
else
  hoshu_say "No Mastodon unit is running." "動いている Mastodon のユニットはありません。"
fi

step 4 "restore the database" "データベースを復元する"
if [ -z "$(pgsql postgres "SELECT 1 FROM pg_roles WHERE rolname = '$dbuser'")" ]; then
  # shellcheck disable=SC2086
  hoshu_step $as_pg createuser --createdb "$dbuser" || hoshu_fail "Cannot create the database user $dbuser." "データベースのユーザ $dbuser を作れません。"
fi
force=''
[ "$major" -lt 13 ] || force=--force
# shellcheck disable=SC2086  # $force is empty or one word
hoshu_step $as_pg dropdb --if-exists $force "$db" || hoshu_fail "Cannot drop the database $db (exit $?): is something still connected (pgbouncer, a console)?" \
  "データベース $db を削除できません(終了コード $?)。まだ接続しているもの(pgbouncer、コンソール)はありませんか。"
# shellcheck disable=SC2086
hoshu_step $as_pg createdb -O "$dbuser" "$db" || hoshu_fail "Cannot create the database $db." "データベース $db を作れません。"
# The dump on pg_restore's stdin: the file is root's, pg_restore runs as postgres.
restore() {
  # shellcheck disable=SC2086
  if [ "$hoshu_plan" = 1 ]; then hoshu_step $as_pg "${pgbin}pg_restore" --no-owner --role="$dbuser" --exit-on-error -d "$db"
  else hoshu_step $as_pg "${pgbin}pg_restore" --no-owner --role="$dbuser" --exit-on-error -d "$db" <"$work/$name/database.dump"
  fi
}
hoshu_say "pg_restore reads $name/database.dump ($(printf '%s\n' "$manifest" | awk '$3 == "database.dump" { print $2 }') bytes)." \
  "pg_restore が $name/database.dump($(printf '%s\n' "$manifest" | awk '$3 == "database.dump" { print $2 }') バイト)を読みます。"
restore || hoshu_fail "pg_restore failed (exit $?): see its error above. Mastodon stays stopped; fix the cause and run the restore again." \
    "pg_restore が失敗しました(終了コード $?)。上のエラーを見てください。Mastodon は止まったままです。原因を直して、もう一度復元してください。"

step 5 "put the files back" "ファイルを戻す"
# File by file: a directory of the bundle never lends its mode or owner to one here (the
# staging directories are root's 0700; / must stay as it is). Only /etc/letsencrypt, moved
# aside first, comes back as the whole tree it was.
if [ "$hoshu_plan" = 1 ] || [ -d "$work/$name/files/etc/letsencrypt" ]; then
  if [ -e /etc/letsencrypt ]; then
    hoshu_step mv /etc/letsencrypt "/etc/letsencrypt.$aside" || hoshu_fail "Cannot move /etc/letsencrypt aside." "/etc/letsencrypt を退避できません。"
  fi
  hoshu_step cp -a "$work/$name/files/etc/letsencrypt" /etc/letsencrypt || hoshu_fail "Cannot put /etc/letsencrypt back." "/etc/letsencrypt を戻せません。"
fi
printf '%s\n' "$files" | grep -v '^/etc/letsencrypt/' | while IFS= read -r f; do
  [ -n "$f" ] || continue
  d=$(dirname "$f")
  if [ ! -d "$d" ]; then hoshu_step install -d -m 0755 "$d" || exit 1; fi
  if [ -f "$f" ] && ! cmp -s "$f" "$work/$name/files$f"; then hoshu_step cp -p "$f" "$f.$aside" || exit 1; fi
  hoshu_step cp -a "$work/$name/files$f" "$f" || exit 1
  # A site of nginx comes from sites-enabled (the bundle holds the file the link points at).
  case $f in
    /etc/nginx/sites-available/*)
      l=/etc/nginx/sites-enabled/${f##*/}
      [ -e "$l" ] || [ ! -d /etc/nginx/sites-enabled ] || hoshu_step ln -s "$f" "$l" || exit 1 ;;
  esac
done || hoshu_fail "Cannot put the files back: see the error above." "ファイルを戻せません。上のエラーを見てください。"
owner=$(stat -c %U "$mastodon_dir")
hoshu_step chown "$owner:" "$mastodon_dir/.env.production" || hoshu_fail "Cannot give .env.production to $owner." ".env.production を $owner のものにできません。"
hoshu_step systemctl daemon-reload || hoshu_fail "systemctl daemon-reload failed." "systemctl daemon-reload が失敗しました。"

step 6 "put Redis's data back" "Redis のデータを戻す"
if printf '%s\n' "$manifest" | awk '$3 == "redis/dump.rdb" { found = 1 } END { exit !found }'; then
  redis_unit=redis-server.service
  systemctl cat redis-server.service >/dev/null 2>&1 || redis_unit=redis.service
  conf=/etc/redis/redis.conf
  [ -f "$conf" ] || conf=/etc/redis.conf
  rdir=$(sed -n 's/^dir[[:space:]]\{1,\}//p' "$conf" 2>/dev/null | tail -n 1)
  rfile=$(sed -n 's/^dbfilename[[:space:]]\{1,\}//p' "$conf" 2>/dev/null | tail -n 1)
  rdb=${rdir:-/var/lib/redis}/${rfile:-dump.rdb}
  hoshu_step systemctl stop "$redis_unit" || hoshu_fail "Cannot stop $redis_unit." "$redis_unit を止められません。"
  hoshu_step install -o redis -g redis -m 0660 "$work/$name/redis/dump.rdb" "$rdb" || hoshu_fail "Cannot put $rdb back." "$rdb を戻せません。"
  hoshu_step systemctl start "$redis_unit" || hoshu_fail "Redis does not start with the restored data: journalctl -u $redis_unit says why." \
    "戻したデータで Redis が起動しません。理由は journalctl -u $redis_unit にあります。"
  # Sidekiq's registry of running processes came back with the data. None of them runs
  # (Mastodon is stopped): left there, they read as live for a minute (a second scheduler).
  if [ "$hoshu_plan" = 1 ]; then
    hoshu_step redis-cli del processes
  else
    hoshu_redis_connect
    stale=$(hoshu_redis smembers processes | grep -E '^[A-Za-z0-9._:-]+$' | sed 's/.*/& &:work/' | tr '\n' ' ')
    # shellcheck disable=SC2086  # plain words (filtered above)
    [ -z "$stale" ] || hoshu_step redis-cli -h "$hoshu_redis_host" -p "$hoshu_redis_port" del processes $stale >/dev/null \
      || hoshu_fail "Cannot clear Sidekiq's list of processes in Redis." "Redis の Sidekiq のプロセス一覧を消せません。"
  fi
else
  hoshu_say "The bundle holds no Redis data (Redis was not on that server): skipped." "バンドルに Redis のデータがありません(元のサーバに Redis がありませんでした)。飛ばします。"
fi

step 7 "reload nginx, start Mastodon" "nginx をリロードし、Mastodon を起動する"
if command -v nginx >/dev/null 2>&1; then
  hoshu_step nginx -t || hoshu_fail "nginx -t fails with the restored site: nginx was not reloaded. Fix the site (the server name, the certificate paths) and run systemctl reload nginx." \
    "戻したサイト設定で nginx -t が失敗します。nginx はリロードしていません。サイト設定(サーバ名、証明書のパス)を直して systemctl reload nginx を実行してください。"
  if systemctl is-active --quiet nginx; then
    hoshu_step systemctl reload nginx || hoshu_fail "nginx did not reload." "nginx をリロードできません。"
  else
    hoshu_step systemctl start nginx || hoshu_fail "nginx does not start." "nginx が起動しません。"
  fi
fi
units=$(printf '%s\n' "$files" | sed -n 's|^/etc/systemd/system/\(mastodon-[^/@]*\.service\)$|\1|p' | tr '\n' ' ')
[ -n "$units" ] || units=$running
[ -n "$units" ] || hoshu_fail "Neither the bundle nor this server names a mastodon-* unit to start." "バンドルにもこのサーバにも起動する mastodon-* のユニットがありません。"
# shellcheck disable=SC2086
hoshu_step systemctl enable $units || hoshu_fail "Cannot enable $units." "$units を有効にできません。"
# shellcheck disable=SC2086,SC2046  # the instances (mastodon-streaming@4000) that were running come back too
hoshu_step systemctl start $(printf '%s\n' $units $running | LC_ALL=C sort -u) || hoshu_fail "Cannot start $units: journalctl -u UNIT says why." "$units を起動できません。理由は journalctl -u ユニット名 にあります。"
# shellcheck disable=SC2086  # unit names, one word each
all=$(printf '%s\n' $units $running | LC_ALL=C sort -u | tr '\n' ' ')
hoshu_end_of_plan

n=0 down=x
while [ -n "$down" ] && [ "$n" -lt 60 ]; do
  down=''
  for u in $all; do systemctl is-active --quiet "$u" || down="$down $u"; done
  [ -z "$down" ] || { sleep 1; n=$((n + 1)); }
done
[ -z "$down" ] || hoshu_fail "Not active a minute after the start:$down. journalctl -u UNIT says why." "起動から1分たっても動いていません:$down。理由は journalctl -u ユニット名 にあります。"
counts=''
for t in $tables; do counts="$counts $t=$(pgsql "$db" "SELECT count(*) FROM $t")"; done
cleanup
hoshu_say "Next: this server makes no backups yet (the bundle holds none): install the daily backup (backup.install_schedule); point the domain's DNS at this server if it is a new one." \
  "次に: このサーバはまだバックアップを作りません(バンドルにバックアップは入っていません)。毎日のバックアップ(backup.install_schedule)を設定してください。新しいサーバなら、ドメインの DNS をこのサーバに向けてください。"
hoshu_say "Restored: Mastodon runs (${all% }), the database holds$counts." "復元しました。Mastodon が動いています(${all% })。データベースの内容:$counts"
printf 'hoshu-restore: result=ok%s source=%s\n' "$counts" "$bundle"

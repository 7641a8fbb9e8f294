cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
if docker compose version >/dev/null 2>&1; then dc='docker compose'
elif command -v docker-compose >/dev/null 2>&1; then dc=docker-compose
else hoshu_fail "Neither 'docker compose' nor 'docker-compose' is installed." "docker compose も docker-compose もありません。"
fi
# The db service's PostgreSQL, as the user and database .env.production names.
db=$(hoshu_env DB_NAME) dbuser=$(hoshu_env DB_USER)
db=${db:-postgres} dbuser=${dbuser:-postgres}
printf '%s %s\n' "$db" "$dbuser" | grep -Eqx '[A-Za-z0-9_.-]+ [A-Za-z0-9_.-]+' \
  || hoshu_fail "DB_NAME or DB_USER in .env.production is not a plain name." "DB_NAME か DB_USER が .env.production で不正です。"
as_db="$dc exec -T db"
conn="-U $dbuser -d $db"
psql="$as_db psql -X -v ON_ERROR_STOP=1 $conn"
# shellcheck disable=SC2086  # $psql is the command words (checked above)
sql() { $psql -A -t -q -c "$1"; }
sql 'SELECT 1' >/dev/null || hoshu_fail "Cannot connect to the database $db in the db container." "db コンテナのデータベース $db に接続できません。"
umask 077
file="$dir/$db-$(date -u +%Y%m%dT%H%M%SZ).dump"
[ ! -e "$file" ] || hoshu_fail "$file exists already." "$file はすでにあります。"
size=$(sql "SELECT pg_database_size(current_database())")
probe=$dir
while [ ! -d "$probe" ]; do probe=${probe%/*}; probe=${probe:-/}; done
avail=$(df -Pk "$probe" | awk 'NR == 2 { printf "%.0f", $4 * 1024 }')
hoshu_say "The database $db takes $(sql "SELECT pg_size_pretty(pg_database_size(current_database()))"); free space in $probe: $((avail / 1048576)) MiB." \
  "データベース $db の大きさ: $(sql "SELECT pg_size_pretty(pg_database_size(current_database()))")、$probe の空き容量: $((avail / 1048576)) MiB。"
# A compressed dump is usually well under half the database's size; insist on that much room.
[ "$avail" -gt $((size / 2)) ] || hoshu_fail "Not enough free space in $probe for a dump of $db: free some first (or choose a directory on another disk)." \
  "$probe の空き容量が $db のダンプには足りません。先に空きを作ってください(または別のディスクのディレクトリを選んでください)。"
[ -d "$dir" ] || hoshu_step install -d -m 0700 "$dir"
# pg_dump writes the file inside the db container; it is copied out, then removed there.
# -Fc is compressed and restorable table by table.
stage="/tmp/hoshu-backup-$$.dump"
# shellcheck disable=SC2086  # $dc, $as_db and $conn are the command words
hoshu_step $as_db pg_dump -Fc -f "$stage" $conn || hoshu_fail "pg_dump failed (exit $?): see above. Nothing was written to $dir." \
  "pg_dump が失敗しました(終了コード $?)。上を見てください。$dir には何も書き出していません。"
# shellcheck disable=SC2086
hoshu_step $dc cp "db:$stage" "$file" || hoshu_fail "Copying the dump out of the db container failed (exit $?)." \
  "db コンテナからダンプをコピーできませんでした(終了コード $?)。"
# shellcheck disable=SC2086
hoshu_step $as_db rm -f "$stage"
hoshu_end_of_plan

# Verify: a non-empty dump that pg_restore can read, with the tables of the database.
bytes=$(stat -c %s "$file" 2>/dev/null || echo 0)
# shellcheck disable=SC2086
tables=$($as_db pg_restore --list 2>/dev/null <"$file" | grep -c ' TABLE DATA ')
if [ "$bytes" -eq 0 ] || [ "$tables" -eq 0 ]; then
  mv -f "$file" "$file.failed" 2>/dev/null
  hoshu_fail "The dump is empty or unreadable (pg_restore --list read $tables tables): kept as $file.failed, it is NOT a backup." \
    "ダンプが空か読めません(pg_restore --list で読めたテーブル: $tables 個)。$file.failed として残しました。これはバックアップではありません。"
fi
ls -l "$file"
hoshu_say "Backup written: $file ($((bytes / 1024)) KiB, data of $tables tables, pg_restore --list reads it)." \
  "バックアップを書き出しました: $file($((bytes / 1024)) KiB、テーブル $tables 個のデータ、pg_restore --list で読めます)。"
hoshu_say "SHA-256: $(sha256sum "$file" | cut -d' ' -f1)" "SHA-256: $(sha256sum "$file" | cut -d' ' -f1)"
hoshu_say "Copy it off the server: a backup on the same disk is lost with the disk." \
  "サーバの外にもコピーしてください。同じディスクにあるバックアップはディスクと一緒に失われます。"

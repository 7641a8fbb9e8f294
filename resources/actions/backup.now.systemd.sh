# Mastodon's database as .env.production names it. A local server is reached as its
# superuser (peer authentication, the socket's port 5432, not a pgbouncer's); a remote one as
# Mastodon's user, the password in the environment (PGPASSWORD), never in an argument.
cd / || exit 1
db=$(hoshu_env DB_NAME) dbhost=$(hoshu_env DB_HOST) dbport=$(hoshu_env DB_PORT) dbuser=$(hoshu_env DB_USER)
db=${db:-mastodon_production}
printf '%s %s %s %s\n' "$db" "${dbhost:-/}" "${dbport:-5432}" "${dbuser:-mastodon}" | grep -Eqx '[A-Za-z0-9_.-]+ [A-Za-z0-9_./:-]+ [0-9]+ [A-Za-z0-9_.-]+' \
  || hoshu_fail "DB_NAME, DB_HOST, DB_PORT or DB_USER in .env.production is not a plain name." "DB_NAME・DB_HOST・DB_PORT・DB_USER のどれかが .env.production で不正です。"
case "$dbhost" in
  '' | /* | localhost | 127.0.0.1 | ::1) local_db=yes ;;
  *) local_db=no ;;
esac
if [ "$local_db" = yes ] && id postgres >/dev/null 2>&1; then
  as_db="runuser -u postgres --"
  conn="-d $db"
else
  as_db=''
  PGPASSWORD=$(hoshu_env DB_PASS) && export PGPASSWORD
  conn="-h ${dbhost:-localhost} -p ${dbport:-5432} -U ${dbuser:-mastodon} -d $db"
fi
psql="$as_db psql -X -v ON_ERROR_STOP=1 $conn"
# shellcheck disable=SC2086  # $psql is the command words (checked above)
sql() { $psql -A -t -q -c "$1"; }
sql 'SELECT 1' >/dev/null || hoshu_fail "Cannot connect to the database $db." "データベース $db に接続できません。"
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
# pg_dump runs as the database's user and writes the file itself, into that user's home
# (Debian: /var/lib/postgresql); root then moves it into the backup directory (which may be
# root's own) and takes it over. -Fc is compressed and restorable table by table.
stage_dir=/tmp
[ -z "$as_db" ] || stage_dir=$(getent passwd postgres | cut -d: -f6)
stage="${stage_dir:-/tmp}/hoshu-backup-$$.dump"
[ "$(df -Pk "${stage_dir:-/tmp}" | awk 'NR == 2 { printf "%.0f", $4 * 1024 }')" -gt $((size / 2)) ] \
  || hoshu_fail "Not enough free space in ${stage_dir:-/tmp}, where pg_dump writes the dump first." \
    "pg_dump が先にダンプを書く ${stage_dir:-/tmp} の空き容量が足りません。"
# shellcheck disable=SC2086  # $as_db and $conn are the command words
hoshu_step $as_db pg_dump -Fc -f "$stage" $conn || {
  rc=$?
  rm -f "$stage"
  hoshu_fail "pg_dump failed (exit $rc): see above. Nothing was written to $dir." \
    "pg_dump が失敗しました(終了コード $rc)。上を見てください。$dir には何も書き出していません。"
}
hoshu_step mv -f "$stage" "$file" || hoshu_fail "Moving the dump to $file failed (exit $?)." "ダンプを $file に移せませんでした(終了コード $?)。"
hoshu_step chown root:root "$file"
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

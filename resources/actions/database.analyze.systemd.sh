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
start=$(sql 'SELECT now()')
hoshu_say "Updating the planner's statistics of $db ($(sql "SELECT count(*) FROM pg_stat_user_tables") tables)." \
  "$db の統計情報を更新します(テーブル $(sql "SELECT count(*) FROM pg_stat_user_tables") 個)。"
# shellcheck disable=SC2086  # $psql is the command words
hoshu_step $psql -c 'ANALYZE' || hoshu_fail "ANALYZE failed (exit $?)." "ANALYZE が失敗しました(終了コード $?)。"
hoshu_end_of_plan

stale=$(sql "SELECT count(*) FROM pg_stat_user_tables WHERE last_analyze IS NULL OR last_analyze < '$start'")
[ "$stale" = 0 ] || hoshu_fail "$stale tables were not analyzed." "$stale 個のテーブルが ANALYZE されていません。"
hoshu_say "Every table of $db has fresh statistics." "$db の全テーブルの統計情報を更新しました。"

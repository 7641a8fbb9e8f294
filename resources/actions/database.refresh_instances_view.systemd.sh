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
state=$(sql "SELECT ispopulated FROM pg_matviews WHERE matviewname = 'instances' AND schemaname = current_schema()")
if [ -z "$state" ]; then
  hoshu_say "$db has no materialized view instances (this Mastodon version does not use it): nothing to refresh." \
    "$db にマテリアライズドビュー instances はありません(この Mastodon のバージョンでは使われていません)。更新するものはありません。"
  exit 0
fi
# A view that was never populated cannot be refreshed CONCURRENTLY (seed 001's broken instance API).
if [ "$state" = t ]; then
  hoshu_say "The view instances holds $(sql 'SELECT count(*) FROM instances') domains." "ビュー instances にはドメインが $(sql 'SELECT count(*) FROM instances') 件あります。"
  # shellcheck disable=SC2086  # $psql is the command words
  hoshu_step $psql -c 'REFRESH MATERIALIZED VIEW CONCURRENTLY instances' || hoshu_fail "The refresh failed (exit $?)." \
    "更新が失敗しました(終了コード $?)。"
else
  hoshu_say "The view instances was never populated: the instance API fails until it is." \
    "ビュー instances は一度もデータが入っていません。入るまでインスタンスの API は失敗します。"
  # shellcheck disable=SC2086
  hoshu_step $psql -c 'REFRESH MATERIALIZED VIEW instances' || hoshu_fail "The refresh failed (exit $?)." \
    "更新が失敗しました(終了コード $?)。"
fi
hoshu_end_of_plan

[ "$(sql "SELECT ispopulated FROM pg_matviews WHERE matviewname = 'instances' AND schemaname = current_schema()")" = t ] \
  || hoshu_fail "The view instances is still not populated." "ビュー instances にまだデータが入っていません。"
n=$(sql 'SELECT count(*) FROM instances') || hoshu_fail "The view instances cannot be read: $n" "ビュー instances を読めません: $n"
hoshu_say "The view instances is refreshed: $n domains." "ビュー instances を更新しました: ドメイン $n 件。"

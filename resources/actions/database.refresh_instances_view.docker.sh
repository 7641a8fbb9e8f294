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

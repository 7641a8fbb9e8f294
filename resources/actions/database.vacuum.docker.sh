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
start=$(sql 'SELECT now()')
hoshu_say "Dead rows in $db now: $(sql "SELECT COALESCE(sum(n_dead_tup), 0) FROM pg_stat_user_tables")" \
  "$db の不要な行の数(現在): $(sql "SELECT COALESCE(sum(n_dead_tup), 0) FROM pg_stat_user_tables")"
# shellcheck disable=SC2086  # $psql is the command words
hoshu_step $psql -c 'VACUUM (ANALYZE)' || hoshu_fail "VACUUM failed (exit $?)." "VACUUM が失敗しました(終了コード $?)。"
hoshu_end_of_plan

stale=$(sql "SELECT count(*) FROM pg_stat_user_tables WHERE last_vacuum IS NULL OR last_vacuum < '$start'")
[ "$stale" = 0 ] || hoshu_fail "$stale tables were not vacuumed." "$stale 個のテーブルが VACUUM されていません。"
hoshu_say "Every table of $db is vacuumed and analyzed; dead rows now: $(sql "SELECT COALESCE(sum(n_dead_tup), 0) FROM pg_stat_user_tables")" \
  "$db の全テーブルを VACUUM と ANALYZE しました。不要な行の数: $(sql "SELECT COALESCE(sum(n_dead_tup), 0) FROM pg_stat_user_tables")"

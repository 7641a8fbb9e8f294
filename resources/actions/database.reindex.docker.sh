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
ver=$(sql 'SHOW server_version_num')
case "$ver" in '' | *[!0-9]*) hoshu_fail "Cannot read PostgreSQL's version: $ver" "PostgreSQL のバージョンを読めません: $ver" ;; esac
hoshu_say "PostgreSQL $(sql 'SHOW server_version'), $db: $(sql "SELECT count(*) FROM pg_stat_user_indexes") indexes, $(sql "SELECT pg_size_pretty(COALESCE(sum(pg_relation_size(indexrelid)), 0)) FROM pg_stat_user_indexes")." \
  "PostgreSQL $(sql 'SHOW server_version')、$db: インデックス $(sql "SELECT count(*) FROM pg_stat_user_indexes") 個、$(sql "SELECT pg_size_pretty(COALESCE(sum(pg_relation_size(indexrelid)), 0)) FROM pg_stat_user_indexes")。"
if [ "$ver" -ge 120000 ]; then
  # PostgreSQL 12+: builds each index anew beside the old one, Mastodon keeps reading and writing.
  # shellcheck disable=SC2086  # $psql is the command words
  hoshu_step $psql -c "REINDEX DATABASE CONCURRENTLY $db" || hoshu_fail "REINDEX failed (exit $?): see above." \
    "REINDEX が失敗しました(終了コード $?)。上を見てください。"
elif [ "$(sql "SELECT count(*) FROM pg_extension WHERE extname = 'pg_repack'")" = 1 ] && command -v pg_repack >/dev/null 2>&1; then
  # Older PostgreSQL with pg_repack: rebuilds tables and their indexes online.
  # shellcheck disable=SC2086
  hoshu_step $as_db pg_repack --no-order $conn || hoshu_fail "pg_repack failed (exit $?): see above." \
    "pg_repack が失敗しました(終了コード $?)。上を見てください。"
else
  hoshu_say "PostgreSQL before 12 without pg_repack: REINDEX locks each table while it rebuilds its indexes (Mastodon waits meanwhile)." \
    "PostgreSQL 12 より前で pg_repack もないため、REINDEX はインデックスを作り直す間テーブルをロックします(その間 Mastodon は待たされます)。"
  # shellcheck disable=SC2086
  hoshu_step $psql -c "REINDEX DATABASE $db" || hoshu_fail "REINDEX failed (exit $?): see above." \
    "REINDEX が失敗しました(終了コード $?)。上を見てください。"
fi
hoshu_end_of_plan

# A failed concurrent rebuild leaves invalid indexes behind (named *_ccnew*): none may remain.
invalid=$(sql "SELECT string_agg(c.relname, ' ') FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema')")
[ -z "$invalid" ] || hoshu_fail "Invalid indexes remain after the rebuild: $invalid (drop them with DROP INDEX CONCURRENTLY, then run this again)." \
  "作り直しの後に無効なインデックスが残っています: $invalid(DROP INDEX CONCURRENTLY で削除してから、もう一度実行してください)。"
hoshu_say "Every index of $db is rebuilt and valid: $(sql "SELECT pg_size_pretty(COALESCE(sum(pg_relation_size(indexrelid)), 0)) FROM pg_stat_user_indexes") now." \
  "$db の全インデックスを作り直し、すべて有効です。現在 $(sql "SELECT pg_size_pretty(COALESCE(sum(pg_relation_size(indexrelid)), 0)) FROM pg_stat_user_indexes") です。"

cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
if docker compose version >/dev/null 2>&1; then dc='docker compose'
elif command -v docker-compose >/dev/null 2>&1; then dc=docker-compose
else hoshu_fail "Neither 'docker compose' nor 'docker-compose' is installed." "docker compose も docker-compose もありません。"
fi
$dc config --services | grep -qx db || hoshu_fail "The compose file in $mastodon_dir has no db service: PostgreSQL runs elsewhere (restart it there)." \
  "$mastodon_dir の compose ファイルに db のサービスがありません。PostgreSQL は別の場所で動いています(そちらで再起動してください)。"
# shellcheck disable=SC2086  # $dc is one or two words
hoshu_step $dc restart db
hoshu_end_of_plan

tries=0
until $dc exec -T db pg_isready -q -U postgres; do
  tries=$((tries + 1))
  [ "$tries" -lt 30 ] || hoshu_fail "The db container does not accept connections after the restart (pg_isready)." \
    "再起動後の db コンテナは接続を受け付けません(pg_isready)。"
  sleep 2
done
hoshu_say "PostgreSQL (db) is running and accepts connections." "PostgreSQL(db)は動いて接続を受け付けています。"

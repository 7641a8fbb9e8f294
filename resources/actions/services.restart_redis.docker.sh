cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
if docker compose version >/dev/null 2>&1; then dc='docker compose'
elif command -v docker-compose >/dev/null 2>&1; then dc=docker-compose
else hoshu_fail "Neither 'docker compose' nor 'docker-compose' is installed." "docker compose も docker-compose もありません。"
fi
$dc config --services | grep -qx redis || hoshu_fail "The compose file in $mastodon_dir has no redis service: Redis runs elsewhere (restart it there)." \
  "$mastodon_dir の compose ファイルに redis のサービスがありません。Redis は別の場所で動いています(そちらで再起動してください)。"
# shellcheck disable=SC2086  # $dc is one or two words
hoshu_step $dc restart redis
hoshu_end_of_plan

tries=0
while :; do
  r=$($dc exec -T redis redis-cli ping 2>&1)
  case "$r" in PONG | *NOAUTH*) break ;; esac
  tries=$((tries + 1))
  [ "$tries" -lt 20 ] || hoshu_fail "The redis container does not answer PING after the restart: $r" \
    "再起動後の redis コンテナは PING に答えません: $r"
  sleep 2
done
hoshu_say "Redis is running and answers." "Redis は動いて応答しています。"

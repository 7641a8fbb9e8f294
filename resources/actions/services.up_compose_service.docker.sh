cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
if docker compose version >/dev/null 2>&1; then dc='docker compose'
elif command -v docker-compose >/dev/null 2>&1; then dc=docker-compose
else hoshu_fail "Neither 'docker compose' nor 'docker-compose' is installed." "docker compose も docker-compose もありません。"
fi
$dc config --services | grep -qx "$service" || hoshu_fail "The compose file in $mastodon_dir has no service $service." \
  "$mastodon_dir の compose ファイルにサービス $service はありません。"
# shellcheck disable=SC2086  # $dc is one or two words
hoshu_step $dc up -d --no-deps "$service"
hoshu_end_of_plan

tries=0
while :; do
  id=$($dc ps -q "$service" 2>/dev/null | head -n 1)
  state=$(docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$id" 2>/dev/null)
  case "$state" in
    "running healthy" | "running none") break ;;
  esac
  tries=$((tries + 1))
  [ "$tries" -lt 40 ] || hoshu_fail "$service is not running and healthy after the start (state: ${state:-no container}). See: docker compose logs --tail=50 $service" \
    "起動後の $service は正常に動いていません(状態: ${state:-コンテナなし})。docker compose logs --tail=50 $service を見てください。"
  sleep 3
done
hoshu_say "$service is running ($state)." "$service は動いています($state)。"

cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
if docker compose version >/dev/null 2>&1; then dc='docker compose'
elif command -v docker-compose >/dev/null 2>&1; then dc=docker-compose
else hoshu_fail "Neither 'docker compose' nor 'docker-compose' is installed." "docker compose も docker-compose もありません。"
fi
all=$($dc config --services) || hoshu_fail "Could not read the compose file in $mastodon_dir." \
  "$mastodon_dir の compose ファイルを読めません。"
services=$(printf '%s\n' "$all" | grep -E '^(web|streaming|sidekiq.*)$' || true)
[ -n "$services" ] || hoshu_fail "The compose file in $mastodon_dir has no web, streaming or sidekiq service." \
  "$mastodon_dir の compose ファイルに web・streaming・sidekiq のサービスがありません。"
running=$($dc ps --services --filter status=running)
start=''
for s in $services; do
  printf '%s\n' "$running" | grep -qx "$s" || start="$start $s"
done
if [ -z "$start" ]; then
  hoshu_say "Every Mastodon container is already running." "Mastodon のコンテナはすべて動いています。"
else
  # shellcheck disable=SC2086  # $dc is one or two words; service names have no spaces
  hoshu_step $dc up -d --no-deps $start
fi
hoshu_end_of_plan

sleep 5
running=$($dc ps --services --filter status=running)
bad=''
for s in $services; do
  if printf '%s\n' "$running" | grep -qx "$s"; then printf '%-20s running\n' "$s"; else printf '%-20s NOT running\n' "$s"; bad="$bad $s"; fi
done
[ -z "$bad" ] || hoshu_fail "Not running after the start:$bad (see: docker compose logs --tail=50 SERVICE)" \
  "起動後も動いていないもの:$bad(docker compose logs --tail=50 サービス名 を見てください)"
hoshu_say "All Mastodon containers are running." "Mastodon のコンテナはすべて動いています。"

cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
if docker compose version >/dev/null 2>&1; then dc='docker compose'
elif command -v docker-compose >/dev/null 2>&1; then dc=docker-compose
else hoshu_fail "Neither 'docker compose' nor 'docker-compose' is installed." "docker compose も docker-compose もありません。"
fi
running=$($dc ps --services --filter status=running) || hoshu_fail "Could not read the compose project in $mastodon_dir." \
  "$mastodon_dir の compose プロジェクトを読めません。"
stop=$(printf '%s\n' "$running" | grep -E '^(web|streaming|sidekiq.*)$' | tr '\n' ' ' || true)
if [ -z "$stop" ]; then
  hoshu_say "No Mastodon container is running: nothing to stop." "動いている Mastodon のコンテナはありません。停止するものはありません。"
else
  # Never "down": it removes the containers (and with -v the data).
  # shellcheck disable=SC2086  # $dc is one or two words; service names have no spaces
  hoshu_step $dc stop $stop
fi
hoshu_end_of_plan

running=$($dc ps --services --filter status=running)
bad=''
for s in $stop; do
  printf '%s\n' "$running" | grep -qx "$s" && bad="$bad $s"
done
[ -z "$bad" ] || hoshu_fail "Still running after the stop:$bad" "停止後も動いているもの:$bad"
hoshu_say "The Mastodon containers are stopped (the database and Redis keep running)." \
  "Mastodon のコンテナを停止しました(データベースと Redis は動いたままです)。"

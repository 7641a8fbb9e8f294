cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
if docker compose version >/dev/null 2>&1; then dc='docker compose'
elif command -v docker-compose >/dev/null 2>&1; then dc=docker-compose
else hoshu_fail "Neither 'docker compose' nor 'docker-compose' is installed." "docker compose も docker-compose もありません。"
fi
tootctl="$dc run --rm web bin/tootctl"
# shellcheck disable=SC2086  # $tootctl is the command words
hoshu_step $tootctl media usage || hoshu_fail "tootctl media usage failed (exit $?): see its output above." \
  "tootctl media usage が失敗しました(終了コード $?)。上の出力を見てください。"
hoshu_end_of_plan
hoshu_say "On disk:" "ディスク上:"
for d in public/system public/system/cache; do [ ! -d "$d" ] || du -sh "$d"; done

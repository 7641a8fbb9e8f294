cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
if docker compose version >/dev/null 2>&1; then
  dc() { docker compose "$@"; }
elif command -v docker-compose >/dev/null 2>&1; then
  dc() { docker-compose "$@"; }
else
  hoshu_fail "Neither 'docker compose' nor 'docker-compose' is installed." \
    "「docker compose」も「docker-compose」もインストールされていません。"
fi

hoshu_say "Compose project: $mastodon_dir" "Compose プロジェクト: $mastodon_dir"
if ! dc ps --all 2>/dev/null; then
  dc ps
fi

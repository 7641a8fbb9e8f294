cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
# Compose v2 (docker compose) or v1 (docker-compose); the changing calls go through hoshu_step.
if docker compose version >/dev/null 2>&1; then
  compose=v2
elif command -v docker-compose >/dev/null 2>&1; then
  compose=v1
else
  hoshu_fail "Neither 'docker compose' nor 'docker-compose' is installed." \
    "「docker compose」も「docker-compose」もインストールされていません。"
fi
dc() {
  if [ "$compose" = v2 ]; then docker compose "$@"; else docker-compose "$@"; fi
}
dc_step() {
  if [ "$compose" = v2 ]; then hoshu_step docker compose "$@"; else hoshu_step docker-compose "$@"; fi
}

all=$(dc config --services) || hoshu_fail "Could not read the compose file in $mastodon_dir." \
  "$mastodon_dir の compose ファイルを読めませんでした。"
# Mastodon's own services, in restart order: web, sidekiq*, streaming. Never "down".
services=''
for pattern in 'web' 'sidekiq*' 'streaming'; do
  for s in $all; do
    # shellcheck disable=SC2254  # the pattern is a glob on purpose
    case "$s" in
      $pattern) services="$services $s" ;;
    esac
  done
done
# shellcheck disable=SC2086  # service names have no spaces or globs
[ -n "$services" ] || hoshu_fail "The compose file in $mastodon_dir has no web, streaming or sidekiq service (it has: $(printf '%s ' $all))." \
  "$mastodon_dir の compose ファイルに web・streaming・sidekiq のサービスがありません(あるもの: $(printf '%s ' $all))。"
running=$(dc ps --services --filter status=running)
for s in $services; do
  if printf '%s\n' "$running" | grep -qx "$s"; then
    dc_step restart "$s" || hoshu_warn "The restart of $s failed (exit $?)." "$s の再起動が失敗しました(終了コード $?)。"
  else
    hoshu_say "$s is not running: starting it." "$s は動いていないので起動します。"
    dc_step up -d --no-deps "$s" || hoshu_warn "The start of $s failed (exit $?)." "$s の起動が失敗しました(終了コード $?)。"
  fi
done
hoshu_end_of_plan

# Verify: every one of them running.
hoshu_say "Waiting for the services to settle…" "サービスが落ち着くのを待っています…"
sleep 5
running=$(dc ps --services --filter status=running)
bad=''
for s in $services; do
  if printf '%s\n' "$running" | grep -qx "$s"; then
    printf '%-20s running\n' "$s"
  else
    printf '%-20s NOT running\n' "$s"
    bad="$bad $s"
  fi
done
[ -z "$bad" ] || hoshu_fail "Not running after the restart:$bad (see: docker compose logs --tail=50 SERVICE)" \
  "再起動後も動いていないもの:$bad(docker compose logs --tail=50 サービス名 を見てください)"
hoshu_say "All Mastodon services are running." "Mastodon のサービスはすべて動いています。"

# Hoshu probe: docker compose deployment. Appended to lib.sh. MASTODON_DIR is the
# directory holding docker-compose.yml (and .env.production).
# shellcheck disable=SC2317,SC2154 # called through section(); ns comes from lib.sh
dc() {
  if docker compose version >/dev/null 2>&1; then
    t 20 docker compose --project-directory "$HOSHU_DIR" "$@"
  elif have docker-compose; then
    (cd "$HOSHU_DIR" && t 20 docker-compose "$@")
  else
    echo "docker compose is not installed" >&2; return 127
  fi
}
# s_smtp (lib.sh) runs on the host, Mastodon's mailer in a container.
# shellcheck disable=SC2034 # read by s_smtp in lib.sh
smtp_in_containers=1
# Services and their state: one JSON object per line (compose >= 2.21) or one array (older).
s_compose_ps() {
  have docker || { echo "docker=absent"; return 0; }
  dc ps --all --format json
}
s_sidekiq_docker() {
  redis_auth
  # The sidekiq script runs inside the redis container: one exec, not one per command.
  dc exec -T -e REDISCLI_AUTH redis sh -c "$SIDEKIQ_SH" sidekiq 127.0.0.1 6379 "$ns"
}
# version.rb as the web container has it, as "rb LINE" (escaped, as in lib.sh).
s_mastodon_version_docker() {
  v=$(dc exec -T web cat lib/mastodon/version.rb 2>/dev/null | head -c 65536)
  if [ -n "$v" ]; then
    echo "source=version.rb"
    printf '%s\n' "$v" | head -n 120 | escl | sed 's/^/rb /'
  else
    echo "source=none"
  fi
  for c in docker-compose.yml compose.yml compose.yaml docker-compose.yaml; do
    [ -f "$HOSHU_DIR/$c" ] || continue
    img=$(sed -n 's/^[[:space:]]*image:[[:space:]]*//p' "$HOSHU_DIR/$c" | grep -i mastodon | grep -v streaming | head -n 1)
    escv 'image=' "$img"
    break
  done
}
begin_probe
section os-release s_os_release
section loadavg s_loadavg
section meminfo s_meminfo
section df s_df
section df-inodes s_df_inodes
section compose-ps s_compose_ps
section units s_units
section timers s_timers
section cron s_cron
section env s_env
section certs s_certs
section served-certs s_served_certs
section sidekiq s_sidekiq_docker
section journal s_journal
section reboot s_reboot
section updates s_updates
section mastodon-version s_mastodon_version_docker
section ca-certificates s_ca_certificates
section smtp s_smtp
section detect s_detect
exit 0

# A compose service of the project in $mastodon_dir, else a service of the host.
if cd "$mastodon_dir" 2>/dev/null; then
  if docker compose version >/dev/null 2>&1; then dc='docker compose'
  elif command -v docker-compose >/dev/null 2>&1; then dc=docker-compose
  else dc=''
  fi
  if [ -n "$dc" ] && $dc config --services 2>/dev/null | grep -qx "$unit"; then
    # shellcheck disable=SC2086  # $dc is one or two words
    hoshu_step $dc logs --no-color --tail "$lines" "$unit"
    hoshu_end_of_plan
    exit 0
  fi
fi
hoshu_step journalctl -u "$unit" -n "$lines" --no-pager
hoshu_end_of_plan

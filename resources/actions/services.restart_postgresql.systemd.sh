# Debian runs each cluster as postgresql@VERSION-NAME (postgresql.service is an umbrella that
# does nothing itself); CentOS has postgresql.service or postgresql-VERSION.service.
names() { awk '$0 ~ /[[:space:]](alias|not-found|masked)([[:space:]]|$)/ { next } $1 ~ /\.service$/ { print $1 }'; }
units=$(systemctl list-units --all --no-legend --plain --type=service 'postgresql@*' | names)
[ -n "$units" ] || units=$(systemctl list-unit-files --no-legend --plain --type=service 'postgresql*' | names | grep -v '@' || true)
[ -n "$units" ] || hoshu_fail "No PostgreSQL service was found on this server: nothing was restarted." \
  "このサーバに PostgreSQL のサービスが見つかりません。何も再起動していません。"
units=$(printf '%s\n' "$units" | tr '\n' ' ')
# shellcheck disable=SC2086  # unit names have no spaces or globs
hoshu_step systemctl restart $units || hoshu_warn "systemctl restart failed (exit $?); checking the state below." \
  "systemctl restart が失敗しました(終了コード $?)。下で状態を確認します。"
hoshu_end_of_plan

bad=''
for u in $units; do
  st=$(systemctl is-active "$u")
  printf '%-44s %s\n' "$u" "$st"
  [ "$st" = active ] || bad="$bad $u"
done
[ -z "$bad" ] || hoshu_fail "Not running after the restart:$bad (see: journalctl -u UNIT -n 50)" \
  "再起動後も動いていないもの:$bad(journalctl -u ユニット名 -n 50 を見てください)"
if command -v pg_isready >/dev/null 2>&1; then
  tries=0
  until pg_isready -q; do
    tries=$((tries + 1))
    [ "$tries" -lt 30 ] || hoshu_fail "PostgreSQL runs but does not accept connections (pg_isready)." \
      "PostgreSQL は動いていますが、接続を受け付けません(pg_isready)。"
    sleep 1
  done
fi
hoshu_say "PostgreSQL is running and accepts connections." "PostgreSQL は動いて接続を受け付けています。"

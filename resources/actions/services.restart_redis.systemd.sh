names() { awk '$0 ~ /[[:space:]](alias|not-found|masked)([[:space:]]|$)/ { next } $1 ~ /\.service$/ { print $1 }'; }
units=$( { systemctl list-unit-files --no-legend --plain --type=service redis-server.service redis.service
  systemctl list-units --all --no-legend --plain --type=service 'redis-server@*' 'redis@*'; } | names | LC_ALL=C sort -u | tr '\n' ' ')
[ -n "$units" ] || hoshu_fail "No Redis service was found on this server: nothing was restarted." \
  "このサーバに Redis のサービスが見つかりません。何も再起動していません。"
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
# Up means it answers, with or without a password (NOAUTH is an answer too).
tries=0
while :; do
  r=$(redis-cli -h 127.0.0.1 ping 2>&1)
  case "$r" in PONG | *NOAUTH*) break ;; esac
  tries=$((tries + 1))
  [ "$tries" -lt 20 ] || hoshu_fail "Redis runs but does not answer PING: $r" "Redis は動いていますが、PING に答えません: $r"
  sleep 1
done
hoshu_say "Redis is running and answers." "Redis は動いて応答しています。"

PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
command -v nginx >/dev/null 2>&1 || hoshu_fail "nginx is not installed on this server." "このサーバに nginx はインストールされていません。"
hoshu_say "Checking the configuration: nginx -t" "設定を検査します: nginx -t"
if ! out=$(nginx -t 2>&1); then
  printf '%s\n' "$out" >&2
  hoshu_fail "The nginx configuration is broken: nginx was NOT restarted (it would not start again). Fix the file named above, then try again." \
    "nginx の設定が壊れています。nginx は再起動していません(再起動すると起動できなくなるため)。上に示されたファイルを直してから、もう一度実行してください。"
fi
printf '%s\n' "$out"
hoshu_step systemctl restart nginx.service || hoshu_warn "systemctl restart failed (exit $?); checking the state below." \
  "systemctl restart が失敗しました(終了コード $?)。下で状態を確認します。"
hoshu_end_of_plan

sleep 1
st=$(systemctl is-active nginx.service)
printf '%-44s %s\n' nginx.service "$st"
[ "$st" = active ] || hoshu_fail "nginx is $st after the restart. See: journalctl -u nginx.service -n 50" \
  "再起動後の nginx は $st です。journalctl -u nginx.service -n 50 を見てください。"
listen=$(ss -Hltnp 2>/dev/null | grep -c '"nginx"' || true)
[ "${listen:-0}" -gt 0 ] || hoshu_fail "nginx runs but listens on no TCP port." "nginx は動いていますが、どの TCP ポートでも待ち受けていません。"
hoshu_say "nginx is running and listening." "nginx は動いて待ち受けています。"

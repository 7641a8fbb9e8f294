PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
# The configuration test only reads: it runs in plan mode too, so a broken
# configuration is reported before anything is offered.
if ! out=$(nginx -t 2>&1); then
  printf '%s\n' "$out" >&2
  hoshu_fail "The nginx configuration test failed: nginx was NOT reloaded and keeps running with its previous configuration." \
    "nginx の設定の検査に失敗しました。nginx はリロードしておらず、前の設定のまま動いています。"
fi
printf '%s\n' "$out"
if [ -d /run/systemd/system ]; then
  hoshu_step systemctl reload nginx.service \
    || hoshu_fail "Reloading nginx failed. Is nginx running? See: systemctl status nginx" \
      "nginx のリロードに失敗しました。nginx は動いていますか。systemctl status nginx を見てください。"
else
  hoshu_step nginx -s reload \
    || hoshu_fail "Reloading nginx failed (nginx -s reload). Is nginx running?" \
      "nginx のリロードに失敗しました(nginx -s reload)。nginx は動いていますか。"
fi
hoshu_end_of_plan

# Verify: nginx still runs after the reload.
if [ -d /run/systemd/system ]; then
  [ "$(systemctl is-active nginx.service)" = active ] \
    || hoshu_fail "nginx is not running after the reload. See: systemctl status nginx" \
      "リロードの後 nginx が動いていません。systemctl status nginx を見てください。"
elif command -v pgrep >/dev/null 2>&1; then
  pgrep -x nginx >/dev/null || hoshu_fail "nginx is not running after the reload." "リロードの後 nginx が動いていません。"
fi
hoshu_say "nginx reloaded." "nginx をリロードしました。"

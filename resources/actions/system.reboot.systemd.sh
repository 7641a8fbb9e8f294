hoshu_say "$(hostname): up since $(uptime -s 2>/dev/null), kernel $(uname -r)." "$(hostname): $(uptime -s 2>/dev/null) から稼働、カーネル $(uname -r)。"
[ ! -f /var/run/reboot-required ] || hoshu_say "The reboot is pending for: $(tr '\n' ' ' </var/run/reboot-required.pkgs 2>/dev/null)" \
  "再起動待ちの更新: $(tr '\n' ' ' </var/run/reboot-required.pkgs 2>/dev/null)"
off=$(systemctl list-unit-files --no-legend --plain --type=service --state=disabled 'mastodon-*' 2>/dev/null | awk '{ print $1 }' | tr '\n' ' ')
[ -z "$off" ] || hoshu_say "Not enabled, so they stay stopped after the boot: $off" "有効になっていないため起動後も止まったままのもの: $off"
hoshu_step systemctl reboot || hoshu_fail "systemctl reboot failed (exit $?)." "systemctl reboot が失敗しました(終了コード $?)。"
hoshu_end_of_plan
hoshu_say "The server is rebooting: the connection drops now." "サーバを再起動しています。接続はここで切れます。"

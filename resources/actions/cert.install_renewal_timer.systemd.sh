PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
certbot=$(command -v certbot) || hoshu_fail "certbot is not installed on this server." "このサーバに certbot はインストールされていません。"
timers='certbot.timer snap.certbot.renew.timer certbot-renewal.timer'
scheduled() {   # the timer or cron entry that renews, if any
  for t in $timers; do
    [ "$(systemctl show -p LoadState --value "$t" 2>/dev/null)" = loaded ] || continue
    case "$(systemctl is-enabled "$t" 2>/dev/null)" in enabled | static | enabled-runtime) echo "$t"; return ;; esac
  done
  grep -ls '^[^#]*certbot' /etc/cron.d/* /etc/crontab /var/spool/cron/crontabs/* /var/spool/cron/* 2>/dev/null | head -n 1
}
have=$(scheduled)
hook=/etc/letsencrypt/renewal-hooks/deploy/hoshu-reload-nginx.sh
hook_text='#!/bin/sh
# Written by Hoshu (cert.install_renewal_timer): certbot runs this after each renewal, so
# that nginx serves the new certificate. A broken configuration is never reloaded.
nginx -t -q && systemctl reload nginx.service'
if [ -n "$have" ]; then
  hoshu_say "Renewal is scheduled already: $have. Only the deploy hook is added." "更新はすでに定期実行されています: $have。デプロイフックだけを加えます。"
else
  hoshu_say "No renewal timer or cron entry was found: installing certbot-renewal.timer." \
    "更新のタイマーも cron もありません。certbot-renewal.timer を入れます。"
  unit='[Unit]
Description=Renew Let'"'"'s Encrypt certificates (installed by Hoshu)
After=network-online.target
Wants=network-online.target

[Service]
Type=oneshot
ExecStart='"$certbot"' -q renew'
  timer='[Unit]
Description=Renew Let'"'"'s Encrypt certificates twice a day (installed by Hoshu)

[Timer]
OnCalendar=*-*-* 00,12:00:00
RandomizedDelaySec=12h
Persistent=true

[Install]
WantedBy=timers.target'
  printf '%s\n' "$unit" | hoshu_step install -m 0644 /dev/stdin /etc/systemd/system/certbot-renewal.service
  printf '%s\n' "$timer" | hoshu_step install -m 0644 /dev/stdin /etc/systemd/system/certbot-renewal.timer
  hoshu_step systemctl daemon-reload
  hoshu_step systemctl enable --now certbot-renewal.timer
fi
if [ -f "$hook" ]; then
  hoshu_say "The deploy hook $hook is there already." "デプロイフック $hook はすでにあります。"
else
  printf '%s\n' "$hook_text" | hoshu_step install -D -m 0755 /dev/stdin "$hook"
fi
hoshu_end_of_plan

have=$(scheduled)
[ -n "$have" ] || hoshu_fail "Still no renewal timer or cron entry." "更新のタイマーも cron もまだありません。"
case "$have" in
  *.timer)
    systemctl list-timers --all --no-pager "$have" | grep -q "$have" || hoshu_fail "systemctl list-timers does not show $have." \
      "systemctl list-timers に $have が表示されません。"
    systemctl list-timers --all --no-pager "$have" | head -n 2 ;;
esac
[ -x "$hook" ] || hoshu_fail "The deploy hook $hook is missing." "デプロイフック $hook がありません。"
hoshu_say "Certificates renew by $have, and nginx reloads after each renewal." "証明書は $have で更新され、更新のたびに nginx がリロードされます。"

# A daily backup bundle. The job's script is backup.bundle itself: Hoshu hands its code
# (lib.sh + backup.bundle's script for this deployment) to this action as
# $hoshu_embedded_script ("embeds" in the JSON), and this action writes it, after the
# values it runs with, to /usr/local/lib/hoshu/backup.sh. With systemd a oneshot service
# and its timer run it (a failed run leaves hoshu-backup.service failed, which Hoshu's
# timer check reports); without systemd a line in /etc/cron.d does.
cd / || exit 1
umask 022
libdir=/usr/local/lib/hoshu
script=$libdir/backup.sh
unitdir=/etc/systemd/system
[ "$keep" -ge 1 ] || hoshu_fail "A schedule must keep at least one bundle (keep >= 1)." "スケジュールでは少なくとも1つのバンドルを残してください(keep は 1 以上)。"
[ -f "$mastodon_dir/.env.production" ] || hoshu_fail "No $mastodon_dir/.env.production: is this Mastodon's directory?" \
  "$mastodon_dir/.env.production がありません。Mastodon のディレクトリですか?"
if [ -d /run/systemd/system ]; then init=systemd; else init=cron; fi
hh=$(printf '%02d' "$hour")

job() { # the script the job runs: the values, then backup.bundle's code
  printf '#!/bin/sh\n# Written by Hoshu (backup.install_schedule): its action backup.bundle, run by %s.\n' \
    "$([ "$init" = systemd ] && echo hoshu-backup.timer || echo /etc/cron.d/hoshu-backup)"
  printf '# Hoshu writes this file anew when the schedule is installed again: do not edit it.\nset -u\n'
  printf 'mastodon_dir=%s\nhoshu_lang=%s\nhoshu_deployment=%s\nhoshu_plan=0\ndir=%s\nmedia=%s\nkeep=%s\n' \
    "$(hoshu_quote "$mastodon_dir")" "$(hoshu_quote "$hoshu_lang")" "$(hoshu_quote "$hoshu_deployment")" \
    "$(hoshu_quote "$dir")" "$(hoshu_quote "$media")" "$(hoshu_quote "$keep")"
  printf '%s' "$hoshu_embedded_script"
}
service_unit() {
  printf '%s\n' '# Written by Hoshu (backup.install_schedule).' '[Unit]' \
    'Description=Mastodon backup bundle (Hoshu backup.bundle)' \
    'After=network-online.target postgresql.service redis-server.service' '' '[Service]' 'Type=oneshot' \
    "ExecStart=$script" 'SyslogIdentifier=hoshu-backup' 'Nice=10' 'IOSchedulingClass=idle' 'TimeoutStartSec=6h'
}
timer_unit() {
  printf '%s\n' '# Written by Hoshu (backup.install_schedule).' '[Unit]' 'Description=Daily Mastodon backup bundle (Hoshu)' '' \
    '[Timer]' "OnCalendar=*-*-* $hh:00:00" 'RandomizedDelaySec=1h' 'Persistent=true' '' '[Install]' 'WantedBy=timers.target'
}

hoshu_say "Every day at $hh:00 (up to an hour later, at random) $script makes a bundle in $dir and keeps the newest $keep ($init)." \
  "毎日 $hh:00(ランダムに最大1時間遅れて)、$script がバンドルを $dir に作り、新しい $keep 個を残します($init)。"
newest() { # the newest bundle in $dir (the stamp in the name sorts)
  n=
  for f in "$dir"/mastodon-bundle-*.tar; do [ -f "$f" ] && n=$f; done
  printf '%s' "$n"
}
before=$(newest)
hoshu_step install -d -m 0755 "$libdir"
if [ "$hoshu_plan" = 1 ]; then
  hoshu_step dd of="$script.new" status=none
else
  job | hoshu_step dd of="$script.new" status=none || hoshu_fail "Cannot write $script." "$script を書けません。"
fi
hoshu_step chmod 0700 "$script.new"
hoshu_step mv -f "$script.new" "$script"
if [ "$init" = systemd ]; then
  for u in service timer; do
    if [ "$hoshu_plan" = 1 ]; then
      hoshu_step dd of="$unitdir/hoshu-backup.$u.new" status=none
    else
      "${u}_unit" | hoshu_step dd of="$unitdir/hoshu-backup.$u.new" status=none || hoshu_fail "Cannot write hoshu-backup.$u." "hoshu-backup.$u を書けません。"
    fi
    hoshu_step chmod 0644 "$unitdir/hoshu-backup.$u.new"
    hoshu_step mv -f "$unitdir/hoshu-backup.$u.new" "$unitdir/hoshu-backup.$u"
  done
  hoshu_step systemctl daemon-reload
  hoshu_step systemctl enable --now hoshu-backup.timer
  # One run now, as the timer will run it (systemctl start waits for a oneshot to finish).
  t0=$(date +%s)
  hoshu_step systemctl start hoshu-backup.service
else
  if [ "$hoshu_plan" = 1 ]; then
    hoshu_step dd of=/etc/cron.d/hoshu-backup status=none
  else
    printf '# Written by Hoshu (backup.install_schedule): a daily backup bundle.\n17 %s * * * root %s\n' "$hour" "$script" \
      | hoshu_step dd of=/etc/cron.d/hoshu-backup status=none || hoshu_fail "Cannot write /etc/cron.d/hoshu-backup." "/etc/cron.d/hoshu-backup を書けません。"
  fi
  hoshu_step chmod 0644 /etc/cron.d/hoshu-backup
  hoshu_step "$script"
fi
hoshu_end_of_plan

# Verify: the run made a bundle, and the timer (or the cron line) is there.
[ "$init" = cron ] || journalctl -u hoshu-backup.service -t hoshu-backup --since "@$t0" -o cat --no-pager 2>/dev/null | tail -n 40
made=$(newest)
if [ -z "$made" ] || [ "$made" = "$before" ]; then
  hoshu_fail "The first run made no bundle in $dir: see its output above (journalctl -u hoshu-backup.service)." \
    "最初の実行で $dir にバンドルができていません。上の出力を見てください(journalctl -u hoshu-backup.service)。"
fi
hoshu_say "The first run made $made." "最初の実行で $made を作りました。"
if [ "$init" = systemd ]; then
  res=$(systemctl show -p Result --value hoshu-backup.service)
  [ "$res" = success ] || hoshu_fail "hoshu-backup.service ended with \"$res\": journalctl -u hoshu-backup.service says why." \
    "hoshu-backup.service の結果が「$res」です。理由は journalctl -u hoshu-backup.service にあります。"
  systemctl list-timers --all --no-pager hoshu-backup.timer | grep -q 'hoshu-backup\.timer' \
    || hoshu_fail "hoshu-backup.timer is not among the timers (systemctl list-timers)." "hoshu-backup.timer がタイマーの一覧(systemctl list-timers)にありません。"
  if [ "$(systemctl is-enabled hoshu-backup.timer)" != enabled ] || [ "$(systemctl is-active hoshu-backup.timer)" != active ]; then
    hoshu_fail "hoshu-backup.timer is not enabled and active." "hoshu-backup.timer が有効・動作中になっていません。"
  fi
  systemctl list-timers --no-pager hoshu-backup.timer | head -n 2
  hoshu_say "hoshu-backup.timer is active; a failed run shows as a failed hoshu-backup.service." \
    "hoshu-backup.timer は動作中です。実行が失敗すると hoshu-backup.service が failed になります。"
else
  hoshu_say "/etc/cron.d/hoshu-backup runs it daily at $hh:17; cron mails its errors to root." \
    "/etc/cron.d/hoshu-backup が毎日 $hh:17 に実行します。エラーは cron が root にメールします。"
fi

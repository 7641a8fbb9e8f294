# A daily backup bundle. The job's script is backup.bundle itself: Hoshu hands its code
# (lib.sh + backup.bundle's script for this deployment) to this action as
# $hoshu_embedded_script ("embeds" in the JSON), and this action writes it, after the
# values it runs with, to /usr/local/lib/hoshu/backup.sh, through lib.sh's hoshu_install_job
# (a oneshot service and its timer; a line in /etc/cron.d without systemd).
cd / || exit 1
umask 022
[ "$keep" -ge 1 ] || hoshu_fail "A schedule must keep at least one bundle (keep >= 1)." "スケジュールでは少なくとも1つのバンドルを残してください(keep は 1 以上)。"
[ -f "$mastodon_dir/.env.production" ] || hoshu_fail "No $mastodon_dir/.env.production: is this Mastodon's directory?" \
  "$mastodon_dir/.env.production がありません。Mastodon のディレクトリですか?"
if [ -d /run/systemd/system ]; then init=systemd; else init=cron; fi
hh=$(printf '%02d' "$hour")
script=/usr/local/lib/hoshu/backup.sh
hoshu_say "Every day at $hh:00 (up to an hour later, at random) $script makes a bundle in $dir and keeps the newest $keep ($init)." \
  "毎日 $hh:00(ランダムに最大1時間遅れて)、$script がバンドルを $dir に作り、新しい $keep 個を残します($init)。"
newest() { # the newest bundle in $dir (the stamp in the name sorts)
  n=
  for f in "$dir"/mastodon-bundle-*.tar; do [ -f "$f" ] && n=$f; done
  printf '%s' "$n"
}
before=$(newest)
hoshu_install_job backup "Mastodon backup bundle" "*-*-* $hh:00:00" "17 $hour * * *" \
  "$(printf 'dir=%s\nmedia=%s\nkeep=%s\nreader=%s' "$(hoshu_quote "$dir")" "$(hoshu_quote "$media")" "$(hoshu_quote "$keep")" \
    "$(hoshu_quote "${SUDO_USER:-}")")"
# One run now, as the schedule will run it (systemctl start waits for a oneshot to finish).
t0=$(date +%s)
if [ "$init" = systemd ]; then
  hoshu_step systemctl start hoshu-backup.service
else
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
fi
hoshu_job_verify backup "/etc/cron.d/hoshu-backup runs it daily at $hh:17; cron mails its errors to root." \
  "/etc/cron.d/hoshu-backup が毎日 $hh:17 に実行します。エラーは cron が root にメールします。"

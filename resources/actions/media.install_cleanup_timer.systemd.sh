# A weekly media cache cleanup, for a Mastodon without content retention settings (before
# 4.0). The job's script is media.remove_remote itself ("embeds" in the JSON), written with
# these values by lib.sh's hoshu_install_job.
cd / || exit 1
umask 022
[ -f "$mastodon_dir/.env.production" ] || hoshu_fail "No $mastodon_dir/.env.production: is this Mastodon's directory?" \
  "$mastodon_dir/.env.production がありません。Mastodon のディレクトリですか?"
hh=$(printf '%02d' "$hour")
# cron counts the days of the week from Sunday = 0.
case "$weekday" in
  Sun) dow=0 jday=日曜日 ;; Mon) dow=1 jday=月曜日 ;; Tue) dow=2 jday=火曜日 ;; Wed) dow=3 jday=水曜日 ;;
  Thu) dow=4 jday=木曜日 ;; Fri) dow=5 jday=金曜日 ;; *) dow=6 jday=土曜日 ;;
esac
hoshu_say "Every $weekday at $hh:00 (up to an hour later, at random) other servers' media older than $days days will be removed." \
  "毎週$jday の $hh:00 に(ランダムに最大1時間遅れて)、他のサーバのメディアのうち $days 日より古いものを削除します。"
hoshu_install_job media-cleanup "Remove cached remote media" "$weekday *-*-* $hh:00:00" "17 $hour * * $dow" \
  "$(printf 'days=%s\nprofiles=%s' "$(hoshu_quote "$days")" "$(hoshu_quote "$profiles")")"
hoshu_end_of_plan

hoshu_job_verify media-cleanup "/etc/cron.d/hoshu-media-cleanup runs it every $weekday at $hh:17; cron mails its errors to root." \
  "/etc/cron.d/hoshu-media-cleanup が毎週$jday の $hh:17 に実行します。エラーは cron が root にメールします。"

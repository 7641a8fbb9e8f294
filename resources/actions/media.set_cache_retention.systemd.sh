# Mastodon's own content retention (4.0 and later), set through Rails as the admin page sets
# it; the number reaches Ruby through the environment, never inside the code.
hoshu_rails_setup "HOSHU_RETENTION_DAYS=$days"
hoshu_db_connect
current() { hoshu_sql "$hoshu_db" "SELECT value FROM settings WHERE var = 'media_cache_retention_period'" | sed "s/^--- *//; s/^['\"]\(.*\)['\"]\$/\1/"; }
old=$(current) || hoshu_fail "Cannot read Mastodon's settings from the database." "Mastodon の設定をデータベースから読めません。"
if [ -n "$old" ]; then
  hoshu_say "The media cache retention period is $old days now; it will be $days." "メディアキャッシュの保持期間は現在 $old 日です。$days 日にします。"
else
  hoshu_say "No media cache retention period is set now (cached media is kept for ever); it will be $days days." \
    "メディアキャッシュの保持期間は現在設定されていません(キャッシュしたメディアは削除されません)。$days 日にします。"
fi
ruby='abort "ContentRetentionPolicy is missing: this Mastodon has no content retention settings (they came with 4.0)" unless defined?(ContentRetentionPolicy); old = Setting.media_cache_retention_period; Setting.media_cache_retention_period = Integer(ENV.fetch("HOSHU_RETENTION_DAYS")); puts "media_cache_retention_period: #{old.inspect} -> #{Setting.media_cache_retention_period.inspect}"'
# shellcheck disable=SC2086  # $hoshu_rails is the command words
hoshu_step $hoshu_rails runner "$ruby" || hoshu_fail "Rails could not set it (exit $?): see the error above. Before Mastodon 4.0 there is no such setting: schedule a weekly cleanup (media.install_cleanup_timer) instead." \
  "Rails で設定できませんでした(終了コード $?)。上のエラーを見てください。Mastodon 4.0 より前にはこの設定がないので、代わりに毎週の削除(media.install_cleanup_timer)を予約してください。"
hoshu_end_of_plan

now=$(current)
[ "$now" = "$days" ] || hoshu_fail "The database says the retention period is '${now:-not set}', not $days." \
  "データベース上の保持期間が $days ではなく「${now:-未設定}」です。"
hoshu_say "Mastodon now removes cached remote media older than $days days by itself, every day." \
  "以後、Mastodon が毎日、$days 日より古いリモートメディアのキャッシュを自動で削除します。"

# Relay#disable! through Rails, as the admin page does; the inbox reaches Ruby through the
# environment. $inbox matches an https URL without quotes or spaces: it cannot leave the SQL string.
hoshu_rails_setup "HOSHU_RELAY_INBOX=$inbox"
hoshu_db_connect
state() { hoshu_sql "$hoshu_db" "SELECT state FROM relays WHERE inbox_url = '$inbox'"; }
was=$(state) || hoshu_fail "Cannot read the relays from the database." "リレーをデータベースから読めません。"
[ -n "$was" ] || hoshu_fail "$inbox is not one of this server's relays (see mastodon.list_relays): nothing was changed." \
  "$inbox はこのサーバのリレーではありません(mastodon.list_relays で確認できます)。何も変更していません。"
[ "$was" != 0 ] || hoshu_say "$inbox is disabled already." "$inbox はすでに無効です。"
ruby='r = Relay.find_by!(inbox_url: ENV.fetch("HOSHU_RELAY_INBOX")); r.disable!; puts "disabled: #{r.inbox_url}"'
# shellcheck disable=SC2086  # $hoshu_rails is the command words
hoshu_step $hoshu_rails runner "$ruby" || hoshu_fail "Rails could not disable the relay (exit $?): see the error above." \
  "Rails でリレーを無効にできませんでした(終了コード $?)。上のエラーを見てください。"
hoshu_end_of_plan

[ "$(state)" = 0 ] || hoshu_fail "The relay $inbox is still enabled in the database." "リレー $inbox はデータベース上でまだ有効です。"
hoshu_say "The relay $inbox is disabled: it sends no more posts here." "リレー $inbox を無効にしました。今後このサーバに投稿は届きません。"

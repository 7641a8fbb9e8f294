# tootctl accounts prune (Mastodon 4.1+) as Mastodon runs it; the remote accounts before and after.
hoshu_tootctl_setup
hoshu_db_connect
remote() { hoshu_sql "$hoshu_db" 'SELECT count(*) FROM accounts WHERE domain IS NOT NULL'; }
before=$(remote) || hoshu_fail "Cannot count the remote accounts in the database." "リモートのアカウントをデータベースで数えられません。"
hoshu_say "Remote accounts known here: $before" "このサーバが知っているリモートのアカウント: $before"
# shellcheck disable=SC2086  # $hoshu_tootctl is the command words
hoshu_step $hoshu_tootctl accounts prune || hoshu_fail "tootctl accounts prune failed (exit $?): see its output above. It came with Mastodon 4.1: an older one does not have it." \
  "tootctl accounts prune が失敗しました(終了コード $?)。上の出力を見てください。Mastodon 4.1 で加わったコマンドなので、それより古い版にはありません。"
hoshu_end_of_plan

after=$(remote)
hoshu_say "Remote accounts: $before before, $after now." "リモートのアカウント: 実行前 $before、現在 $after。"

# tootctl statuses remove as Mastodon runs it; the free space of the database's and the
# media's filesystems before and after.
hoshu_tootctl_setup
free_kib() { df -Pk "$mastodon_dir" | awk 'NR == 2 { print $4 }'; }
before=$(free_kib)
hoshu_say "Free space before: $((before / 1024)) MiB" "実行前の空き容量: $((before / 1024)) MiB"
# shellcheck disable=SC2086  # $hoshu_tootctl is the command words
hoshu_step $hoshu_tootctl statuses remove --days "$days" || hoshu_fail "tootctl statuses remove failed (exit $?): see its output above." \
  "tootctl statuses remove が失敗しました(終了コード $?)。上の出力を見てください。"
hoshu_end_of_plan

after=$(free_kib)
hoshu_say "Free space before: $((before / 1024)) MiB, after: $((after / 1024)) MiB. The database reuses the space of the removed posts." \
  "空き容量 実行前: $((before / 1024)) MiB、実行後: $((after / 1024)) MiB。削除した投稿の領域はデータベースが再利用します。"

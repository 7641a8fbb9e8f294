# One script for both deployments: tootctl as Mastodon runs it, the lists through psql.
hoshu_tootctl_setup
hoshu_db_connect
# $who matches ^(all|[A-Za-z0-9_]{1,30})$: nothing in it can leave the SQL string.
pending_sql="SELECT a.username FROM users u JOIN accounts a ON a.id = u.account_id WHERE a.domain IS NULL AND NOT u.approved"
[ "$who" = all ] || pending_sql="$pending_sql AND lower(a.username) = lower('$who')"
pending=$(hoshu_sql "$hoshu_db" "$pending_sql ORDER BY u.created_at") \
  || hoshu_fail "Cannot read the pending sign-ups from the database." "承認待ちの登録をデータベースから読めません。"
if [ -z "$pending" ]; then
  if [ "$who" = all ]; then
    hoshu_say "No sign-up is waiting for approval: nothing to do." "承認待ちの登録はありません。何もしません。"
  else
    hoshu_fail "$who is no local user waiting for approval: nothing was changed." "$who は承認待ちのローカルのユーザーではありません。何も変更していません。"
  fi
  hoshu_end_of_plan
  exit 0
fi
hoshu_say "Waiting for approval ($(printf '%s\n' "$pending" | grep -c .)): $(printf '%s' "$pending" | tr '\n' ' ')" \
  "承認待ち($(printf '%s\n' "$pending" | grep -c .) 件): $(printf '%s' "$pending" | tr '\n' ' ')"
# shellcheck disable=SC2086  # $hoshu_tootctl is the command words
if [ "$who" = all ]; then
  hoshu_step $hoshu_tootctl accounts approve --all \
    || hoshu_fail "tootctl accounts approve failed (exit $?): see its output above." "tootctl accounts approve が失敗しました(終了コード $?)。上の出力を見てください。"
else
  hoshu_step $hoshu_tootctl accounts approve "$who" \
    || hoshu_fail "tootctl accounts approve failed (exit $?): see its output above." "tootctl accounts approve が失敗しました(終了コード $?)。上の出力を見てください。"
fi
hoshu_end_of_plan

left=$(hoshu_sql "$hoshu_db" "$pending_sql")
[ -z "$left" ] || hoshu_fail "Still waiting for approval: $(printf '%s' "$left" | tr '\n' ' ')" "まだ承認待ち: $(printf '%s' "$left" | tr '\n' ' ')"
hoshu_say "Approved: $(printf '%s' "$pending" | tr '\n' ' ')" "承認しました: $(printf '%s' "$pending" | tr '\n' ' ')"

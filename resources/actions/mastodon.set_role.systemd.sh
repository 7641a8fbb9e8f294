# One script for both deployments: tootctl as Mastodon runs it, the check through psql.
hoshu_tootctl_setup
hoshu_db_connect
role_of() {
  hoshu_sql "$hoshu_db" "SELECT COALESCE(r.name, 'none') FROM users u JOIN accounts a ON a.id = u.account_id
    LEFT JOIN user_roles r ON r.id = u.role_id WHERE a.domain IS NULL AND lower(a.username) = lower('$username')"
}
# $username matches ^[A-Za-z0-9_]{1,30}$: nothing in it can leave the SQL string.
before=$(role_of) || hoshu_fail "Cannot read the user's role from the database." "データベースからユーザーのロールを読めません。"
[ -n "$before" ] || hoshu_fail "There is no local user $username: nothing was changed." "ローカルのユーザー $username はいません。何も変更していません。"
if [ "$role" != none ]; then
  found=$(hoshu_sql "$hoshu_db" "SELECT count(*) FROM user_roles WHERE name = '$role'") || found=0
  [ "$found" -ge 1 ] || hoshu_fail "The server has no role named $role (see Administration > Roles): nothing was changed." \
    "サーバに $role という名前のロールはありません(管理画面の「ロール」を見てください)。何も変更していません。"
fi
hoshu_say "$username has the role: $before." "$username の現在のロール: $before"
# shellcheck disable=SC2086  # $hoshu_tootctl is the command words
if [ "$role" = none ]; then
  hoshu_step $hoshu_tootctl accounts modify "$username" --remove-role \
    || hoshu_fail "tootctl accounts modify failed (exit $?): see its output above." "tootctl accounts modify が失敗しました(終了コード $?)。上の出力を見てください。"
else
  hoshu_step $hoshu_tootctl accounts modify "$username" --role "$role" \
    || hoshu_fail "tootctl accounts modify failed (exit $?): see its output above." "tootctl accounts modify が失敗しました(終了コード $?)。上の出力を見てください。"
fi
hoshu_end_of_plan

after=$(role_of)
[ "$after" = "$role" ] || hoshu_fail "$username has the role $after, not $role." "$username のロールは $role ではなく $after です。"
if [ "$role" = none ]; then
  hoshu_say "$username has no role any more (was: $before)." "$username のロールを解除しました(以前: $before)。"
else
  hoshu_say "$username has the role $role now (was: $before)." "$username のロールを $role にしました(以前: $before)。"
fi

command -v certbot >/dev/null 2>&1 || hoshu_fail "certbot is not installed on this server." "このサーバに certbot はインストールされていません。"
hoshu_step certbot renew --dry-run || hoshu_fail "The simulated renewal failed (exit $?): the real one would fail too. See certbot's messages above." \
  "更新の試行が失敗しました(終了コード $?)。本当の更新も失敗します。上の certbot のメッセージを見てください。"
hoshu_end_of_plan
hoshu_say "The simulated renewal succeeded: certbot can renew the certificates." "更新の試行は成功しました。certbot は証明書を更新できます。"

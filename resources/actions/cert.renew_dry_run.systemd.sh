command -v certbot >/dev/null 2>&1 || hoshu_fail "certbot is not installed on this server." "このサーバに certbot はインストールされていません。"
nosleep=$(hoshu_certbot_nosleep)
le=/etc/letsencrypt/renewal
# certbot's --dry-run replaces every certificate's ACME server with Let's Encrypt's staging
# service: a certificate from another CA (ZeroSSL, Buypass, a company's own) would be tried
# against the wrong one. Those are tried against their own server, named explicitly.
failed='' n=0
for conf in "$le"/*.conf; do
  [ -f "$conf" ] || continue
  name=$(basename "$conf" .conf) n=$((n + 1))
  server=$(sed -n 's/^server *= *//p' "$conf" | head -n 1)
  case "$server" in
    '' | https://acme-v02.api.letsencrypt.org/directory) set -- ;;
    *) set -- --server "$server" ;;
  esac
  hoshu_step certbot renew ${nosleep:+"$nosleep"} --dry-run --cert-name "$name" "$@" || failed="$failed $name"
done
[ "$n" -gt 0 ] || hoshu_fail "certbot has no certificates to renew on this server ($le is empty)." \
  "このサーバの certbot には更新する証明書がありません($le が空です)。"
[ -z "$failed" ] || hoshu_fail "The simulated renewal failed for:$failed. The real one would fail too: see certbot's messages above." \
  "更新の試行が失敗しました:$failed。本当の更新も失敗します。上の certbot のメッセージを見てください。"
hoshu_end_of_plan
hoshu_say "The simulated renewal succeeded: certbot can renew the certificates." "更新の試行は成功しました。certbot は証明書を更新できます。"

PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
command -v certbot >/dev/null 2>&1 || hoshu_fail "certbot is not installed on this server." "このサーバに certbot はインストールされていません。"
le=/etc/letsencrypt/live
enddate() { openssl x509 -noout -enddate 2>/dev/null | sed 's/^notAfter=//'; }
served() { openssl s_client -connect 127.0.0.1:443 -servername "$1" </dev/null 2>/dev/null | enddate; }
for d in "$le"/*/; do
  [ -f "$d/cert.pem" ] || continue
  n=$(basename "$d")
  hoshu_say "$n: on disk until $(enddate <"$d/cert.pem"), served until $(served "$n")" "$n: ディスク上は $(enddate <"$d/cert.pem") まで、配信中は $(served "$n") まで"
done
nosleep=$(hoshu_certbot_nosleep)
hoshu_step certbot renew ${nosleep:+"$nosleep"} || hoshu_fail "certbot renew failed (exit $?): see its messages above. nginx was not reloaded." \
  "certbot renew が失敗しました(終了コード $?)。上のメッセージを見てください。nginx はリロードしていません。"
# Checked after the renewal (and in plan mode before it): a broken configuration is never reloaded.
if ! out=$(nginx -t 2>&1); then
  printf '%s\n' "$out" >&2
  hoshu_fail "The nginx configuration test failed: nginx was NOT reloaded and still serves the old certificates." \
    "nginx の設定の検査に失敗しました。nginx はリロードしておらず、古い証明書を配信したままです。"
fi
hoshu_step systemctl reload nginx.service || hoshu_fail "Reloading nginx failed. See: systemctl status nginx" \
  "nginx のリロードに失敗しました。systemctl status nginx を見てください。"
hoshu_end_of_plan

# Verify: what nginx serves for each domain is the certificate on disk (new workers take a moment).
sleep 2
bad=''
for d in "$le"/*/; do
  [ -f "$d/cert.pem" ] || continue
  n=$(basename "$d")
  file=$(enddate <"$d/cert.pem") got=$(served "$n")
  printf '%-40s on disk until %s, served until %s\n' "$n" "$file" "${got:-?}"
  [ "$file" = "$got" ] || bad="$bad $n"
done
[ -z "$bad" ] || hoshu_fail "nginx does not serve the certificate on disk for:$bad" "ディスク上の証明書を nginx が配信していないドメイン:$bad"
hoshu_say "nginx serves the current certificates." "nginx は現在の証明書を配信しています。"

PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
if command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  hoshu_say "ca-certificates: installed $(dpkg-query -W -f '${Version}' ca-certificates 2>/dev/null)" \
    "ca-certificates: インストール済み $(dpkg-query -W -f '${Version}' ca-certificates 2>/dev/null)"
  hoshu_step apt-get update -q || hoshu_warn "apt-get update failed (exit $?): using the package lists the server has." \
    "apt-get update が失敗しました(終了コード $?)。サーバにあるパッケージの一覧を使います。"
  hoshu_step apt-get install -y -q --only-upgrade ca-certificates || hoshu_fail "Installing ca-certificates failed (exit $?)." \
    "ca-certificates のインストールに失敗しました(終了コード $?)。"
  hoshu_step update-ca-certificates || hoshu_fail "update-ca-certificates failed (exit $?)." "update-ca-certificates が失敗しました(終了コード $?)。"
  hoshu_end_of_plan
  inst=$(apt-cache policy ca-certificates | sed -n 's/^ *Installed: //p') cand=$(apt-cache policy ca-certificates | sed -n 's/^ *Candidate: //p')
  [ "$inst" = "$cand" ] || hoshu_fail "ca-certificates is $inst, the newest is $cand." "ca-certificates は $inst です。最新は $cand です。"
  hoshu_say "ca-certificates $inst (the newest) is installed and the store is rebuilt." "ca-certificates $inst(最新)を入れ、一覧を作り直しました。"
elif command -v dnf >/dev/null 2>&1 || command -v yum >/dev/null 2>&1; then
  pm=dnf; command -v dnf >/dev/null 2>&1 || pm=yum
  hoshu_step "$pm" -y update ca-certificates || hoshu_fail "$pm update ca-certificates failed (exit $?)." "$pm update ca-certificates が失敗しました(終了コード $?)。"
  hoshu_step update-ca-trust extract || hoshu_fail "update-ca-trust failed (exit $?)." "update-ca-trust が失敗しました(終了コード $?)。"
  hoshu_end_of_plan
  "$pm" -q check-update ca-certificates >/dev/null 2>&1
  [ $? -ne 100 ] || hoshu_fail "A newer ca-certificates is still offered." "さらに新しい ca-certificates がまだあります。"
  hoshu_say "ca-certificates is the newest and the store is rebuilt." "ca-certificates は最新で、一覧を作り直しました。"
else
  hoshu_fail "Neither apt nor dnf nor yum is on this server." "このサーバには apt も dnf も yum もありません。"
fi

if command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  before=$(apt list --upgradable 2>/dev/null | grep -c '/')
  hoshu_say "$before packages can be upgraded now (the lists are refreshed first)." "現在 $before 個のパッケージを更新できます(先に一覧を取り直します)。"
  hoshu_step apt-get update -q || hoshu_warn "apt-get update failed (exit $?): upgrading with the package lists the server has." \
    "apt-get update が失敗しました(終了コード $?)。サーバにあるパッケージの一覧で更新します。"
  hoshu_step apt-get -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold upgrade \
    || hoshu_fail "apt-get upgrade failed (exit $?): see above." "apt-get upgrade が失敗しました(終了コード $?)。上を見てください。"
  hoshu_end_of_plan
  after=$(apt list --upgradable 2>/dev/null | grep -c '/')
  if [ "$after" -gt 0 ]; then
    hoshu_say "Kept back (they need new packages or removals: apt-get dist-upgrade, with care):" \
      "保留されたもの(新しいパッケージの追加や削除が必要です。注意して apt-get dist-upgrade を):"
    apt list --upgradable 2>/dev/null | grep '/'
    [ "$after" -lt "$before" ] || [ "$before" -eq 0 ] || hoshu_fail "No package was upgraded." "どのパッケージも更新されていません。"
  fi
  hoshu_say "Upgraded: $before packages could be upgraded before, $after now." "更新しました。更新できるパッケージは実行前 $before 個、現在 $after 個です。"
elif command -v dnf >/dev/null 2>&1 || command -v yum >/dev/null 2>&1; then
  pm=dnf; command -v dnf >/dev/null 2>&1 || pm=yum
  hoshu_step "$pm" -y update || hoshu_fail "$pm update failed (exit $?): see above." "$pm update が失敗しました(終了コード $?)。上を見てください。"
  hoshu_end_of_plan
  "$pm" -q check-update >/dev/null 2>&1
  [ $? -ne 100 ] || hoshu_fail "$pm check-update still lists updates." "$pm check-update にまだ更新があります。"
  hoshu_say "Every package is up to date." "すべてのパッケージが最新です。"
else
  hoshu_fail "Neither apt nor dnf nor yum is on this server." "このサーバには apt も dnf も yum もありません。"
fi
if [ -f /var/run/reboot-required ] || { command -v needs-restarting >/dev/null 2>&1 && ! needs-restarting -r >/dev/null 2>&1; }; then
  hoshu_say "A reboot is needed to finish (a new kernel or core library): plan \"Reboot the server\"." \
    "完了には再起動が必要です(新しいカーネルや基本ライブラリ)。「OS の再起動」を予定してください。"
fi

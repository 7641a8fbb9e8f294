if command -v apt >/dev/null 2>&1; then
  lists=$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages' -newermt '-1 day' 2>/dev/null | head -n 1)
  [ -n "$lists" ] || hoshu_say "The package lists are older than a day: \"Install OS updates\" refreshes them first." \
    "パッケージの一覧は1日以上前のものです。「OS の更新をインストール」は先に一覧を取り直します。"
  hoshu_step apt list --upgradable
  hoshu_end_of_plan
  n=$(apt list --upgradable 2>/dev/null | grep -c '/')
  s=$(apt list --upgradable 2>/dev/null | grep -c -- '-security')
  hoshu_say "$n packages can be upgraded, $s of them from the security archive." "更新できるパッケージ: $n 個(うちセキュリティ更新 $s 個)。"
elif command -v dnf >/dev/null 2>&1 || command -v yum >/dev/null 2>&1; then
  pm=dnf; command -v dnf >/dev/null 2>&1 || pm=yum
  hoshu_step "$pm" -q check-update
  rc=$?
  hoshu_end_of_plan
  # check-update exits 100 when there are updates, 0 when there are none.
  case "$rc" in
    0) hoshu_say "No updates." "更新はありません。" ;;
    100) hoshu_say "The packages above can be updated." "上のパッケージを更新できます。" ;;
    *) hoshu_fail "$pm check-update failed (exit $rc)." "$pm check-update が失敗しました(終了コード $rc)。" ;;
  esac
else
  hoshu_fail "Neither apt nor dnf nor yum is on this server." "このサーバには apt も dnf も yum もありません。"
fi
if [ -f /var/run/reboot-required ]; then
  hoshu_say "A reboot is pending for: $(tr '\n' ' ' </var/run/reboot-required.pkgs 2>/dev/null)" "再起動待ちの更新: $(tr '\n' ' ' </var/run/reboot-required.pkgs 2>/dev/null)"
fi

load=$(systemctl show -p LoadState --value "$unit" 2>/dev/null)
[ "$load" = loaded ] || hoshu_fail "There is no service $unit on this server (LoadState: ${load:-unknown}): nothing was restarted." \
  "このサーバにサービス $unit はありません(LoadState: ${load:-不明})。何も再起動していません。"
before=$(systemctl is-active "$unit")
hoshu_say "$unit is $before now." "$unit は現在 $before です。"
# A unit that failed too often refuses to start until its failure is forgotten.
[ "$before" != failed ] || hoshu_step systemctl reset-failed "$unit"
hoshu_step systemctl restart "$unit" || hoshu_warn "systemctl restart failed (exit $?); checking the state below." \
  "systemctl restart が失敗しました(終了コード $?)。下で状態を確認します。"
hoshu_end_of_plan

type=$(systemctl show -p Type --value "$unit")
remain=$(systemctl show -p RemainAfterExit --value "$unit")
tries=0
while [ "$tries" -lt 40 ]; do
  case "$(systemctl is-active "$unit")" in activating | deactivating | reloading) ;; *) break ;; esac
  tries=$((tries + 1))
  sleep 2
done
st=$(systemctl is-active "$unit")
result=$(systemctl show -p Result --value "$unit")
if [ "$type" = oneshot ] && [ "$remain" = no ]; then
  printf '%-44s %s (result: %s)\n' "$unit" "$st" "$result"
  [ "$result" = success ] || hoshu_fail "$unit did not finish successfully (result: $result). See: journalctl -u $unit -n 50" \
    "$unit は成功せずに終わりました(結果: $result)。journalctl -u $unit -n 50 を見てください。"
  hoshu_say "$unit ran and finished successfully." "$unit は動いて正常に終わりました。"
  exit 0
fi
# Running, and not crash-looping: the restart counter stays still for a few seconds.
n1=$(systemctl show -p NRestarts --value "$unit")
sleep 5
n2=$(systemctl show -p NRestarts --value "$unit")
st=$(systemctl is-active "$unit")
printf '%-44s %s\n' "$unit" "$st"
[ "$st" = active ] || hoshu_fail "$unit is $st after the restart. See: journalctl -u $unit -n 50" \
  "再起動後の $unit は $st です。journalctl -u $unit -n 50 を見てください。"
[ "${n1:-0}" = "${n2:-0}" ] || hoshu_fail "$unit keeps restarting (restarted $((n2 - n1)) times in 5 seconds). See: journalctl -u $unit -n 50" \
  "$unit は再起動を繰り返しています(5秒で$((n2 - n1))回)。journalctl -u $unit -n 50 を見てください。"
hoshu_say "$unit is running." "$unit は動いています。"

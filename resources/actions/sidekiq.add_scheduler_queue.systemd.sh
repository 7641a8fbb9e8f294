hoshu_redis_connect
serving=$(hoshu_scheduler_pids)
if [ -n "$serving" ]; then
  hoshu_say "A Sidekiq process already listens to scheduler: $(printf '%s' "$serving" | awk '{ print $2 }' | tr '\n' ' ')- nothing to change." \
    "scheduler を処理する Sidekiq のプロセスはすでにあります: $(printf '%s' "$serving" | awk '{ print $2 }' | tr '\n' ' ')- 変更することはありません。"
  exit 0
fi

# The one unit to change: the first Sidekiq unit whose ExecStart names its queues with -q
# (one without -q reads config/sidekiq.yml, which has scheduler: adding -q there would
# limit it to scheduler alone).
unit='' cmd=''
for u in $(systemctl list-unit-files --no-legend --plain --type=service 'mastodon-sidekiq*' | awk '$1 !~ /@\.service$/ && $2 !~ /masked/ { print $1 }'); do
  c=$(hoshu_exec_start "$u")
  case " $c " in
    *" -q "* | *" --queue "*) ;;
    *) continue ;;
  esac
  unit=$u cmd=$c
  break
done
[ -n "$unit" ] || hoshu_fail "No Sidekiq service names its queues with -q: the scheduler queue cannot be added this way. Check config/sidekiq.yml and the Sidekiq services by hand." \
  "キューを -q で指定している Sidekiq のサービスがありません。この方法では scheduler キューを追加できません。config/sidekiq.yml と Sidekiq のサービスを手で確認してください。"
case " $cmd " in
  *" scheduler "* | *" scheduler,"*) hoshu_fail "$unit already has scheduler in its ExecStart, yet no running process listens to it: restart $unit and look at its log (journalctl -u $unit)." \
    "$unit の ExecStart にはすでに scheduler がありますが、それを処理するプロセスが動いていません。$unit を再起動してログを確認してください(journalctl -u $unit)。" ;;
esac
dropin=/etc/systemd/system/$unit.d/hoshu-scheduler.conf
hoshu_say "$unit runs: $cmd" "$unit の実行内容: $cmd"
hoshu_say "It gets -q scheduler in the drop-in $dropin:" "ドロップイン $dropin で -q scheduler を加えます:"
content="# Written by Hoshu (sidekiq.add_scheduler_queue): this Sidekiq also serves the scheduler
# queue, which runs Mastodon's periodic jobs. Exactly one Sidekiq process may serve it.
[Service]
ExecStart=
ExecStart=$cmd -q scheduler"
printf '%s\n' "$content" | sed 's/^/    /'
printf '%s\n' "$content" | hoshu_step install -D -m 0644 /dev/stdin "$dropin"
hoshu_step systemctl daemon-reload
hoshu_step systemctl restart "$unit"
hoshu_end_of_plan

# Verify from Redis: the unit's new main process lists scheduler among its queues.
tries=0
while :; do
  pid=$(systemctl show -p MainPID --value "$unit")
  if [ "${pid:-0}" != 0 ] && hoshu_scheduler_pids | grep -q "^$pid "; then break; fi
  tries=$((tries + 1))
  [ "$tries" -lt 45 ] || hoshu_fail "After the restart no running Sidekiq process of $unit (MainPID ${pid:-none}, $(systemctl is-active "$unit")) lists scheduler in Redis. See: journalctl -u $unit -n 50" \
    "再起動後、scheduler を処理する $unit のプロセス(MainPID ${pid:-なし}、$(systemctl is-active "$unit"))が Redis に見当たりません。journalctl -u $unit -n 50 を見てください。"
  sleep 2
done
hoshu_say "$unit (PID $pid) now serves the scheduler queue." "$unit(PID $pid)が scheduler キューを処理するようになりました。"

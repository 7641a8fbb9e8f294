hoshu_redis_connect
serving=$(hoshu_scheduler_pids)
count=$(printf '%s' "$serving" | grep -c .)
if [ "$count" -le 1 ]; then
  hoshu_say "At most one Sidekiq process listens to scheduler: nothing to change." \
    "scheduler を処理する Sidekiq のプロセスは1つ以下です。変更することはありません。"
  exit 0
fi

# Each listening process's systemd service, from its cgroup.
units=''
for pid in $(printf '%s\n' "$serving" | awk '{ print $1 }'); do
  u=$(sed -n 's|^0::.*/\([^/]*\.service\)$|\1|p' "/proc/$pid/cgroup" 2>/dev/null | head -n 1)
  case $u in
    mastodon-sidekiq*.service) ;;
    *) hoshu_fail "The Sidekiq process $pid that listens to scheduler is not one of the mastodon-sidekiq services (${u:-no service}): stop the extra Sidekiq by hand." \
      "scheduler を処理する Sidekiq のプロセス $pid は mastodon-sidekiq のサービスではありません(${u:-サービスなし})。余分な Sidekiq は手で止めてください。" ;;
  esac
  case " $units " in *" $u "*) ;; *) units="$units $u" ;; esac
done
# The one kept: a service that reads config/sidekiq.yml (no -q: it cannot be changed with
# -q, and its file has scheduler), else the first by name.
keep='' no_q=0
for u in $units; do
  case " $(hoshu_exec_start "$u") " in
    *" -q "* | *" --queue "*) ;;
    *) no_q=$((no_q + 1)); [ -n "$keep" ] || keep=$u ;;
  esac
done
[ "$no_q" -le 1 ] || hoshu_fail "Several Sidekiq services read config/sidekiq.yml (no -q) and so all serve scheduler:$units. Give all but one of them their queues with -q by hand." \
  "複数の Sidekiq のサービスが config/sidekiq.yml を読み(-q なし)、どれも scheduler を処理しています:$units。1つを残してほかは -q でキューを指定してください。"
[ -n "$keep" ] || keep=$(printf '%s' "$units" | tr ' ' '\n' | sed '/^$/d' | sort | head -n 1)
hoshu_say "Sidekiq services that listen to scheduler:$units. $keep keeps it." \
  "scheduler を処理している Sidekiq のサービス:$units。$keep に残します。"

changed=''
for u in $units; do
  [ "$u" = "$keep" ] && continue
  ours=/etc/systemd/system/$u.d/hoshu-scheduler.conf
  if [ -f "$ours" ]; then
    hoshu_say "$u: Hoshu added scheduler with $ours, which goes." "$u: Hoshu が $ours で scheduler を加えていました。これを削除します。"
    hoshu_step rm -f "$ours"
  else
    cmd=$(hoshu_exec_start "$u")
    new=$(printf ' %s ' "$cmd" | sed -E 's/ (-q|--queue)[ =]scheduler(,[0-9]+)? / /g; s/^ //; s/ $//')
    [ "$new" != "$cmd" ] || hoshu_fail "$u listens to scheduler, but its ExecStart has no -q scheduler to take out: $cmd" \
      "$u は scheduler を処理していますが、ExecStart に外せる -q scheduler がありません: $cmd"
    dropin=/etc/systemd/system/$u.d/hoshu-no-scheduler.conf
    hoshu_say "$u runs: $cmd" "$u の実行内容: $cmd"
    hoshu_say "It loses -q scheduler in the drop-in $dropin:" "ドロップイン $dropin で -q scheduler を外します:"
    content="# Written by Hoshu (sidekiq.remove_duplicate_scheduler): $keep serves the scheduler
# queue; exactly one Sidekiq process may, or Mastodon's periodic jobs run twice.
[Service]
ExecStart=
ExecStart=$new"
    printf '%s\n' "$content" | sed 's/^/    /'
    printf '%s\n' "$content" | hoshu_step install -D -m 0644 /dev/stdin "$dropin"
  fi
  changed="$changed $u"
done
hoshu_step systemctl daemon-reload
for u in $changed; do hoshu_step systemctl restart "$u"; done
hoshu_end_of_plan

# Verify from Redis: one live process listens to scheduler, and it is $keep's. A restarted
# Sidekiq's old registration lingers in Redis until its heartbeat expires; only processes
# alive now count.
keep_pid=$(systemctl show -p MainPID --value "$keep")
tries=0
while :; do
  live=$(hoshu_scheduler_pids | while read -r pid id; do [ -d "/proc/$pid" ] && printf '%s %s\n' "$pid" "$id"; done)
  if [ "$(printf '%s' "$live" | grep -c .)" = 1 ] && printf '%s\n' "$live" | grep -q "^$keep_pid "; then break; fi
  tries=$((tries + 1))
  [ "$tries" -lt 45 ] || hoshu_fail "After the restarts, the live Sidekiq processes that list scheduler in Redis are: $(printf '%s' "$live" | tr '\n' ' ')(expected only $keep, PID $keep_pid). See: journalctl -u$changed -n 50" \
    "再起動後、Redis で scheduler を処理している動いている Sidekiq のプロセス: $(printf '%s' "$live" | tr '\n' ' ')($keep の PID $keep_pid だけのはずです)。journalctl を見てください。"
  sleep 2
done
for u in $changed; do
  [ "$(systemctl is-active "$u")" = active ] || hoshu_fail "$u does not run after its restart: see journalctl -u $u -n 50" \
    "$u が再起動後に動いていません。journalctl -u $u -n 50 を見てください。"
done
hoshu_say "Only $keep (PID $keep_pid) serves the scheduler queue now; without it, these keep running:$changed." \
  "scheduler キューを処理するのは $keep(PID $keep_pid)だけになりました。$changed は scheduler なしで動いています。"

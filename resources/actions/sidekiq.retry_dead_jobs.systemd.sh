hoshu_redis_connect
before=$(hoshu_redis zcard dead) || hoshu_fail "Cannot read Sidekiq's dead set from Redis." "Redis から Sidekiq の Dead セットを読めません。"
case "$before" in '' | *[!0-9]*) hoshu_fail "Redis answered: $before" "Redis の応答: $before" ;; esac
if [ "$before" -eq 0 ]; then
  hoshu_say "Sidekiq's dead set is empty: nothing to retry." "Sidekiq の Dead セットは空です。再実行するものはありません。"
  exit 0
fi
hoshu_say "$before dead jobs, by class:" "Dead ジョブ $before 件(クラス別):"
hoshu_redis zrange dead 0 -1 | sed -n 's/.*"class": *"\([^"]*\)".*/\1/p' | sort | uniq -c | sort -rn | head -n 10
# Each job back on its own queue and out of the dead set, in one Lua script: nothing is
# lost or doubled halfway. The job is pushed as it is (re-encoding would turn [] into {}).
lua='local n = 0 for _, j in ipairs(redis.call("zrange", "dead", 0, -1)) do local q = string.match(j, "\"queue\": *\"([^\"]+)\"") if q then redis.call("sadd", "queues", q) redis.call("lpush", "queue:" .. q, j) redis.call("zrem", "dead", j) n = n + 1 end end return n'
# shellcheck disable=SC2086
hoshu_step redis-cli -h "$hoshu_redis_host" -p "$hoshu_redis_port" eval "$lua" 0
hoshu_end_of_plan

after=$(hoshu_redis zcard dead)
hoshu_say "Dead jobs: $before before, ${after:-?} now." "Dead ジョブ: 実行前 $before 件、現在 ${after:-?} 件。"
[ "${after:-1}" -lt "$before" ] || hoshu_fail "The dead set did not shrink: the jobs were not retried." \
  "Dead セットが減っていません。ジョブは再実行されていません。"
[ "$after" -eq 0 ] || hoshu_warn "$after jobs stayed in the dead set (not readable as Sidekiq jobs, or new ones)." \
  "$after 件が Dead セットに残りました(Sidekiq のジョブとして読めないもの、または新しく入ったもの)。"
hoshu_say "The jobs are back on their queues: Sidekiq runs them now." "ジョブを元のキューに戻しました。Sidekiq がこれから実行します。"

hoshu_redis_connect
keys=dead
[ "$sets" = dead_and_retry ] && keys='dead retry'
total=0
for k in $keys; do
  n=$(hoshu_redis zcard "$k") || hoshu_fail "Cannot read Sidekiq's $k set from Redis." "Redis から Sidekiq の $k セットを読めません。"
  case "$n" in '' | *[!0-9]*) hoshu_fail "Redis answered: $n" "Redis の応答: $n" ;; esac
  hoshu_say "$k: $n jobs" "$k: $n 件"
  total=$((total + n))
done
if [ "$total" -eq 0 ]; then
  hoshu_say "Nothing to delete." "削除するものはありません。"
  exit 0
fi
# shellcheck disable=SC2086  # $keys are fixed words
hoshu_step redis-cli -h "$hoshu_redis_host" -p "$hoshu_redis_port" del $keys
hoshu_end_of_plan

left=''
for k in $keys; do
  n=$(hoshu_redis zcard "$k")
  [ "$n" = 0 ] || left="$left $k=$n"
done
[ -z "$left" ] || hoshu_fail "Jobs are still there after the deletion:$left" "削除後もジョブが残っています:$left"
hoshu_say "Deleted $total jobs." "$total 件のジョブを削除しました。"

# Sidekiq's Redis as Mastodon reads it from .env.production; the password travels in the
# environment (REDISCLI_AUTH), never in an argument.
env_get() { sed -n "s/^$1=//p" "$mastodon_dir/.env.production" 2>/dev/null | tail -n 1 | sed 's/^"\(.*\)"$/\1/'; }
rhost=$(env_get REDIS_HOST) rport=$(env_get REDIS_PORT) pw=$(env_get REDIS_PASSWORD)
rhost=${rhost:-localhost} rport=${rport:-6379}
printf '%s:%s\n' "$rhost" "$rport" | grep -Eqx '[A-Za-z0-9._-]+:[0-9]+' \
  || hoshu_fail "REDIS_HOST or REDIS_PORT in .env.production is not a host name and port." "REDIS_HOST か REDIS_PORT が .env.production で不正です。"
[ -z "$pw" ] || { REDISCLI_AUTH=$pw && export REDISCLI_AUTH; }
rcli="redis-cli -h $rhost -p $rport"
# shellcheck disable=SC2086  # $rcli is the command words (checked above)
rc() { $rcli --raw "$@"; }
keys=dead
[ "$sets" = dead_and_retry ] && keys='dead retry'
total=0
for k in $keys; do
  n=$(rc zcard "$k") || hoshu_fail "Cannot read Sidekiq's $k set from Redis." "Redis から Sidekiq の $k セットを読めません。"
  case "$n" in '' | *[!0-9]*) hoshu_fail "Redis answered: $n" "Redis の応答: $n" ;; esac
  hoshu_say "$k: $n jobs" "$k: $n 件"
  total=$((total + n))
done
if [ "$total" -eq 0 ]; then
  hoshu_say "Nothing to delete." "削除するものはありません。"
  exit 0
fi
# shellcheck disable=SC2086  # $keys are fixed words
hoshu_step $rcli del $keys
hoshu_end_of_plan

left=''
for k in $keys; do
  n=$(rc zcard "$k")
  [ "$n" = 0 ] || left="$left $k=$n"
done
[ -z "$left" ] || hoshu_fail "Jobs are still there after the deletion:$left" "削除後もジョブが残っています:$left"
hoshu_say "Deleted $total jobs." "$total 件のジョブを削除しました。"

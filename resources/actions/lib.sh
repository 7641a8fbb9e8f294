# shellcheck shell=sh
# Hoshu action prelude (POSIX sh). ActionExpander puts it between the assignments
# (context variables, hoshu_lang, hoshu_plan, the parameters) and the action's script.
# See README.md, "Plan mode": everything that changes the server goes through
# hoshu_step; read-only commands run directly.
#
#   hoshu_say EN JA        one line in the user's language, on stdout
#   hoshu_warn EN JA       the same on stderr
#   hoshu_fail EN JA       hoshu_warn, then exit 1
#   hoshu_step CMD [ARG]…  a changing command: plan mode prints "+ CMD ARG…" and runs
#                          nothing; run mode prints "==> CMD ARG…", runs it, returns its status
#   hoshu_end_of_plan      plan mode: exit 0 here (the verify part after it is not run)
#   hoshu_quote ARG…       the words as shell words, separated by spaces, no newline
#   hoshu_env KEY          KEY's value in Mastodon's .env.production
#   hoshu_db_connect       Mastodon's database from .env.production, answering; then
#                          hoshu_sql DB QUERY (hoshu_db, hoshu_db_as, hoshu_db_server, hoshu_dc)
#   hoshu_rails_setup NAME=VALUE…
#                          hoshu_rails: the words that run Mastodon's bin/rails with these
#                          environment variables (VALUEs plain words, checked by the parameters)
#   hoshu_redis_connect    Sidekiq's Redis from .env.production, answering; then hoshu_redis ARG…
#                          (hoshu_redis_host, hoshu_redis_port name it in plan lines)
#   hoshu_scheduler_pids   after hoshu_redis_connect: "PID IDENTITY" of each live Sidekiq
#                          process that listens to the scheduler queue
#   hoshu_exec_start UNIT  UNIT's effective ExecStart command line
#   hoshu_certbot_nosleep  certbot renew's option against its random sleep, if it has one
#   hoshu_install_job NAME DESCRIPTION CALENDAR CRON VALUES
#                          the embedded action as a scheduled job (see below)
#   hoshu_job_verify NAME CRON_EN CRON_JA
#                          after it: the timer is there, enabled and active
#
# The expander always sets hoshu_lang and hoshu_plan; the defaults are for running
# this file on its own (tests, a shell by hand).
: "${hoshu_lang:=en}" "${hoshu_plan:=0}" "${hoshu_deployment:=systemd}"

hoshu_say() {
  if [ "$hoshu_lang" = ja ]; then
    printf '%s\n' "$2"
  else
    printf '%s\n' "$1"
  fi
}

hoshu_warn() {
  hoshu_say "$@" >&2
}

hoshu_fail() {
  hoshu_warn "$@"
  exit 1
}

# hoshu_quote ARG…: the words as shell words separated by spaces, without a newline.
# Words of plain characters stay bare; anything else is single-quoted ('\'' for a
# quote). A word with a control character (a newline, say) is written as $'…' with
# escapes, so a plan line stays one line.
hoshu_quote() {
  _hoshu_q_sep=
  for _hoshu_q_word in "$@"; do
    printf '%s' "$_hoshu_q_sep"
    _hoshu_q_sep=' '
    case $_hoshu_q_word in
      '')
        printf "''"
        ;;
      *[[:cntrl:]]*)
        _hoshu_q_rest=$_hoshu_q_word
        printf "\$'"
        while [ -n "$_hoshu_q_rest" ]; do
          _hoshu_q_c=${_hoshu_q_rest%"${_hoshu_q_rest#?}"}
          _hoshu_q_rest=${_hoshu_q_rest#?}
          case $_hoshu_q_c in
            \\ | \') printf '\\%s' "$_hoshu_q_c" ;;
            [[:cntrl:]]) printf '\\%03o' "'$_hoshu_q_c" ;;
            *) printf '%s' "$_hoshu_q_c" ;;
          esac
        done
        printf "'"
        ;;
      *[!ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_@%+=:,./-]*)
        _hoshu_q_rest=$_hoshu_q_word
        printf "'"
        while :; do
          case $_hoshu_q_rest in
            *\'*)
              printf "%s'\\\\''" "${_hoshu_q_rest%%\'*}"
              _hoshu_q_rest=${_hoshu_q_rest#*\'}
              ;;
            *)
              printf '%s' "$_hoshu_q_rest"
              break
              ;;
          esac
        done
        printf "'"
        ;;
      *)
        printf '%s' "$_hoshu_q_word"
        ;;
    esac
  done
}

hoshu_step() {
  if [ "$hoshu_plan" = 1 ]; then
    printf '+ '
    hoshu_quote "$@"
    printf '\n'
    return 0
  fi
  printf '==> '
  hoshu_quote "$@"
  printf '\n'
  "$@"
}

hoshu_end_of_plan() {
  if [ "$hoshu_plan" = 1 ]; then
    exit 0
  fi
}

# hoshu_env KEY: KEY's value in $mastodon_dir/.env.production as dotenv reads it (the
# last line of the key wins, one pair of double quotes goes); empty when absent.
hoshu_env() {
  # shellcheck disable=SC2154 # mastodon_dir: one of the expander's context variables
  sed -n "s/^$1=//p" "$mastodon_dir/.env.production" 2>/dev/null | tail -n 1 | sed 's/^"\(.*\)"$/\1/'
}

# hoshu_compose_setup: in $mastodon_dir, hoshu_dc = "docker compose" or "docker-compose";
# fails when neither is installed.
hoshu_compose_setup() {
  cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
  if docker compose version >/dev/null 2>&1; then hoshu_dc='docker compose'
  elif command -v docker-compose >/dev/null 2>&1; then hoshu_dc=docker-compose
  else hoshu_fail "Neither 'docker compose' nor 'docker-compose' is installed." "docker compose も docker-compose もありません。"
  fi
}

# hoshu_db_connect: Mastodon's database as .env.production names it (DB_NAME, DB_HOST,
# DB_PORT, DB_USER; docker: the db service), answering; fails saying why otherwise. Sets
# hoshu_db (the database), hoshu_db_as (the words that run a PostgreSQL client where and as
# whom it must: "runuser -u postgres --" for a local server, reached as its superuser over the
# socket (peer authentication, not a pgbouncer's port); "" for a remote one, as Mastodon's user
# with DB_PASS in PGPASSWORD, never in an argument; "<compose> exec -T db" on docker, where
# `cd "$mastodon_dir"` is done), hoshu_db_server (connection options without -d) and hoshu_dc
# (docker: "docker compose" or "docker-compose"; else empty). All are plain words, checked.
# Then `hoshu_sql DB QUERY` prints one query's rows (psql -A -t -q, ON_ERROR_STOP).
hoshu_db_connect() {
  hoshu_dc=
  if [ "$hoshu_deployment" = docker ]; then
    hoshu_compose_setup
    hoshu_db=$(hoshu_env DB_NAME) _hoshu_dbuser=$(hoshu_env DB_USER)
    hoshu_db=${hoshu_db:-postgres} _hoshu_dbuser=${_hoshu_dbuser:-postgres}
    printf '%s %s\n' "$hoshu_db" "$_hoshu_dbuser" | grep -Eqx '[A-Za-z0-9_.-]+ [A-Za-z0-9_.-]+' \
      || hoshu_fail "DB_NAME or DB_USER in .env.production is not a plain name." "DB_NAME か DB_USER が .env.production で不正です。"
    hoshu_db_as="$hoshu_dc exec -T db" hoshu_db_server="-U $_hoshu_dbuser"
  else
    hoshu_db=$(hoshu_env DB_NAME) _hoshu_dbhost=$(hoshu_env DB_HOST) _hoshu_dbport=$(hoshu_env DB_PORT) _hoshu_dbuser=$(hoshu_env DB_USER)
    hoshu_db=${hoshu_db:-mastodon_production}
    printf '%s %s %s %s\n' "$hoshu_db" "${_hoshu_dbhost:-/}" "${_hoshu_dbport:-5432}" "${_hoshu_dbuser:-mastodon}" \
      | grep -Eqx '[A-Za-z0-9_.-]+ [A-Za-z0-9_./:-]+ [0-9]+ [A-Za-z0-9_.-]+' \
      || hoshu_fail "DB_NAME, DB_HOST, DB_PORT or DB_USER in .env.production is not a plain name." "DB_NAME・DB_HOST・DB_PORT・DB_USER のどれかが .env.production で不正です。"
    hoshu_db_as='' hoshu_db_server=''
    case "$_hoshu_dbhost" in
      '' | /* | localhost | 127.0.0.1 | ::1) id postgres >/dev/null 2>&1 && hoshu_db_as="runuser -u postgres --" ;;
    esac
    if [ -z "$hoshu_db_as" ]; then
      PGPASSWORD=$(hoshu_env DB_PASS) && export PGPASSWORD
      hoshu_db_server="-h ${_hoshu_dbhost:-localhost} -p ${_hoshu_dbport:-5432} -U ${_hoshu_dbuser:-mastodon}"
    fi
  fi
  hoshu_sql "$hoshu_db" 'SELECT 1' >/dev/null || hoshu_fail "Cannot connect to the database $hoshu_db${hoshu_dc:+ in the db container}." \
    "${hoshu_dc:+db コンテナの}データベース $hoshu_db に接続できません。"
}
# shellcheck disable=SC2086  # $hoshu_db_as and $hoshu_db_server are command words (checked above)
hoshu_sql() { $hoshu_db_as psql -X -v ON_ERROR_STOP=1 $hoshu_db_server -d "$1" -A -t -q -c "$2"; }

# hoshu_tootctl_setup: sets hoshu_tootctl to the words that run Mastodon's tootctl: as the owner
# of the Mastodon directory with rbenv's shims on PATH and RAILS_ENV=production (a
# non-interactive shell loads neither), or in a one-off web container on docker. Fails when
# the directory has no bin/tootctl (native) or no compose tool (docker).
hoshu_tootctl_setup() {
  cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
  if [ "$hoshu_deployment" = docker ]; then
    hoshu_compose_setup
    hoshu_tootctl="$hoshu_dc run --rm web bin/tootctl"
    return 0
  fi
  [ -x bin/tootctl ] || hoshu_fail "$mastodon_dir/bin/tootctl does not exist: is this the Mastodon directory?" \
    "$mastodon_dir/bin/tootctl がありません。Mastodon のディレクトリですか。"
  _hoshu_owner=$(stat -c %U .)
  _hoshu_home=$(getent passwd "$_hoshu_owner" | cut -d: -f6)
  printf '%s %s\n' "$_hoshu_owner" "$_hoshu_home" | grep -Eqx '[a-z_][a-z0-9_.-]* /[A-Za-z0-9_./-]*' \
    || hoshu_fail "The owner of $mastodon_dir or its home is not a plain name." "$mastodon_dir の所有者かそのホームが不正です。"
  hoshu_tootctl="env RAILS_ENV=production PATH=$_hoshu_home/.rbenv/shims:$_hoshu_home/.rbenv/bin:/usr/local/bin:/usr/bin:/bin bin/tootctl"
  [ "$(id -un)" = "$_hoshu_owner" ] || hoshu_tootctl="runuser -u $_hoshu_owner -- $hoshu_tootctl"
}

# hoshu_rails_setup NAME=VALUE…: sets hoshu_rails to the words that run Mastodon's bin/rails
# as hoshu_tootctl runs tootctl, with the variables in its environment: a Ruby snippet reads
# a value from ENV, never from its own text. Each VALUE must be a plain word.
hoshu_rails_setup() {
  hoshu_tootctl_setup
  if [ "$hoshu_deployment" = docker ]; then
    hoshu_rails="$hoshu_dc run --rm"
    for _hoshu_kv in "$@"; do hoshu_rails="$hoshu_rails -e $_hoshu_kv"; done
    hoshu_rails="$hoshu_rails web bin/rails"
  else
    hoshu_rails="${hoshu_tootctl% bin/tootctl} $* bin/rails"
  fi
}

# hoshu_redis_connect: Sidekiq's Redis as Mastodon reads it (REDIS_HOST, REDIS_PORT,
# REDIS_PASSWORD); fails unless they are a host name and a port and Redis answers. Afterwards
# `hoshu_redis ARG…` runs redis-cli --raw against it; the password travels in the
# environment (REDISCLI_AUTH), never in an argument.
hoshu_redis_connect() {
  hoshu_redis_host=$(hoshu_env REDIS_HOST) hoshu_redis_port=$(hoshu_env REDIS_PORT) _hoshu_rpw=$(hoshu_env REDIS_PASSWORD)
  hoshu_redis_host=${hoshu_redis_host:-localhost} hoshu_redis_port=${hoshu_redis_port:-6379}
  printf '%s:%s\n' "$hoshu_redis_host" "$hoshu_redis_port" | grep -Eqx '[A-Za-z0-9._-]+:[0-9]+' \
    || hoshu_fail "REDIS_HOST or REDIS_PORT in .env.production is not a host name and port." "REDIS_HOST か REDIS_PORT が .env.production で不正です。"
  [ -z "$_hoshu_rpw" ] || { REDISCLI_AUTH=$_hoshu_rpw && export REDISCLI_AUTH; }
  _hoshu_rpw=
  _hoshu_rping=$(hoshu_redis ping 2>&1)
  [ "$_hoshu_rping" = PONG ] || hoshu_fail "Cannot reach Sidekiq's Redis at $hoshu_redis_host:$hoshu_redis_port: $_hoshu_rping" \
    "Sidekiq の Redis($hoshu_redis_host:$hoshu_redis_port)に接続できません: $_hoshu_rping"
}
hoshu_redis() { redis-cli -h "$hoshu_redis_host" -p "$hoshu_redis_port" --raw "$@"; }

hoshu_scheduler_pids() {
  for _hoshu_p in $(hoshu_redis smembers processes); do
    _hoshu_info=$(hoshu_redis hget "$_hoshu_p" info)
    printf '%s' "$_hoshu_info" | grep -q '"queues": *\[[^]]*"scheduler"' || continue
    printf '%s %s\n' "$(printf '%s' "$_hoshu_info" | sed -n 's/.*"pid": *\([0-9]*\).*/\1/p')" "$_hoshu_p"
  done
}

# hoshu_exec_start UNIT: the last ExecStart of `systemctl cat UNIT` (drop-ins reset it with
# "ExecStart="), continuation lines joined.
hoshu_exec_start() {
  systemctl cat "$1" 2>/dev/null | awk '
    /\\$/ && cont { line = line " " substr($0, 1, length($0) - 1); next }
    cont { line = line " " $0; cont = 0; if (line ~ /^ExecStart=/) { sub(/^ExecStart=/, "", line); cur = line }; next }
    /^ExecStart=.*\\$/ { line = substr($0, 1, length($0) - 1); cont = 1; next }
    /^ExecStart=/ { cur = $0; sub(/^ExecStart=/, "", cur) }
    END { print cur }'
}

# hoshu_certbot_nosleep: "--no-random-sleep-on-renew" when this certbot has it, else
# nothing. Without a terminal `certbot renew` first sleeps up to 8 minutes at random (since
# certbot 0.29, meant for cron jobs): someone waiting at the button must not wait for that.
# The option came with certbot 0.30 (its commit 856bfe354); an older certbot refuses it.
# `certbot --version` is answered before certbot touches anything.
hoshu_certbot_nosleep() {
  certbot --version 2>&1 | sed -n 's/^certbot \([0-9][0-9]*\)\.\([0-9][0-9]*\).*/\1 \2/p' | head -n 1 | {
    read -r _hoshu_major _hoshu_minor || exit 0
    if [ "$_hoshu_major" -ge 1 ] || [ "$_hoshu_minor" -ge 30 ]; then printf '%s' --no-random-sleep-on-renew; fi
  }
}

# hoshu_install_job NAME DESCRIPTION CALENDAR CRON VALUES: installs the action this one embeds
# ($hoshu_embedded_script, README.md "Installing an action as a job") as a scheduled job:
# /usr/local/lib/hoshu/NAME.sh (root only: the context, then VALUES, the lines "param=value"
# with hoshu_quote'd values, then the embedded code), run by hoshu-NAME.timer (OnCalendar=CALENDAR,
# up to an hour later at random, Persistent=true: a missed run happens at the next boot) through
# the oneshot hoshu-NAME.service, whose failure Hoshu reports as a failed timer; without systemd
# by "CRON root SCRIPT" in /etc/cron.d/hoshu-NAME. Every file is written beside and moved into
# place, so a half-written job never runs.
hoshu_install_job() {
  hoshu_step install -d -m 0755 /usr/local/lib/hoshu || hoshu_fail "Cannot create /usr/local/lib/hoshu." "/usr/local/lib/hoshu を作れません。"
  _hoshu_job_write "/usr/local/lib/hoshu/$1.sh" 0700 _hoshu_job_file "$1" "$5"
  if [ -d /run/systemd/system ]; then
    _hoshu_job_write "/etc/systemd/system/hoshu-$1.service" 0644 _hoshu_job_service "$1" "$2"
    _hoshu_job_write "/etc/systemd/system/hoshu-$1.timer" 0644 _hoshu_job_timer "$1" "$2" "$3"
    hoshu_step systemctl daemon-reload || hoshu_fail "systemctl daemon-reload failed." "systemctl daemon-reload が失敗しました。"
    hoshu_step systemctl enable --now "hoshu-$1.timer" || hoshu_fail "Cannot enable hoshu-$1.timer." "hoshu-$1.timer を有効にできません。"
  else
    _hoshu_job_write "/etc/cron.d/hoshu-$1" 0644 _hoshu_job_cron "$1" "$2" "$4"
  fi
}
# hoshu_job_verify NAME CRON_EN CRON_JA: after hoshu_install_job, fails unless hoshu-NAME.timer
# is listed, enabled and active (and shows when it runs next); without systemd says CRON_EN /
# CRON_JA, the sentence that tells when cron runs the job.
hoshu_job_verify() {
  if [ ! -d /run/systemd/system ]; then
    hoshu_say "$2" "$3"
    return 0
  fi
  systemctl list-timers --all --no-pager "hoshu-$1.timer" | grep -qF "hoshu-$1.timer" \
    || hoshu_fail "hoshu-$1.timer is not among the timers (systemctl list-timers)." "hoshu-$1.timer がタイマーの一覧(systemctl list-timers)にありません。"
  if [ "$(systemctl is-enabled "hoshu-$1.timer")" != enabled ] || [ "$(systemctl is-active "hoshu-$1.timer")" != active ]; then
    hoshu_fail "hoshu-$1.timer is not enabled and active." "hoshu-$1.timer が有効・動作中になっていません。"
  fi
  systemctl list-timers --no-pager "hoshu-$1.timer" | head -n 2
  hoshu_say "hoshu-$1.timer is active; a failed run shows as a failed hoshu-$1.service." \
    "hoshu-$1.timer は動作中です。実行が失敗すると hoshu-$1.service が failed になります。"
}
# _hoshu_job_write PATH MODE FUNCTION ARG…: FUNCTION ARG…'s output into PATH.new, then moved onto PATH.
_hoshu_job_write() {
  _hoshu_jw_path=$1 _hoshu_jw_mode=$2
  shift 2
  if [ "$hoshu_plan" = 1 ]; then
    hoshu_step dd of="$_hoshu_jw_path.new" status=none
  else
    "$@" | hoshu_step dd of="$_hoshu_jw_path.new" status=none || hoshu_fail "Cannot write $_hoshu_jw_path." "$_hoshu_jw_path を書けません。"
  fi
  hoshu_step chmod "$_hoshu_jw_mode" "$_hoshu_jw_path.new" || hoshu_fail "Cannot write $_hoshu_jw_path." "$_hoshu_jw_path を書けません。"
  hoshu_step mv -f "$_hoshu_jw_path.new" "$_hoshu_jw_path" || hoshu_fail "Cannot write $_hoshu_jw_path." "$_hoshu_jw_path を書けません。"
}
_hoshu_job_file() {
  printf '#!/bin/sh\n# Written by Hoshu: the job hoshu-%s. Hoshu writes it anew when it is installed again: do not edit it.\nset -u\n' "$1"
  printf 'mastodon_dir=%s\nhoshu_lang=%s\nhoshu_deployment=%s\nhoshu_plan=0\n%s\n' "$(hoshu_quote "$mastodon_dir")" \
    "$(hoshu_quote "$hoshu_lang")" "$(hoshu_quote "$hoshu_deployment")" "$2"
  # shellcheck disable=SC2154 # hoshu_embedded_script: set by the expander for an action that embeds one
  printf '%s' "$hoshu_embedded_script"
}
_hoshu_job_service() {
  printf '%s\n' "# Written by Hoshu: the job hoshu-$1." '[Unit]' "Description=$2 (Hoshu)" \
    'After=network-online.target postgresql.service redis-server.service' '' '[Service]' 'Type=oneshot' \
    "ExecStart=/usr/local/lib/hoshu/$1.sh" "SyslogIdentifier=hoshu-$1" 'Nice=10' 'IOSchedulingClass=idle' 'TimeoutStartSec=6h'
}
_hoshu_job_timer() {
  printf '%s\n' "# Written by Hoshu: the job hoshu-$1." '[Unit]' "Description=$2, on a schedule (Hoshu)" '' \
    '[Timer]' "OnCalendar=$3" 'RandomizedDelaySec=1h' 'Persistent=true' '' '[Install]' 'WantedBy=timers.target'
}
_hoshu_job_cron() {
  printf '# Written by Hoshu: the job hoshu-%s (%s).\n%s root /usr/local/lib/hoshu/%s.sh\n' "$1" "$2" "$3" "$1"
}

# A restore drill (one file for both deployments: docker restores in the db service, with its
# own pg_restore, a copy of the dump put into the container). The dump (the newest bundle or .dump in $dir, or $bundle) restored into a
# scratch database hoshu_drill_STAMP beside the live one, its row counts compared with the
# live database's, the scratch database dropped whatever happens. The last line is exactly
#   hoshu-drill: result=pass|fail accounts=N/M statuses=N/M media_attachments=N/M users=N/M reason=R source=PATH
# N: rows in the restored copy; M: live rows created AND last updated 10 s or more before the
# dump's time T (its "Archive created at"): those existed when the dump was made, unchanged
# since, so the dump must hold every one of them. Passes when N >= M for all four tables.
# Rows made later cannot be in the dump; a row fetched later with a backdated created_at (a
# remote status keeps its publication time) still has a new updated_at, so it is not counted;
# rows deleted since make N larger; on a quiet server N = M. The 10 s cover a transaction that
# was still open when pg_dump took its snapshot. R is ok,
# no_dump, extract, space, pg_restore, createdb, counts, left_behind, or internal (stopped before
# any of these: the database unreachable, say); "-" stands for a count not taken.
cd / || exit 1
umask 077
stamp=$(date -u +%Y%m%d%H%M%S)
scratch=hoshu_drill_$stamp
work=$dir/.hoshu-drill-$stamp
tables="accounts statuses media_attachments users"
counts="accounts=-/- statuses=-/- media_attachments=-/- users=-/-"
src='' member='' created=no extracted=no copied=no incontainer=/tmp/hoshu-drill-$stamp.dump dc=''
outcome='fail internal' # "pass ok" or "fail REASON", printed last by finish
# On every exit: the scratch database dropped (and proven gone), the extracted dump
# removed, then the result line.
finish() {
  if [ "$created" = yes ]; then
    created=no
    # shellcheck disable=SC2086  # $as_db and $server are the command words (checked below)
    hoshu_step $as_db dropdb $server --if-exists "$scratch" </dev/null
    if [ "$hoshu_plan" = 0 ] && [ -n "$(sql "$db" "SELECT 1 FROM pg_database WHERE datname = '$scratch'")" ]; then
      hoshu_warn "The scratch database $scratch is still there: drop it by hand (dropdb $scratch)." \
        "一時データベース $scratch が残っています。手で削除してください(dropdb $scratch)。"
      outcome='fail left_behind'
    fi
  fi
  [ "$extracted" = no ] || { extracted=no && hoshu_step rm -rf "$work"; }
  if [ "$copied" = yes ]; then
    copied=no
    # shellcheck disable=SC2086
    hoshu_step $as_db rm -f "$incontainer" </dev/null
  fi
  [ "$hoshu_plan" = 1 ] && return 0
  line=$(printf 'hoshu-drill: result=%s %s reason=%s source=%s' "${outcome%% *}" "$counts" "${outcome#* }" "${src:--}")
  # Recorded for the refresh (backup.never_restored): the last result, and the last pass.
  if mkdir -p /var/lib/hoshu && chmod 0755 /var/lib/hoshu && printf '%s\n' "$line" >/var/lib/hoshu/drill-last.new \
    && chmod 0644 /var/lib/hoshu/drill-last.new && mv -f /var/lib/hoshu/drill-last.new /var/lib/hoshu/drill-last; then
    if [ "${outcome%% *}" = pass ]; then
      cp -p /var/lib/hoshu/drill-last /var/lib/hoshu/drill-passed.new && mv -f /var/lib/hoshu/drill-passed.new /var/lib/hoshu/drill-passed
    fi
  else
    hoshu_warn "Could not record the result in /var/lib/hoshu: the refresh will not know of this drill." \
      "結果を /var/lib/hoshu に記録できませんでした。点検ではこの訓練が分かりません。"
  fi
  printf '%s\n' "$line"
  [ "${outcome%% *}" = pass ] || exit 1
}
as_db='' server='' db=''
trap finish EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

hoshu_db_connect
db=$hoshu_db as_db=$hoshu_db_as server=$hoshu_db_server dc=$hoshu_dc
sql() { hoshu_sql "$@"; } # sql DATABASE QUERY
major=$(sql "$db" 'SHOW server_version_num')
case $major in '' | *[!0-9]*) major=0 ;; *) major=$((major / 10000)) ;; esac
pgbin=
[ -n "$dc" ] || [ ! -x "/usr/lib/postgresql/$major/bin/pg_restore" ] || pgbin=/usr/lib/postgresql/$major/bin/
pg_restore=${pgbin}pg_restore

# What to restore: $bundle, or the newest bundle or dump in $dir.
if [ "$bundle" = newest ]; then
  newest=0
  for f in "$dir"/mastodon-bundle-*.tar "$dir"/*.dump; do
    [ -f "$f" ] || continue
    t=$(stat -c %Y "$f")
    if [ "$t" -gt "$newest" ]; then newest=$t src=$f; fi
  done
  [ -n "$src" ] || { outcome="fail no_dump"; hoshu_fail "No bundle (mastodon-bundle-*.tar) and no .dump in $dir." "$dir にバンドル(mastodon-bundle-*.tar)も .dump もありません。"; }
else
  src=$bundle
  [ -f "$src" ] || { outcome="fail no_dump"; hoshu_fail "$src does not exist." "$src がありません。"; }
fi
case $src in
  *.tar)
    member=$(tar -tf "$src" 2>/dev/null | grep -m 1 '^[^/]*/database\.dump$')
    [ -n "$member" ] || { outcome="fail extract"; hoshu_fail "$src holds no database.dump (is it a Hoshu bundle, complete?)." "$src に database.dump がありません(Hoshu のバンドルで、完全ですか?)。"; }
    dump=$work/$member
    ;;
  *) member='' dump=$src ;;
esac
hoshu_say "Drill: $src restored into the scratch database $scratch, then compared with $db and dropped." \
  "訓練: $src を一時データベース $scratch に復元し、$db と比べてから削除します。"

# Room: the restored copy takes about as much as the live database.
if [ -z "$server" ] && [ -z "$dc" ]; then
  data=$(sql "$db" 'SHOW data_directory')
  size=$(sql "$db" 'SELECT pg_database_size(current_database())')
  avail=$(df -Pk "$data" 2>/dev/null | awk 'NR == 2 { printf "%.0f", $4 * 1024 }')
  [ -z "$avail" ] || [ "$avail" -gt $((size + size / 5)) ] || { outcome="fail space"; hoshu_fail "Not enough free space in $data for a copy of $db ($((size / 1048576)) MiB)." \
    "$data の空きが $db の複製($((size / 1048576)) MiB)には足りません。"; }
fi

if [ -n "$member" ]; then
  extracted=yes
  hoshu_step install -d -m 0700 "$work"
  hoshu_step tar -xf "$src" -C "$work" "$member" || { outcome="fail extract"; hoshu_fail "Cannot extract $member from $src (exit $?)." "$src から $member を取り出せません(終了コード $?)。"; }
fi
# restore ARG...: pg_restore on the dump (native: on its stdin, as the file is root's; docker:
# the copy in the container).
if [ -n "$dc" ]; then
  copied=yes
  # shellcheck disable=SC2086
  hoshu_step $dc cp "$dump" "db:$incontainer" || { outcome='fail extract'; hoshu_fail "Cannot copy the dump into the db container (exit $?)." \
    "ダンプを db コンテナにコピーできません(終了コード $?)。"; }
  # shellcheck disable=SC2086
  restore() { $as_db "$pg_restore" "$@" "$incontainer" </dev/null; }
else
  # shellcheck disable=SC2086
  restore() { $as_db "$pg_restore" "$@" <"$dump"; }
fi
if [ "$hoshu_plan" = 0 ]; then
  listing=$(restore --list 2>&1) || {
    printf '%s\n' "$listing" | tail -n 5 >&2
    outcome='fail pg_restore'
    hoshu_fail "pg_restore cannot read $src: the dump is damaged or truncated. It is NOT a usable backup." \
      "pg_restore が $src を読めません。ダンプが壊れているか途中で切れています。これは使えるバックアップではありません。"
  }
  hoshu_say "pg_restore --list: $(printf '%s\n' "$listing" | grep -c ' TABLE DATA ') tables with data, $(stat -c %s "$dump") bytes." \
    "pg_restore --list: データのあるテーブル $(printf '%s\n' "$listing" | grep -c ' TABLE DATA ') 個、$(stat -c %s "$dump") バイト。"
fi
created=yes
# shellcheck disable=SC2086
hoshu_step $as_db createdb $server -T template0 "$scratch" </dev/null || { outcome="fail createdb"; hoshu_fail "Cannot create the scratch database $scratch (exit $?)." \
  "一時データベース $scratch を作れません(終了コード $?)。"; }
# shellcheck disable=SC2086
if [ -n "$dc" ]; then
  hoshu_step $as_db "$pg_restore" $server --no-owner --no-acl --exit-on-error -d "$scratch" "$incontainer" </dev/null
else
  hoshu_step $as_db "$pg_restore" $server --no-owner --no-acl --exit-on-error -d "$scratch" <"$dump"
fi || {
  rc=$?
  outcome='fail pg_restore'
  hoshu_fail "pg_restore failed (exit $rc) on $src: see its error above. The dump is NOT a usable backup." \
    "$src の pg_restore が失敗しました(終了コード $rc)。上のエラーを見てください。このダンプは使えるバックアップではありません。"
}
hoshu_end_of_plan

# Verify: the copy has what the live database had when the dump was made.
when=$(printf '%s\n' "$listing" | sed -n 's/^; *Archive created at //p' | head -n 1)
# The time as pg_dump wrote it (local time and zone abbreviation), if PostgreSQL reads it.
if ! printf '%s\n' "$when" | grep -Eqx '[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}( [A-Za-z0-9+-]{1,10})?' \
  || ! sql "$db" "SELECT '$when'::timestamptz" >/dev/null 2>&1; then
  when="$(date -u -d "@$(stat -c %Y "$dump")" '+%Y-%m-%d %H:%M:%S') UTC"
fi
hoshu_say "The dump was made at $when." "ダンプの作成時刻: $when"
# Mastodon's timestamps are UTC without a zone.
upto="(('$when'::timestamptz - interval '10 seconds') AT TIME ZONE 'UTC')"
counts='' ok=yes
for t in $tables; do
  n=$(sql "$scratch" "SELECT count(*) FROM $t" 2>/dev/null)
  m=$(sql "$db" "SELECT count(*) FROM $t WHERE created_at <= $upto AND updated_at <= $upto" 2>/dev/null)
  counts="$counts${counts:+ }$t=${n:--}/${m:--}"
  if [ -z "$n" ] || [ -z "$m" ] || [ "$n" -lt "$m" ]; then ok=no; fi
  hoshu_say "$t: ${n:-?} rows restored; ${m:-?} live rows were there before the dump, unchanged since." \
    "$t: 復元 ${n:-?} 行、ダンプ以前からあって変わっていないライブの行 ${m:-?} 行。"
done
if [ "$ok" = yes ]; then
  outcome='pass ok'
  hoshu_say "Drill passed: $src restores, with every row the live database had when it was made." \
    "訓練は合格です: $src は復元でき、作成時点のライブのデータベースの行がすべてあります。"
else
  outcome='fail counts'
  hoshu_fail "Drill FAILED: the restored copy lacks rows that the live database had when the dump was made." \
    "訓練は不合格です: ダンプ作成時点のライブのデータベースにあった行が、復元した複製にありません。"
fi

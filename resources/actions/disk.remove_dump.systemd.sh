avail_kib() { df -Pk "$1" | awk 'NR == 2 { print $4 }'; }
human_kib() { awk -v k="$1" 'BEGIN { s = k < 0 ? "-" : ""; if (k < 0) k = -k; split("KiB MiB GiB TiB", u, " "); i = 1
  while (k >= 1024 && i < 4) { k /= 1024; i++ }; printf "%s%.1f %s", s, k, u[i] }'; }
# $paths: one or more absolute paths separated by single spaces (the parameter's pattern
# allows no other blanks and no glob characters). Every file is checked before any goes.
set -f
for path in $paths; do
  case "$path" in
    /*/../* | /*/./* | */.. | */.) hoshu_fail "$path is not a plain absolute path: refused." "$path は単純な絶対パスではありません。削除しません。" ;;
  esac
  case "$path" in
    *.sql | *.dump | *.pgdump | *.pgc | *.sql.gz | *.dump.gz | *.pgdump.gz | *.sql.bz2 | *.sql.xz | *.sql.zst) ;;
    *) hoshu_fail "$path does not end in .sql, .dump, .pgdump or a compressed .sql/.dump/.pgdump: refused." \
         "$path は .sql・.dump・.pgdump またはその圧縮したものではありません。削除しません。" ;;
  esac
  [ ! -L "$path" ] || hoshu_fail "$path is a symbolic link: refused (delete the file it points to by its own path)." \
    "$path はシンボリックリンクです。削除しません(リンク先のファイルをその名前で指定してください)。"
  [ -f "$path" ] || hoshu_fail "$path is not a regular file (or does not exist): nothing was deleted." \
    "$path は通常のファイルではありません(または存在しません)。何も削除していません。"
  [ -z "$(find "$path" -mmin -10)" ] || hoshu_fail "$path was written in the last 10 minutes (a dump may be running): refused." \
    "$path はこの10分以内に書かれています(ダンプの途中かもしれません)。削除しません。"
done
for path in $paths; do
  hoshu_say "$(ls -l "$path")" "$(ls -l "$path")"
done
for path in $paths; do
  dir=${path%/*}
  before=$(avail_kib "${dir:-/}")
  hoshu_step rm -f -- "$path"
  if [ "$hoshu_plan" != 1 ]; then
    [ ! -e "$path" ] || hoshu_fail "$path is still there." "$path がまだあります。"
    after=$(avail_kib "${dir:-/}")
    hoshu_say "Deleted $path. Free space before: $(human_kib "$before"), after: $(human_kib "$after"), freed: $(human_kib $((after - before)))" \
      "$path を削除しました。空き容量 実行前: $(human_kib "$before")、実行後: $(human_kib "$after")、空いた容量: $(human_kib $((after - before)))"
  fi
done
hoshu_end_of_plan

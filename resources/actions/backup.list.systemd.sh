# One line per finished bundle, in the strict form BundleLine parses (the stamp in the
# name sorts them oldest first). Read-only: nothing here goes through hoshu_step.
if [ ! -d "$dir" ]; then
  hoshu_say "There is no backup directory $dir on this server yet." "このサーバにはまだバックアップのディレクトリ $dir がありません。"
  exit 0
fi
found=0
for f in "$dir"/mastodon-bundle-*.tar; do
  [ -f "$f" ] || continue
  sum=''
  [ -r "$f.sha256" ] && sum=$(awk 'NR == 1 && $1 ~ /^[0-9a-f]+$/ && length($1) == 64 { print $1 }' "$f.sha256")
  if [ -z "$sum" ]; then
    hoshu_say "Unfinished bundle (no checksum recorded): $f" "作成が終わっていないバンドル(チェックサムの記録なし): $f"
    continue
  fi
  printf 'hoshu-bundle: path=%s size=%s sha256=%s\n' "$f" "$(stat -c %s "$f")" "$sum"
  found=$((found + 1))
done
[ "$found" -gt 0 ] || hoshu_say "No finished bundle in $dir." "$dir に作成済みのバンドルはありません。"

# tootctl as the owner of the Mastodon directory, with rbenv's shims on PATH (a non-interactive
# shell does not load them from .bashrc) and RAILS_ENV=production, as Mastodon documents it.
cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
[ -x bin/tootctl ] || hoshu_fail "$mastodon_dir/bin/tootctl does not exist: is this the Mastodon directory?" \
  "$mastodon_dir/bin/tootctl がありません。Mastodon のディレクトリですか。"
owner=$(stat -c %U .)
home=$(getent passwd "$owner" | cut -d: -f6)
as_owner="runuser -u $owner --"
[ "$(id -un)" != "$owner" ] || as_owner=''
tootctl="$as_owner env RAILS_ENV=production PATH=$home/.rbenv/shims:$home/.rbenv/bin:/usr/local/bin:/usr/bin:/bin bin/tootctl"
# Free space of the filesystem of a path, in KiB, and a KiB count for people.
avail_kib() { df -Pk "$1" | awk 'NR == 2 { print $4 }'; }
human_kib() { awk -v k="$1" 'BEGIN { s = k < 0 ? "-" : ""; if (k < 0) k = -k; split("KiB MiB GiB TiB", u, " "); i = 1
  while (k >= 1024 && i < 4) { k /= 1024; i++ }; printf "%s%.1f %s", s, k, u[i] }'; }
system="$mastodon_dir/public/system"
[ -d "$system" ] || system=$mastodon_dir
before=$(avail_kib "$system")
hoshu_say "Free space on the media filesystem before: $(human_kib "$before")" "実行前のメディアのファイルシステムの空き: $(human_kib "$before")"
# shellcheck disable=SC2086  # $tootctl is the command words
hoshu_step $tootctl preview_cards remove --days "$days" || hoshu_fail "tootctl preview_cards remove failed (exit $?): see its output above." \
  "tootctl preview_cards remove が失敗しました(終了コード $?)。上の出力を見てください。"
hoshu_end_of_plan

sync
after=$(avail_kib "$system")
hoshu_say "Free space before: $(human_kib "$before"), after: $(human_kib "$after"), freed: $(human_kib $((after - before)))" \
  "空き容量 実行前: $(human_kib "$before")、実行後: $(human_kib "$after")、空いた容量: $(human_kib $((after - before)))"

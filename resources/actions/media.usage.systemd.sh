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
# shellcheck disable=SC2086  # $tootctl is the command words
hoshu_step $tootctl media usage || hoshu_fail "tootctl media usage failed (exit $?): see its output above." \
  "tootctl media usage が失敗しました(終了コード $?)。上の出力を見てください。"
hoshu_end_of_plan
hoshu_say "On disk:" "ディスク上:"
for d in public/system public/system/cache; do [ ! -d "$d" ] || du -sh "$d"; done

cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
owner=$(stat -c %U .)
home=$(getent passwd "$owner" | cut -d: -f6)
root="$home/.rbenv"
dir="$root/versions/$version"
[ -d "$dir" ] || hoshu_fail "Ruby $version is not installed in $root/versions: nothing to remove." \
  "Ruby $version は $root/versions にありません。削除するものはありません。"
current=$(tr -d ' \t\r\n' 2>/dev/null <.ruby-version)
global=$(tr -d ' \t\r\n' 2>/dev/null <"$root/version")
[ -n "$current" ] || hoshu_fail "$mastodon_dir/.ruby-version is missing or empty: which Ruby Mastodon uses is unknown, so none is removed." \
  "$mastodon_dir/.ruby-version がないか空です。Mastodon が使う Ruby が分からないので、どれも削除しません。"
[ "$version" != "$current" ] || hoshu_fail "Ruby $version is the one Mastodon uses ($mastodon_dir/.ruby-version): it is not removed." \
  "Ruby $version は Mastodon が使っているものです($mastodon_dir/.ruby-version)。削除しません。"
[ "$version" != "$global" ] || hoshu_fail "Ruby $version is rbenv's global version ($root/version): it is not removed." \
  "Ruby $version は rbenv の global のバージョンです($root/version)。削除しません。"
hoshu_say "Ruby $version takes $(du -sh "$dir" | cut -f1) in $dir; Mastodon uses $current." \
  "Ruby $version は $dir で $(du -sh "$dir" | cut -f1) を使っています。Mastodon が使うのは $current です。"
hoshu_step rm -rf -- "$dir"
[ ! -x "$root/bin/rbenv" ] || hoshu_step runuser -u "$owner" -- env HOME="$home" "$root/bin/rbenv" rehash
hoshu_end_of_plan

[ ! -e "$dir" ] || hoshu_fail "$dir is still there." "$dir がまだあります。"
out=$(runuser -u "$owner" -- env HOME="$home" PATH="$root/shims:$root/bin:/usr/bin:/bin" ruby -v 2>&1) \
  || hoshu_fail "The Ruby Mastodon uses ($current) does not run any more: $out" "Mastodon が使う Ruby($current)が動きません: $out"
hoshu_say "Ruby $version is removed; Mastodon's Ruby still runs: $out" "Ruby $version を削除しました。Mastodon の Ruby は動いています: $out"

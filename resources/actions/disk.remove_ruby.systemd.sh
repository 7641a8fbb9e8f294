cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
owner=$(stat -c %U .)
home=$(getent passwd "$owner" | cut -d: -f6)
root="$home/.rbenv"
current=$(tr -d ' \t\r\n' 2>/dev/null <.ruby-version)
global=$(tr -d ' \t\r\n' 2>/dev/null <"$root/version")
[ -n "$current" ] || hoshu_fail "$mastodon_dir/.ruby-version is missing or empty: which Ruby Mastodon uses is unknown, so none is removed." \
  "$mastodon_dir/.ruby-version がないか空です。Mastodon が使う Ruby が分からないので、どれも削除しません。"
# $versions: one or more versions separated by single spaces (the parameter's pattern
# allows digits and dots only). Every version is checked before any goes.
set -f
for version in $versions; do
  dir="$root/versions/$version"
  [ -d "$dir" ] || hoshu_fail "Ruby $version is not installed in $root/versions: nothing was removed." \
    "Ruby $version は $root/versions にありません。何も削除していません。"
  [ "$version" != "$current" ] || hoshu_fail "Ruby $version is the one Mastodon uses ($mastodon_dir/.ruby-version): nothing was removed." \
    "Ruby $version は Mastodon が使っているものです($mastodon_dir/.ruby-version)。何も削除していません。"
  [ "$version" != "$global" ] || hoshu_fail "Ruby $version is rbenv's global version ($root/version): nothing was removed." \
    "Ruby $version は rbenv の global のバージョンです($root/version)。何も削除していません。"
done
for version in $versions; do
  dir="$root/versions/$version"
  hoshu_say "Ruby $version takes $(du -sh "$dir" | cut -f1) in $dir; Mastodon uses $current." \
    "Ruby $version は $dir で $(du -sh "$dir" | cut -f1) を使っています。Mastodon が使うのは $current です。"
done
for version in $versions; do
  hoshu_step rm -rf -- "$root/versions/$version"
done
[ ! -x "$root/bin/rbenv" ] || hoshu_step runuser -u "$owner" -- env HOME="$home" "$root/bin/rbenv" rehash
hoshu_end_of_plan

for version in $versions; do
  [ ! -e "$root/versions/$version" ] || hoshu_fail "$root/versions/$version is still there." "$root/versions/$version がまだあります。"
done
out=$(runuser -u "$owner" -- env HOME="$home" PATH="$root/shims:$root/bin:/usr/bin:/bin" ruby -v 2>&1) \
  || hoshu_fail "The Ruby Mastodon uses ($current) does not run any more: $out" "Mastodon が使う Ruby($current)が動きません: $out"
hoshu_say "Removed Ruby $versions; Mastodon's Ruby still runs: $out" "Ruby $versions を削除しました。Mastodon の Ruby は動いています: $out"

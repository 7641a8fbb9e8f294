avail_kib() { df -Pk "$1" | awk 'NR == 2 { print $4 }'; }
human_kib() { awk -v k="$1" 'BEGIN { s = k < 0 ? "-" : ""; if (k < 0) k = -k; split("KiB MiB GiB TiB", u, " "); i = 1
  while (k >= 1024 && i < 4) { k /= 1024; i++ }; printf "%s%.1f %s", s, k, u[i] }'; }
cd "$mastodon_dir" || hoshu_fail "Cannot enter $mastodon_dir." "$mastodon_dir に移動できません。"
owner=$(stat -c %U .)
home=$(getent passwd "$owner" | cut -d: -f6)
[ -n "$home" ] || hoshu_fail "The owner of $mastodon_dir ($owner) has no home directory." "$mastodon_dir の所有者($owner)にホームディレクトリがありません。"
path="$home/.rbenv/shims:$home/.rbenv/bin:/usr/local/bin:/usr/bin:/bin"
yarn=$(PATH=$path command -v yarn) || hoshu_fail "yarn is not installed for $owner: there is no yarn cache to empty." \
  "$owner の yarn がインストールされていません。空にする yarn のキャッシュはありません。"
caches="$home/.yarn/berry/cache $home/.cache/yarn /usr/local/share/.cache/yarn"
cache_size() { for d in $caches; do [ -d "$d" ] && du -sk "$d"; done | awk '{ s += $1 } END { print s + 0 }'; }
size=$(cache_size)
before=$(avail_kib "$home")
hoshu_say "yarn's caches take $(human_kib "$size"); free space: $(human_kib "$before")." \
  "yarn のキャッシュの大きさ: $(human_kib "$size")、空き容量: $(human_kib "$before")。"
# yarn 2+ keeps a global cache that only --all empties; yarn 1 has no such option.
all=--all
case "$(runuser -u "$owner" -- env HOME="$home" PATH="$path" yarn --version 2>/dev/null)" in 1.*) all='' ;; esac
# shellcheck disable=SC2086  # $all is one word or none
hoshu_step runuser -u "$owner" -- env HOME="$home" PATH="$path" "$yarn" cache clean $all || hoshu_fail "yarn cache clean failed (exit $?)." \
  "yarn cache clean が失敗しました(終了コード $?)。"
hoshu_end_of_plan

left=$(cache_size)
after=$(avail_kib "$home")
hoshu_say "yarn's caches: $(human_kib "$size") before, $(human_kib "$left") now. Free space before: $(human_kib "$before"), after: $(human_kib "$after")" \
  "yarn のキャッシュ 実行前: $(human_kib "$size")、現在: $(human_kib "$left")。空き容量 実行前: $(human_kib "$before")、実行後: $(human_kib "$after")"
[ "$left" -lt 1024 ] || [ "$left" -lt "$size" ] || hoshu_fail "yarn's caches did not shrink." "yarn のキャッシュが小さくなっていません。"

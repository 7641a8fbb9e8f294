# Every Mastodon unit by name, stopped ones too (a glob on loaded units misses them), and the
# instances of its templates (mastodon-streaming@4000.service), found in the Wants= of the
# other units (the streaming shim), in the enablement symlinks and among the loaded units.
names() { awk '$0 ~ /[[:space:]](alias|not-found|masked)([[:space:]]|$)/ { next } $1 ~ /\.service$/ { print $1 }'; }
files=$(systemctl list-unit-files --no-legend --plain --type=service 'mastodon-*' | names)
plain=$(printf '%s\n' "$files" | grep -v '@' || true)
templates=$(printf '%s\n' "$files" | sed -n 's/@\.service$//p' | tr '\n' ' ')
units=$({
  printf '%s\n' "$plain"
  for u in $plain; do systemctl show -p Wants --value "$u" | tr ' ' '\n'; done
  ls /etc/systemd/system/*.wants/ 2>/dev/null
  systemctl list-units --all --no-legend --plain --type=service 'mastodon-*' | names
} | awk -v plain="$(printf '%s' "$plain" | tr '\n' ' ')" -v templates="$templates" '
  BEGIN { n = split(plain, p, " "); for (i = 1; i <= n; i++) known[p[i]] = 1
          n = split(templates, t, " "); for (i = 1; i <= n; i++) tmpl[t[i]] = 1 }
  $0 in known { print; next }
  /^[^@]+@[^@]+\.service$/ { b = $0; sub(/@.*/, "", b); if (b in tmpl) print }' | LC_ALL=C sort -u)
[ -n "$units" ] || hoshu_fail "No mastodon-* systemd units were found: nothing was stopped. Is this a Docker deployment?" \
  "mastodon-* の systemd ユニットが見つかりません。何も停止していません。Docker で動かしているサーバではありませんか。"

stop=''
for u in $units; do
  case "$(systemctl is-active "$u")" in
    inactive | failed) ;;
    *) stop="$stop $u" ;;
  esac
done
if [ -z "$stop" ]; then
  hoshu_say "No Mastodon service is running: nothing to stop." "動いている Mastodon のサービスはありません。停止するものはありません。"
else
  # shellcheck disable=SC2086  # unit names have no spaces or globs
  hoshu_step systemctl stop $stop || hoshu_warn "systemctl stop failed (exit $?); checking the states below." \
    "systemctl stop が失敗しました(終了コード $?)。下で状態を確認します。"
fi
hoshu_end_of_plan

bad=''
for u in $units; do
  st=$(systemctl is-active "$u")
  printf '%-44s %s\n' "$u" "$st"
  case "$st" in inactive | failed) ;; *) bad="$bad $u" ;; esac
done
[ -z "$bad" ] || hoshu_fail "Still running after the stop:$bad" "停止後も動いているもの:$bad"
hoshu_say "All Mastodon services are stopped. Start them again with \"Start Mastodon\"." \
  "Mastodon のサービスはすべて停止しました。「Mastodon を起動」で再び起動できます。"

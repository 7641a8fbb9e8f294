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
[ -n "$units" ] || hoshu_fail "No mastodon-* systemd units were found: nothing was started. Is this a Docker deployment?" \
  "mastodon-* の systemd ユニットが見つかりません。何も起動していません。Docker で動かしているサーバではありませんか。"

selected='' start='' failed=''
for u in $units; do
  state=$(systemctl show -p UnitFileState --value "$u")
  active=$(systemctl is-active "$u")
  case "$u:$state" in
    *@*:*) ;;
    *:disabled)
      if [ "$active" != active ]; then
        hoshu_say "Skipping $u: it is disabled and not running (enable it first if it should run)." \
          "$u は無効(disabled)で動いていないので飛ばします(動かすべきなら先に有効にしてください)。"
        continue
      fi ;;
  esac
  selected="$selected $u"
  [ "$active" = active ] || start="$start $u"
  [ "$active" = failed ] && failed="$failed $u"
done
[ -n "$selected" ] || hoshu_fail "No enabled Mastodon unit was found: nothing was started." \
  "有効な Mastodon のユニットがありません。何も起動していません。"
if [ -z "$start" ]; then
  hoshu_say "Every Mastodon service is already running:$selected" "Mastodon のサービスはすべて動いています:$selected"
else
  hoshu_say "Not running:$start" "動いていないもの:$start"
  # A unit that failed too often refuses to start until its failure is forgotten.
  # shellcheck disable=SC2086  # unit names have no spaces or globs
  [ -z "$failed" ] || hoshu_step systemctl reset-failed $failed
  # shellcheck disable=SC2086
  hoshu_step systemctl start $start || hoshu_warn "systemctl start failed (exit $?); checking the states below." \
    "systemctl start が失敗しました(終了コード $?)。下で状態を確認します。"
fi
hoshu_end_of_plan

# Verify: every selected unit active (Type=simple units report active at once: wait a little
# for the ones still starting, and for a crash loop to show).
sleep 3
tries=0
while [ "$tries" -lt 20 ]; do
  pending=''
  for u in $selected; do
    case "$(systemctl is-active "$u")" in activating | reloading | deactivating) pending="$pending $u" ;; esac
  done
  [ -n "$pending" ] || break
  hoshu_say "Still starting:$pending" "起動中:$pending"
  tries=$((tries + 1))
  sleep 3
done
bad=''
for u in $selected; do
  st=$(systemctl is-active "$u")
  printf '%-44s %s\n' "$u" "$st"
  [ "$st" = active ] || bad="$bad $u"
done
[ -z "$bad" ] || hoshu_fail "Not running after the start:$bad (see: journalctl -u UNIT -n 50)" \
  "起動後も動いていないもの:$bad(journalctl -u ユニット名 -n 50 を見てください)"
hoshu_say "All Mastodon services are running." "Mastodon のサービスはすべて動いています。"

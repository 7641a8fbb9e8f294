# Every Mastodon unit, stopped ones too (a glob on loaded units would miss them).
units=''
add_unit() {
  case " $units " in
    *" $1 "*) ;;
    *) units="$units $1" ;;
  esac
}
# First *.service word of each line; aliases and not-found references are skipped.
service_names() {
  awk '$0 ~ /[[:space:]](alias|not-found)([[:space:]]|$)/ { next } { for (i = 1; i <= NF; i++) if ($i ~ /\.service$/) { print $i; break } }'
}
files=$(systemctl list-unit-files --no-legend --plain --type=service 'mastodon-*' | service_names)
for u in $files; do
  case "$u" in
    *@.service) ;;
    *) add_unit "$u" ;;
  esac
done
# Templates (mastodon-streaming@.service) run as instances: find them in the Wants=
# of the other units (the streaming shim), in enablement symlinks and among loaded units.
for u in $files; do
  case "$u" in
    *@.service)
      base=${u%@.service}
      candidates="$(for w in $units; do systemctl show -p Wants --value "$w"; done)
$(ls /etc/systemd/system/*.wants/ 2>/dev/null)
$(systemctl list-units --all --no-legend --plain --type=service "$base@*" | service_names)"
      for i in $candidates; do
        case "$i" in
          "$base"@?*.service) add_unit "$i" ;;
        esac
      done
      ;;
  esac
done
# Order: web, sidekiq, streaming shim, streaming instances, anything else.
unit_rank() {
  case "$1" in
    mastodon-web*) echo 1 ;;
    mastodon-sidekiq*) echo 2 ;;
    mastodon-streaming@*) echo 4 ;;
    mastodon-streaming*) echo 3 ;;
    *) echo 5 ;;
  esac
}
units=$(for u in $units; do printf '%s %s\n' "$(unit_rank "$u")" "$u"; done | LC_ALL=C sort -k1,1n -k2,2 | awk '{ print $2 }')

[ -n "$units" ] || hoshu_fail "No mastodon-* systemd units were found: nothing was restarted. Is this a Docker deployment?" \
  "mastodon-* の systemd ユニットが見つかりません。何も再起動していません。Docker で動かしているサーバではありませんか。"
selected=''
for u in $units; do
  state=$(systemctl show -p UnitFileState --value "$u")
  case "$state" in
    masked*)
      hoshu_say "Skipping $u: it is masked." "$u はマスクされているので飛ばします。"
      continue
      ;;
    disabled)
      case "$u" in
        *@*) ;;
        *)
          if [ "$(systemctl is-active "$u")" != active ]; then
            hoshu_say "Skipping $u: it is disabled and not running (enable it first if it should run)." \
              "$u は無効(disabled)で動いていないので飛ばします(動かすべきなら先に有効にしてください)。"
            continue
          fi
          ;;
      esac
      ;;
  esac
  selected="$selected $u"
done
[ -n "$selected" ] || hoshu_fail "No enabled Mastodon unit was found: nothing was restarted." \
  "有効な Mastodon のユニットがありません。何も再起動していません。"
# The streaming shim and its instances restart together, so they restart once.
for step in 1 2 34 5; do
  group=''
  for u in $selected; do
    case "$step" in
      *"$(unit_rank "$u")"*) group="$group $u" ;;
    esac
  done
  [ -n "$group" ] || continue
  # shellcheck disable=SC2086  # unit names have no spaces or globs
  hoshu_step systemctl restart $group || hoshu_warn "systemctl restart failed (exit $?); checking the states below." \
    "systemctl restart が失敗しました(終了コード $?)。下で状態を確認します。"
done
hoshu_end_of_plan

# Verify: every selected unit active again (wait for the ones still starting).
hoshu_say "Waiting for the services to settle…" "サービスが落ち着くのを待っています…"
sleep 5
tries=0
while [ "$tries" -lt 12 ]; do
  pending=''
  for u in $selected; do
    case "$(systemctl is-active "$u")" in
      activating | reloading | deactivating) pending="$pending $u" ;;
    esac
  done
  [ -n "$pending" ] || break
  hoshu_say "Still starting:$pending" "起動中:$pending"
  tries=$((tries + 1))
  sleep 5
done
bad=''
for u in $selected; do
  st=$(systemctl is-active "$u")
  printf '%-44s %s\n' "$u" "$st"
  [ "$st" = active ] || bad="$bad $u"
done
[ -z "$bad" ] || hoshu_fail "Not active after the restart:$bad (see: journalctl -u UNIT -n 50)" \
  "再起動後も動いていないもの:$bad(journalctl -u ユニット名 -n 50 を見てください)"
hoshu_say "All Mastodon services are active." "Mastodon のサービスはすべて動いています。"

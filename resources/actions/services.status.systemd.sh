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

others=$({
  systemctl list-unit-files --no-legend --plain --type=service nginx.service 'postgresql*' redis.service 'redis-server*' pgbouncer.service
  systemctl list-units --all --no-legend --plain --type=service 'postgresql*' 'redis-server*'
} | service_names | grep -v '@\.service$' | LC_ALL=C sort -u)
if [ -z "$units" ]; then
  hoshu_say "No mastodon-* systemd units were found. Is this a Docker deployment?" \
    "mastodon-* の systemd ユニットが見つかりません。Docker で動かしているサーバではありませんか。"
fi
printf '%-44s %-10s %-12s %-12s %s\n' UNIT ENABLED ACTIVE SUB SINCE
for u in $units $others; do
  props=$(systemctl show -p UnitFileState -p ActiveState -p SubState -p StateChangeTimestamp "$u")
  enabled=$(printf '%s\n' "$props" | sed -n 's/^UnitFileState=//p')
  active=$(printf '%s\n' "$props" | sed -n 's/^ActiveState=//p')
  sub=$(printf '%s\n' "$props" | sed -n 's/^SubState=//p')
  since=$(printf '%s\n' "$props" | sed -n 's/^StateChangeTimestamp=//p')
  printf '%-44s %-10s %-12s %-12s %s\n' "$u" "${enabled:--}" "${active:--}" "${sub:--}" "${since:--}"
done
# Details for whatever is not running.
for u in $units $others; do
  if [ "$(systemctl is-active "$u")" != active ]; then
    echo
    systemctl status --no-pager --lines=10 "$u"
  fi
done
exit 0

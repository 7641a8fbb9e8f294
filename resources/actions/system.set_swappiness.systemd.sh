# vm.swappiness: kept in a sysctl.d file (written beside, then moved: never half-written), then
# applied to the running kernel. A container's /proc/sys is read-only: the file stays, and
# the action says the value applies at the next boot, and fails, since nothing changed now.
cd / || exit 1
umask 022
conf=/etc/sysctl.d/90-hoshu-swappiness.conf
now=$(cat /proc/sys/vm/swappiness 2>/dev/null) || hoshu_fail "Cannot read /proc/sys/vm/swappiness." "/proc/sys/vm/swappiness を読めません。"
hoshu_say "vm.swappiness is $now now; it will be $value." "vm.swappiness は現在 $now です。$value にします。"
# A file read after ours that sets it too wins at boot (systemd-sysctl reads them in name order).
later=
for f in /etc/sysctl.d/*.conf /run/sysctl.d/*.conf /usr/lib/sysctl.d/*.conf /etc/sysctl.conf; do
  if [ ! -f "$f" ] || [ "$f" = "$conf" ]; then continue; fi
  b=${f##*/}
  [ "$f" = /etc/sysctl.conf ] && b=99-sysctl.conf
  if grep -Eq '^[[:space:]]*vm[./]swappiness[[:space:]]*=' "$f" && [ "$(printf '%s\n%s\n' "$b" 90-hoshu-swappiness.conf | sort | tail -n 1)" = "$b" ]; then
    later="$later $f"
  fi
done
if [ -n "$later" ]; then
  hoshu_warn "Also set in$later, read after $conf at boot: that value wins there. Remove it from those files to keep $value." \
    "$conf より後に起動時に読まれる$later にも設定があり、そちらの値が優先されます。$value を保つにはそのファイルから削除してください。"
fi
if [ "$hoshu_plan" = 1 ]; then
  hoshu_step dd of="$conf.new" status=none
else
  printf '# Written by Hoshu (system.set_swappiness).\nvm.swappiness = %s\n' "$value" | hoshu_step dd of="$conf.new" status=none \
    || hoshu_fail "Cannot write $conf." "$conf を書けません。"
fi
hoshu_step chmod 0644 "$conf.new" || hoshu_fail "Cannot write $conf." "$conf を書けません。"
hoshu_step mv -f "$conf.new" "$conf" || hoshu_fail "Cannot write $conf." "$conf を書けません。"
applied=1
hoshu_step sysctl -w "vm.swappiness=$value" || applied=0
hoshu_end_of_plan

grep -qx "vm.swappiness = $value" "$conf" || hoshu_fail "$conf does not hold vm.swappiness = $value." "$conf に vm.swappiness = $value がありません。"
if [ "$applied" = 0 ] || [ "$(cat /proc/sys/vm/swappiness)" != "$value" ]; then
  hoshu_fail "Saved in $conf, but the running kernel refused the value (a container's /proc/sys is read-only): vm.swappiness stays $(cat /proc/sys/vm/swappiness) until the next boot of a machine that may set it." \
    "$conf に保存しましたが、動作中のカーネルが値を受け付けませんでした(コンテナでは /proc/sys が読み取り専用です)。次にそれを設定できるマシンが起動するまで、vm.swappiness は $(cat /proc/sys/vm/swappiness) のままです。"
fi
hoshu_say "vm.swappiness is $value now, and stays so after an OS restart ($conf)." "vm.swappiness は $value になりました。OS の再起動後も同じです($conf)。"

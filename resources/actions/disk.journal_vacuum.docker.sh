avail_kib() { df -Pk "$1" | awk 'NR == 2 { print $4 }'; }
human_kib() { awk -v k="$1" 'BEGIN { s = k < 0 ? "-" : ""; if (k < 0) k = -k; split("KiB MiB GiB TiB", u, " "); i = 1
  while (k >= 1024 && i < 4) { k /= 1024; i++ }; printf "%s%.1f %s", s, k, u[i] }'; }
usage() { journalctl --disk-usage 2>/dev/null | sed -n 's/.* take up \([^ ]*\) .*/\1/p'; }
dir=/var/log/journal
[ -d "$dir" ] || dir=/run/log/journal
before=$(avail_kib "$dir")
hoshu_say "The journal takes $(usage) now; free space: $(human_kib "$before")." \
  "ジャーナルの現在の大きさ: $(usage)、空き容量: $(human_kib "$before")。"
# journald reads its drop-ins in the order of their names, the last setting wins: the file's
# name sorts after the usual ones, so that the cap is the one in force.
conf=/etc/systemd/journald.conf.d/zz-hoshu.conf
content="# Written by Hoshu (disk.journal_vacuum): the journal's largest size.
[Journal]
SystemMaxUse=$max_size"
hoshu_say "$conf:" "$conf:"
printf '%s\n' "$content" | sed 's/^/    /'
printf '%s\n' "$content" | hoshu_step install -D -m 0644 /dev/stdin "$conf"
hoshu_step systemctl restart systemd-journald.service
hoshu_step journalctl --vacuum-size="$max_size"
hoshu_end_of_plan

# Verify: the cap is the effective setting, and the journal shrank to it or was already smaller.
eff=$(systemd-analyze cat-config systemd/journald.conf 2>/dev/null | sed -n 's/^SystemMaxUse=//p' | tail -n 1)
[ "$eff" = "$max_size" ] || hoshu_fail "journald's effective SystemMaxUse is '${eff:-unset}', not $max_size: another file overrides it (see: systemd-analyze cat-config systemd/journald.conf)." \
  "journald で有効な SystemMaxUse は $max_size ではなく「${eff:-なし}」です。別のファイルが上書きしています(systemd-analyze cat-config systemd/journald.conf を見てください)。"
systemctl is-active --quiet systemd-journald.service || hoshu_fail "systemd-journald is not running after its restart." \
  "再起動後の systemd-journald が動いていません。"
bytes=$(usage | awk '{ n = $0 + 0; u = substr($0, length($0)); m = u == "K" ? 1024 : u == "M" ? 1048576 : u == "G" ? 1073741824 : u == "T" ? 1099511627776 : 1; printf "%.0f", n * m }')
cap=$(printf '%s' "$max_size" | awk '{ n = substr($0, 1, length($0) - 1); u = substr($0, length($0)); print n * (u == "K" ? 1024 : u == "M" ? 1048576 : 1073741824) }')
# The file journald writes to now is never vacuumed: allow it (up to 128 MiB) on top.
[ -z "$bytes" ] || [ "$bytes" -le $((cap + 134217728)) ] || hoshu_fail "The journal still takes $(usage), more than $max_size." \
  "ジャーナルはまだ $(usage) あり、$max_size を超えています。"
after=$(avail_kib "$dir")
hoshu_say "The journal takes $(usage) now. Free space before: $(human_kib "$before"), after: $(human_kib "$after"), freed: $(human_kib $((after - before)))" \
  "ジャーナルの大きさ: $(usage)。空き容量 実行前: $(human_kib "$before")、実行後: $(human_kib "$after")、空いた容量: $(human_kib $((after - before)))"

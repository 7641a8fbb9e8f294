# Without loop (snap), memory and container file systems, which are noise here.
df -hT -x squashfs -x tmpfs -x devtmpfs -x overlay -x efivarfs || {
  hoshu_say "(df failed with those exclusions; showing every file system)" \
    "(除外を付けた df が失敗したので、すべてのファイルシステムを表示します)"
  df -hT
}

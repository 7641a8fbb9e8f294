# The relays table as the admin page shows it; state is Relay's enum (idle, pending, accepted, rejected).
cd / || exit 1
hoshu_db_connect
relays=$(hoshu_sql "$hoshu_db" "SELECT inbox_url || ' ' || CASE state WHEN 0 THEN 'idle' WHEN 1 THEN 'pending' WHEN 2 THEN 'accepted' WHEN 3 THEN 'rejected' ELSE 'unknown' END FROM relays ORDER BY id") \
  || hoshu_fail "Cannot read the relays from the database." "リレーをデータベースから読めません。"
if [ -z "$relays" ]; then
  hoshu_say "This server follows no relay." "このサーバはリレーを購読していません。"
  exit 0
fi
printf '%s\n' "$relays"
active=$(printf '%s\n' "$relays" | grep -c ' \(accepted\|pending\)$')
hoshu_say "Relays: $(printf '%s\n' "$relays" | grep -c .), $active of them enabled (accepted or pending)." \
  "リレー: $(printf '%s\n' "$relays" | grep -c .) 件、うち有効(accepted か pending)なもの $active 件。"

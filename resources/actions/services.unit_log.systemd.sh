hoshu_step journalctl -u "$unit" -n "$lines" --no-pager
hoshu_end_of_plan

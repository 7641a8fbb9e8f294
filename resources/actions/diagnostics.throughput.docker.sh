seq 1 "$lines"

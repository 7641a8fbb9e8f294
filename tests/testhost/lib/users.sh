# shellcheck shell=bash
# The login-shell and sudo test users of recipe/users.txt: `up` authorizes the host's test
# key for each and gives the password-sudo users a password of this host. Sourced, never run.

ht_test_users() {   # prints "NAME SHELL SUDO" lines of recipe/users.txt
  grep -v '^#' "$HT_HERE/recipe/users.txt" | awk 'NF == 3'
}

ht_test_users_json() {   # the same as JSON objects, comma-separated
  ht_test_users | awk '{ printf "%s{\"name\": \"%s\", \"shell\": \"%s\", \"sudo\": \"%s\"}", (NR > 1 ? ", " : ""), $1, $2, $3 }'
}

# A password made for this host, with the characters that break a quoted command line
# (space, both quotes, backslash, dollar): it must only ever travel on stdin.
ht_new_password() {
  # shellcheck disable=SC2016  # the dollar is part of the password
  printf 'hsh %s %s\n' "$(od -An -N9 -tx1 /dev/urandom | tr -d ' \n')" "'q\"\\\$x"
}

# ht_personalize_users HOSTDIR ROOT: authorized_keys for every test user; for the one whose
# sudo asks a password, a fresh password (shadow hash on the host, plain text in
# HOSTDIR/sudo-password, mode 600, one line).
ht_personalize_users() {
  local hd="$1" root="$2" u mode pw hash
  while read -r u _ mode; do
    cp "$hd/id_ed25519.pub" "$root/home/$u/.ssh/authorized_keys"
    chmod 600 "$root/home/$u/.ssh/authorized_keys"
    chown --reference="$root/home/$u" "$root/home/$u/.ssh/authorized_keys"
    [ "$mode" = password ] || continue
    [ ! -e "$hd/sudo-password" ] || ht_die "users.txt: only one user may have sudo mode password"
    pw=$(ht_new_password)
    ( umask 077; printf '%s\n' "$pw" >"$hd/sudo-password" )
    hash=$(printf '%s\n' "$pw" | openssl passwd -6 -stdin)
    awk -F: -v OFS=: -v u="$u" -v h="$hash" '$1 == u { $2 = h } { print }' "$root/etc/shadow" >"$hd/shadow.new"
    grep -q "^$u:\\\$6\\\$" "$hd/shadow.new" || ht_die "could not set the password of $u"
    cat "$hd/shadow.new" >"$root/etc/shadow"
    rm -f "$hd/shadow.new"
    echo "$u" >"$hd/sudo-password.user"
  done < <(ht_test_users)
}

# shellcheck shell=bash
# An ACME server on the host itself (Debian's pebble), so that certbot really renews over
# HTTP-01 through the host's nginx: pebble validates http://DOMAIN/.well-known/acme-challenge/
# (DOMAIN is in the host's /etc/hosts), certbot's webroot plugin writes the token into
# Mastodon's public/, which the port-80 server block serves like Mastodon's own nginx file.
# Pebble keeps its accounts and its root in memory: a reboot of the host starts a new pebble
# that knows neither (renewals after a reboot need `ht_acme_post` again).

HT_ACME_DIR=https://localhost:14000/dir

# ht_acme_pre HOSTDIR ROOT DOMAIN: pebble's configuration, its TLS certificate (signed by the
# host's CA, which the host's own trust store gets), its unit, and DOMAIN's renewal
# configuration pointing at it. After ht_issue.
ht_acme_pre() {
  local hd="$1" root="$2" dom="$3" d="$2/etc/hoshu-testhost/pebble"
  ht_ca "$hd"
  mkdir -p "$d"
  openssl ecparam -name prime256v1 -genkey -noout -out "$d/key.pem" 2>/dev/null
  openssl req -new -key "$d/key.pem" -subj "/CN=localhost" -out "$hd/ca/req/pebble.csr" 2>/dev/null
  HT_SAN="DNS:localhost,IP:127.0.0.1" openssl ca -batch -notext -config "$hd/ca/ca.cnf" -in "$hd/ca/req/pebble.csr" \
    -days 30 -out "$d/cert.pem" 2>"$hd/ca/openssl.log" || { cat "$hd/ca/openssl.log" >&2; return 1; }
  chmod 600 "$d/key.pem"
  # Debian's certifi (what certbot's requests trusts) is this file.
  cat "$hd/ca/ca.pem" >>"$root/etc/ssl/certs/ca-certificates.crt"
  cat >"$d/config.json" <<JSON
{"pebble": {"listenAddress": "127.0.0.1:14000", "managementListenAddress": "127.0.0.1:15000",
  "certificate": "/etc/hoshu-testhost/pebble/cert.pem", "privateKey": "/etc/hoshu-testhost/pebble/key.pem",
  "httpPort": 80, "tlsPort": 443, "ocspResponderURL": "", "externalAccountBindingRequired": false}}
JSON
  cat >"$root/etc/systemd/system/hoshu-pebble.service" <<'UNIT'
[Unit]
Description=ACME test server for certbot (pebble)
After=network.target nginx.service

[Service]
# No random sleeps before validating, no nonces refused on purpose: certbot renews at once.
Environment=PEBBLE_VA_NOSLEEP=1 PEBBLE_WFE_NONCEREJECT=0
ExecStart=/usr/bin/pebble -config /etc/hoshu-testhost/pebble/config.json

[Install]
WantedBy=multi-user.target
UNIT
  mkdir -p "$root/etc/systemd/system/multi-user.target.wants"
  ln -sf /etc/systemd/system/hoshu-pebble.service "$root/etc/systemd/system/multi-user.target.wants/hoshu-pebble.service"
  sed -i -e "s|^server = .*|server = $HT_ACME_DIR|" -e 's|^authenticator = .*|authenticator = webroot|' \
    -e '/^installer = /d' "$root/etc/letsencrypt/renewal/$dom.conf"
  printf 'webroot_path = /home/mastodon/live/public,\n[[webroot_map]]\n%s = /home/mastodon/live/public\n' "$dom" \
    >>"$root/etc/letsencrypt/renewal/$dom.conf"
}

# ht_acme_post NAME HOSTDIR DOMAIN: waits for pebble, registers certbot's account with it and
# names that account in DOMAIN's renewal configuration; pebble's root joins what clients of
# this host trust (HOSTDIR/ca/trust.pem), so the renewed certificate verifies.
ht_acme_post() {
  local name="$1" hd="$2" dom="$3" i root
  for i in $(seq 50); do
    ht_ssh "$name" curl -sf -o /dev/null "$HT_ACME_DIR" && break
    [ "$i" -lt 50 ] || { ht_log "$name: pebble does not answer at $HT_ACME_DIR"; return 1; }
    sleep 0.2
  done
  ht_ssh "$name" "set -e
    certbot register --non-interactive --agree-tos --no-eff-email -m admin@$dom --server $HT_ACME_DIR >/dev/null 2>&1
    id=\$(basename \"\$(ls -d /etc/letsencrypt/accounts/localhost:14000/dir/*/ | head -n 1)\")
    sed -i \"s|^account = .*|account = \$id|\" /etc/letsencrypt/renewal/$dom.conf" \
    || { ht_log "$name: certbot could not register with pebble"; return 1; }
  root=$(ht_ssh "$name" curl -sf https://localhost:15000/roots/0) || root=''
  [ -n "$root" ] || { ht_log "$name: pebble gave no root certificate"; return 1; }
  printf '%s\n' "$root" >>"$hd/ca/trust.pem"
}

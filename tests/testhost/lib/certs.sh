# shellcheck shell=bash
# A test CA per host and Let's Encrypt-shaped lineages signed by it, so that nginx serves
# them and `certbot certificates` lists them. The ACME server certbot renews from: lib/acme.sh.

# ht_ca DIR: the host's CA (ECDSA P-256, like Let's Encrypt's E-series intermediates).
# DIR/ca/trust.pem is what clients of the host trust: this CA, and pebble's root once the
# host runs one (lib/acme.sh).
ht_ca() {
  local d="$1/ca"
  [ -f "$d/ca.pem" ] && return 0
  mkdir -p "$d/new"
  : >"$d/index.txt"
  echo 1000 >"$d/serial"
  openssl ecparam -name prime256v1 -genkey -noout -out "$d/ca.key" 2>/dev/null
  openssl req -x509 -new -key "$d/ca.key" -sha256 -days 3650 -subj "/C=US/O=Hoshu Test CA/CN=Hoshu Test E1" \
    -out "$d/ca.pem" 2>/dev/null
  cp "$d/ca.pem" "$d/trust.pem"
  cat >"$d/ca.cnf" <<CNF
[ ca ]
default_ca = hoshu
[ hoshu ]
dir = $d
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
certificate = \$dir/ca.pem
private_key = \$dir/ca.key
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
x509_extensions = leaf
[ anything ]
commonName = supplied
[ leaf ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth,clientAuth
subjectAltName = \$ENV::HT_SAN
authorityInfoAccess = OCSP;URI:http://e1.o.lencr.org,caIssuers;URI:http://e1.i.lencr.org/
CNF
}

# ht_when DAYS: openssl ca date (UTC) DAYS from now (negative = past; fractions allowed).
ht_when() { date -u -d "@$(( $(date +%s) + ${1%.*} * 86400 ))" +%Y%m%d%H%M%SZ; }

# ht_issue HOSTDIR ROOT DOMAIN N START_DAYS END_DAYS: writes archive/DOMAIN/*N.pem under
# ROOT/etc/letsencrypt, points live/DOMAIN at version N, writes renewal/DOMAIN.conf.
ht_issue() {
  local hd="$1" root="$2" dom="$3" n="$4" start="$5" end="$6"
  local le="$root/etc/letsencrypt" a
  ht_ca "$hd"
  a="$le/archive/$dom"
  mkdir -p "$a" "$le/live/$dom" "$le/renewal" "$hd/ca/req"
  openssl ecparam -name prime256v1 -genkey -noout -out "$hd/ca/req/key$n.pem" 2>/dev/null
  openssl pkcs8 -topk8 -nocrypt -in "$hd/ca/req/key$n.pem" -out "$a/privkey$n.pem"
  openssl req -new -key "$a/privkey$n.pem" -subj "/CN=$dom" -out "$hd/ca/req/req$n.csr" 2>/dev/null
  HT_SAN="DNS:$dom" openssl ca -batch -notext -config "$hd/ca/ca.cnf" -in "$hd/ca/req/req$n.csr" \
    -startdate "$(ht_when "$start")" -enddate "$(ht_when "$end")" -out "$a/cert$n.pem" 2>"$hd/ca/openssl.log" \
    || { cat "$hd/ca/openssl.log" >&2; return 1; }
  cp "$hd/ca/ca.pem" "$a/chain$n.pem"
  cat "$a/cert$n.pem" "$a/chain$n.pem" >"$a/fullchain$n.pem"
  chmod 600 "$a/privkey$n.pem"
  local f
  for f in cert chain fullchain privkey; do ln -sfn "../../archive/$dom/$f$n.pem" "$le/live/$dom/$f.pem"; done
  [ -f "$le/live/README" ] || printf '%s\n' "This directory contains your keys and certificates." \
    "" "\`[cert name]/privkey.pem\`  : the private key for your certificate." \
    "\`[cert name]/fullchain.pem\`: the certificate file used in most server software." >"$le/live/README"
  cat >"$le/renewal/$dom.conf" <<CONF
# renew_before_expiry = 30 days
version = 2.1.0
archive_dir = /etc/letsencrypt/archive/$dom
cert = /etc/letsencrypt/live/$dom/cert.pem
privkey = /etc/letsencrypt/live/$dom/privkey.pem
chain = /etc/letsencrypt/live/$dom/chain.pem
fullchain = /etc/letsencrypt/live/$dom/fullchain.pem

# Options used in the renewal process
[renewalparams]
account = 4f1c0f6d3b2a49e8a1c7d9e0b5a3c2f1
authenticator = nginx
installer = nginx
server = https://acme-v02.api.letsencrypt.org/directory
key_type = ecdsa
CONF
  chmod 700 "$le/archive" "$le/live"
}

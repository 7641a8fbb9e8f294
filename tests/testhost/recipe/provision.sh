#!/bin/bash
# Runs inside a chroot of the base root filesystem (hoshu-testhost build, stage 2): turns a
# Debian 12 install into a credible native Mastodon 4.3 server. Per-host details (domain,
# keys, certificates, scenarios) are written by `hoshu-testhost up`; the database rows,
# media files and Redis keys are made at first boot by hoshu-testhost-seed.service.
set -euxo pipefail
R=/tmp/hoshu-recipe
export DEBIAN_FRONTEND=noninteractive

useradd -m -s /bin/bash mastodon
useradd -m -s /bin/bash -G sudo admin
echo 'admin ALL=(ALL) NOPASSWD: ALL' >/etc/sudoers.d/admin
chmod 0440 /etc/sudoers.d/admin
install -d -m 700 /root/.ssh /home/admin/.ssh /home/mastodon/.ssh

# Login-shell and sudo test users (recipe/users.txt); `up` authorizes the test key and sets
# hsh-sudopw's password. Their shell configs are what such users have and print nothing:
# fish reads config.fish in every fish, also the one sshd starts for a command.
grep -v '^#' "$R/users.txt" | while read -r u sh mode; do
  [ -n "$u" ] || continue
  grep -qx "$sh" /etc/shells || { echo "$sh (login shell of $u) is not in /etc/shells" >&2; exit 1; }
  if [ "$mode" = password ]; then useradd -m -s "$sh" -G sudo "$u"; else useradd -m -s "$sh" "$u"; fi
  case "$mode" in
    nopasswd) echo "$u ALL=(ALL) NOPASSWD: ALL" >>/etc/sudoers.d/hsh-nopasswd ;;
    password) ;;   # %sudo ALL=(ALL:ALL) ALL from Debian's /etc/sudoers
    *) echo "users.txt: unknown sudo mode '$mode' for $u" >&2; exit 1 ;;
  esac
  install -d -m 700 -o "$u" -g "$u" "/home/$u/.ssh"
  # shellcheck disable=SC2016  # the configs are written as they are
  case "$sh" in
    */zsh)   # without a .zshrc an interactive zsh starts zsh-newuser-install's menu
      printf '%s\n' '# ~/.zshrc' 'HISTFILE=~/.zsh_history' 'HISTSIZE=1000' 'SAVEHIST=1000' \
        'bindkey -e' 'path=(~/.local/bin $path)' >"/home/$u/.zshrc" ;;
    */fish)
      install -d -o "$u" -g "$u" "/home/$u/.config" "/home/$u/.config/fish"
      printf '%s\n' '# ~/.config/fish/config.fish: read by every fish, interactive or not.' \
        'set -g fish_greeting' 'fish_add_path -g ~/.local/bin' \
        'if status is-interactive' '    abbr -a sc systemctl' 'end' >"/home/$u/.config/fish/config.fish" ;;
  esac
  chown -R "$u:$u" "/home/$u"
done
chmod 0440 /etc/sudoers.d/hsh-nopasswd
visudo -c -q

cp -a --no-preserve=ownership "$R/files/." /
ln -sf /opt/hoshu-standin/fake-node /usr/bin/node
ln -sf /opt/hoshu-standin/fake-yarn /usr/bin/yarn

fill() {   # dir count size_kb: files of random bytes so du and df see real usage
  mkdir -p "$1"
  for i in $(seq 1 "$2"); do head -c "$(( $3 * 1024 ))" /dev/urandom >"$1/f$i.bin"; done
}

M=/home/mastodon
for v in 3.2.2 3.3.5; do
  d=$M/.rbenv/versions/$v
  mkdir -p "$d/bin"
  sed "s/@VERSION@/$v/" /opt/hoshu-standin/fake-ruby >"$d/bin/ruby"
  chmod 755 "$d/bin/ruby"
  ln -sf ruby "$d/bin/bundle"
  fill "$d/lib/ruby/${v%.*}.0" 12 1024
done
mkdir -p $M/.rbenv/shims
for s in ruby bundle; do cp /opt/hoshu-standin/shim "$M/.rbenv/shims/$s"; chmod 755 "$M/.rbenv/shims/$s"; done
cat >>$M/.bashrc <<'RC'
export PATH="$HOME/.rbenv/bin:$PATH"
eval "$(rbenv init -)"
RC

L=$M/live
mkdir -p $L/config $L/lib/mastodon $L/public/packs/js $L/public/packs/css $L/streaming \
         $L/public/system/cache $L/log $L/tmp
echo 3.3.5 >$L/.ruby-version
cat >$L/.env.production <<'ENV'
# Generated with mastodon:setup (test host: the secrets below are fake)
LOCAL_DOMAIN=@DOMAIN@
SINGLE_USER_MODE=false
SECRET_KEY_BASE=@SECRET1@
OTP_SECRET=@SECRET2@
ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY=@SECRET3@
ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT=@SECRET4@
ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=@SECRET5@
VAPID_PRIVATE_KEY=@SECRET6@
VAPID_PUBLIC_KEY=@SECRET7@
DB_HOST=/var/run/postgresql
DB_USER=mastodon
DB_NAME=mastodon_production
DB_PASS=
DB_PORT=5432
REDIS_HOST=localhost
REDIS_PORT=6379
REDIS_PASSWORD=
S3_ENABLED=false
SMTP_SERVER=localhost
SMTP_PORT=25
SMTP_AUTH_METHOD=none
SMTP_OPENSSL_VERIFY_MODE=none
SMTP_ENABLE_STARTTLS=auto
SMTP_FROM_ADDRESS=Mastodon <notifications@@DOMAIN@>
ENV
chmod 600 $L/.env.production
cat >$L/lib/mastodon/version.rb <<'RB'
# frozen_string_literal: true

module Mastodon
  module Version
    module_function

    def major
      4
    end

    def minor
      3
    end

    def patch
      2
    end

    def default_prerelease
      ''
    end
  end
end
RB
printf 'source "https://rubygems.org"\nruby ">= 3.1.0"\ngem "rails", "~> 7.1.4"\n' >$L/Gemfile
printf 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rails (7.1.4.2)\n\nBUNDLED WITH\n   2.5.22\n' >$L/Gemfile.lock
printf '{\n  "name": "@mastodon/mastodon",\n  "license": "AGPL-3.0-or-later",\n  "packageManager": "yarn@4.5.0",\n  "engines": { "node": ">=18" }\n}\n' >$L/package.json
printf 'threads_count = ENV.fetch("MAX_THREADS") { 5 }.to_i\nport ENV.fetch("PORT") { 3000 }\n' >$L/config/puma.rb
printf -- '---\n:concurrency: 5\n:queues:\n  - [default, 8]\n  - [push, 6]\n  - [ingress, 4]\n  - [mailers, 2]\n  - [pull]\n  - [scheduler]\n  - [fasp]\n' >$L/config/sidekiq.yml
printf '// test host: the streaming server is /opt/hoshu-standin/streaming.py\n' >$L/streaming/index.js
# Asset packs the Web UI page references (as after assets:precompile).
for p in common application; do
  head -c 300000 /dev/urandom | base64 >$L/public/packs/js/$p-3f2b9c1d8e7a6b5c4d3e.js
done
head -c 90000 /dev/urandom | base64 >$L/public/packs/css/common-9a8b7c6d5e4f3a2b1c0d.css
cat >$L/public/packs/manifest.json <<'JSON'
{
  "application.js": "/packs/js/application-3f2b9c1d8e7a6b5c4d3e.js",
  "common.js": "/packs/js/common-3f2b9c1d8e7a6b5c4d3e.js",
  "common.css": "/packs/css/common-9a8b7c6d5e4f3a2b1c0d.css"
}
JSON
printf '<!DOCTYPE html><html><head><title>We are sorry, but something went wrong</title></head><body>Mastodon</body></html>\n' >$L/public/500.html
fill $L/node_modules/.cache 4 1024
# yarn's caches (yarn 4 through corepack, and an old yarn 1 one): disk.yarn_cache_clean empties them.
fill $M/.yarn/berry/cache 6 1024
fill $M/.cache/yarn/v6 4 1024
for m in react react-dom @babel/core webpack immutable; do fill "$L/node_modules/$m/dist" 5 1024; done
for g in rails-7.1.4.2 nokogiri-1.16.7 pg-1.5.8 sidekiq-6.5.12 puma-6.4.3; do fill "$L/vendor/bundle/ruby/3.3.0/gems/$g/lib" 4 1024; done
chown -R mastodon:mastodon $M
chmod o+x $M
chown -R admin:admin /home/admin

# nginx: Mastodon's site, no default site (the domain is filled in per host).
rm -f /etc/nginx/sites-enabled/default
ln -sf ../sites-available/mastodon /etc/nginx/sites-enabled/mastodon

# sshd: per-host keys are generated by `up`; key logins only.
rm -f /etc/ssh/ssh_host_*
cat >/etc/ssh/sshd_config.d/hoshu-testhost.conf <<'SSHD'
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UseDNS no
# Logs each session and what it runs ("Starting session: command ..."): tests count execs with it.
LogLevel VERBOSE
HostKey /etc/ssh/ssh_host_ed25519_key
SSHD

systemctl enable mastodon-web.service mastodon-sidekiq.service mastodon-streaming.service \
  mastodon-streaming@4000.service hoshu-testhost-seed.service hoshu-smtp-sink.service
# Where .env.production's SMTP_SERVER points: the sink (smtp-sink.py) records every mail here.
install -d -m 755 /var/lib/hoshu-testhost/mail
# Nothing here may reach the network or wait for a console.
systemctl mask apt-daily.timer apt-daily-upgrade.timer console-getty.service getty@tty1.service \
  systemd-networkd-wait-online.service e2scrub_reap.service fstrim.timer 2>/dev/null || true
mkdir -p /etc/hoshu-testhost /var/lib/hoshu-testhost
echo "hoshu test host rootfs, built $(date -u +%FT%TZ)" >/etc/hoshu-testhost/release
apt-get clean
# The packages the pending-updates scenario makes look outdated, downloaded now (the hosts
# have no route to a mirror): that scenario puts them in apt's cache, so that
# `apt-get upgrade` really installs them there.
install -d /var/lib/hoshu-testhost/debs
(cd /var/lib/hoshu-testhost/debs && apt-get download -q openssl nginx nginx-common sudo)

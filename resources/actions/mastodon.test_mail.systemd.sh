# The address reaches Ruby through the environment, never inside the code (it is a plain
# word: the parameter's pattern allows no shell character).
hoshu_rails_setup "HOSHU_TEST_MAIL_TO=$to"
server=$(hoshu_env SMTP_SERVER) port=$(hoshu_env SMTP_PORT) login=$(hoshu_env SMTP_LOGIN)
[ -n "$server" ] || hoshu_fail "SMTP_SERVER is not set in .env.production: Mastodon has no mail server to send through." \
  "SMTP_SERVER が .env.production にありません。Mastodon が送信に使うメールサーバがありません。"
hoshu_say "Mastodon sends mail through $server:${port:-25}${login:+ as $login}, from $(hoshu_env SMTP_FROM_ADDRESS)." \
  "Mastodon は $server:${port:-25} を通してメールを送ります${login:+($login として)}。差出人: $(hoshu_env SMTP_FROM_ADDRESS)"
ruby='m = ActionMailer::Base.new.mail(from: ENV.fetch("SMTP_FROM_ADDRESS") { "notifications@#{Rails.configuration.x.local_domain}" }, to: ENV.fetch("HOSHU_TEST_MAIL_TO"), subject: "Test mail from Hoshu (#{Rails.configuration.x.local_domain})", body: "This is a test mail sent with the mail settings of this Mastodon server."); m.raise_delivery_errors = true; m.deliver; puts "accepted by the mail server: #{m.message_id}"'
# shellcheck disable=SC2086  # $hoshu_rails is the command words
out=$(hoshu_step $hoshu_rails runner "$ruby" 2>&1)
rc=$?
printf '%s\n' "$out"
hoshu_end_of_plan

if [ "$rc" -ne 0 ] || ! printf '%s\n' "$out" | grep -q '^accepted by the mail server: '; then
  hoshu_fail "The mail server did not accept the test mail (exit $rc): see the error above. Check SMTP_SERVER, SMTP_PORT, SMTP_LOGIN and SMTP_PASSWORD in .env.production." \
    "メールサーバはテストメールを受け付けませんでした(終了コード $rc)。上のエラーを見てください。.env.production の SMTP_SERVER・SMTP_PORT・SMTP_LOGIN・SMTP_PASSWORD を確認してください。"
fi
hoshu_say "$server accepted the test mail for $to. Look in that mailbox (and its spam folder)." \
  "$server が $to 宛てのテストメールを受け付けました。その受信箱(と迷惑メールのフォルダ)を見てください。"

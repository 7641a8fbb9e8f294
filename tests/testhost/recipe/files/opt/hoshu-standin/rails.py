#!/usr/bin/python3
"""Stand-in for Mastodon's `bin/rails runner CODE` on a test host (run through the fake
`ruby`). There is no Rails here: it knows the one Ruby line Hoshu's catalog runs
(mastodon.test_mail, media.set_cache_retention, mastodon.disable_relay), each recognized by
its shape. The test mail does what ActionMailer does with
Mastodon's settings: sends one mail over SMTP with the SMTP_* values of .env.production
(STARTTLS when SMTP_ENABLE_STARTTLS is auto and offered, or always; SMTP_TLS/SMTP_SSL for
implicit TLS; SMTP_LOGIN/SMTP_PASSWORD when set), raising as Ruby's Net::SMTP does on a
refusal. The setting and the relay change the rows Mastodon's models would (settings: var and
YAML value; relays: state idle, where Relay#disable! also sends an Undo Follow to the relay,
which this test host has not). Anything else fails as an unknown constant would. NOT Rails."""
import email.utils, os, re, smtplib, ssl, subprocess, sys
from email.message import EmailMessage

LIVE = os.environ.get("RAILS_ROOT", "/home/mastodon/live")


def env_production():
    env = {}
    try:
        for line in open(os.path.join(LIVE, ".env.production")):
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                env[k] = v.strip('"')
    except OSError:
        pass
    return env


def fail(msg):
    print(msg, file=sys.stderr)
    sys.exit(1)


def test_mail(code, env):
    to_var = re.search(r'to: ENV\.fetch\("([A-Z_]+)"\)', code)
    to = os.environ.get(to_var.group(1)) if to_var else None
    if not to:
        fail("KeyError: key not found: %s" % (to_var.group(1) if to_var else "to"))
    dom = env.get("LOCAL_DOMAIN", "localhost")
    msg = EmailMessage()
    msg["From"] = env.get("SMTP_FROM_ADDRESS") or "notifications@" + dom
    msg["To"] = to
    msg["Subject"] = "Test mail from Hoshu (%s)" % dom
    msg["Date"] = email.utils.formatdate()
    msg["Message-ID"] = email.utils.make_msgid(domain=dom)
    msg.set_content("This is a test mail sent with this Mastodon server's mail settings.\n")
    host, port = env.get("SMTP_SERVER", "localhost"), int(env.get("SMTP_PORT", "25") or 25)
    ctx = ssl.create_default_context()
    if env.get("SMTP_OPENSSL_VERIFY_MODE", "peer") == "none":
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    try:
        if env.get("SMTP_TLS") == "true" or env.get("SMTP_SSL") == "true":
            s = smtplib.SMTP_SSL(host, port, timeout=30, context=ctx)
        else:
            s = smtplib.SMTP(host, port, timeout=30)
            s.ehlo(dom)
            starttls = env.get("SMTP_ENABLE_STARTTLS", "auto")
            if starttls == "always" or (starttls == "auto" and s.has_extn("starttls")):
                s.starttls(context=ctx)
                s.ehlo(dom)
        if env.get("SMTP_LOGIN"):
            s.login(env["SMTP_LOGIN"], env.get("SMTP_PASSWORD", ""))
        s.send_message(msg)
        s.quit()
    except smtplib.SMTPResponseException as e:
        fail("Net::SMTPFatalError: %d %s" % (e.smtp_code, e.smtp_error.decode(errors="replace")))
    except (OSError, smtplib.SMTPException) as e:
        fail("Errno::ECONNREFUSED: %s (%s:%d)" % (e, host, port))
    print("accepted by the mail server: %s" % msg["Message-ID"].strip("<>"))


def psql(env, sql):
    """One statement as Mastodon's database user; the rows, tab-separated."""
    args = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", env.get("DB_HOST", "/var/run/postgresql"),
            "-p", env.get("DB_PORT", "5432"), "-U", env.get("DB_USER", "mastodon"), "-d", env.get("DB_NAME", "mastodon_production")]
    p = subprocess.run(args + ["-c", sql], capture_output=True, text=True, env=dict(os.environ, PGPASSWORD=env.get("DB_PASS", "")))
    if p.returncode != 0:
        fail("PG::Error: " + p.stderr.strip())
    return p.stdout.strip()


def lit(s):
    return "'" + s.replace("'", "''") + "'"


def env_value(code, what):
    var = re.search(r'ENV\.fetch\("([A-Z_]+)"\)', code)
    val = os.environ.get(var.group(1)) if var else None
    if val is None:
        fail("KeyError: key not found: %s" % (var.group(1) if var else what))
    return val


def set_media_cache_retention(code, env):
    raw = env_value(code, "days")
    if not re.fullmatch(r"-?[0-9]+", raw):
        fail('ArgumentError: invalid value for Integer(): "%s"' % raw)
    old = psql(env, "SELECT value FROM settings WHERE var = 'media_cache_retention_period'")
    old = old[4:] if old.startswith("--- ") else "nil"
    psql(env, "INSERT INTO settings (var, value, created_at, updated_at) VALUES ('media_cache_retention_period', %s, now(), now()) "
              "ON CONFLICT (var) DO UPDATE SET value = EXCLUDED.value, updated_at = now()" % lit("--- %d\n" % int(raw)))
    print("media_cache_retention_period: %s -> %d" % (old, int(raw)))


def disable_relay(code, env):
    inbox = env_value(code, "inbox")
    if not psql(env, "SELECT id FROM relays WHERE inbox_url = %s" % lit(inbox)):
        fail("ActiveRecord::RecordNotFound: Couldn't find Relay")
    psql(env, "UPDATE relays SET state = 0, follow_activity_id = NULL, updated_at = now() WHERE inbox_url = %s" % lit(inbox))
    print("disabled: %s" % inbox)


def main(argv):
    if os.environ.get("RAILS_ENV") != "production":
        fail("ActiveRecord::NoDatabaseError: We could not find your database: mastodon_development.")
    if len(argv) < 2 or argv[0] not in ("runner", "r"):
        fail("Unrecognized command \"%s\" (this test host's bin/rails only has runner)" % (argv[0] if argv else ""))
    code = argv[1]
    if "ActionMailer::Base.new.mail(" in code and ".deliver" in code:
        return test_mail(code, env_production())
    if "Setting.media_cache_retention_period = Integer(ENV.fetch(" in code and "ContentRetentionPolicy" in code:
        return set_media_cache_retention(code, env_production())
    if "Relay.find_by!(inbox_url: ENV.fetch(" in code and ".disable!" in code:
        return disable_relay(code, env_production())
    fail("NameError: this test host's bin/rails runner knows only Hoshu's test mail, media cache retention and relays")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

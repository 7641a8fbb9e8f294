#!/usr/bin/python3
"""First boot of a test host (hoshu-testhost-seed.service): creates Mastodon's database
and the rows the probes and actions touch, media files of chosen ages and sizes on disk
(matching their rows, so tootctl frees real space), Sidekiq's keys in Redis, and the
daily pg_dump backups of the last week that a well-kept server has.
Inputs: /etc/hoshu-testhost/seed.env (MEDIA_PLAN, FILL_MEDIA_TO_PERCENT). Runs once."""
import json, os, pwd, random, shutil, subprocess, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from resp import Redis

LIVE = "/home/mastodon/live"
SYSTEM = LIVE + "/public/system"
MARKER = "/var/lib/hoshu-testhost/seeded"
NOW = time.time()
DAY = 86400

SCHEMA = """
CREATE TABLE schema_migrations (version varchar PRIMARY KEY);
CREATE TABLE accounts (id bigint PRIMARY KEY, username varchar NOT NULL DEFAULT '', domain varchar,
  display_name varchar NOT NULL DEFAULT '', uri varchar NOT NULL DEFAULT '',
  avatar_file_name varchar, avatar_content_type varchar, avatar_file_size integer, avatar_remote_url varchar,
  header_file_name varchar, header_content_type varchar, header_file_size integer, header_remote_url varchar,
  last_webfingered_at timestamp, suspended_at timestamp,
  created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE UNIQUE INDEX index_accounts_on_username_and_domain_lower ON accounts (lower(username), COALESCE(lower(domain), ''));
CREATE TABLE users (id bigint PRIMARY KEY, email varchar NOT NULL DEFAULT '', account_id bigint NOT NULL,
  approved boolean NOT NULL DEFAULT true, confirmed_at timestamp, role_id bigint,
  created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE user_roles (id bigint PRIMARY KEY, name varchar NOT NULL DEFAULT '', position integer NOT NULL DEFAULT 0,
  permissions bigint NOT NULL DEFAULT 0, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE follows (id bigint PRIMARY KEY, account_id bigint NOT NULL, target_account_id bigint NOT NULL,
  created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE statuses (id bigint PRIMARY KEY, uri varchar, text text NOT NULL DEFAULT '', account_id bigint NOT NULL,
  local boolean, visibility integer NOT NULL DEFAULT 0, reblog_of_id bigint, in_reply_to_id bigint, deleted_at timestamp,
  created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE INDEX index_statuses_on_account_id ON statuses (account_id);
CREATE TABLE favourites (id bigserial PRIMARY KEY, account_id bigint NOT NULL, status_id bigint NOT NULL,
  created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE media_attachments (id bigint PRIMARY KEY, status_id bigint, account_id bigint,
  file_file_name varchar, file_content_type varchar, file_file_size integer, file_updated_at timestamp,
  remote_url varchar NOT NULL DEFAULT '', shortcode varchar, type integer NOT NULL DEFAULT 0,
  thumbnail_file_name varchar, thumbnail_file_size integer, thumbnail_remote_url varchar,
  created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE INDEX index_media_attachments_on_account_id_and_status_id ON media_attachments (account_id, status_id DESC);
CREATE TABLE preview_cards (id bigint PRIMARY KEY, url varchar NOT NULL DEFAULT '', title varchar NOT NULL DEFAULT '',
  image_file_name varchar, image_content_type varchar, image_file_size integer, image_updated_at timestamp,
  type integer NOT NULL DEFAULT 0, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE custom_emojis (id bigint PRIMARY KEY, shortcode varchar NOT NULL DEFAULT '', domain varchar,
  image_file_name varchar, image_file_size integer, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE backups (id bigint PRIMARY KEY, user_id bigint, dump_file_name varchar, dump_file_size bigint,
  processed boolean NOT NULL DEFAULT false, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE imports (id bigint PRIMARY KEY, account_id bigint NOT NULL, type integer NOT NULL DEFAULT 0,
  data_file_name varchar, data_file_size integer, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE site_uploads (id bigint PRIMARY KEY, var varchar NOT NULL DEFAULT '', file_file_name varchar,
  file_file_size integer, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE rules (id bigint PRIMARY KEY, priority integer NOT NULL DEFAULT 0, deleted_at timestamp,
  text text NOT NULL DEFAULT '', hint text NOT NULL DEFAULT '', created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE domain_blocks (id bigint PRIMARY KEY, domain varchar NOT NULL DEFAULT '', severity integer DEFAULT 0,
  created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
-- Mastodon 4.2+'s own update check (SoftwareUpdateCheckService) keeps the newer releases
-- here; type is its enum {patch: 0, minor: 1, major: 2}. Empty: the server is up to date.
CREATE TABLE software_updates (id bigserial PRIMARY KEY, version varchar NOT NULL, urgent boolean NOT NULL DEFAULT false,
  type integer NOT NULL DEFAULT 0, release_notes varchar NOT NULL DEFAULT '',
  created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE UNIQUE INDEX index_software_updates_on_version ON software_updates (version);
-- Mastodon's site settings (Setting, rails-settings-cached before 4.3): value is YAML ("--- 14").
CREATE TABLE settings (id bigserial PRIMARY KEY, var varchar NOT NULL, value text,
  created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE UNIQUE INDEX index_settings_on_var ON settings (var);
-- Federation relays; state is Relay's enum {idle: 0, pending: 1, accepted: 2, rejected: 3}.
CREATE TABLE relays (id bigint PRIMARY KEY, inbox_url varchar NOT NULL DEFAULT '', follow_activity_id varchar,
  state integer NOT NULL DEFAULT 0, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
"""

# Mastodon's instances view (simplified): known domains with their account counts.
VIEW = """
CREATE MATERIALIZED VIEW instances AS
  WITH domain_counts(domain, accounts_count) AS (
    SELECT domain, COUNT(*) AS accounts_count FROM accounts WHERE domain IS NOT NULL GROUP BY domain)
  SELECT domain, accounts_count FROM domain_counts
  UNION
  SELECT domain_blocks.domain, COALESCE(domain_counts.accounts_count, 0)
    FROM domain_blocks LEFT OUTER JOIN domain_counts ON domain_counts.domain = domain_blocks.domain;
CREATE UNIQUE INDEX index_instances_on_domain ON instances (domain);
"""

BACKUP_DIR = "/var/backups/mastodon"
BACKUP_DAYS = 7

REMOTE_DOMAINS = ["mastodon.social", "fedibird.com", "mstdn.jp", "pawoo.net", "misskey.io", "social.vivaldi.net"]


def env_file(path):
    env = {}
    if os.path.exists(path):
        for line in open(path):
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                env[k] = v.strip('"')
    return env


def snowflake(ts, seq=[0]):
    seq[0] = (seq[0] + 1) & 0xFFFF
    return (int(ts * 1000) << 16) | seq[0]


def partition(i):
    s = "%09d" % i
    return "/".join(s[k:k + 3] for k in range(0, len(s), 3))


def ts(t):
    return time.strftime("'%Y-%m-%d %H:%M:%S'", time.gmtime(t))


def q(s):
    return "NULL" if s is None else "'" + str(s).replace("'", "''") + "'"


def psql(sql, db="postgres", user="postgres"):
    subprocess.run(["runuser", "-u", user, "--", "psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", db],
                   input=sql.encode(), check=True, stdout=subprocess.DEVNULL)


def write_file(path, size, mtime, uid, gid):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        left = size
        while left > 0:
            n = min(left, 1 << 20)
            f.write(os.urandom(n))
            left -= n
    os.utime(path, (mtime, mtime))
    os.chown(path, uid, gid)


def fs_percent(path):
    st = os.statvfs(path)
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    avail = st.f_bavail * st.f_frsize
    return 100.0 * used / max(1, used + avail)


def backups():
    """A week of daily `pg_dump -Fc` files, as a root cron job at 03:10 leaves them (the
    backup-* scenarios and no-backups replace them). The newest is the last 03:10 passed."""
    os.makedirs(BACKUP_DIR, mode=0o700, exist_ok=True)
    dump = subprocess.run(["runuser", "-u", "postgres", "--", "pg_dump", "-Fc", "mastodon_production"],
                          check=True, stdout=subprocess.PIPE).stdout
    lt = time.localtime(NOW)
    last = time.mktime((lt.tm_year, lt.tm_mon, lt.tm_mday, 3, 10, 0, 0, 0, -1))
    if last > NOW:
        last -= DAY
    for d in range(BACKUP_DAYS):
        # Calendar days at 03:10 local time, like `touch -d "YYYYMMDD 03:10"` (DST-safe).
        day = time.localtime(last - d * DAY + 3 * 3600)
        t = time.mktime((day.tm_year, day.tm_mon, day.tm_mday, 3, 10, 0, 0, 0, -1))
        path = "%s/mastodon_production-%s.dump" % (BACKUP_DIR, time.strftime("%Y%m%d", day))
        with open(path, "wb") as f:
            f.write(dump)
        os.chmod(path, 0o600)
        os.utime(path, (t, t))


def main():
    if os.path.exists(MARKER):
        return 0
    cfg = env_file("/etc/hoshu-testhost/seed.env")
    pw = pwd.getpwnam("mastodon")
    uid, gid = pw.pw_uid, pw.pw_gid
    for _ in range(60):
        if subprocess.run(["pg_isready", "-q"]).returncode == 0:
            break
        time.sleep(0.5)
    psql("CREATE ROLE mastodon CREATEDB LOGIN; CREATE DATABASE mastodon_production OWNER mastodon;")
    psql(SCHEMA, db="mastodon_production", user="mastodon")

    rows = ["INSERT INTO schema_migrations VALUES ('20240930091507'), ('20241014010506'), ('20241022214312');"]
    accounts = []  # (id, domain)
    aid = 1
    # Mastodon's default roles; admin is the Owner. carol and dave signed up and wait for approval.
    for rid, name, position in ((1, "Moderator", 10), (2, "Admin", 100), (3, "Owner", 1000)):
        rows.append("INSERT INTO user_roles (id, name, position, created_at, updated_at) VALUES (%d, %s, %d, now(), now());"
                    % (rid, q(name), position))
    for name, approved, role in (("admin", True, 3), ("alice", True, None), ("bob", True, None),
                                 ("carol", False, None), ("dave", False, None)):
        age = 400 if approved else 2
        rows.append("INSERT INTO accounts (id, username, domain, created_at, updated_at) VALUES (%d, %s, NULL, %s, %s);"
                    % (aid, q(name), ts(NOW - age * DAY), ts(NOW - age * DAY)))
        rows.append("INSERT INTO users (id, email, account_id, approved, role_id, confirmed_at, created_at, updated_at) "
                    "VALUES (%d, %s, %d, %s, %s, %s, %s, %s);"
                    % (aid, q(name + "@example.test"), aid, "true" if approved else "false",
                       "NULL" if role is None else role, ts(NOW - age * DAY), ts(NOW - age * DAY), ts(NOW - age * DAY)))
        aid += 1
    for n, dom in enumerate(REMOTE_DOMAINS * 3):
        age = 2 + n * 7
        rows.append("INSERT INTO accounts (id, username, domain, avatar_file_name, avatar_file_size, last_webfingered_at, "
                    "created_at, updated_at) VALUES (%d, %s, %s, 'avatar.png', 20480, %s, %s, %s);"
                    % (aid, q("user%d" % n), q(dom), ts(NOW - age * DAY), ts(NOW - 300 * DAY), ts(NOW - age * DAY)))
        write_file("%s/cache/accounts/avatars/%s/original/avatar.png" % (SYSTEM, partition(aid)), 20480,
                   NOW - age * DAY, uid, gid)
        accounts.append((aid, dom))
        aid += 1
    rows.append("INSERT INTO follows VALUES (1, 1, %d, now(), now());" % accounts[0][0])
    for n in range(60):
        t = NOW - n * 3600 * 7
        a = accounts[n % len(accounts)][0] if n % 3 else 1
        rows.append("INSERT INTO statuses (id, uri, text, account_id, local, created_at, updated_at) VALUES "
                    "(%d, '', %s, %d, %s, %s, %s);" % (snowflake(t), q("post %d" % n), a,
                                                      "true" if a == 1 else "false", ts(t), ts(t)))
    # Old remote posts for tootctl statuses remove (default 90 days): four nobody local touched
    # ("relay post"), and three it must keep: one alice replied to, one she favourited, one of
    # the account admin follows. Remote accounts without posts, favourites or follows: accounts prune.
    for n, (text, acc) in enumerate((("relay post 1", 5), ("relay post 2", 6), ("relay post 3", 7), ("relay post 4", 5),
                                     ("replied post", 6), ("favourited post", 7), ("followed post", 0))):
        t = NOW - (120 + n) * DAY
        sid = snowflake(t)
        rows.append("INSERT INTO statuses (id, uri, text, account_id, local, created_at, updated_at) VALUES "
                    "(%d, %s, %s, %d, false, %s, %s);" % (sid, q("https://%s/statuses/%d" % (accounts[acc][1], sid)),
                                                        q(text), accounts[acc][0], ts(t), ts(t)))
        if text == "replied post":
            rows.append("INSERT INTO statuses (id, uri, text, account_id, local, in_reply_to_id, created_at, updated_at) "
                        "VALUES (%d, NULL, 'a reply', 2, true, %d, now(), now());" % (snowflake(NOW - 1000), sid))
        if text == "favourited post":
            rows.append("INSERT INTO favourites (account_id, status_id, created_at, updated_at) VALUES (2, %d, now(), now());" % sid)

    # Remote (cached) media: MEDIA_PLAN = "age_days:size_kb:count,..." ; local media never cached.
    plan = cfg.get("MEDIA_PLAN", "1:96:4,3:96:4,10:192:4,30:256:6,90:384:6")
    media = []

    def add_media(age, size, remote=True):
        t = NOW - age * DAY
        mid = snowflake(t)
        acc = random.choice(accounts) if remote else (1, None)
        name = "%016x.jpg" % random.getrandbits(64)
        base = "%s/%smedia_attachments/files/%s" % (SYSTEM, "cache/" if remote else "", partition(mid))
        write_file("%s/original/%s" % (base, name), size, t, uid, gid)
        write_file("%s/small/%s" % (base, name), max(1024, size // 10), t, uid, gid)
        remote_url = "https://%s/system/media_attachments/files/%s/original/%s" % (acc[1], partition(mid), name) if remote else ""
        media.append("INSERT INTO media_attachments (id, account_id, file_file_name, file_content_type, file_file_size, "
                     "file_updated_at, remote_url, type, created_at, updated_at) VALUES (%d, %d, %s, 'image/jpeg', %d, %s, "
                     "%s, 0, %s, %s);" % (mid, acc[0], q(name), size, ts(t), q(remote_url), ts(t), ts(t)))

    for part in plan.split(","):
        age, kb, count = (int(x) for x in part.split(":"))
        for _ in range(count):
            add_media(age, kb * 1024)
    for age in (5, 50, 200):
        add_media(age, 200 * 1024, remote=False)
    fill = int(cfg.get("FILL_MEDIA_TO_PERCENT", "0") or 0)
    while fill and fs_percent(SYSTEM) < fill:
        add_media(random.choice((14, 30, 60)), 1024 * 1024)

    for n, age in enumerate((3, 20, 200, 400)):
        t = NOW - age * DAY
        pid = n + 1
        name = "%016x.jpg" % random.getrandbits(64)
        write_file("%s/preview_cards/images/%s/original/%s" % (SYSTEM, partition(pid), name), 60 * 1024, t, uid, gid)
        rows.append("INSERT INTO preview_cards (id, url, title, image_file_name, image_content_type, image_file_size, "
                    "image_updated_at, type, created_at, updated_at) VALUES (%d, %s, %s, %s, 'image/jpeg', %d, %s, 0, %s, %s);"
                    % (pid, q("https://news.example/%d" % n), q("News %d" % n), q(name), 60 * 1024, ts(t), ts(t), ts(t)))
    rows.append("INSERT INTO custom_emojis VALUES (1, 'blobcat', NULL, 'blobcat.png', 4096, now(), now()),"
                " (2, 'nyan', 'fedibird.com', 'nyan.png', 8192, now(), now());")
    rows.append("INSERT INTO site_uploads VALUES (1, 'thumbnail', 'thumb.png', 51200, now(), now());")
    rows.append("INSERT INTO domain_blocks VALUES (1, 'spam.example', 1, now(), now());")
    rows.append("INSERT INTO relays VALUES (1, 'https://relay.example.test/inbox', "
                "'https://example.test/6f1a0c4e-relay-follow', 2, now(), now());")
    # Server rules, as an admin sets them up (Administration > Server rules); a server
    # without any is the no-rules scenario (its rows are deleted, as the admin UI does).
    for n, (text, hint) in enumerate((("Be kind to each other.", ""),
                                      ("No spam or advertising.", "Including automated posts without a CW."),
                                      ("Mark sensitive media.", ""))):
        rows.append("INSERT INTO rules (id, priority, text, hint, created_at, updated_at) VALUES (%d, %d, %s, %s, now(), now());"
                    % (n + 1, n, q(text), q(hint)))
    psql("\n".join(rows + media) + VIEW + "\nANALYZE;", db="mastodon_production", user="mastodon")
    backups()

    # Sidekiq's state. Processes register themselves (sidekiq.py); queues, retry, dead are data.
    r = None
    for _ in range(60):
        try:
            r = Redis()
            r.cmd("PING")
            break
        except Exception:
            time.sleep(0.5)

    def job(cls, queue, age):
        return json.dumps({"retry": True, "queue": queue, "class": cls, "args": [str(random.getrandbits(60))],
                           "jid": "%024x" % random.getrandbits(96), "created_at": NOW - age,
                           "enqueued_at": NOW - age})
    for queue, cls, n in (("default", "LinkCrawlWorker", 3), ("push", "ActivityPub::DeliveryWorker", 5),
                          ("pull", "ActivityPub::FetchRepliesWorker", 2), ("ingress", "ActivityPub::ProcessingWorker", 0),
                          ("mailers", "ActionMailer::MailDeliveryJob", 0), ("scheduler", "Scheduler::IndexingScheduler", 0)):
        r.cmd("SADD", "queues", queue)
        for k in range(n):
            r.cmd("LPUSH", "queue:" + queue, job(cls, queue, 30 + k))
    for k in range(4):
        j = json.loads(job("ActivityPub::DeliveryWorker", "push", 3600 * (k + 1)))
        j.update({"retry_count": k + 2, "error_class": "Mastodon::UnexpectedResponseError",
                  "error_message": "https://gone.example/inbox returned code 410", "failed_at": NOW - 3600 * (k + 1)})
        r.cmd("ZADD", "retry", "%.3f" % (NOW + 600 * (k + 1)), json.dumps(j))
    j = json.loads(job("ActivityPub::DeliveryWorker", "push", 7 * DAY))
    j.update({"retry_count": 16, "error_class": "HTTP::ConnectionError", "failed_at": NOW - 2 * DAY})
    r.cmd("ZADD", "dead", "%.3f" % (NOW - 2 * DAY), json.dumps(j))
    r.cmd("ZADD", "schedule", "%.3f" % (NOW + 300), job("Scheduler::AccountsStatusesCleanupScheduler", "scheduler", 0))
    r.cmd("SET", "stat:processed", 1234567)
    r.cmd("SET", "stat:failed", 890)
    r.cmd("SAVE")

    for d in ("/home/mastodon/live/public/system",):
        subprocess.run(["chown", "-R", "mastodon:mastodon", d], check=False)
    os.makedirs(os.path.dirname(MARKER), exist_ok=True)
    open(MARKER, "w").write(time.strftime("%Y-%m-%dT%H:%M:%SZ\n", time.gmtime()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

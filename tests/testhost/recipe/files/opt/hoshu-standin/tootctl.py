#!/usr/bin/python3
"""Stand-in for Mastodon's bin/tootctl (4.3), run through the fake `ruby` of the test
host's rbenv. Implements the commands Hoshu's catalog uses, with the real arguments,
output lines, effect on files and rows, and exit codes as read from Mastodon's
lib/mastodon/cli/{media,preview_cards,statuses,accounts}.rb:
  media remove [--days N] [--prune-profiles|--remove-headers] [--include-follows] [-c N] [--dry-run]
  media usage
  preview_cards remove [--days N] [--link] [-c N] [--dry-run]
  statuses remove [--days N] [-b N] [--continue] [--clean-followed] [--skip-status-remove]
                  [--skip-media-remove] [--compress-database]
  accounts prune [-c N] [--dry-run]
  accounts modify USER [--role R|--remove-role] [--approve]; accounts approve [USER|--all|-n N]
  version
Not Mastodon: where the real tool would need Rails, this one talks to PostgreSQL with psql.
Progress bars are printed as ruby-progressbar does without a terminal. Simplified: statuses
remove knows the references the seed has (replies, local favourites, follows; no pins,
mentions, bookmarks or conversations), accounts prune the same ones plus local follows."""
import math, os, subprocess, sys, time

LIVE = os.environ.get("RAILS_ROOT", "/home/mastodon/live")
SYSTEM = os.path.join(LIVE, "public", "system")
VERSION = "4.3.2"


def die(msg, code=1, stream=sys.stderr):
    print(msg, file=stream)
    sys.exit(code)


def env_production():
    env = {}
    try:
        for line in open(os.path.join(LIVE, ".env.production")):
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                env[k] = v
    except OSError:
        pass
    return env


def human(n):
    """Rails' number_to_human_size: base 1024, 3 significant digits, insignificant zeros stripped."""
    n = int(n or 0)
    if n < 1024:
        return "%d %s" % (n, "Byte" if n == 1 else "Bytes")
    units = ["KB", "MB", "GB", "TB", "PB", "EB"]
    e = min(int(math.log(n, 1024)), len(units))
    v = n / (1024 ** e)
    decimals = max(0, 3 - len(str(int(v))))
    s = ("%." + str(decimals) + "f") % v
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "%s %s" % (s, units[e - 1])


class Db:
    def __init__(self):
        env = env_production()
        if os.environ.get("RAILS_ENV", "development") != "production":
            # What the real tootctl says without RAILS_ENV=production on a production box.
            die("ActiveRecord::NoDatabaseError: We could not find your database: mastodon_development. "
                "Available database configurations can be found in config/database.yml.")
        self.args = ["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                     "-h", env.get("DB_HOST", "/var/run/postgresql"), "-p", env.get("DB_PORT", "5432"),
                     "-U", env.get("DB_USER", "mastodon"), "-d", env.get("DB_NAME", "mastodon_production")]
        self.env = dict(os.environ, PGPASSWORD=env.get("DB_PASS", ""))

    def query(self, sql):
        p = subprocess.run(self.args + ["-c", sql], capture_output=True, text=True, env=self.env)
        if p.returncode != 0:
            die("PG::ConnectionBad: " + p.stderr.strip().replace("psql: error: ", ""))
        return [line.split("\t") for line in p.stdout.splitlines() if line]


def parse(argv, spec):
    """Thor-like options: --name V, --name=V, -a V, --flag, --no-flag."""
    opts = {k: v[1] for k, v in spec.items()}
    aliases = {v[2]: k for k, v in spec.items() if len(v) > 2}
    i = 0
    while i < len(argv):
        a = argv[i]
        if not a.startswith("-"):
            die('ERROR: "tootctl" was called with arguments %s' % [a])
        name, eq, val = a.lstrip("-").partition("=")
        name = name.replace("-", "_")
        if a.startswith("-") and not a.startswith("--"):
            name = aliases.get(name, "?" + name)
        neg = name.startswith("no_") and name[3:] in spec and spec[name[3:]][0] == "bool"
        key = name[3:] if neg else name
        if key not in spec:
            die('Unknown switches "%s"' % a)
        kind = spec[key][0]
        if kind == "bool":
            opts[key] = not neg
        else:
            if not eq:
                i += 1
                if i >= len(argv):
                    die("No value provided for option '--%s'" % key.replace("_", "-"))
                val = argv[i]
            try:
                opts[key] = float(val) if kind == "num" else val
            except ValueError:
                die("Expected numeric value for '--%s'; got %r" % (key.replace("_", "-"), val))
        i += 1
    if "concurrency" in opts and opts["concurrency"] < 1:
        die("Cannot run with this concurrency setting, must be at least 1")
    return opts


def progress(done, total):
    if sys.stdout.isatty():
        print("%d/%d |%s| Time: 00:00:00" % (done, total, "=" * 60))
    else:
        print("Progress: |%s|" % ("=" * 68))


def say_done(msg, dry):
    print(msg + (" (DRY RUN)" if dry else ""))


def remove_attachment_dir(base):
    """Paperclip deletes every style of the attachment, then the empty directories above it."""
    import shutil
    if os.path.isdir(base):
        shutil.rmtree(base, ignore_errors=True)
    d = os.path.dirname(base)
    while d.startswith(SYSTEM + "/") and d != SYSTEM:
        try:
            os.rmdir(d)
        except OSError:
            break
        d = os.path.dirname(d)


def partition(i):
    s = "%09d" % int(i)
    return "/".join(s[k:k + 3] for k in range(0, len(s), 3))


def ago(days):
    return "now() AT TIME ZONE 'UTC' - interval '%f days'" % days


def media_remove(argv):
    o = parse(argv, {"days": ("num", 7, "d"), "prune_profiles": ("bool", False), "remove_headers": ("bool", False),
                     "include_follows": ("bool", False), "concurrency": ("num", 5, "c"), "dry_run": ("bool", False),
                     "verbose": ("bool", False, "v")})
    if o["prune_profiles"] and o["remove_headers"]:
        die("--prune-profiles and --remove-headers should not be specified simultaneously", stream=sys.stdout)
    if o["include_follows"] and not (o["prune_profiles"] or o["remove_headers"]):
        die("--include-follows can only be used with --prune-profiles or --remove-headers", stream=sys.stdout)
    db, dry = Db(), o["dry_run"]
    if o["prune_profiles"] or o["remove_headers"]:
        rows = db.query("SELECT id, avatar_file_name, COALESCE(avatar_file_size, 0), header_file_name, "
                        "COALESCE(header_file_size, 0), EXISTS (SELECT 1 FROM follows f WHERE f.account_id = a.id "
                        "OR f.target_account_id = a.id) FROM accounts a WHERE domain IS NOT NULL AND "
                        "last_webfingered_at <= %s AND updated_at <= %s" % (ago(o["days"]), ago(o["days"])))
        total = 0
        for aid, av, avs, hd, hds, followed in rows:
            if followed == "t" and not o["include_follows"]:
                continue
            if not av and not hd:
                continue
            if o["remove_headers"] and not hd:
                continue
            total += int(hds) + (int(avs) if o["prune_profiles"] else 0)
            if not dry:
                remove_attachment_dir("%s/cache/accounts/headers/%s" % (SYSTEM, partition(aid)))
                sets = "header_file_name = NULL, header_file_size = NULL, header_content_type = NULL"
                if o["prune_profiles"]:
                    remove_attachment_dir("%s/cache/accounts/avatars/%s" % (SYSTEM, partition(aid)))
                    sets += ", avatar_file_name = NULL, avatar_file_size = NULL, avatar_content_type = NULL"
                db.query("UPDATE accounts SET %s, updated_at = now() WHERE id = %s" % (sets, aid))
        progress(len(rows), len(rows))
        say_done("Visited %d accounts and removed profile media totaling %s" % (len(rows), human(total)), dry)
        return 0
    rows = db.query("SELECT id, COALESCE(file_file_size, 0) + COALESCE(thumbnail_file_size, 0) FROM media_attachments "
                    "WHERE remote_url <> '' AND file_file_name IS NOT NULL AND created_at <= %s" % ago(o["days"]))
    total = 0
    for mid, size in rows:
        total += int(size)
        if not dry:
            remove_attachment_dir("%s/cache/media_attachments/files/%s" % (SYSTEM, partition(mid)))
            db.query("UPDATE media_attachments SET file_file_name = NULL, file_content_type = NULL, file_file_size = NULL, "
                     "file_updated_at = NULL, thumbnail_file_name = NULL, thumbnail_file_size = NULL, updated_at = now() "
                     "WHERE id = %s" % mid)
    progress(len(rows), len(rows))
    say_done("Removed %d media attachments (approx. %s)" % (len(rows), human(total)), dry)
    return 0


def media_usage(argv):
    parse(argv, {})
    db = Db()
    s = lambda sql: int(db.query("SELECT COALESCE((%s), 0)" % sql)[0][0])
    att = "COALESCE(file_file_size, 0) + COALESCE(thumbnail_file_size, 0)"
    local = "account_id IN (SELECT id FROM accounts WHERE domain IS NULL)"
    print("Attachments:\t%s (%s local)" % (human(s("SELECT SUM(%s) FROM media_attachments" % att)),
                                          human(s("SELECT SUM(%s) FROM media_attachments WHERE %s" % (att, local)))))
    print("Custom emoji:\t%s (%s local)" % (human(s("SELECT SUM(image_file_size) FROM custom_emojis")),
                                           human(s("SELECT SUM(image_file_size) FROM custom_emojis WHERE domain IS NULL"))))
    print("Preview cards:\t%s" % human(s("SELECT SUM(image_file_size) FROM preview_cards")))
    print("Avatars:\t%s (%s local)" % (human(s("SELECT SUM(avatar_file_size) FROM accounts")),
                                      human(s("SELECT SUM(avatar_file_size) FROM accounts WHERE domain IS NULL"))))
    print("Headers:\t%s (%s local)" % (human(s("SELECT SUM(header_file_size) FROM accounts")),
                                      human(s("SELECT SUM(header_file_size) FROM accounts WHERE domain IS NULL"))))
    print("Backups:\t%s" % human(s("SELECT SUM(dump_file_size) FROM backups")))
    print("Imports:\t%s" % human(s("SELECT SUM(data_file_size) FROM imports")))
    print("Settings:\t%s" % human(s("SELECT SUM(file_file_size) FROM site_uploads")))
    return 0


def preview_cards_remove(argv):
    o = parse(argv, {"days": ("num", 180), "concurrency": ("num", 5, "c"), "verbose": ("bool", False, "v"),
                     "dry_run": ("bool", False), "link": ("bool", False)})
    db, dry = Db(), o["dry_run"]
    where = "image_file_name IS NOT NULL AND image_file_name <> '' AND updated_at < %s" % ago(o["days"])
    if o["link"]:
        where += " AND type = 0"
    rows = db.query("SELECT id, COALESCE(image_file_size, 0) FROM preview_cards WHERE " + where)
    total = 0
    for pid, size in rows:
        total += int(size)
        if not dry:
            remove_attachment_dir("%s/preview_cards/images/%s" % (SYSTEM, partition(pid)))
            db.query("UPDATE preview_cards SET image_file_name = NULL, image_content_type = NULL, image_file_size = NULL, "
                     "image_updated_at = NULL, updated_at = now() WHERE id = %s" % pid)
    progress(len(rows), len(rows))
    say_done("Removed %d %spreview cards (approx. %s)" % (len(rows), "link-type " if o["link"] else "", human(total)), dry)
    return 0


def lit(s):
    return "'" + s.replace("'", "''") + "'"


def local_user(db, username):
    rows = db.query("SELECT u.id FROM users u JOIN accounts a ON a.id = u.account_id "
                    "WHERE a.domain IS NULL AND lower(a.username) = lower(%s)" % lit(username))
    return rows[0][0] if rows else None


def accounts_modify(argv):
    if not argv or argv[0].startswith("-"):
        die('ERROR: "tootctl accounts modify" was called with no arguments\nUsage: "tootctl accounts modify USERNAME"')
    username = argv[0]
    o = parse(argv[1:], {"role": ("str", None), "remove_role": ("bool", False), "approve": ("bool", False),
                         "confirm": ("bool", False), "enable": ("bool", False), "disable": ("bool", False)})
    db = Db()
    uid = local_user(db, username)
    if uid is None:
        die("No user with such username")
    if o["role"]:
        role = db.query("SELECT id FROM user_roles WHERE name = %s" % lit(o["role"]))
        if not role:
            die("Cannot find user role with that name")
        db.query("UPDATE users SET role_id = %s, updated_at = now() WHERE id = %s" % (role[0][0], uid))
    elif o["remove_role"]:
        db.query("UPDATE users SET role_id = NULL, updated_at = now() WHERE id = %s" % uid)
    if o["approve"]:
        db.query("UPDATE users SET approved = true, updated_at = now() WHERE id = %s" % uid)
    print("OK")
    return 0


def accounts_approve(argv):
    username = None
    if argv and not argv[0].startswith("-"):
        username, argv = argv[0], argv[1:]
    o = parse(argv, {"all": ("bool", False), "number": ("num", None, "n")})
    if o["number"] is not None and o["number"] < 0:
        die("Number must be positive")
    db = Db()
    if o["all"]:
        db.query("UPDATE users SET approved = true, updated_at = now() WHERE NOT approved")
    elif o["number"]:
        db.query("UPDATE users SET approved = true, updated_at = now() WHERE id IN "
                 "(SELECT id FROM users WHERE NOT approved ORDER BY created_at LIMIT %d)" % int(o["number"]))
    elif username:
        uid = local_user(db, username)
        if uid is None:
            die("No such account")
        db.query("UPDATE users SET approved = true, updated_at = now() WHERE id = %s" % uid)
    else:
        return 0
    print("OK")
    return 0


def statuses_remove(argv):
    o = parse(argv, {"days": ("num", 90), "batch_size": ("num", 1000, "b"), "continue": ("bool", False),
                     "clean_followed": ("bool", False), "skip_status_remove": ("bool", False),
                     "skip_media_remove": ("bool", False), "compress_database": ("bool", False)})
    if o["batch_size"] < 1:
        die("Cannot run with this batch_size setting, must be at least 1", stream=sys.stdout)
    db = Db()
    if not o["skip_status_remove"]:
        start = time.time()
        print("Creating temporary database indices...")
        print("Extract the deletion target from statuses... This might take a while...")
        # Mastodon::Snowflake.id_at(days.ago): the id of the first status of that moment.
        max_id = int((time.time() - o["days"] * 86400) * 1000) << 16
        followed = "" if o["clean_followed"] else \
            " AND NOT EXISTS (SELECT 1 FROM follows WHERE s.account_id = follows.target_account_id)"
        ids = [r[0] for r in db.query(
            "SELECT s.id FROM statuses s WHERE s.deleted_at IS NULL AND NOT s.local AND s.uri IS NOT NULL AND s.id < %d "
            "AND NOT EXISTS (SELECT 1 FROM statuses r WHERE r.in_reply_to_id = s.id) "
            "AND NOT EXISTS (SELECT 1 FROM statuses b WHERE b.reblog_of_id = s.id AND (b.uri IS NULL OR b.local OR b.id >= %d)) "
            "AND NOT EXISTS (SELECT 1 FROM favourites f WHERE f.status_id = s.id AND f.account_id IN "
            "(SELECT id FROM accounts WHERE domain IS NULL))%s" % (max_id, max_id, followed))]
        print("Removing temporary database indices to restore write performance...")
        print("Beginning statuses removal... This might take a while...")
        removed = 0
        for k in range(0, len(ids), int(o["batch_size"])):
            batch = ids[k:k + int(o["batch_size"])]
            removed += len(db.query("DELETE FROM statuses WHERE id IN (%s) RETURNING id" % ",".join(batch)))
        progress(1, 1)
        print("Done after %.3fs, removed %d out of %d statuses." % (time.time() - start, removed, len(ids)))
        print("Removing temporary database indices to restore write performance...")
    print("Run %s to statuses..." % ("VACUUM FULL ANALYZE" if o["compress_database"] else "ANALYZE"))
    db.query("VACUUM FULL ANALYZE statuses" if o["compress_database"] else "ANALYZE statuses")
    if not o["skip_media_remove"]:
        start = time.time()
        print("Beginning removal of now-orphaned media attachments to free up disk space...")
        rows = db.query("SELECT id, remote_url <> '' FROM media_attachments WHERE status_id IS NULL AND created_at < %s"
                        % ago(o["days"] - 1))
        for mid, remote in rows:
            remove_attachment_dir("%s/%smedia_attachments/files/%s" % (SYSTEM, "cache/" if remote == "t" else "", partition(mid)))
            db.query("DELETE FROM media_attachments WHERE id = %s" % mid)
        progress(len(rows), len(rows))
        print("Done after %.3fs, removed %d out of %d media_attachments." % (time.time() - start, len(rows), len(rows)))
    return 0


def accounts_prune(argv):
    o = parse(argv, {"concurrency": ("num", 5, "c"), "dry_run": ("bool", False)})
    db = Db()
    rows = db.query("SELECT a.id FROM accounts a WHERE a.domain IS NOT NULL AND a.suspended_at IS NULL "
                    "AND NOT EXISTS (SELECT 1 FROM statuses WHERE account_id = a.id) "
                    "AND NOT EXISTS (SELECT 1 FROM favourites WHERE account_id = a.id) "
                    "AND NOT EXISTS (SELECT 1 FROM follows WHERE account_id = a.id OR target_account_id = a.id)")
    for (aid,) in rows:
        if not o["dry_run"]:
            for kind in ("avatars", "headers"):
                remove_attachment_dir("%s/cache/accounts/%s/%s" % (SYSTEM, kind, partition(aid)))
            db.query("DELETE FROM accounts WHERE id = %s" % aid)
    progress(len(rows), len(rows))
    say_done("OK, pruned %d accounts" % len(rows), o["dry_run"])
    return 0


COMMANDS = {("media", "remove"): media_remove, ("media", "usage"): media_usage,
            ("preview_cards", "remove"): preview_cards_remove,
            ("accounts", "modify"): accounts_modify, ("accounts", "approve"): accounts_approve,
            ("accounts", "prune"): accounts_prune, ("statuses", "remove"): statuses_remove}


def main(argv):
    if not argv or argv[0] in ("help", "-h", "--help"):
        print("Commands:\n  tootctl media remove           # Remove remote media files, headers or avatars\n"
              "  tootctl media usage            # Calculate disk space consumed by Mastodon\n"
              "  tootctl preview_cards remove   # Remove preview cards\n"
              "  tootctl accounts modify        # Modify a user account\n"
              "  tootctl accounts approve       # Approve pending accounts\n"
              "  tootctl accounts prune         # Prune remote accounts that never interacted with local users\n"
              "  tootctl statuses remove        # Remove unreferenced statuses\n"
              "  tootctl version                # Show version")
        return 0
    if argv[0] in ("version", "--version", "-v"):
        print(VERSION)
        return 0
    if len(argv) < 2 or (argv[0], argv[1]) not in COMMANDS:
        known = {c for c, _ in COMMANDS}
        if argv[0] in known and len(argv) >= 2:
            die('Could not find command "%s" in "%s" namespace.' % (argv[1], argv[0]))
        die('Could not find command "%s".' % argv[0])
    try:
        return COMMANDS[(argv[0], argv[1])](argv[2:])
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/python3
"""Stand-in for Mastodon's web process (puma), started by the fake `bundle exec puma`.

Answers the routes Hoshu probes the way Mastodon 4.3 does: /health, /api/v1/instance,
/api/v2/instance, /nodeinfo, and the Web UI page that references the asset packs nginx
serves from public/packs. It is NOT Mastodon.
"""
import json, os, signal, socket, subprocess, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LIVE = "/home/mastodon/live"
VERSION = "4.3.2"


def env_production():
    env = {}
    try:
        with open(os.path.join(LIVE, ".env.production")) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#") and "=" in line:
                    k, v = line.split("=", 1)
                    env[k] = v
    except OSError:
        pass
    return env


ENV = env_production()
DOMAIN = ENV.get("LOCAL_DOMAIN", socket.gethostname() + ".test")


def manifest():
    """The pack names of the current build (public/packs/manifest.json), as Rails reads them."""
    try:
        with open(os.path.join(LIVE, "public/packs/manifest.json")) as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def rules():
    """The server rules from the database (Rule.ordered: not deleted, by priority, id), as Mastodon serves them."""
    p = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", "-d", "mastodon_production", "-c",
                        "SELECT id, text, hint FROM rules WHERE deleted_at IS NULL ORDER BY priority, id"],
                       capture_output=True, text=True, timeout=10)
    if p.returncode != 0:
        raise RuntimeError("PG::Error: " + p.stderr.strip())
    out = []
    for line in p.stdout.splitlines():
        rid, text, hint = (line.split("\t") + ["", ""])[:3]
        out.append({"id": rid, "text": text, "hint": hint})
    return out


def domain_count():
    """stats.domain_count of /api/v1/instance: Instance.count, a read of the materialized view
    instances. On a view that was never populated PostgreSQL refuses the read and Rails answers
    500 (seed 001): `REFRESH MATERIALIZED VIEW instances` mends it."""
    p = subprocess.run(["psql", "-X", "-q", "-At", "-d", "mastodon_production", "-c", "SELECT count(*) FROM instances"],
                       capture_output=True, text=True, timeout=10)
    if p.returncode != 0:
        raise RuntimeError("PG::ObjectNotInPrerequisiteState: " + p.stderr.strip())
    return int(p.stdout.strip() or 0)


def instance_v1():
    return {
        "uri": DOMAIN, "title": "Hoshu test server", "short_description": "",
        "description": "A test host that behaves like a Mastodon server.",
        "email": "admin@" + DOMAIN, "version": VERSION,
        "urls": {"streaming_api": "wss://" + DOMAIN},
        "stats": {"user_count": 3, "status_count": 1234, "domain_count": domain_count()},
        "thumbnail": "https://%s/packs/media/images/preview.png" % DOMAIN,
        "languages": ["ja", "en"], "registrations": False, "approval_required": True,
        "invites_enabled": True,
        "configuration": {"statuses": {"max_characters": 500, "max_media_attachments": 4}},
        "contact_account": None, "rules": rules(),
    }


def instance_v2():
    return {
        "domain": DOMAIN, "title": "Hoshu test server", "version": VERSION,
        "source_url": "https://github.com/mastodon/mastodon",
        "description": "A test host that behaves like a Mastodon server.",
        "usage": {"users": {"active_month": 2}},
        "thumbnail": {"url": "https://%s/packs/media/images/preview.png" % DOMAIN},
        "icon": [], "languages": ["ja", "en"],
        "configuration": {
            "urls": {"streaming": "wss://" + DOMAIN, "status": None},
            "vapid": {"public_key": ENV.get("VAPID_PUBLIC_KEY", "")},
            "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
            "statuses": {"max_characters": 500, "max_media_attachments": 4, "characters_reserved_per_url": 23},
            "media_attachments": {"image_size_limit": 16777216, "video_size_limit": 103809024},
            "polls": {"max_options": 4}, "translation": {"enabled": False},
        },
        "registrations": {"enabled": False, "approval_required": True, "message": None},
        "api_versions": {"mastodon": 2},
        "contact": {"email": "admin@" + DOMAIN, "account": None}, "rules": rules(),
    }


def web_ui():
    m = manifest()
    js = m.get("common.js", "/packs/js/common.js")
    css = m.get("common.css", "/packs/css/common.css")
    app = m.get("application.js", "/packs/js/application.js")
    return ("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>Hoshu test server</title>\n"
            "<link rel=\"stylesheet\" media=\"all\" href=\"%s\">\n"
            "<script src=\"%s\" crossorigin=\"anonymous\"></script>\n"
            "<script src=\"%s\" crossorigin=\"anonymous\"></script>\n"
            "</head>\n<body class=\"app-body\">\n<div class=\"app-holder\" id=\"mastodon\" "
            "data-props=\"{&quot;locale&quot;:&quot;ja&quot;}\"><noscript>To use the Mastodon web "
            "application, please enable JavaScript.</noscript></div>\n</body>\n</html>\n") % (css, js, app)


class Handler(BaseHTTPRequestHandler):
    server_version = "Mastodon"
    sys_version = ""

    def send(self, code, body, ctype):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_GET(self):
        try:
            self.route()
        except Exception as e:  # Rails answers 500 when the database is unreachable
            sys.stdout.write("[web] error: %s\n" % e)
            self.send(500, json.dumps({"error": "We're sorry, but something went wrong on our end."}),
                      "application/json; charset=utf-8")

    def route(self):
        path = self.path.split("?", 1)[0]
        if path == "/health":
            self.send(200, "OK", "text/plain; charset=utf-8")
        elif path == "/api/v1/instance":
            self.send(200, json.dumps(instance_v1()), "application/json; charset=utf-8")
        elif path == "/api/v2/instance":
            self.send(200, json.dumps(instance_v2()), "application/json; charset=utf-8")
        elif path == "/api/v1/instance/rules":
            self.send(200, json.dumps(rules()), "application/json; charset=utf-8")
        elif path == "/.well-known/nodeinfo":
            self.send(200, json.dumps({"links": [{"rel": "http://nodeinfo.diaspora.software/ns/schema/2.0",
                                                  "href": "https://%s/nodeinfo/2.0" % DOMAIN}]}),
                      "application/json; charset=utf-8")
        elif path == "/nodeinfo/2.0":
            self.send(200, json.dumps({"version": "2.0", "software": {"name": "mastodon", "version": VERSION},
                                       "protocols": ["activitypub"], "openRegistrations": False,
                                       "usage": {"users": {"total": 3, "activeMonth": 2}, "localPosts": 1234}}),
                      "application/json; charset=utf-8")
        elif path.startswith("/api/"):
            self.send(404, json.dumps({"error": "Record not found"}), "application/json; charset=utf-8")
        else:
            self.send(200, web_ui(), "text/html; charset=utf-8")

    do_HEAD = do_GET

    def log_message(self, fmt, *args):
        sys.stdout.write("[web] %s %s\n" % (self.address_string(), fmt % args))
        sys.stdout.flush()


def main():
    port = int(os.environ.get("PORT", "3000"))
    bind = os.environ.get("BIND", "127.0.0.1")
    # puma does a phased restart on SIGUSR1 (systemctl reload): survive it, as puma does.
    signal.signal(signal.SIGUSR1, lambda *_: print("[web] phased restart requested", flush=True))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    srv = ThreadingHTTPServer((bind, port), Handler)
    print("* Listening on http://%s:%d" % (bind, port), flush=True)
    srv.serve_forever()


if __name__ == "__main__":
    main()

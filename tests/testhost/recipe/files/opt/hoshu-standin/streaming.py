#!/usr/bin/python3
"""Stand-in for Mastodon's streaming server (node ./streaming), one process per port
(mastodon-streaming@PORT). Answers /api/v1/streaming/health like Mastodon. It is NOT Mastodon."""
import json, os, signal, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    server_version = "Mastodon-Streaming"
    sys_version = ""

    def send(self, code, body, ctype):
        data = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path in ("/api/v1/streaming/health", "/health"):
            self.send(200, "OK", "text/plain")
        elif path.startswith("/api/v1/streaming"):
            self.send(401, json.dumps({"error": "Missing access token"}), "application/json; charset=utf-8")
        else:
            self.send(404, json.dumps({"error": "Not found"}), "application/json; charset=utf-8")

    do_HEAD = do_GET

    def log_message(self, fmt, *args):
        pass


def main():
    port = int(os.environ.get("PORT", "4000"))
    bind = os.environ.get("BIND", "127.0.0.1")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    srv = ThreadingHTTPServer((bind, port), Handler)
    print("Streaming API now listening on %s:%d" % (bind, port), flush=True)
    srv.serve_forever()


if __name__ == "__main__":
    main()

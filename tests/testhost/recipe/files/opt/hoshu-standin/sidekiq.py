#!/usr/bin/python3
"""Stand-in for a Sidekiq process (`bundle exec sidekiq -c 25 [-q QUEUE[,WEIGHT]]...`).

Registers itself in Redis the way Sidekiq 6/7 does (the `processes` set and a hash per
process holding its info JSON, with the queues it listens to, refreshed by a heartbeat), so
a probe that reads Redis sees which queues are served. Without -q it listens to every queue
of Mastodon's config/sidekiq.yml, scheduler included. It does not run jobs. NOT Sidekiq.
"""
import json, os, random, signal, socket, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from resp import Redis

# Mastodon 4.3 config/sidekiq.yml
DEFAULT_QUEUES = [("default", 8), ("push", 6), ("ingress", 4), ("mailers", 2), ("pull", 1),
                  ("scheduler", 1), ("fasp", 1)]


def parse(argv):
    conc, queues, i = 5, [], 0
    while i < len(argv):
        a = argv[i]
        if a in ("-c", "--concurrency"):
            conc = int(argv[i + 1]); i += 2; continue
        if a in ("-q", "--queue"):
            name, _, w = argv[i + 1].partition(",")
            queues.append((name, int(w or 1))); i += 2; continue
        i += 1
    return conc, queues or DEFAULT_QUEUES


def main():
    conc, queues = parse(sys.argv[1:])
    host = socket.gethostname()
    identity = "%s:%d:%012x" % (host, os.getpid(), random.getrandbits(48))
    info = {"hostname": host, "started_at": time.time(), "pid": os.getpid(), "tag": "live",
            "concurrency": conc, "queues": [q for q, _ in queues],
            "weights": [{q: w for q, w in queues}], "labels": [], "identity": identity,
            "version": "6.5.12", "embedded": False}
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    print("Booting Sidekiq 6.5.12 with Sidekiq::RedisConnection::RedisAdapter options {}", flush=True)
    print("Starting processing, hit Ctrl-C to stop; queues: %s, concurrency %d"
          % (", ".join(info["queues"]), conc), flush=True)
    r = None
    while not stop:
        try:
            if r is None:
                r = Redis()
            r.cmd("SADD", "processes", identity)
            r.cmd("HSET", identity, "info", json.dumps(info), "busy", 0, "beat", "%.3f" % time.time(),
                  "quiet", "false", "rss", 123456, "rtt_us", 120)
            r.cmd("EXPIRE", identity, 60)
            if "scheduler" in info["queues"]:
                # What sidekiq-scheduler leaves behind when periodic jobs run.
                r.cmd("HSET", "sidekiq-scheduler:last_times", "scheduler", str(int(time.time())))
        except (OSError, RuntimeError, ConnectionError) as e:
            print("Redis: %s" % e, flush=True)
            r = None
        for _ in range(50):
            if stop:
                break
            time.sleep(0.1)
    try:
        Redis().cmd("SREM", "processes", identity)
        Redis().cmd("DEL", identity)
    except Exception:
        pass
    print("Bye!", flush=True)


if __name__ == "__main__":
    main()

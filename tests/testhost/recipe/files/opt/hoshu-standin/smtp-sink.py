#!/usr/bin/python3
"""The test host's mail server (hoshu-smtp-sink.service): a real SMTP server (aiosmtpd,
Debian's python3-aiosmtpd) on port 25 of localhost, where .env.production's SMTP_SERVER
points, that delivers nowhere and records every message it accepts in
/var/lib/hoshu-testhost/mail/ (one file per message: the envelope as X-Envelope-* lines,
then the message as received). STARTTLS is offered with the host's certificate when
LOCAL_DOMAIN's Let's Encrypt lineage exists, as SMTP_ENABLE_STARTTLS=auto expects.
Not a mail server for anything else."""
import os, signal, ssl, sys, time
from aiosmtpd.controller import Controller

SPOOL = "/var/lib/hoshu-testhost/mail"
ENV = "/home/mastodon/live/.env.production"


def local_domain():
    try:
        for line in open(ENV):
            if line.startswith("LOCAL_DOMAIN="):
                return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return None


def tls_context():
    dom = local_domain()
    if not dom:
        return None
    live = "/etc/letsencrypt/live/%s" % dom
    try:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(live + "/fullchain.pem", live + "/privkey.pem")
        return ctx
    except (OSError, ssl.SSLError) as e:
        print("no STARTTLS: %s" % e, flush=True)
        return None


class Recorder:
    seq = 0

    async def handle_DATA(self, server, session, envelope):
        Recorder.seq += 1
        name = "%s/%d.%06d-%d.eml" % (SPOOL, int(time.time()), os.getpid() % 1000000, Recorder.seq)
        head = "X-Envelope-From: %s\r\n" % envelope.mail_from
        head += "".join("X-Envelope-To: %s\r\n" % r for r in envelope.rcpt_tos)
        head += "X-Peer: %s\r\nX-TLS: %s\r\n" % (session.peer[0], "yes" if session.ssl else "no")
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode()
        tmp = name + ".tmp"
        with open(tmp, "wb") as f:
            f.write(head.encode() + data)
        os.rename(tmp, name)
        print("accepted mail from %s to %s (%d bytes) -> %s" % (envelope.mail_from, ", ".join(envelope.rcpt_tos),
                                                               len(data), name), flush=True)
        return "250 2.0.0 Ok: queued as %d" % Recorder.seq


def main():
    os.makedirs(SPOOL, mode=0o755, exist_ok=True)
    ctx = tls_context()
    controllers = []
    for host in ("127.0.0.1", "::1"):
        try:
            c = Controller(Recorder(), hostname=host, port=25, server_hostname=local_domain() or "localhost",
                           tls_context=ctx, require_starttls=False)
            c.start()
            controllers.append(c)
        except Exception as e:  # no IPv6 on this host: 127.0.0.1 is enough
            print("not listening on %s: %s" % (host, e), flush=True)
    if not controllers:
        sys.exit("could not listen on port 25")
    print("listening on port 25 (STARTTLS %s), recording to %s" % ("on" if ctx else "off", SPOOL), flush=True)
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    while not stop:
        time.sleep(0.2)
    for c in controllers:
        c.stop()


if __name__ == "__main__":
    main()

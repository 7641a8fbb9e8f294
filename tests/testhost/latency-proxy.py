#!/usr/bin/python3
"""A delaying TCP proxy: every chunk is forwarded DELAY ms after it arrives, in each
direction (so RTT grows by 2 x DELAY), order kept. Used in front of a test host's sshd
because tc netem is not available here.
  latency-proxy.py --listen 127.0.0.1:22001 --target 10.77.0.6:22 --delay-ms 25"""
import argparse, asyncio


async def pump(reader, writer, delay):
    queue = asyncio.Queue()

    async def sender():
        loop = asyncio.get_running_loop()
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
        try:
            writer.write_eof()
        except OSError:
            pass

    task = asyncio.create_task(sender())
    loop = asyncio.get_running_loop()
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            queue.put_nowait((loop.time() + delay, data))
    except OSError:
        pass
    queue.put_nowait((loop.time() + delay, None))
    try:
        await task
    except OSError:
        pass


async def handle(cr, cw, target, delay):
    host, port = target
    try:
        sr, sw = await asyncio.open_connection(host, port)
    except OSError:
        cw.close()
        return
    await asyncio.gather(pump(cr, sw, delay), pump(sr, cw, delay), return_exceptions=True)
    for w in (cw, sw):
        w.close()


def hostport(s):
    h, _, p = s.rpartition(":")
    return h, int(p)


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", required=True, type=hostport)
    ap.add_argument("--target", required=True, type=hostport)
    ap.add_argument("--delay-ms", type=float, default=25)
    a = ap.parse_args()
    d = a.delay_ms / 1000.0
    srv = await asyncio.start_server(lambda r, w: handle(r, w, a.target, d), *a.listen)
    async with srv:
        await srv.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass

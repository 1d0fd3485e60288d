#!/usr/bin/env python3
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
"""A plain UDP sender for the udp-receive benchmark (python3 standard library; not SocketLab).

Sends --size-byte datagrams to 127.0.0.1:--port for --seconds, as fast as it can (--rate 0) or paced to
--rate datagrams per second, and never more than --max-count. Prints one JSON line at the end:
{"sent":N,"seconds":S,"rate":N/S,"errors":E} (errors: sends the kernel refused, e.g. ENOBUFS).
"""

import argparse
import json
import socket
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--size", type=int, default=1400)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rate", type=float, default=0.0, help="datagrams per second; 0 = unlimited")
    parser.add_argument("--max-count", type=int, default=50_000_000)
    args = parser.parse_args()
    seconds = min(max(args.seconds, 0.1), 600.0)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.connect(("127.0.0.1", args.port))  # loopback only
    payload = bytes(range(256)) * (args.size // 256) + bytes(args.size % 256)
    send = sock.send
    sent = errors = 0
    batch = 32
    start = time.monotonic()
    deadline = start + seconds
    now = start
    while now < deadline and sent < args.max_count:
        for _ in range(batch):
            try:
                send(payload)
                sent += 1
            except OSError:
                errors += 1
        now = time.monotonic()
        if args.rate > 0:
            ahead = sent / args.rate - (now - start)  # seconds we are ahead of the schedule
            if ahead > 0.0005:
                time.sleep(min(ahead, deadline - now) if deadline > now else 0)
                now = time.monotonic()
    elapsed = now - start
    print(json.dumps({"sent": sent, "seconds": elapsed, "rate": sent / elapsed if elapsed > 0 else 0.0,
                      "errors": errors}), flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
"""REFERENCE echo server for the 10k-connections benchmark: python3 asyncio, standard library only.

Not part of SocketLab. It listens on 127.0.0.1 (port 0 = any free port), echoes every read back, and
speaks a small subset of socketlab-cli's JSON events so the benchmark can drive both the same way:
  {"event":"listening","port":P}           once listening
  {"event":"progress","clients":C,"echoed":E}   each time another 1,000 reads have been echoed
  {"event":"summary","clients":C,"bytesIn":X,"bytesOut":Y}   on SIGTERM/SIGINT, then it exits
It stops by itself after --max-seconds (default 300) in any case.
"""

import argparse
import asyncio
import json
import resource
import signal
import sys


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


class Stats:
    clients = 0
    bytes_in = 0
    bytes_out = 0
    echoed = 0


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        Stats.clients += 1

    def data_received(self, data):
        Stats.bytes_in += len(data)
        self.transport.write(data)
        Stats.bytes_out += len(data)
        Stats.echoed += 1
        if Stats.echoed % 1000 == 0:
            emit({"event": "progress", "clients": Stats.clients, "echoed": Stats.echoed})


async def serve(args):
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: stop.done() or stop.set_result(None))
    server = await loop.create_server(Echo, "127.0.0.1", args.port, backlog=args.backlog)
    emit({"event": "listening", "port": server.sockets[0].getsockname()[1]})
    try:
        await asyncio.wait_for(stop, timeout=args.max_seconds)
    except asyncio.TimeoutError:
        pass
    server.close()
    emit({"event": "summary", "clients": Stats.clients, "bytesIn": Stats.bytes_in, "bytesOut": Stats.bytes_out})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--backlog", type=int, default=4096)
    parser.add_argument("--max-seconds", type=float, default=300)
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()

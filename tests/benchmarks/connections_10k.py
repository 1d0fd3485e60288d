#!/usr/bin/env python3
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
"""10k-connections: one echo server holding 10,000 concurrent TCP connections on 127.0.0.1.

The server under test is `socketlab-cli tcp-server --reply echo --json --backlog 4096`; the reference is
asyncio_echo_server.py (python3 asyncio, standard library; clearly not SocketLab). Both are driven by the
same clients: `socketlab-cli tcp-client --connections N --send PAYLOAD --wait MS --quiet --json` (split over
several processes only when the hard fd limit is too low for one). Every connection sends the payload once
and stays open; --wait (default 120 s) only bounds how long. Once the server has echoed all N messages and
its RSS has been read, the server is stopped with SIGTERM: it closes every connection (FIN after the echoes),
so each client connection reads its echo, sees the end and finishes, and the clients exit by themselves with
their summaries. (A fixed client --wait would have to guess how long 10,000 connects and echoes take on a
loaded machine; here they took 4 to 12 s.)

Memory per connection = (server VmRSS while all N are connected and have been echoed - VmRSS idle) / N,
with VmRSS from /proc/PID/status. "All echo correctly": the clients' summaries say connections == N,
failed == 0 and bytesIn == bytesOut == N x payload size; and /proc/net/tcp shows N established
connections on the server's port when the RSS is read. Target: <= 20 KiB per connection.
--backlog 4096 (the kernel's somaxconn here) is given to both servers; the default of 50 would make
thousands of SYNs wait for retransmission, which measures the backlog, not the memory.
"""

import argparse
import math
import os
import sys
import time

import benchlib as bl

NAME = "10k-connections"
TARGET_KIB = 20.0
PAYLOAD = "socketlab-10k-echo-0123456789abcdef"


def established_on(port):
    """Established TCP sockets whose local port is `port` (the server's side of each connection)."""
    wanted = ":%04X" % port
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as handle:
                next(handle, None)
                for line in handle:
                    fields = line.split(None, 4)
                    if len(fields) > 3 and fields[3] == "01" and fields[1].endswith(wanted):
                        count += 1
        except OSError:
            pass
    return count


def run_once(kind, cli, connections, wait_ms, per_process):
    if kind == "socketlab":
        server_argv = [cli, "tcp-server", "--listen", "%s:0" % bl.LOOPBACK, "--reply", "echo", "--json",
                       "--backlog", "4096"]
        label = "socketlab tcp-server"
    else:
        server_argv = [sys.executable, os.path.join(bl.HERE, "asyncio_echo_server.py"), "--backlog", "4096",
                       "--max-seconds", "300"]
        label = "reference asyncio server"
    server = bl.Proc(server_argv, label)
    clients = []
    try:
        _, listening = server.wait_event("listening", 10)
        port = listening["port"]
        time.sleep(0.5)
        idle = bl.rss_kib(server.pid)
        processes = math.ceil(connections / per_process)
        client_cmds = []
        for index in range(processes):
            count = min(per_process, connections - index * per_process)
            argv = [cli, "tcp-client", "--connect", "%s:%d" % (bl.LOOPBACK, port), "--connections", str(count),
                    "--send", PAYLOAD, "--wait", str(wait_ms), "--quiet", "--json"]
            client_cmds.append(bl.command_line(argv))
            clients.append(bl.Proc(argv, "socketlab tcp-client #%d" % (index + 1)))
        started = time.monotonic()
        # Every connection accepted and its message echoed; bounded by the clients' own wait.
        budget = max(5.0, min(90.0, wait_ms / 1000.0 - 5.0))
        if kind == "socketlab":
            server.wait_event("sent", budget, count=connections)
        else:
            bl.wait_until(lambda: any(o.get("echoed", 0) >= connections for _, o in server.events("progress")),
                          budget, step=0.05)
        echoed_after = time.monotonic() - started
        time.sleep(0.5)
        samples = []
        for _ in range(5):
            samples.append(bl.rss_kib(server.pid))
            time.sleep(0.1)
        held = established_on(port)
        loaded = max(s for s in samples if s is not None)
        disconnected_early = server.count("disconnected") if kind == "socketlab" else 0
        # The server closes every connection on SIGTERM; the clients then finish by themselves.
        server.stop()
        server_summary = server.events("summary")
        summaries = []
        for client in clients:
            code = client.wait(timeout=60)
            found = client.events("summary")
            if code != 0 or not found:
                raise bl.BenchError("%s exit %s, no summary%s" % (client.name, code, client.tail()))
            summaries.append(found[-1][1])
        total_conns = sum(s["connections"] for s in summaries)
        failed = sum(s["failed"] for s in summaries)
        bytes_in = sum(s["bytesIn"] for s in summaries)
        bytes_out = sum(s["bytesOut"] for s in summaries)
        expected = connections * len(PAYLOAD)
        correct = (total_conns == connections and failed == 0 and bytes_in == expected and bytes_out == expected
                   and held >= connections and disconnected_early == 0)
        return {
            "idle_kib": idle,
            "loaded_kib": loaded,
            "per_conn_kib": (loaded - idle) / connections,
            "held": held,
            "echoed_after_s": echoed_after,
            "failed": failed,
            "bytes_in": bytes_in,
            "bytes_out": bytes_out,
            "expected": expected,
            "correct": correct,
            "server_summary": server_summary[-1][1] if server_summary else None,
        }, [bl.command_line(server_argv)] + client_cmds
    finally:
        for client in clients:
            client.stop()
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connections", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3, help="runs of each server (default 3)")
    parser.add_argument("--wait", type=int, default=120000,
                        help="upper bound (ms) on how long a client connection stays open after sending; the"
                             " server's stop ends them sooner (default 120000)")
    parser.add_argument("--no-reference", action="store_true", help="skip the asyncio reference server")
    args = parser.parse_args()
    runs = max(1, min(args.runs, 10))
    connections = max(1, min(args.connections, 100000))
    cli = bl.cli_path()
    try:
        bl.check_tools(cli)
        soft, hard = bl.raise_fd_limit()
        if soft < connections + 64:
            raise bl.BenchError("the fd limit (%d, hard %d) cannot hold %d connections in the server"
                                % (soft, hard, connections))
        # One client process when it fits in the fd limit; otherwise several, each well inside it.
        per_process = connections if soft >= connections + 64 else 2500
        low, high = (int(x) for x in open("/proc/sys/net/ipv4/ip_local_port_range").read().split())
        if high - low + 1 < connections:
            raise bl.BenchError("the ephemeral port range %d-%d is smaller than %d connections" % (low, high,
                                                                                                  connections))
        print("== %s: %d connections, %d run(s) per server, fd limit %d, %d client process(es)"
              % (NAME, connections, runs, soft, math.ceil(connections / per_process)), flush=True)
        kinds = ["socketlab"] + ([] if args.no_reference else ["reference"])
        results = {k: [] for k in kinds}
        commands = []
        for index in range(runs):
            for kind in (kinds if index % 2 == 0 else list(reversed(kinds))):
                result, cmds = run_once(kind, cli, connections, args.wait, per_process)
                results[kind].append(result)
                if index == 0:
                    commands += cmds
                bl.log("run %d %-9s: idle %d KiB, with %d held %d KiB -> %.2f KiB/conn; echoed all after %.1f s;"
                       " clients: failed %d, in %d / out %d of %d bytes -> %s"
                       % (index + 1, kind, result["idle_kib"], result["held"], result["loaded_kib"],
                          result["per_conn_kib"], result["echoed_after_s"], result["failed"], result["bytes_in"],
                          result["bytes_out"], result["expected"], "all echoed" if result["correct"] else "WRONG"))
                time.sleep(0.5)
        ours = bl.median([r["per_conn_kib"] for r in results["socketlab"]])
        all_correct = all(r["correct"] for r in results["socketlab"])
        if "reference" in results:
            theirs = bl.median([r["per_conn_kib"] for r in results["reference"]])
            reference = ("python3 asyncio echo server (asyncio_echo_server.py) %.2f KiB per connection, median"
                         " (runs: %s)" % (theirs, ", ".join("%.2f" % r["per_conn_kib"] for r in results["reference"])))
            ratio = ours / theirs if theirs > 0 else float("nan")
        else:
            reference, ratio = "skipped", float("nan")
        bl.report(NAME,
                  "%.2f KiB per connection, median (runs: %s); all %d echoed correctly: %s"
                  % (ours, ", ".join("%.2f" % r["per_conn_kib"] for r in results["socketlab"]), connections,
                     "yes" if all_correct else "NO"),
                  reference, ratio, "<= %.0f KiB per connection and every connection echoed (ratio: lower is better)"
                  % TARGET_KIB,
                  ours <= TARGET_KIB and all_correct,
                  commands=commands)
        return 0
    except bl.BenchError as error:
        bl.report_error(NAME, error)
        return 2


if __name__ == "__main__":
    sys.exit(main())

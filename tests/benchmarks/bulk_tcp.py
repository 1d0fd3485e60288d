#!/usr/bin/env python3
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
"""bulk-tcp: one TCP stream over 127.0.0.1, SocketLab client -> SocketLab server vs iperf3 -c -> iperf3 -s.

Both move the same number of bytes (--bytes, default 2 GiB) in the same run, one stream each, the tools'
defaults otherwise (iperf3: 128 KiB writes; SocketLab: a 1 MiB file sent --repeat times, see --block). Throughput is the receiver's: bytes received over the receiver's own time.
  SocketLab: tcp-server --discard --json prints "connected" when it accepts and "disconnected" once it has
             read everything up to the client's FIN; bytesIn comes from its summary on SIGTERM. The time
             between the two lines (stamped as they arrive) is the receive time.
  iperf3:    end.sum_received of `iperf3 -c ... -n BYTES --json` (the server's own figures).
Each side runs --runs times (default 5), alternating which goes first; the medians are compared. Loopback
throughput on a shared 2-CPU VM swings by 2x from one second to the next, hence short, interleaved runs.
For information, the CPU time (user + system) that sender and receiver spent together per GiB is shown too,
from the rusage of the reaped processes: it does not depend on how busy the machine was.
Target: SocketLab >= 0.9 x iperf3.
"""

import argparse
import json
import os
import resource
import sys
import tempfile
import time

import benchlib as bl

NAME = "bulk-tcp"
TARGET = 0.9


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime, usage.ru_stime


def socketlab_run(cli, block_path, block_size, repeat, extra_client, extra_server):
    total = block_size * repeat
    cpu_before = children_cpu()
    server_argv = [cli, "tcp-server", "--listen", "%s:0" % bl.LOOPBACK, "--discard", "--json"] + extra_server
    server = bl.Proc(server_argv, "socketlab tcp-server")
    try:
        _, listening = server.wait_event("listening", 10)
        port = listening["port"]
        client_argv = [cli, "tcp-client", "--connect", "%s:%d" % (bl.LOOPBACK, port), "--send-file", block_path,
                       "--repeat", str(repeat), "--quiet", "--wait", "0", "--json"] + extra_client
        client = bl.Proc(client_argv, "socketlab tcp-client")
        code = client.wait(timeout=120)
        client_wall = client.ended - client.started
        t_conn, _ = server.wait_event("connected", 10)
        t_disc, _ = server.wait_event("disconnected", 30)
        server.stop()
        _, summary = server.wait_event("summary", 5)
        client_summary = client.events("summary")
        errors = client.events("error") + server.events("error")
        if code != 0 or errors or summary["bytesIn"] != total:
            raise bl.BenchError("SocketLab run incomplete: client exit %s, server bytesIn %s of %d, errors %s"
                                % (code, summary.get("bytesIn"), total, [e for _, e in errors][:2]))
        seconds = t_disc - t_conn
        cpu_after = children_cpu()
        return {
            "user_s_per_gib": (cpu_after[0] - cpu_before[0]) / (total / 2**30),
            "sys_s_per_gib": (cpu_after[1] - cpu_before[1]) / (total / 2**30),
            "gbps": summary["bytesIn"] * 8 / seconds / 1e9,
            "seconds": seconds,
            "bytes": summary["bytesIn"],
            "reads": summary.get("messagesIn"),
            "client_wall_gbps": total * 8 / client_wall / 1e9,
            "client_bytes_out": client_summary[-1][1].get("bytesOut") if client_summary else None,
        }, bl.command_line(server_argv), bl.command_line(client_argv)
    finally:
        server.stop()


def iperf_run(total):
    port = bl.free_port()
    cpu_before = children_cpu()
    server_argv = ["iperf3", "-s", "-1", "-B", bl.LOOPBACK, "-p", str(port)]
    server = bl.Proc(server_argv, "iperf3 -s")
    try:
        if not bl.wait_until(lambda: bl.tcp_listening(port), 10):
            raise bl.BenchError("iperf3 -s did not listen on %d%s" % (port, server.tail()))
        client_argv = ["iperf3", "-c", bl.LOOPBACK, "-p", str(port), "-n", str(total), "--json"]
        client = bl.Proc(client_argv, "iperf3 -c")
        code = client.wait(timeout=120)
        try:
            data = json.loads(client.stdout_text())
        except ValueError:
            raise bl.BenchError("iperf3 -c printed no JSON (exit %s)%s" % (code, client.tail()))
        if code != 0 or "error" in data:
            raise bl.BenchError("iperf3 -c failed: %s" % data.get("error"))
        received = data["end"]["sum_received"]
        server.wait(timeout=10)
        cpu_after = children_cpu()
        return {
            "user_s_per_gib": (cpu_after[0] - cpu_before[0]) / (total / 2**30),
            "sys_s_per_gib": (cpu_after[1] - cpu_before[1]) / (total / 2**30),
            "gbps": received["bits_per_second"] / 1e9,
            "seconds": received["seconds"],
            "bytes": received["bytes"],
        }, bl.command_line(server_argv), bl.command_line(client_argv)
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs of each side (default 5)")
    parser.add_argument("--bytes", type=int, default=2 << 30, help="bytes per run (default 2 GiB)")
    parser.add_argument("--block", type=int, default=1 << 20,
                        help="size of the file sent with --repeat (default 1 MiB; must stay well below the "
                             "client's 16 MiB high-water mark)")
    parser.add_argument("--client-arg", action="append", default=[], help="extra tcp-client option (repeatable)")
    parser.add_argument("--server-arg", action="append", default=[], help="extra tcp-server option (repeatable)")
    args = parser.parse_args()
    runs = max(1, min(args.runs, 20))
    cli = bl.cli_path()
    try:
        bl.check_tools(cli, "iperf3")
        repeat = max(1, args.bytes // args.block)
        total = repeat * args.block
        print("== %s: %d run(s) of each side, %d bytes per run (%d x %d-byte file)"
              % (NAME, runs, total, repeat, args.block), flush=True)
        ours, theirs = [], []
        with tempfile.TemporaryDirectory(prefix="socketlab-bench-") as tmp:
            block_path = os.path.join(tmp, "block.bin")
            with open(block_path, "wb") as handle:
                handle.write(os.urandom(args.block))
            commands = []
            for index in range(runs):
                order = ("socketlab", "iperf3") if index % 2 == 0 else ("iperf3", "socketlab")
                for side in order:
                    if side == "socketlab":
                        result, *cmds = socketlab_run(cli, block_path, args.block, repeat,
                                                      args.client_arg, args.server_arg)
                        ours.append(result)
                        bl.log("run %d socketlab: %.2f Gbit/s (%.2f s, %s reads; client wall %.2f Gbit/s)"
                               % (index + 1, result["gbps"], result["seconds"], result["reads"],
                                  result["client_wall_gbps"]))
                    else:
                        result, *cmds = iperf_run(total)
                        theirs.append(result)
                        bl.log("run %d iperf3   : %.2f Gbit/s (%.2f s)" % (index + 1, result["gbps"],
                                                                          result["seconds"]))
                    if index == 0:
                        commands += cmds
                    time.sleep(0.2)
        ours_gbps = bl.median([r["gbps"] for r in ours])
        theirs_gbps = bl.median([r["gbps"] for r in theirs])
        ratio = ours_gbps / theirs_gbps
        bl.report(NAME,
                  "%.2f Gbit/s median receive throughput (runs: %s)"
                  % (ours_gbps, ", ".join("%.2f" % r["gbps"] for r in ours)),
                  "iperf3 %.2f Gbit/s median receiver throughput (runs: %s)"
                  % (theirs_gbps, ", ".join("%.2f" % r["gbps"] for r in theirs)),
                  ratio, ">= %.2f x iperf3" % TARGET, ratio >= TARGET,
                  details=["SocketLab client wall-clock (process start to exit), for information: median %.2f Gbit/s"
                           % bl.median([r["client_wall_gbps"] for r in ours]),
                           "CPU per GiB, sender + receiver, median: SocketLab %.3f s user + %.3f s sys;"
                           " iperf3 %.3f s user + %.3f s sys"
                           % (bl.median([r["user_s_per_gib"] for r in ours]),
                              bl.median([r["sys_s_per_gib"] for r in ours]),
                              bl.median([r["user_s_per_gib"] for r in theirs]),
                              bl.median([r["sys_s_per_gib"] for r in theirs]))],
                  commands=commands)
        return 0
    except bl.BenchError as error:
        bl.report_error(NAME, error)
        return 2


if __name__ == "__main__":
    sys.exit(main())

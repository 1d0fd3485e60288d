#!/usr/bin/env python3
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
"""gui-flood: the real main window's TCP server page under a flood, vs the CLI server alone.

The GUI side is bench_gui_flood (tests/benchmarks/gui_flood.cpp): the main window under the offscreen platform,
its TCP server page listening on 127.0.0.1, every read going through the engine thread, the batcher and the data
view as it does for a user. socketlab-cli tcp-client floods it (a 1 MiB file sent over and over) for --seconds;
the window reports the bytes its server counted in that time, how late a 5 ms timer on the GUI thread fired
(p99 and max: the GUI's stalls) and its peak RSS.
The reference is `socketlab-cli tcp-server --discard` under the same flood for the same time, its bytesIn from the
summary it prints on SIGTERM. Runs alternate between the two sides; medians are compared.
Targets: throughput >= 0.5 x the CLI server, GUI stall p99 <= 50 ms, peak RSS <= 300 MB.
"""

import argparse
import os
import tempfile
import time

import benchlib as bl

NAME = "gui-flood"
TARGET_RATIO = 0.5
TARGET_STALL_P99_MS = 50.0
TARGET_RSS_MB = 300.0


def flood_client(cli, port, block_path):
    argv = [cli, "tcp-client", "--connect", "%s:%d" % (bl.LOOPBACK, port), "--send-file", block_path,
            "--repeat", "1000000", "--quiet", "--wait", "0"]
    return bl.Proc(argv, "socketlab tcp-client"), argv


def gui_run(gui, cli, block_path, seconds):
    gui_argv = [gui, "--seconds", str(seconds)]
    window = bl.Proc(gui_argv, "bench_gui_flood")
    client = None
    try:
        _, listening = window.wait_event("listening", 30)
        client, client_argv = flood_client(cli, listening["port"], block_path)
        _, summary = window.wait_event("summary", seconds + 60)
        return {
            "mib_s": summary["bytesIn"] / summary["seconds"] / 2**20,
            "bytes": summary["bytesIn"],
            "stall_p99_ms": summary["stallP99Ms"],
            "stall_max_ms": summary["stallMaxMs"],
            "peak_rss_mb": summary["peakRssKiB"] / 1024,
            "ticks": summary["ticks"],
        }, bl.command_line(gui_argv), bl.command_line(client_argv)
    finally:
        if client:
            client.stop()
        window.stop()


def cli_run(cli, block_path, seconds):
    server_argv = [cli, "tcp-server", "--listen", "%s:0" % bl.LOOPBACK, "--discard", "--json"]
    server = bl.Proc(server_argv, "socketlab tcp-server")
    client = None
    try:
        _, listening = server.wait_event("listening", 10)
        client, client_argv = flood_client(cli, listening["port"], block_path)
        t_connected, _ = server.wait_event("connected", 10)
        time.sleep(max(0.0, t_connected + seconds - time.monotonic()))
        t_stop = time.monotonic()
        server.stop()
        summaries = server.events("summary")
        if not summaries:
            raise bl.BenchError("tcp-server printed no summary%s" % server.tail())
        received = summaries[-1][1]["bytesIn"]
        return {"mib_s": received / (t_stop - t_connected) / 2**20, "bytes": received}, \
            bl.command_line(server_argv), bl.command_line(client_argv)
    finally:
        if client:
            client.stop()
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs of each side (default 3)")
    parser.add_argument("--seconds", type=int, default=10, help="flood time per run (default 10)")
    args = parser.parse_args()
    runs = max(1, min(args.runs, 10))
    seconds = max(1, min(args.seconds, 120))
    cli = bl.cli_path()
    gui = os.environ.get("SOCKETLAB_GUI_FLOOD") or os.path.join(os.path.dirname(cli), "..", "..", "tests",
                                                                 "benchmarks", "bench_gui_flood")
    try:
        bl.check_tools(cli, os.path.abspath(gui))
        print("== %s: %d run(s) of each side, %d s of flood each" % (NAME, runs, seconds), flush=True)
        ours, theirs, commands = [], [], []
        with tempfile.TemporaryDirectory(prefix="socketlab-bench-") as tmp:
            block_path = os.path.join(tmp, "block.bin")
            with open(block_path, "wb") as handle:
                handle.write(os.urandom(1 << 20))
            for index in range(runs):
                order = ("gui", "cli") if index % 2 == 0 else ("cli", "gui")
                for side in order:
                    if side == "gui":
                        result, *cmds = gui_run(gui, cli, block_path, seconds)
                        ours.append(result)
                        bl.log("run %d GUI server page: %.0f MiB/s, stall p99 %.1f ms, max %.1f ms, peak RSS %.0f MB"
                               % (index + 1, result["mib_s"], result["stall_p99_ms"], result["stall_max_ms"],
                                  result["peak_rss_mb"]))
                    else:
                        result, *cmds = cli_run(cli, block_path, seconds)
                        theirs.append(result)
                        bl.log("run %d CLI server alone: %.0f MiB/s" % (index + 1, result["mib_s"]))
                    if index == 0:
                        commands += cmds
                    time.sleep(0.3)
        ours_mib = bl.median([r["mib_s"] for r in ours])
        theirs_mib = bl.median([r["mib_s"] for r in theirs])
        ratio = ours_mib / theirs_mib
        p99 = bl.median([r["stall_p99_ms"] for r in ours])
        worst = max(r["stall_max_ms"] for r in ours)
        rss = max(r["peak_rss_mb"] for r in ours)
        passed = ratio >= TARGET_RATIO and p99 <= TARGET_STALL_P99_MS and rss <= TARGET_RSS_MB
        bl.report(NAME,
                  "GUI server page %.0f MiB/s median (runs: %s); GUI-thread stall p99 %.1f ms (median of runs), "
                  "max %.1f ms; peak RSS %.0f MB"
                  % (ours_mib, ", ".join("%.0f" % r["mib_s"] for r in ours), p99, worst, rss),
                  "socketlab-cli tcp-server --discard %.0f MiB/s median (runs: %s)"
                  % (theirs_mib, ", ".join("%.0f" % r["mib_s"] for r in theirs)),
                  ratio, ">= %.1f x the CLI server, stall p99 <= %.0f ms, RSS <= %.0f MB"
                  % (TARGET_RATIO, TARGET_STALL_P99_MS, TARGET_RSS_MB), passed,
                  details=["stall p99 per run: %s ms; max per run: %s ms"
                           % (", ".join("%.1f" % r["stall_p99_ms"] for r in ours),
                              ", ".join("%.1f" % r["stall_max_ms"] for r in ours))],
                  commands=commands)
        return 0 if passed else 1
    except bl.BenchError as error:
        bl.report_error(NAME, error)
        return 2
    finally:
        bl.cleanup()


if __name__ == "__main__":
    raise SystemExit(main())

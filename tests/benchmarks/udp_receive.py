#!/usr/bin/env python3
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
"""udp-receive: how many 1,400-byte datagrams per second a receiver takes in on 127.0.0.1.

Reference, in each round first: `iperf3 -c 127.0.0.1 -u -b 0 -l 1400 -t T --json` against `iperf3 -s`.
Its receiver rate = datagrams received (sum_received.bytes / 1400) / sum_received.seconds; its offered load
= sum_sent.packets / sum_sent.seconds.

SocketLab, right after in the same round: `socketlab-cli udp --bind 127.0.0.1:0 --discard --json` receives;
udp_sender.py (plain python3 socket.send, not SocketLab) offers 1,400-byte datagrams for the same T seconds
paced to the offered load iperf3's sender produced in this round. Receiver rate = the summary's messagesIn
(printed on SIGTERM, sent once the sender has finished and the socket has drained) / the sender's seconds.

So both receivers see the same datagram size, the same duration and the same offered load, with default
socket buffers on both, and the same CPU placement: every receiver is pinned to the first allowed CPU and every
sender to the second (sched_setaffinity, what `taskset -c` does). Unpinned, the scheduler sometimes puts
sender and receiver on one CPU, and the receiver then loses ~60% of the datagrams, whichever tool it is; that
coin toss would decide the ratio. Both receivers are non-blocking socket reads on an event loop.
The iperf3 sender cannot aim at SocketLab (it needs iperf3's control protocol), hence the paced sender.
For information (one run each, not judged): SocketLab's own sender (`socketlab-cli udp --send-to ...
--send-file 1400-byte --interval 0 --wait 0`) into SocketLab's receiver, and the unpaced python sender,
which shows the receiver's capacity. Target: SocketLab's receive rate >= 0.8 x iperf3's.
"""

import argparse
import json
import os
import sys
import tempfile
import time

import benchlib as bl

NAME = "udp-receive"
TARGET = 0.8
SIZE = 1400


RX_CPUS, TX_CPUS = bl.receiver_sender_cpus()


def iperf_run(seconds):
    port = bl.free_port()
    server_argv = ["iperf3", "-s", "-1", "-B", bl.LOOPBACK, "-p", str(port)]
    server = bl.Proc(server_argv, "iperf3 -s", cpus=RX_CPUS)
    try:
        if not bl.wait_until(lambda: bl.tcp_listening(port), 10):
            raise bl.BenchError("iperf3 -s did not listen on %d%s" % (port, server.tail()))
        client_argv = ["iperf3", "-c", bl.LOOPBACK, "-p", str(port), "-u", "-b", "0", "-l", str(SIZE), "-t",
                       str(seconds), "--json"]
        client = bl.Proc(client_argv, "iperf3 -c", cpus=TX_CPUS)
        code = client.wait(timeout=seconds + 60)
        try:
            data = json.loads(client.stdout_text())
        except ValueError:
            raise bl.BenchError("iperf3 -c printed no JSON (exit %s)%s" % (code, client.tail()))
        if code != 0 or "error" in data:
            raise bl.BenchError("iperf3 -c failed: %s" % data.get("error"))
        sent, received = data["end"]["sum_sent"], data["end"]["sum_received"]
        server.wait(timeout=10)
        got = received["bytes"] / SIZE
        return {
            "rate": got / received["seconds"],
            "offered": sent["packets"] / sent["seconds"],
            "received": got,
            "loss": received.get("lost_percent", 0.0),
            "seconds": received["seconds"],
        }, bl.command_line(server_argv, RX_CPUS), bl.command_line(client_argv, TX_CPUS)
    finally:
        server.stop()


def socketlab_receiver(cli):
    argv = [cli, "udp", "--bind", "%s:0" % bl.LOOPBACK, "--discard", "--json"]
    receiver = bl.Proc(argv, "socketlab udp receiver", cpus=RX_CPUS)
    _, listening = receiver.wait_event("listening", 10)
    return receiver, listening["port"], bl.command_line(argv, RX_CPUS)


def finish_receiver(receiver):
    time.sleep(0.3)  # let the receiver drain its socket buffer before it is stopped
    receiver.stop()
    _, summary = receiver.wait_event("summary", 5)
    if summary["bytesIn"] != summary["messagesIn"] * SIZE:
        raise bl.BenchError("SocketLab receiver: bytesIn %d is not messagesIn %d x %d"
                            % (summary["bytesIn"], summary["messagesIn"], SIZE))
    return summary


def socketlab_python_run(cli, seconds, rate):
    receiver, port, receiver_cmd = socketlab_receiver(cli)
    try:
        sender_argv = [sys.executable, os.path.join(bl.HERE, "udp_sender.py"), "--port", str(port), "--size",
                       str(SIZE), "--seconds", str(seconds), "--rate", "%.0f" % rate]
        sender = bl.Proc(sender_argv, "udp_sender.py", cpus=TX_CPUS)
        if sender.wait(timeout=seconds + 30) != 0:
            raise bl.BenchError("udp_sender.py failed%s" % sender.tail())
        sent = json.loads(sender.stdout_text().strip().splitlines()[-1])
        summary = finish_receiver(receiver)
        got = summary["messagesIn"]
        return {
            "rate": got / sent["seconds"],
            "offered": sent["rate"],
            "received": got,
            "loss": 100.0 * (1 - got / sent["sent"]) if sent["sent"] else 0.0,
            "seconds": sent["seconds"],
        }, receiver_cmd, bl.command_line(sender_argv, TX_CPUS)
    finally:
        receiver.stop()


def socketlab_own_sender_run(cli, seconds, block_path):
    receiver, port, receiver_cmd = socketlab_receiver(cli)
    try:
        repeat = int(600_000 * seconds)  # a bound well above what one core sends in `seconds`
        sender_argv = [cli, "udp", "--bind", "%s:0" % bl.LOOPBACK, "--send-to", "%s:%d" % (bl.LOOPBACK, port),
                       "--send-file", block_path, "--repeat", str(repeat), "--interval", "0", "--wait", "0",
                       "--discard", "--json"]
        sender = bl.Proc(sender_argv, "socketlab udp sender", cpus=TX_CPUS)
        sender.wait_event("listening", 10)
        deadline = sender.started + seconds
        bl.wait_until(lambda: sender.popen.poll() is not None, max(0.0, deadline - time.monotonic()))
        sender.stop()  # SIGTERM: it stops sending and prints its summary
        elapsed = sender.ended - sender.started
        _, sent = sender.wait_event("summary", 5)
        summary = finish_receiver(receiver)
        got = summary["messagesIn"]
        return {
            "rate": got / elapsed,
            "offered": sent["messagesOut"] / elapsed,
            "received": got,
            "loss": 100.0 * (1 - got / sent["messagesOut"]) if sent["messagesOut"] else 0.0,
            "seconds": elapsed,
        }, receiver_cmd, bl.command_line(sender_argv, TX_CPUS)
    finally:
        receiver.stop()


def describe(result):
    return "%.0f dgram/s received (offered %.0f/s, loss %.1f%%, %.2f s)" % (
        result["rate"], result["offered"], result["loss"], result["seconds"])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="rounds (iperf3 then SocketLab; default 3)")
    parser.add_argument("--seconds", type=int, default=3, help="seconds of sending per run (default 3)")
    parser.add_argument("--no-extra", action="store_true", help="skip the informational runs")
    args = parser.parse_args()
    runs = max(1, min(args.runs, 20))
    seconds = max(1, min(args.seconds, 60))
    cli = bl.cli_path()
    try:
        bl.check_tools(cli, "iperf3")
        print("== %s: %d round(s), %d-byte datagrams, %d s each" % (NAME, runs, SIZE, seconds), flush=True)
        ours, theirs, commands = [], [], []
        for index in range(runs):
            ref, *cmds_ref = iperf_run(seconds)
            theirs.append(ref)
            bl.log("round %d iperf3   : %s" % (index + 1, describe(ref)))
            time.sleep(0.2)
            mine, *cmds_mine = socketlab_python_run(cli, seconds, ref["offered"])
            ours.append(mine)
            bl.log("round %d socketlab: %s" % (index + 1, describe(mine)))
            time.sleep(0.2)
            if index == 0:
                commands += cmds_ref + cmds_mine
        details = []
        if not args.no_extra:
            with tempfile.TemporaryDirectory(prefix="socketlab-bench-") as tmp:
                block_path = os.path.join(tmp, "datagram.bin")
                with open(block_path, "wb") as handle:
                    handle.write(os.urandom(SIZE))
                own, *cmds_own = socketlab_own_sender_run(cli, seconds, block_path)
                details.append("info, SocketLab sender -> SocketLab receiver: " + describe(own))
                commands += cmds_own[1:]
                time.sleep(0.2)
            free, *_ = socketlab_python_run(cli, seconds, 0)
            details.append("info, unpaced python sender -> SocketLab receiver: " + describe(free))
        ours_rate = bl.median([r["rate"] for r in ours])
        theirs_rate = bl.median([r["rate"] for r in theirs])
        ratio = ours_rate / theirs_rate
        bl.report(NAME,
                  "%.0f dgram/s median receive rate (runs: %s) at iperf3's offered load"
                  % (ours_rate, "; ".join(describe(r) for r in ours)),
                  "iperf3 receiver %.0f dgram/s median (runs: %s)"
                  % (theirs_rate, "; ".join(describe(r) for r in theirs)),
                  ratio, ">= %.2f x iperf3" % TARGET, ratio >= TARGET, details=details, commands=commands)
        return 0
    except bl.BenchError as error:
        bl.report_error(NAME, error)
        return 2


if __name__ == "__main__":
    sys.exit(main())

# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
"""Shared helpers of the SocketLab benchmarks (python3 standard library only).

Everything here is bounded: every wait has a deadline, every process we start is ended by its own
pid (SIGTERM, then SIGKILL after a grace period) when the benchmark finishes or is interrupted.
Only loopback addresses are ever used.
"""

import atexit
import json
import os
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
LOOPBACK = "127.0.0.1"

_started = []  # every Proc we started, so that an interrupted run leaves nothing behind


def cli_path():
    """The socketlab-cli binary: $SOCKETLAB_CLI, else <build dir>/src/cli/socketlab-cli."""
    explicit = os.environ.get("SOCKETLAB_CLI")
    if explicit:
        return explicit
    build = os.environ.get("SOCKETLAB_BUILD_DIR", os.path.join(ROOT, "build"))
    return os.path.join(build, "src", "cli", "socketlab-cli")


def raise_fd_limit():
    """Soft fd limit up to the hard one (what `ulimit -n $(ulimit -Hn)` does); children inherit it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)


def free_port(kind=socket.SOCK_STREAM):
    """A port that was free on 127.0.0.1 a moment ago (for tools that cannot listen on port 0)."""
    with socket.socket(socket.AF_INET, kind) as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def tcp_listening(port):
    """True when some socket listens on TCP port `port` (read from /proc, without connecting)."""
    wanted = ":%04X" % port
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as handle:
                next(handle, None)
                for line in handle:
                    fields = line.split()
                    if len(fields) > 3 and fields[1].endswith(wanted) and fields[3] == "0A":
                        return True
        except OSError:
            pass
    return False


def wait_until(predicate, timeout, step=0.02):
    """Polls `predicate` until it is true or `timeout` seconds have passed; returns its last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(step)


def rss_kib(pid):
    """VmRSS of a process in KiB (None once it has gone)."""
    try:
        with open("/proc/%d/status" % pid) as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def median(values):
    return statistics.median(values) if values else float("nan")


class BenchError(RuntimeError):
    """A benchmark could not measure (a tool failed, a count was wrong): not a MISS but an error."""


class Proc:
    """A child process whose stdout lines are read by a thread and kept with their arrival time.

    Lines that are JSON objects are parsed; `events(name)` returns (time, object) pairs of one event.
    stderr goes to a temporary file, shown when something fails.
    """

    def __init__(self, argv, name=None, stdin=subprocess.DEVNULL, cpus=None):
        """cpus: a set of CPU numbers to pin the process to (sched_setaffinity), or None."""
        self.argv = [str(a) for a in argv]
        self.cpus = cpus
        self.name = name or os.path.basename(self.argv[0])
        self.lines = []  # (monotonic time, text, parsed JSON object or None)
        self._cond = threading.Condition()
        self._stderr = tempfile.TemporaryFile(mode="w+b")
        self.started = time.monotonic()
        pin = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
        self.popen = subprocess.Popen(self.argv, stdin=stdin, stdout=subprocess.PIPE, stderr=self._stderr,
                                      preexec_fn=pin)
        self.pid = self.popen.pid
        self.ended = None
        _started.append(self)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for raw in self.popen.stdout:
            now = time.monotonic()
            text = raw.decode("utf-8", "replace").rstrip("\n")
            obj = None
            if text.startswith("{"):
                try:
                    obj = json.loads(text)
                except ValueError:
                    obj = None
            with self._cond:
                self.lines.append((now, text, obj))
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def events(self, name):
        with self._cond:
            return [(t, o) for t, _, o in self.lines if isinstance(o, dict) and o.get("event") == name]

    def count(self, name):
        with self._cond:
            return sum(1 for _, _, o in self.lines if isinstance(o, dict) and o.get("event") == name)

    def wait_event(self, name, timeout, count=1):
        """Waits until `count` events `name` were printed; returns the last of them, or raises BenchError."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [(t, o) for t, _, o in self.lines if isinstance(o, dict) and o.get("event") == name]
                if len(found) >= count:
                    return found[count - 1]
                left = deadline - time.monotonic()
                if left <= 0 or (self.popen.poll() is not None and not self._reader.is_alive()):
                    raise BenchError("%s: no %r event within %.0f s (got %d)%s"
                                     % (self.name, name, timeout, len(found), self.tail()))
                self._cond.wait(min(left, 0.1))

    def wait_line(self, predicate, timeout):
        """Waits for a stdout line (text) satisfying `predicate`; returns (time, text) or raises BenchError."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for t, text, _ in self.lines:
                    if predicate(text):
                        return t, text
                left = deadline - time.monotonic()
                if left <= 0 or (self.popen.poll() is not None and not self._reader.is_alive()):
                    raise BenchError("%s: expected output not seen within %.0f s%s" % (self.name, timeout, self.tail()))
                self._cond.wait(min(left, 0.1))

    def wait(self, timeout):
        """Waits for the process to exit by itself; raises BenchError (after ending it) past `timeout`."""
        try:
            code = self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            raise BenchError("%s did not finish within %.0f s%s" % (self.name, timeout, self.tail()))
        self._finish()
        return code

    def stop(self, sig=signal.SIGTERM, grace=10.0):
        """Sends `sig` to this process only (by pid), waits up to `grace` s, then SIGKILL. Returns the exit code."""
        if self.popen.poll() is None:
            try:
                self.popen.send_signal(sig)
                self.popen.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=5)
            except ProcessLookupError:
                pass
        self._finish()
        return self.popen.returncode

    def _finish(self):
        if self.ended is None:
            self.ended = time.monotonic()
        self._reader.join(timeout=5)

    def stderr_text(self):
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")

    def stdout_text(self):
        with self._cond:
            return "\n".join(text for _, text, _ in self.lines)

    def tail(self, lines=5):
        with self._cond:
            out = [text for _, text, _ in self.lines[-lines:]]
        err = self.stderr_text().strip().splitlines()[-lines:]
        shown = ["    stdout: " + x for x in out] + ["    stderr: " + x for x in err]
        return ("\n" + "\n".join(shown)) if shown else ""


def cleanup():
    for proc in reversed(_started):
        if proc.popen.poll() is None:
            try:
                proc.popen.kill()
                proc.popen.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass


atexit.register(cleanup)


def _on_signal(signum, _frame):
    cleanup()
    sys.exit(128 + signum)


signal.signal(signal.SIGTERM, _on_signal)
signal.signal(signal.SIGINT, _on_signal)


def command_line(argv, cpus=None):
    """A command as one could paste it into a shell (for the report); `taskset -c` shows a pinning."""
    import shlex
    prefix = "taskset -c %s " % ",".join(str(c) for c in sorted(cpus)) if cpus else ""
    return prefix + " ".join(shlex.quote(str(a)) for a in argv)


def receiver_sender_cpus():
    """Two different CPUs (receiver, sender) when this process may use two or more; else (None, None)."""
    try:
        allowed = sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return None, None
    if len(allowed) < 2:
        return None, None
    return {allowed[0]}, {allowed[1]}


def fmt(value, unit=""):
    if value is None or value != value:  # None or NaN
        return "n/a"
    if abs(value) >= 100:
        text = "%.0f" % value
    elif abs(value) >= 10:
        text = "%.1f" % value
    else:
        text = "%.2f" % value
    return text + (" " + unit if unit else "")


def report(name, measured, reference, ratio, target, passed, details=None, commands=None, notes=None):
    """Prints one benchmark's verdict block and appends it, as JSON, to $SOCKETLAB_BENCH_RESULTS if set.

    measured/reference: text; ratio: float (SocketLab / reference); target: text; passed: bool.
    """
    verdict = "PASS" if passed else "MISS"
    print()
    print("== %s: %s" % (name, verdict))
    print("   SocketLab : %s" % measured)
    print("   reference : %s" % reference)
    print("   ratio     : %s" % ("%.3f" % ratio if ratio == ratio else "n/a"))
    print("   target    : %s" % target)
    for line in details or []:
        print("   " + line)
    for line in commands or []:
        print("   $ " + line)
    for line in notes or []:
        print("   note: " + line)
    sys.stdout.flush()
    out = os.environ.get("SOCKETLAB_BENCH_RESULTS")
    if out:
        with open(out, "a") as handle:
            handle.write(json.dumps({"name": name, "measured": measured, "reference": reference, "ratio": ratio,
                                     "target": target, "verdict": verdict}) + "\n")


def report_error(name, error):
    print()
    print("== %s: ERROR" % name)
    print("   %s" % error)
    out = os.environ.get("SOCKETLAB_BENCH_RESULTS")
    if out:
        with open(out, "a") as handle:
            handle.write(json.dumps({"name": name, "verdict": "ERROR", "error": str(error)}) + "\n")


def check_tools(*tools):
    import shutil
    missing = [t for t in tools if not (os.path.isabs(t) and os.access(t, os.X_OK)) and not shutil.which(t)]
    if missing:
        raise BenchError("missing tools: %s (see packaging/debian-packages.txt; socketlab-cli: run.sh builds it)"
                         % ", ".join(missing))


def log(text):
    print("   .. " + text, flush=True)


def summarize(path):
    """The closing table of run.sh, from the JSON lines the benchmarks appended to `path`. Returns the exit code:
    0 every target met, 1 some MISS, 2 some benchmark could not measure."""
    rows = []
    try:
        with open(path) as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
    except OSError:
        pass
    print()
    print("== Summary")
    worst = 0
    for row in rows:
        if row["verdict"] == "ERROR":
            print("   %-16s ERROR  %s" % (row["name"], row.get("error", "")))
            worst = 2
            continue
        ratio = row.get("ratio")
        print("   %-16s %-4s   ratio %s   target %s" % (row["name"], row["verdict"],
                                                        "%.3f" % ratio if ratio == ratio else "n/a", row["target"]))
        print("   %-16s        SocketLab: %s" % ("", row["measured"]))
        print("   %-16s        reference: %s" % ("", row["reference"]))
        if row["verdict"] != "PASS":
            worst = max(worst, 1)
    return worst


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "summary":
        sys.exit(summarize(sys.argv[2]))
    print("usage: benchlib.py summary RESULTS.jsonl", file=sys.stderr)
    sys.exit(2)

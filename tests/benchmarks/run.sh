#!/usr/bin/env bash
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# SocketLab's benchmarks against reference tools, on loopback only (127.0.0.1). Not part of ./test.sh or CTest.
#   tests/benchmarks/run.sh                  # all three: bulk-tcp 10k-connections udp-receive (~2 minutes)
#   tests/benchmarks/run.sh bulk-tcp         # only some, by name
# Builds socketlab-cli first when needed (cmake --build, or scripts/setup.sh on a fresh checkout), then prints for
# each benchmark SocketLab's figures, the reference tool's figures from the same run, the ratio, the target and
# PASS or MISS, and a summary. Exit status: 0 all targets met, 1 a MISS, 2 a benchmark could not run.
# Each benchmark also runs on its own: python3 tests/benchmarks/<script>.py --help.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build_dir="${SOCKETLAB_BUILD_DIR:-$root/build}"
export SOCKETLAB_BUILD_DIR="$build_dir"

declare -A script=([bulk-tcp]=bulk_tcp.py [10k-connections]=connections_10k.py [udp-receive]=udp_receive.py)
# Wall-clock limits (seconds) per benchmark; each also bounds every wait and loop of its own.
declare -A limit=([bulk-tcp]=150 [10k-connections]=240 [udp-receive]=120)
all=(bulk-tcp 10k-connections udp-receive)

case "${1:-}" in
-h | --help)
    sed -n '5,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    echo "Benchmarks: ${all[*]}"
    exit 0
    ;;
esac
names=("$@")
[ ${#names[@]} -gt 0 ] || names=("${all[@]}")
for name in "${names[@]}"; do
    if [ -z "${script[$name]:-}" ]; then
        echo "run.sh: unknown benchmark \"$name\"; use: ${all[*]}" >&2
        exit 2
    fi
done

for tool in python3 iperf3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run.sh: $tool is missing (it is in packaging/debian-packages.txt: run ./test.sh or scripts/setup.sh)" >&2
        exit 2
    fi
done

if [ -f "$build_dir/CMakeCache.txt" ]; then
    echo "== Building socketlab-cli (cmake --build $build_dir --target socketlab-cli)"
    cmake --build "$build_dir" --target socketlab-cli >/dev/null
else
    echo "== No build in $build_dir yet: scripts/setup.sh"
    "$root/scripts/setup.sh"
fi
export SOCKETLAB_CLI="$build_dir/src/cli/socketlab-cli"
[ -x "$SOCKETLAB_CLI" ] || { echo "run.sh: $SOCKETLAB_CLI was not built" >&2; exit 2; }

# 10,000 connections need 10,000 descriptors in the server (and as many in the client).
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

results=$(mktemp "${TMPDIR:-/tmp}/socketlab-bench.XXXXXX")
trap 'rm -f "$results"' EXIT
export SOCKETLAB_BENCH_RESULTS="$results"
export PYTHONDONTWRITEBYTECODE=1
echo "== $(nproc) CPUs, fd limit $(ulimit -n), $("$SOCKETLAB_CLI" --version 2>/dev/null | head -n1), $(iperf3 --version | head -n1)"

cd "$here"
for name in "${names[@]}"; do
    echo
    started=$SECONDS
    status=0
    timeout --kill-after=15 "${limit[$name]}" python3 "${script[$name]}" || status=$?
    if ! grep -q "\"name\": \"$name\"" "$results"; then
        reason="exit status $status"
        if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then reason="stopped after the ${limit[$name]} s limit"; fi
        printf '{"name": "%s", "verdict": "ERROR", "error": "%s"}\n' "$name" "$reason" >>"$results"
    fi
    echo "   ($name took $((SECONDS - started)) s)"
done

status=0
python3 "$here/benchlib.py" summary "$results" || status=$?
exit "$status"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# SocketLab's benchmarks against reference tools, on loopback only (127.0.0.1). Not part of ./test.sh or CTest.
#   tests/benchmarks/run.sh                  # all six: bulk-tcp 10k-connections udp-receive framing-decode rcmd-exec
#                                            #   gui-flood
#   tests/benchmarks/run.sh bulk-tcp         # only some, by name
# Builds socketlab-cli (and bench_framing) first when needed (cmake --build, or scripts/setup.sh on a fresh
# checkout), then prints for each benchmark SocketLab's figures, the reference figures from the same run, the ratio,
# the target and PASS or MISS, and a summary. Exit status: 0 all targets met, 1 a MISS, 2 a benchmark could not run.
# Each benchmark also runs on its own: python3 tests/benchmarks/<script>.py --help, bench_framing --help.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build_dir="${SOCKETLAB_BUILD_DIR:-$root/build}"
export SOCKETLAB_BUILD_DIR="$build_dir"

declare -A script=([bulk-tcp]=bulk_tcp.py [10k-connections]=connections_10k.py [udp-receive]=udp_receive.py
    [rcmd-exec]=rcmd_exec.py [gui-flood]=gui_flood.py)
# Compiled benchmarks (tests/benchmarks/CMakeLists.txt): no python, no iperf3, no socketlab-cli.
declare -A program=([framing-decode]=bench_framing)
# Wall-clock limits (seconds) per benchmark; each also bounds every wait and loop of its own.
declare -A limit=([bulk-tcp]=150 [10k-connections]=240 [udp-receive]=120 [framing-decode]=180 [rcmd-exec]=180
    [gui-flood]=240)
all=(bulk-tcp 10k-connections udp-receive framing-decode rcmd-exec gui-flood)

case "${1:-}" in
-h | --help)
    sed -n '5,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    echo "Benchmarks: ${all[*]}"
    exit 0
    ;;
esac
names=("$@")
[ ${#names[@]} -gt 0 ] || names=("${all[@]}")
need_cli=0
need_bench=0
for name in "${names[@]}"; do
    if [ -n "${script[$name]:-}" ]; then
        need_cli=1
    elif [ -n "${program[$name]:-}" ]; then
        need_bench=1
    else
        echo "run.sh: unknown benchmark \"$name\"; use: ${all[*]}" >&2
        exit 2
    fi
done

# bench_framing needs an optimised build: the existing build directory when it is Release or RelWithDebInfo with
# the tests on, else a dedicated Release build ($SOCKETLAB_BENCH_BUILD_DIR, default build-bench).
bench_framing=
if [ "$need_bench" -eq 1 ]; then
    bench_build="$build_dir"
    cache="$build_dir/CMakeCache.txt"
    if ! [ -f "$cache" ] || ! grep -Eq '^CMAKE_BUILD_TYPE:[A-Z]+=(Release|RelWithDebInfo)$' "$cache" \
        || grep -Eq '^SOCKETLAB_BUILD_TESTS:BOOL=(OFF|0|FALSE|NO)$' "$cache"; then
        bench_build="${SOCKETLAB_BENCH_BUILD_DIR:-$root/build-bench}"
        if ! [ -f "$bench_build/CMakeCache.txt" ]; then
            echo "== Configuring a Release build for bench_framing in $bench_build"
            cmake -S "$root" -B "$bench_build" -DCMAKE_BUILD_TYPE=Release -DSOCKETLAB_BUILD_TESTS=ON >/dev/null
        fi
    fi
    echo "== Building bench_framing (cmake --build $bench_build --target bench_framing)"
    cmake --build "$bench_build" --target bench_framing >/dev/null
    bench_framing="$bench_build/tests/benchmarks/bench_framing"
    [ -x "$bench_framing" ] || { echo "run.sh: $bench_framing was not built" >&2; exit 2; }
fi

for tool in python3 iperf3; do
    [ "$need_cli" -eq 1 ] || [ "$tool" = python3 ] || continue
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run.sh: $tool is missing (it is in packaging/debian-packages.txt: run ./test.sh or scripts/setup.sh)" >&2
        exit 2
    fi
done

if [ "$need_cli" -eq 1 ]; then
    if [ -f "$build_dir/CMakeCache.txt" ]; then
        echo "== Building socketlab-cli (cmake --build $build_dir --target socketlab-cli)"
        cmake --build "$build_dir" --target socketlab-cli >/dev/null
        for name in "${names[@]}"; do
            if [ "$name" = gui-flood ]; then
                echo "== Building bench_gui_flood (cmake --build $build_dir --target bench_gui_flood)"
                cmake --build "$build_dir" --target bench_gui_flood >/dev/null
            fi
        done
    else
        echo "== No build in $build_dir yet: scripts/setup.sh"
        "$root/scripts/setup.sh"
    fi
fi
export SOCKETLAB_CLI="$build_dir/src/cli/socketlab-cli"
[ "$need_cli" -eq 0 ] || [ -x "$SOCKETLAB_CLI" ] || { echo "run.sh: $SOCKETLAB_CLI was not built" >&2; exit 2; }

# 10,000 connections need 10,000 descriptors in the server (and as many in the client).
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

results=$(mktemp "${TMPDIR:-/tmp}/socketlab-bench.XXXXXX")
trap 'rm -f "$results"' EXIT
export SOCKETLAB_BENCH_RESULTS="$results"
export PYTHONDONTWRITEBYTECODE=1
if [ "$need_cli" -eq 1 ]; then
    echo "== $(nproc) CPUs, fd limit $(ulimit -n), $("$SOCKETLAB_CLI" --version 2>/dev/null | head -n1), $(iperf3 --version | head -n1)"
else
    echo "== $(nproc) CPUs"
fi

cd "$here"
for name in "${names[@]}"; do
    echo
    started=$SECONDS
    status=0
    if [ -n "${program[$name]:-}" ]; then
        timeout --kill-after=15 "${limit[$name]}" "$bench_framing" || status=$?
    else
        timeout --kill-after=15 "${limit[$name]}" python3 "${script[$name]}" || status=$?
    fi
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

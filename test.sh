#!/usr/bin/env bash
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# Builds SocketLab with warnings as errors (installing missing Debian packages first) and runs every
# test through CTest on the offscreen platform. Extra arguments go to ctest (e.g. -L core, -R tst_hexcodec).
#   ./test.sh --sanitize [CTEST ARGS]   the same with AddressSanitizer and UndefinedBehaviorSanitizer, in its own
#                                       build folder (build-sanitize, or $SOCKETLAB_SANITIZE_BUILD_DIR)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
options=(-DSOCKETLAB_WERROR=ON -DSOCKETLAB_BUILD_TESTS=ON)
if [ "${1:-}" = "--sanitize" ]; then
    shift
    export SOCKETLAB_BUILD_DIR="${SOCKETLAB_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
    options+=(-DSOCKETLAB_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo)
    # Qt and the system libraries keep some allocations until exit by design: leaks are not checked. Everything
    # else (overflows, use after free, undefined behaviour) aborts the test that met it.
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi
build_dir="${SOCKETLAB_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh" "${options[@]}"

export QT_QPA_PLATFORM=offscreen
cd "$build_dir"
ctest --output-on-failure --timeout 300 -j "$(nproc 2>/dev/null || echo 2)" "$@"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# Builds SocketLab with warnings as errors (installing missing Debian packages first) and runs every
# test through CTest on the offscreen platform. Extra arguments go to ctest (e.g. -L core, -R tst_hexcodec).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir="${SOCKETLAB_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh" -DSOCKETLAB_WERROR=ON -DSOCKETLAB_BUILD_TESTS=ON

export QT_QPA_PLATFORM=offscreen
cd "$build_dir"
ctest --output-on-failure --timeout 300 -j "$(nproc 2>/dev/null || echo 2)" "$@"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# Shared by run.sh and test.sh: installs the Debian packages of packaging/debian-packages.txt that
# are missing, then configures and builds SocketLab into build/. Extra arguments go to CMake's
# configure step (e.g. -DSOCKETLAB_WERROR=ON).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="${SOCKETLAB_BUILD_DIR:-$root/build}"

missing_packages() {
    local pkg
    grep -v '^[[:space:]]*\(#\|$\)' "$root/packaging/debian-packages.txt" | while read -r pkg; do
        if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]; then
            echo "$pkg"
        fi
    done
}

install_packages() {
    local missing
    missing=$(missing_packages | tr '\n' ' ')
    [ -n "${missing// /}" ] || return 0
    echo "== Installing missing Debian packages: $missing"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: these packages are missing and neither root nor sudo is available: $missing" >&2
            exit 1
        fi
    fi
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

if command -v dpkg-query >/dev/null 2>&1; then
    install_packages
else
    echo "== Not a Debian system: install the packages of packaging/debian-packages.txt (or their equivalents) yourself."
fi

generator=()
if [ ! -f "$build_dir/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
    generator=(-G Ninja)
fi
cmake -S "$root" -B "$build_dir" "${generator[@]}" "$@"
cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)"

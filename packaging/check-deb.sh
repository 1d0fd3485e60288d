#!/usr/bin/env bash
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# Builds the Debian package from the build folder (cmake --build build --target package), checks it with lintian,
# desktop-file-validate and appstreamcli, installs it with dpkg -i, runs the installed /usr/bin/socketlab-cli
# --version and /usr/bin/socketlab --screenshot, and removes it again. Needs root (or sudo) for dpkg.
# .ci/run calls it after ./test.sh. Exit status 0 when every check passed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="${SOCKETLAB_BUILD_DIR:-$root/build}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

if dpkg-query -W -f='${Status}' socketlab 2>/dev/null | grep -q 'install ok installed'; then
    echo "check-deb: a socketlab package is already installed; remove it first (dpkg -r socketlab)" >&2
    exit 2
fi

echo "== Building the package"
rm -f "$build_dir"/socketlab_*.deb
cmake --build "$build_dir" --target package >/dev/null || {
    echo "check-deb: cmake --build $build_dir --target package failed" >&2
    exit 1
}
debs=("$build_dir"/socketlab_*_*.deb)
deb=${debs[0]}
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
[ -f "$deb" ] || { echo "check-deb: no package was written" >&2; exit 1; }
case "$(basename "$deb")" in
socketlab_"$version"_*.deb) ;;
*) echo "check-deb: $(basename "$deb") does not carry the project version $version" >&2; exit 1 ;;
esac
echo "   $(basename "$deb")"

echo "== Checking it"
desktop-file-validate "$root/resources/socketlab.desktop"
appstreamcli validate --no-net "$build_dir/packaging/org.socketlab.SocketLab.metainfo.xml"
lintian_status=0
lintian_output=$(lintian --fail-on error "$deb" 2>&1) || lintian_status=$?
# Its only complaint about running as root (as CI does) is not about the package.
printf '%s\n' "$lintian_output" | grep -v 'running with root privileges' | sed '/^$/d' || true
[ "$lintian_status" -eq 0 ] || { echo "check-deb: lintian reports errors" >&2; exit 1; }
echo "   lintian: no errors"

echo "== Installing it"
shots=$(mktemp -d "${TMPDIR:-/tmp}/socketlab-deb.XXXXXX")
cleanup() {
    "${sudo[@]}" dpkg -r socketlab >/dev/null 2>&1 || true
    rm -rf "$shots"
}
trap cleanup EXIT
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" >/dev/null

reported=$(/usr/bin/socketlab-cli --version)
echo "   /usr/bin/socketlab-cli --version: $reported"
case "$reported" in
*"$version"*) ;;
*) echo "check-deb: the installed socketlab-cli reports \"$reported\", not $version" >&2; exit 1 ;;
esac
QT_QPA_PLATFORM=offscreen /usr/bin/socketlab --screenshot "$shots" --lang en >/dev/null 2>&1
for page in tcp-server tcp-client udp remote-command packet-visualizer; do
    [ -s "$shots/$page.png" ] || { echo "check-deb: the installed socketlab wrote no $page.png" >&2; exit 1; }
done
echo "   /usr/bin/socketlab --screenshot: $(ls "$shots" | wc -l) pages rendered"
[ -f /usr/share/man/man1/socketlab-cli.1.gz ] && [ -f /usr/share/metainfo/org.socketlab.SocketLab.metainfo.xml ]

echo "== Removing it"
"${sudo[@]}" dpkg -r socketlab >/dev/null
[ ! -e /usr/bin/socketlab-cli ] || { echo "check-deb: /usr/bin/socketlab-cli is still there after dpkg -r" >&2; exit 1; }
echo "== check-deb: the package builds, validates, installs, runs and removes cleanly"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: SocketLab contributors
# SPDX-License-Identifier: MIT
#
# Builds SocketLab (installing missing Debian packages first) and starts the GUI with the given arguments:
#   ./run.sh                      start in the system's language
#   ./run.sh --lang zh_CN         start in Chinese
#   ./run.sh --screenshot DIR     render every page to DIR/*.png and exit
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$root/scripts/setup.sh" >&2
exec "${SOCKETLAB_BUILD_DIR:-$root/build}/src/app/socketlab" "$@"

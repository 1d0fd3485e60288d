// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/** Facts about this build, shown by --version and the About dialog. */
namespace BuildInfo {
/** The product version, e.g. "0.1.0". */
QString version();
/** The Qt version the program runs against, e.g. "6.4.2". */
QString qtVersion();
} // namespace BuildInfo

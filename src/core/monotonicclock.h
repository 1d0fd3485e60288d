// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/** One monotonic clock for counters and rates across the engine (milliseconds since the program started). */
namespace MonotonicClock {
qint64 nowMs();
} // namespace MonotonicClock

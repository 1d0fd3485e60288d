// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "framing/framingspec.h"
#include "net/replypolicy.h"

/** How a TCP connection reads, frames and answers; the same for server-side and client-side connections. */
struct ConnectionSettings
{
    /** At most this many bytes per read, like recv(N); 0 = everything available. */
    int readSize = 0;
    /** The reader pauses this long before each read, so sends pile up (the sticky-packet experiments). */
    int readDelayMs = 0;
    /** Message framing for received data, replies and sendMessage(); none = raw reads. */
    std::optional<FramingSpec> framing;
    ReplyPolicy reply;
    /** A peer that leaves more than this many bytes unsent to it (it stopped reading) is dropped. */
    qint64 highWaterMark = 16 * 1024 * 1024;
    /** Bytes Qt may buffer for us before TCP flow control pushes back on the sender. */
    qint64 readBufferSize = 1024 * 1024;
    /** Keep a stream trace (every write and read) for the visualizer. */
    bool recordTrace = true;
};

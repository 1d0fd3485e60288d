// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/** One event on a byte stream, for the packet visualizer. */
struct TraceEvent
{
    /** Send: one write call; Read: one read; Segment: one TCP segment (or UDP datagram) on the wire; Frame: one
        decoded message; Reply: bytes the receiver sent back (the lab's handshake "ready"), offsets on that reverse
        stream. */
    enum class Kind : quint8 {
        Send,
        Read,
        Segment,
        Frame,
        Reply
    };

    Kind kind = Kind::Send;
    /** Offset of the first byte in its stream (Send/Segment: the outgoing stream; Read/Frame: the incoming one). */
    qint64 offset = 0;
    qint64 length = 0;
    /** Monotonic nanoseconds since the trace started. */
    qint64 timeNs = 0;
    /** Frame: leading header bytes of the range. */
    qint64 headerLength = 0;
    /** Frame: trailing delimiter bytes of the range. */
    qint64 trailerLength = 0;

    friend bool operator==(const TraceEvent &a, const TraceEvent &b)
    {
        return a.kind == b.kind && a.offset == b.offset && a.length == b.length && a.timeNs == b.timeNs &&
            a.headerLength == b.headerLength && a.trailerLength == b.trailerLength;
    }
    friend bool operator!=(const TraceEvent &a, const TraceEvent &b) { return !(a == b); }
};

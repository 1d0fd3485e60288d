// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/** One row of the traffic log: a read, a write, a decoded frame, a datagram, or a notice/error. Copyable value. */
struct TrafficEntry
{
    enum class Direction : quint8 {
        In,
        Out,
        Note,
        Error
    };
    enum class Kind : quint8 {
        Read,
        Write,
        Frame,
        Datagram,
        Event
    };

    /** Set by TrafficLog::append: 1, 2, 3, ... */
    quint64 sequence = 0;
    /** Wall clock, ms since the epoch (TrafficLog::append uses the current time if 0). */
    qint64 timeMs = 0;
    Direction direction = Direction::In;
    Kind kind = Kind::Read;
    /** 0 = not tied to a connection. */
    quint64 connectionId = 0;
    /** "127.0.0.1:50123" / "[::1]:50123". */
    QString peer;
    QByteArray data;
    /** Note/Error text (already translated). */
    QString message;
};

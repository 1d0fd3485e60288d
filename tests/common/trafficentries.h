// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include "trace/trafficentry.h"

/** Traffic rows for view tests, at a fixed time (2023-11-14T22:13:20.123Z) so that rendered times are stable. */
namespace TrafficEntries {

constexpr qint64 FixedTimeMs = 1700000000123;

inline TrafficEntry data(const QByteArray &bytes, quint64 connectionId = 1,
                         TrafficEntry::Direction direction = TrafficEntry::Direction::In,
                         TrafficEntry::Kind kind = TrafficEntry::Kind::Read)
{
    TrafficEntry entry;
    entry.direction = direction;
    entry.kind = kind;
    entry.connectionId = connectionId;
    entry.peer = QStringLiteral("127.0.0.1:5000");
    entry.data = bytes;
    entry.timeMs = FixedTimeMs;
    return entry;
}

inline TrafficEntry notice(const QString &message, TrafficEntry::Direction direction = TrafficEntry::Direction::Note,
                           quint64 connectionId = 0)
{
    TrafficEntry entry;
    entry.direction = direction;
    entry.kind = TrafficEntry::Kind::Event;
    entry.connectionId = connectionId;
    entry.message = message;
    entry.timeMs = FixedTimeMs;
    return entry;
}

} // namespace TrafficEntries

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include "trace/trafficcounters.h"

/** TrafficCounters read at one moment, rates included: what status bars and client tables show. Copyable value that
    crosses threads. */
struct TrafficSnapshot
{
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 messagesIn = 0;
    qint64 messagesOut = 0;
    double bytesInPerSecond = 0;
    double bytesOutPerSecond = 0;
    double messagesInPerSecond = 0;
    double messagesOutPerSecond = 0;

    static TrafficSnapshot of(const TrafficCounters &counters, qint64 nowMs)
    {
        TrafficSnapshot snapshot;
        snapshot.bytesIn = counters.bytesIn();
        snapshot.bytesOut = counters.bytesOut();
        snapshot.messagesIn = counters.messagesIn();
        snapshot.messagesOut = counters.messagesOut();
        snapshot.bytesInPerSecond = counters.bytesInPerSecond(nowMs);
        snapshot.bytesOutPerSecond = counters.bytesOutPerSecond(nowMs);
        snapshot.messagesInPerSecond = counters.messagesInPerSecond(nowMs);
        snapshot.messagesOutPerSecond = counters.messagesOutPerSecond(nowMs);
        return snapshot;
    }

    /** Adds the totals of `other` (rates too, for sums over peers). */
    TrafficSnapshot &operator+=(const TrafficSnapshot &other)
    {
        bytesIn += other.bytesIn;
        bytesOut += other.bytesOut;
        messagesIn += other.messagesIn;
        messagesOut += other.messagesOut;
        bytesInPerSecond += other.bytesInPerSecond;
        bytesOutPerSecond += other.bytesOutPerSecond;
        messagesInPerSecond += other.messagesInPerSecond;
        messagesOutPerSecond += other.messagesOutPerSecond;
        return *this;
    }

    /** The totals counted since `baseline` was taken (a status bar's reset); rates are today's. */
    TrafficSnapshot since(const TrafficSnapshot &baseline) const
    {
        TrafficSnapshot result = *this;
        result.bytesIn -= baseline.bytesIn;
        result.bytesOut -= baseline.bytesOut;
        result.messagesIn -= baseline.messagesIn;
        result.messagesOut -= baseline.messagesOut;
        return result;
    }
};

/** One connection's traffic, for the server's client table. */
struct PeerTraffic
{
    quint64 id = 0;
    QString peer;
    QDateTime since;
    TrafficSnapshot traffic;
};

Q_DECLARE_METATYPE(TrafficSnapshot)
Q_DECLARE_METATYPE(PeerTraffic)

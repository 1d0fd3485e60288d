// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "trace/ratemeter.h"

/** Exact byte and message counters in both directions, plus rates (RateMeter defaults). Copyable value.
    Each add*() feeds both the byte and the message meter of its direction, so their time spans match. */
class TrafficCounters final
{
public:
    void addIn(qint64 bytes, qint64 messages, qint64 nowMs);
    void addOut(qint64 bytes, qint64 messages, qint64 nowMs);

    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }
    qint64 messagesIn() const { return m_messagesIn; }
    qint64 messagesOut() const { return m_messagesOut; }

    double bytesInPerSecond(qint64 nowMs) const { return m_bytesInRate.perSecond(nowMs); }
    double bytesOutPerSecond(qint64 nowMs) const { return m_bytesOutRate.perSecond(nowMs); }
    double messagesInPerSecond(qint64 nowMs) const { return m_messagesInRate.perSecond(nowMs); }
    double messagesOutPerSecond(qint64 nowMs) const { return m_messagesOutRate.perSecond(nowMs); }

    void reset();

private:
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    qint64 m_messagesIn = 0;
    qint64 m_messagesOut = 0;
    RateMeter m_bytesInRate;
    RateMeter m_bytesOutRate;
    RateMeter m_messagesInRate;
    RateMeter m_messagesOutRate;
};

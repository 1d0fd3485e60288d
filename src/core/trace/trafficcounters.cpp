// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "trace/trafficcounters.h"

void TrafficCounters::addIn(qint64 bytes, qint64 messages, qint64 nowMs)
{
    m_bytesIn += bytes;
    m_messagesIn += messages;
    m_bytesInRate.add(bytes, nowMs);
    m_messagesInRate.add(messages, nowMs);
}

void TrafficCounters::addOut(qint64 bytes, qint64 messages, qint64 nowMs)
{
    m_bytesOut += bytes;
    m_messagesOut += messages;
    m_bytesOutRate.add(bytes, nowMs);
    m_messagesOutRate.add(messages, nowMs);
}

void TrafficCounters::reset()
{
    m_bytesIn = 0;
    m_bytesOut = 0;
    m_messagesIn = 0;
    m_messagesOut = 0;
    m_bytesInRate.reset();
    m_bytesOutRate.reset();
    m_messagesInRate.reset();
    m_messagesOutRate.reset();
}

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "trace/streamtrace.h"

StreamTrace::StreamTrace(qsizetype maxEvents, qsizetype maxBytesKept)
    : m_maxEvents(qMax<qsizetype>(maxEvents, 0))
    , m_maxBytesKept(qMax<qsizetype>(maxBytesKept, 0))
{
    m_clock.start();
}

void StreamTrace::restart()
{
    m_events.clear();
    m_sentBytes.clear();
    m_readBytes.clear();
    m_sentEnd = 0;
    m_readEnd = 0;
    m_sentAppended = 0;
    m_readAppended = 0;
    m_droppedEvents = 0;
    m_clock.start();
}

qint64 StreamTrace::elapsedNs() const
{
    return m_clock.nsecsElapsed();
}

void StreamTrace::recordSend(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    TraceEvent event;
    event.kind = TraceEvent::Kind::Send;
    event.offset = bytesSent();
    event.length = bytes.size();
    event.timeNs = elapsedNs();
    append(event);
    appendSentBytes(bytes);
}

void StreamTrace::recordRead(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    TraceEvent event;
    event.kind = TraceEvent::Kind::Read;
    event.offset = bytesRead();
    event.length = bytes.size();
    event.timeNs = elapsedNs();
    append(event);
    appendReadBytes(bytes);
}

void StreamTrace::recordFrame(qint64 offset, qint64 length, qint64 headerLength, qint64 trailerLength)
{
    TraceEvent event;
    event.kind = TraceEvent::Kind::Frame;
    event.offset = offset;
    event.length = length;
    event.timeNs = elapsedNs();
    event.headerLength = headerLength;
    event.trailerLength = trailerLength;
    append(event);
}

void StreamTrace::append(const TraceEvent &event)
{
    const qint64 end = event.offset + event.length;
    if (event.kind == TraceEvent::Kind::Send)
        m_sentEnd = qMax(m_sentEnd, end);
    else if (event.kind == TraceEvent::Kind::Read)
        m_readEnd = qMax(m_readEnd, end);
    if (m_events.size() >= m_maxEvents) {
        ++m_droppedEvents;
        return;
    }
    m_events.append(event);
}

void StreamTrace::appendSentBytes(QByteArrayView bytes)
{
    keepBytes(m_sentBytes, m_sentAppended, bytes);
}

void StreamTrace::appendReadBytes(QByteArrayView bytes)
{
    keepBytes(m_readBytes, m_readAppended, bytes);
}

void StreamTrace::keepBytes(QByteArray &kept, qint64 &appended, QByteArrayView bytes) const
{
    appended += bytes.size();
    const qsizetype room = m_maxBytesKept - kept.size();
    if (room > 0 && !bytes.isEmpty())
        kept.append(bytes.first(qMin(room, bytes.size())));
}

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QList>

#include "trace/traceevent.h"

/** Every write call and every read of one connection (or one lab run), with stream offsets and times. Copyable value.

    Each total is the furthest byte known on its stream: the end of every Send (outgoing) or Read (incoming) event,
    dropped ones included, or the bytes passed to appendSentBytes() (appendReadBytes()), whichever is larger; so a
    simulator's events and bytes are not counted twice. Segment and Frame events lie within those and do not count.
    Do not mix recordSend() with append() of Send events on one trace. */
class StreamTrace final
{
public:
    /** Keeps at most `maxEvents` events and the first `maxBytesKept` bytes of each stream (negative counts as 0). */
    explicit StreamTrace(qsizetype maxEvents = 100000, qsizetype maxBytesKept = 1024 * 1024);

    /** Clears everything and restarts the clock. */
    void restart();
    /** Monotonic nanoseconds since construction or the last restart(). */
    qint64 elapsedNs() const;

    /** Records one write call of `bytes` at the next outgoing offset; keeps the first maxBytesKept bytes of the stream.
        An empty write puts nothing on the stream and records nothing. */
    void recordSend(QByteArrayView bytes);
    /** Records one read of `bytes` at the next incoming offset, like recordSend(). */
    void recordRead(QByteArrayView bytes);
    /** Records one decoded frame covering [offset, offset + length) of the incoming stream. */
    void recordFrame(qint64 offset, qint64 length, qint64 headerLength, qint64 trailerLength);

    /** Appends an event with its own time (the simulator's clock); offsets as given. Keeps kept-bytes untouched. */
    void append(const TraceEvent &event);
    /** Extends the kept copy of the outgoing stream (capped), for the simulator and the live lab. */
    void appendSentBytes(QByteArrayView bytes);
    /** Extends the kept copy of the incoming stream (capped). */
    void appendReadBytes(QByteArrayView bytes);

    const QList<TraceEvent> &events() const { return m_events; }
    /** Total bytes of the outgoing stream, even beyond the caps. */
    qint64 bytesSent() const { return qMax(m_sentEnd, m_sentAppended); }
    /** Total bytes of the incoming stream, even beyond the caps. */
    qint64 bytesRead() const { return qMax(m_readEnd, m_readAppended); }
    /** The first maxBytesKept bytes of the outgoing stream. */
    QByteArray sentBytes() const { return m_sentBytes; }
    /** The first maxBytesKept bytes of the incoming stream. */
    QByteArray readBytes() const { return m_readBytes; }
    /** Events beyond maxEvents: counted here, not kept (the totals stay exact). */
    qsizetype droppedEvents() const { return m_droppedEvents; }
    qsizetype maxEvents() const { return m_maxEvents; }
    qsizetype maxBytesKept() const { return m_maxBytesKept; }

private:
    void keepBytes(QByteArray &kept, qint64 &appended, QByteArrayView bytes) const;

    qsizetype m_maxEvents;
    qsizetype m_maxBytesKept;
    QElapsedTimer m_clock;
    QList<TraceEvent> m_events;
    QByteArray m_sentBytes;
    QByteArray m_readBytes;
    qint64 m_sentEnd = 0;
    qint64 m_readEnd = 0;
    qint64 m_sentAppended = 0;
    qint64 m_readAppended = 0;
    qsizetype m_droppedEvents = 0;
};

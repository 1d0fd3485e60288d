// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "framing/frame.h"
#include "lab/labexperiment.h"
#include "lab/labsendplan.h"
#include "trace/streamtrace.h"

/** What one run of an experiment did: every send, segment (simulated runs), read, frame and reply with stream
    ranges and times, and what was left over. Sent and received TCP bytes share one offset space; UDP reads and
    frames use the offset of their datagram in the sent stream. */
struct LabResult
{
    Q_DECLARE_TR_FUNCTIONS(LabResult)

public:
    enum class Mode {
        Simulated,
        Live
    };

    Mode mode = Mode::Simulated;
    LabExperiment experiment;
    LabSendPlan plan;
    StreamTrace trace{200000, LabExperiment::maxTotalBytes};
    QList<Frame> frames;
    /** Everything the receiver sent back (the handshake's "ready"s). */
    QByteArray replies;
    /** Sent bytes the receiving program never read (it stopped reading, or the sender was stuck). */
    qint64 unreadBytes = 0;
    /** TCP: the receiver saw the end of the stream (recv() returned 0 bytes), at endOfStreamNs. */
    bool endOfStream = false;
    qint64 endOfStreamNs = 0;
    /** The sender could not finish: the receiver stopped reading and the buffers filled up. */
    bool senderBlocked = false;
    /** UDP: datagrams cut by a read smaller than them, and datagrams the full receive buffer dropped. */
    int truncatedDatagrams = 0;
    int droppedDatagrams = 0;
    /** A run failure (live: a socket error or the deadline) or the receiver's framing/handshake error. */
    QString error;
    /** The run itself failed (invalid experiment, socket error, deadline); a framing error alone is a result. */
    bool runFailed = false;
    /** "Incomplete frame: 3 of 10 bytes." when the stream ended inside a frame. */
    QString incompleteFrame;
    qint64 durationNs = 0;

    /** A result to fill for `experiment`: validated and its send plan built, or runFailed with the reason. */
    static LabResult prepare(const LabExperiment &experiment, Mode mode);

    /** Events of one kind. */
    int count(TraceEvent::Kind kind) const;
    /** The bytes an event covers (Reply: of the replies; other kinds: of the sent stream). */
    QByteArray bytesOf(const TraceEvent &event) const;
    /** Events of one kind, in time order. */
    QList<TraceEvent> events(TraceEvent::Kind kind) const;
    /** The payloads of every read, in order. */
    QList<QByteArray> readPayloads() const;
    /** The payloads of every frame, in order. */
    QList<QByteArray> framePayloads() const;

    /** Reads holding bytes of more than one write call (粘包). */
    int coalescedReads() const;
    /** Write calls whose bytes were spread over more than one read (拆包). */
    int splitSends() const;

    /** "3 sends → 2 segments → 1 read → 1 frame" (segments only in simulated runs), translated. */
    QString countsLine() const;
    /** The mode in words: "simulated" / "live", translated. */
    static QString modeName(Mode mode);
};

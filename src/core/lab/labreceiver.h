// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "framing/frame.h"
#include "lab/labexperiment.h"

class FrameCodec;
class StreamTrace;

/** The receiving program of an experiment: its read schedule, and what it makes of each read (frames, the
    handshake's replies). Pure; the simulator and the live runner feed it the reads they perform. */
class LabReceiver final
{
    Q_DECLARE_TR_FUNCTIONS(LabReceiver)
    Q_DISABLE_COPY_MOVE(LabReceiver)

public:
    /** `experiment` must be valid (LabExperiment::validate()). */
    explicit LabReceiver(const LabExperiment &experiment);
    ~LabReceiver();

    /** Size of the next read, or 0 when the schedule is done (a finite list of read sizes was used up). */
    qint64 nextReadSize() const;

    /** One TCP read that returned `bytes` (not empty) at `timeNs`: records the read and every frame it completes
        in *trace. Returns what the receiver sends back (the handshake's "ready"), usually nothing. */
    QByteArray onRead(QByteArrayView bytes, qint64 timeNs, StreamTrace *trace);

    /** One UDP read at `timeNs` returning `bytes` of a datagram of `datagramSize` bytes that starts at
        `datagramOffset` of the sent stream (bytes shorter than the datagram: the rest was cut off). */
    void onDatagram(qint64 datagramOffset, QByteArrayView bytes, qint64 datagramSize, qint64 timeNs,
                    StreamTrace *trace);

    /** The stream ended (or the run stopped): reports a partial frame, if any, in incompleteFrame(). */
    void finish();

    int readCount() const { return m_reads; }
    qint64 bytesRead() const { return m_bytesRead; }
    const QList<Frame> &frames() const { return m_frames; }
    /** The first framing or handshake error; empty when none. */
    QString error() const { return m_error; }
    /** "Incomplete frame: 3 of 10 bytes." after finish(), when the stream ended inside a frame. */
    QString incompleteFrame() const { return m_incomplete; }
    int truncatedDatagrams() const { return m_truncated; }
    /** True when the handshake is out of step, so the receiver stopped answering. */
    bool failed() const { return !m_error.isEmpty(); }

private:
    QByteArray onHandshakeRead(QByteArrayView bytes, qint64 offset, qint64 timeNs, StreamTrace *trace);
    void completeHandshakeFrame(qint64 timeNs, StreamTrace *trace);
    void addFrame(Frame frame, qint64 timeNs, StreamTrace *trace);

    LabExperiment m_experiment;
    std::unique_ptr<FrameCodec> m_codec;
    bool m_handshake = false;
    int m_reads = 0;
    qint64 m_bytesRead = 0;
    QList<Frame> m_frames;
    QString m_error;
    QString m_incomplete;
    int m_truncated = 0;

    // Handshake state: the length text read, then the body.
    bool m_inBody = false;
    qint64 m_frameOffset = 0;
    qint64 m_headerLength = 0;
    qint64 m_expected = 0;
    QByteArray m_body;
};

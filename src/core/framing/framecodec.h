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
#include "framing/framingspec.h"

/** Frames messages for sending and cuts a received byte stream back into messages. Pure: no sockets. */
class FrameCodec
{
    Q_DECLARE_TR_FUNCTIONS(FrameCodec)
    Q_DISABLE_COPY_MOVE(FrameCodec)

public:
    virtual ~FrameCodec();

    /** Replaces *out with the bytes to send for one message (header + body (+ delimiter)). Returns false and sets
     *error when the message cannot be framed (too big, contains the delimiter, wrong size for fixed...). */
    virtual bool encode(QByteArrayView message, QByteArray *out, QString *error) const = 0;

    /** Feeds received bytes (any cut). Appends every complete frame to *frames. Returns false on a framing error
        (then error() holds the sentence; the codec stays in the error state: further feed() returns false). */
    virtual bool feed(QByteArrayView bytes, QList<Frame> *frames) = 0;

    /** At close: an empty string if no partial frame is buffered, else e.g. "Incomplete frame: 3 of 10 bytes.".
        Also empty after a framing error (feed() already reported it). Changes nothing. */
    virtual QString finish() = 0;

    /** The framing error sentence; empty while the stream is fine. */
    virtual QString error() const = 0;

    /** Bytes held waiting for the rest of a frame. */
    virtual qint64 bufferedBytes() const = 0;

    /** Forgets everything, including an error; the stream offset goes back to 0. */
    virtual void reset() = 0;

    /** The spec this codec was created from. */
    const FramingSpec &spec() const { return m_spec; }

    /** The codec for `spec`, which must come from FramingSpecParser (never null). */
    static std::unique_ptr<FrameCodec> create(const FramingSpec &spec);

protected:
    explicit FrameCodec(const FramingSpec &spec);

    /** The encode() error for a message body above spec().maxFrameSize. */
    QString tooLargeError(qint64 messageSize) const;

private:
    FramingSpec m_spec;
};

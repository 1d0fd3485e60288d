// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "rcmd/rcmdmessage.h"
#include "rcmd/rcmdprotocol.h"

class FrameCodec;

/** Cuts a received remote-command byte stream into messages: FrameCodec with "len:4", then
    RcmdProtocol::decodePayload(). Pure: no sockets. Starts with the handshake frame limit. */
class RcmdReader final
{
    Q_DECLARE_TR_FUNCTIONS(RcmdReader)
    Q_DISABLE_COPY_MOVE(RcmdReader)

public:
    /** A reader accepting frame payloads of at most `maxFrameSize` bytes (at least 1). */
    explicit RcmdReader(qint64 maxFrameSize = RcmdProtocol::HandshakeMaxFrameSize);
    ~RcmdReader();

    /** Feeds received bytes (any cut) and appends every complete message to *messages. Returns false on the first
        framing or decoding error: error() then holds the sentence and the reader stays failed (close the
        connection). Messages that came before the bad bytes are still appended. */
    bool feed(QByteArrayView bytes, QList<RcmdMessage> *messages);

    /** Changes the frame limit, e.g. to RcmdProtocol::MaxFrameSize once authenticated. The start of a frame
        received under the handshake limit is kept and checked against the new limit. */
    void setMaxFrameSize(qint64 maxFrameSize);
    /** The current frame limit in payload bytes. */
    qint64 maxFrameSize() const { return m_maxFrameSize; }

    /** The error sentence; empty while the stream is fine. */
    QString error() const { return m_error; }
    /** Bytes held waiting for the rest of a frame. */
    qint64 bufferedBytes() const;
    /** At close: empty if no partial frame is buffered, else e.g. "Incomplete frame: 3 of 10 bytes.". */
    QString finish() const;

private:
    void createCodec();
    /** Keeps a copy of the unfinished frame's bytes while they are few, for setMaxFrameSize(). */
    void keepTail(QByteArrayView fed);
    bool fail(const QString &error);

    qint64 m_maxFrameSize;
    std::unique_ptr<FrameCodec> m_codec;
    /** The buffered bytes of the unfinished frame, when m_tailKnown. */
    QByteArray m_tail;
    bool m_tailKnown = true;
    QString m_error;
};

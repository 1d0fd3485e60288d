// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdreader.h"

#include <optional>

#include "framing/framecodec.h"
#include "framing/framingspecparser.h"

namespace {

/** The most unfinished-frame bytes the reader copies: a whole handshake frame with its length prefix. */
constexpr qint64 TailLimit = 4 + RcmdProtocol::HandshakeMaxFrameSize;

} // namespace

RcmdReader::RcmdReader(qint64 maxFrameSize)
    : m_maxFrameSize(maxFrameSize)
{
    createCodec();
}

RcmdReader::~RcmdReader() = default;

bool RcmdReader::feed(QByteArrayView bytes, QList<RcmdMessage> *messages)
{
    if (!m_error.isEmpty())
        return false;
    QList<Frame> frames;
    const bool framed = m_codec->feed(bytes, &frames);
    keepTail(bytes);
    for (const Frame &frame : frames) {
        RcmdMessage message;
        QString error;
        if (!RcmdProtocol::decodePayload(frame.payload, &message, &error))
            return fail(error);
        messages->append(std::move(message));
    }
    return framed || fail(m_codec->error());
}

void RcmdReader::setMaxFrameSize(qint64 maxFrameSize)
{
    Q_ASSERT(maxFrameSize >= 1);
    if (maxFrameSize == m_maxFrameSize)
        return;
    m_maxFrameSize = maxFrameSize;
    if (!m_error.isEmpty())
        return;
    const qint64 pending = m_codec->bufferedBytes();
    if (pending > 0 && !m_tailKnown) {
        // Only reachable by changing the limit in the middle of a frame longer than any handshake frame.
        fail(tr("The frame size limit changed in the middle of a large frame; close the connection."));
        return;
    }
    const QByteArray tail = m_tail;
    createCodec();
    if (pending == 0)
        return;
    // The start of an unfinished frame cannot complete a frame now, but a smaller limit may refuse it.
    QList<Frame> frames;
    if (!m_codec->feed(tail, &frames)) {
        fail(m_codec->error());
        return;
    }
    Q_ASSERT(frames.isEmpty());
    keepTail(tail);
}

qint64 RcmdReader::bufferedBytes() const
{
    return m_codec->bufferedBytes();
}

QString RcmdReader::finish() const
{
    return m_codec->finish();
}

void RcmdReader::createCodec()
{
    QString error;
    const std::optional<FramingSpec> spec =
        FramingSpecParser::parse(RcmdProtocol::framingSpecText(), &error, m_maxFrameSize);
    Q_ASSERT_X(spec, "RcmdReader", qPrintable(error));
    m_codec = FrameCodec::create(*spec);
    m_tail.clear();
    m_tailKnown = true;
}

void RcmdReader::keepTail(QByteArrayView fed)
{
    const qint64 pending = m_codec->bufferedBytes();
    if (pending == 0 || pending > TailLimit) {
        m_tail.clear();
        m_tailKnown = pending == 0;
        return;
    }
    if (pending <= fed.size()) {
        // The unfinished frame starts in this feed.
        m_tail = fed.last(pending).toByteArray();
    } else {
        // It started earlier and no frame completed now; its earlier bytes are m_tail, known as they are few.
        Q_ASSERT(m_tailKnown);
        m_tail.append(fed);
    }
    m_tailKnown = true;
    Q_ASSERT(m_tail.size() == pending);
}

bool RcmdReader::fail(const QString &error)
{
    m_error = error;
    m_tail.clear();
    return false;
}

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "framing/rawcodec.h"

RawCodec::RawCodec(const FramingSpec &spec)
    : FrameCodec(spec)
{ }

bool RawCodec::encode(QByteArrayView message, QByteArray *out, QString *error) const
{
    Q_UNUSED(error)
    *out = message.toByteArray();
    return true;
}

bool RawCodec::feed(QByteArrayView bytes, QList<Frame> *frames)
{
    // An empty read carries no message: TCP has no empty segments to deliver.
    if (bytes.isEmpty())
        return true;
    Frame frame;
    frame.payload = bytes.toByteArray();
    frame.offset = m_streamOffset;
    frame.length = bytes.size();
    frames->append(std::move(frame));
    m_streamOffset += bytes.size();
    return true;
}

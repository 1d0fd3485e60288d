// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "framing/fixedsizecodec.h"

FixedSizeCodec::FixedSizeCodec(const FramingSpec &spec)
    : BufferedFrameCodec(spec)
{
    Q_ASSERT(spec.fixedSize >= 1 && spec.fixedSize <= spec.maxFrameSize);
}

bool FixedSizeCodec::encode(QByteArrayView message, QByteArray *out, QString *error) const
{
    if (message.size() != spec().fixedSize) {
        //: %1 is the message size, %2 the size the framing requires.
        *error = tr("The message is %1 bytes, but this framing needs messages of exactly %2 bytes.")
                     .arg(message.size())
                     .arg(spec().fixedSize);
        return false;
    }
    *out = message.toByteArray();
    return true;
}

BufferedFrameCodec::Scan FixedSizeCodec::scan(const char *data, qsizetype size)
{
    Q_UNUSED(data)
    return size < spec().fixedSize ? Scan::needMore(spec().fixedSize) : Scan::complete(spec().fixedSize);
}

void FixedSizeCodec::completeFrame(const char *data, Frame *frame)
{
    frame->payload = QByteArray(data, frame->length);
}

QString FixedSizeCodec::incompleteText(const char *data, qsizetype size) const
{
    Q_UNUSED(data)
    return incompleteFrameText(size, spec().fixedSize);
}

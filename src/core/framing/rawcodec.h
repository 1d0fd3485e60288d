// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "framing/framecodec.h"

/** `none`: no framing; every fed chunk is one message, exactly as it came. */
class RawCodec final : public FrameCodec
{
public:
    explicit RawCodec(const FramingSpec &spec);

    bool encode(QByteArrayView message, QByteArray *out, QString *error) const override;
    bool feed(QByteArrayView bytes, QList<Frame> *frames) override;
    QString finish() override { return {}; }
    QString error() const override { return {}; }
    qint64 bufferedBytes() const override { return 0; }
    void reset() override { m_streamOffset = 0; }

private:
    qint64 m_streamOffset = 0;
};

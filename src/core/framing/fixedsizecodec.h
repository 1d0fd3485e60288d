// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "framing/bufferedframecodec.h"

/** `fixed:N`: every message is exactly N bytes. */
class FixedSizeCodec final : public BufferedFrameCodec
{
    Q_DECLARE_TR_FUNCTIONS(FixedSizeCodec)

public:
    explicit FixedSizeCodec(const FramingSpec &spec);

    bool encode(QByteArrayView message, QByteArray *out, QString *error) const override;

private:
    Scan scan(const char *data, qsizetype size) override;
    void completeFrame(const char *data, Frame *frame) override;
    QString incompleteText(const char *data, qsizetype size) const override;
    void forgetFrame() override { }
};

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "framing/bufferedframecodec.h"

/** `len:N[:be|le][:signed][:incl]` and `struct-i`: an N-byte length, then that many body bytes. */
class LengthPrefixCodec final : public BufferedFrameCodec
{
    Q_DECLARE_TR_FUNCTIONS(LengthPrefixCodec)

public:
    explicit LengthPrefixCodec(const FramingSpec &spec);

    bool encode(QByteArrayView message, QByteArray *out, QString *error) const override;

private:
    Scan scan(const char *data, qsizetype size) override;
    void completeFrame(const char *data, Frame *frame) override;
    QString incompleteText(const char *data, qsizetype size) const override;
    void forgetFrame() override { }

    /** Body size announced by the header at `data`, or -1 with *error set. */
    qint64 bodySize(const char *data, QString *error) const;
};

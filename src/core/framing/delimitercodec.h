// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "framing/bufferedframecodec.h"

/** `delim:SEQ` and `line`: every message ends with the delimiter. */
class DelimiterCodec final : public BufferedFrameCodec
{
    Q_DECLARE_TR_FUNCTIONS(DelimiterCodec)

public:
    explicit DelimiterCodec(const FramingSpec &spec);

    bool encode(QByteArrayView message, QByteArray *out, QString *error) const override;

private:
    Scan scan(const char *data, qsizetype size) override;
    void completeFrame(const char *data, Frame *frame) override;
    QString incompleteText(const char *data, qsizetype size) const override;
    void forgetFrame() override { m_searchFrom = 0; }

    /** Index of the first delimiter in data[from, size), or -1. */
    qsizetype findDelimiter(const char *data, qsizetype size, qsizetype from) const;
    QString tooLongError() const;

    /** Bytes of the current frame already known to hold no delimiter start. */
    qsizetype m_searchFrom = 0;
};

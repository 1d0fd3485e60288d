// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include "framing/bufferedframecodec.h"

/** `jsonhdr`: a struct-i length, a JSON header `{"size": N, ...}` of that length, then N body bytes. */
class JsonHeaderCodec final : public BufferedFrameCodec
{
    Q_DECLARE_TR_FUNCTIONS(JsonHeaderCodec)

public:
    /** Longest JSON header accepted: headers are small, so a larger length means a peer speaking another
        framing, not a frame worth waiting for. */
    static constexpr qint64 MaxHeaderSize = 64 * 1024;

    explicit JsonHeaderCodec(const FramingSpec &spec);

    bool encode(QByteArrayView message, QByteArray *out, QString *error) const override;

private:
    Scan scan(const char *data, qsizetype size) override;
    void completeFrame(const char *data, Frame *frame) override;
    QString incompleteText(const char *data, qsizetype size) const override;
    void forgetFrame() override;

    /** Reads the header at `jsonData`; returns an error sentence, or an empty string with the header cached. */
    QString parseHeader(const char *jsonData, qsizetype jsonSize);

    /** The JSON header of the current frame is parsed (and the members below are valid). */
    bool m_haveHeader = false;
    qint64 m_headerLength = 0;
    qint64 m_bodySize = 0;
    QJsonObject m_header;
};

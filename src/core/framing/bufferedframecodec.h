// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "framing/framecodec.h"

/** The decoding loop shared by the framings that find a frame's end from its first bytes (length, fixed, JSON
    header, delimiter). Complete frames are cut straight out of the fed bytes; only the start of an unfinished
    frame is copied into the buffer, so the buffer never holds more than one frame and never needs compacting. */
class BufferedFrameCodec : public FrameCodec
{
    Q_DECLARE_TR_FUNCTIONS(BufferedFrameCodec)

public:
    bool feed(QByteArrayView bytes, QList<Frame> *frames) override;
    QString finish() override;
    QString error() const override { return m_error; }
    qint64 bufferedBytes() const override { return m_buffer.size(); }
    void reset() override;

protected:
    /** What scan() learnt about the frame at the start of the bytes it was given. */
    struct Scan
    {
        enum class Status {
            NeedMore,
            Complete,
            Failed
        };
        Status status = Status::NeedMore;
        /** NeedMore: total frame bytes needed to get further (-1 = unknown, give everything);
            Complete: the frame length. */
        qint64 size = -1;
        /** Failed: the error sentence. */
        QString error;

        static Scan needMore(qint64 size) { return {Status::NeedMore, size, {}}; }
        static Scan complete(qint64 size) { return {Status::Complete, size, {}}; }
        static Scan failed(const QString &error) { return {Status::Failed, -1, error}; }
    };

    explicit BufferedFrameCodec(const FramingSpec &spec);

    /** "Incomplete frame: 2 of 4 header bytes." */
    static QString incompleteHeaderText(qint64 have, qint64 need);
    /** "Incomplete frame: 3 of 10 bytes." (counting the header). */
    static QString incompleteFrameText(qint64 have, qint64 need);

private:
    /** Looks at `size` bytes starting at a frame start. Called again with more bytes of the same frame until it
        completes, so it may cache what it learnt; the cache belongs to the current frame. */
    virtual Scan scan(const char *data, qsizetype size) = 0;
    /** Fills payload, headerLength, trailerLength and header of the complete frame at `data` (offset and length
        are set), then forgets the cached state of that frame. */
    virtual void completeFrame(const char *data, Frame *frame) = 0;
    /** finish()'s sentence for `size` buffered bytes of an unfinished frame (size > 0). */
    virtual QString incompleteText(const char *data, qsizetype size) const = 0;
    /** Forgets the cached state of the current frame. */
    virtual void forgetFrame() = 0;

    void emitFrame(const char *data, qint64 length, QList<Frame> *frames);
    bool fail(const QString &error);
    void clearBuffer();

    QByteArray m_buffer;
    qint64 m_streamOffset = 0;
    QString m_error;
};

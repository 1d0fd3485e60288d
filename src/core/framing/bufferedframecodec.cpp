// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "framing/bufferedframecodec.h"

#include <algorithm>

namespace {

/** Buffer capacity kept between frames; a larger one (left by a big frame) is given back. */
constexpr qsizetype KeptBufferCapacity = 64 * 1024;

} // namespace

BufferedFrameCodec::BufferedFrameCodec(const FramingSpec &spec)
    : FrameCodec(spec)
{ }

bool BufferedFrameCodec::feed(QByteArrayView bytes, QList<Frame> *frames)
{
    if (!m_error.isEmpty())
        return false;
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;

    // Finish the frame begun in an earlier feed. Only as many bytes as scan() asks for are copied, so the
    // buffer grows with data that arrived, never with what a header announces.
    while (!m_buffer.isEmpty()) {
        const Scan scanned = scan(m_buffer.constData(), m_buffer.size());
        if (scanned.status == Scan::Status::Failed)
            return fail(scanned.error);
        if (scanned.status == Scan::Status::Complete) {
            emitFrame(m_buffer.constData(), scanned.size, frames);
            // Bytes past the frame were copied from this feed just now: continue with them in place.
            pos -= m_buffer.size() - scanned.size;
            clearBuffer();
            break;
        }
        if (pos == size)
            return true;
        const qsizetype take = scanned.size < 0
            ? size - pos
            : static_cast<qsizetype>(std::min<qint64>(scanned.size - m_buffer.size(), size - pos));
        Q_ASSERT(take > 0); // scan() asks for more than it was given
        m_buffer.append(data + pos, take);
        pos += take;
    }

    // Frames that lie whole in this feed are cut out directly: one copy per payload, nothing moved.
    while (pos < size) {
        const Scan scanned = scan(data + pos, size - pos);
        if (scanned.status == Scan::Status::Failed)
            return fail(scanned.error);
        if (scanned.status == Scan::Status::NeedMore) {
            m_buffer.append(data + pos, size - pos);
            break;
        }
        emitFrame(data + pos, scanned.size, frames);
        pos += scanned.size;
    }
    return true;
}

QString BufferedFrameCodec::finish()
{
    if (m_buffer.isEmpty())
        return {};
    return incompleteText(m_buffer.constData(), m_buffer.size());
}

void BufferedFrameCodec::reset()
{
    m_buffer = QByteArray();
    m_streamOffset = 0;
    m_error.clear();
    forgetFrame();
}

QString BufferedFrameCodec::incompleteHeaderText(qint64 have, qint64 need)
{
    //: At close. %1 and %2 are byte counts, e.g. "2 of 4".
    return tr("Incomplete frame: %1 of %2 header bytes.").arg(have).arg(need);
}

QString BufferedFrameCodec::incompleteFrameText(qint64 have, qint64 need)
{
    //: At close. %1 and %2 are byte counts of the whole frame, header included.
    return tr("Incomplete frame: %1 of %2 bytes.").arg(have).arg(need);
}

void BufferedFrameCodec::emitFrame(const char *data, qint64 length, QList<Frame> *frames)
{
    Frame frame;
    frame.offset = m_streamOffset;
    frame.length = length;
    completeFrame(data, &frame);
    frames->append(std::move(frame));
    m_streamOffset += length;
}

bool BufferedFrameCodec::fail(const QString &error)
{
    m_error = error;
    m_buffer = QByteArray();
    forgetFrame();
    return false;
}

void BufferedFrameCodec::clearBuffer()
{
    if (m_buffer.capacity() > KeptBufferCapacity)
        m_buffer = QByteArray();
    else
        m_buffer.resize(0);
}

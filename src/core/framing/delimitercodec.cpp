// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "framing/delimitercodec.h"

#include <algorithm>
#include <cstring>

#include "payload/escapedtext.h"

namespace {

/** Delimiters up to this size are searched byte-wise (see findDelimiter()). */
constexpr qsizetype ShortDelimiterSize = 16;

} // namespace

DelimiterCodec::DelimiterCodec(const FramingSpec &spec)
    : BufferedFrameCodec(spec)
{
    Q_ASSERT(!spec.delimiter.isEmpty());
}

bool DelimiterCodec::encode(QByteArrayView message, QByteArray *out, QString *error) const
{
    const FramingSpec &s = spec();
    const QByteArray &delimiter = s.delimiter;
    if (message.size() > s.maxFrameSize) {
        *error = tooLargeError(message.size());
        return false;
    }
    const qsizetype inside = findDelimiter(message.data(), message.size(), 0);
    if (inside >= 0) {
        //: %1 is the delimiter with C escapes (e.g. \r\n), %2 the 0-based byte index where it starts.
        *error = tr("The message contains the delimiter %1 at byte %2, so it would be cut there: pick another "
                    "delimiter or another framing.")
                     .arg(EscapedText::escape(delimiter))
                     .arg(inside);
        return false;
    }
    // A message ending with the start of a self-overlapping delimiter (e.g. "ab" before "aba") would also be cut
    // early: the receiver finds the first occurrence, which then begins inside the message.
    const qsizetype tailSize = std::min<qsizetype>(message.size(), delimiter.size() - 1);
    const QByteArray tail = message.last(tailSize).toByteArray() + delimiter;
    if (findDelimiter(tail.constData(), tail.size(), 0) != tailSize) {
        //: %1 is the delimiter with C escapes.
        *error = tr("The message ends with the start of the delimiter %1, so it would be cut early: pick another "
                    "delimiter or another framing.")
                     .arg(EscapedText::escape(delimiter));
        return false;
    }
    if (s.stripCarriageReturn && message.endsWith('\r')) {
        *error = tr("The message ends with \\r, which line framing strips when decoding: use delim:\\n to keep it.");
        return false;
    }
    out->resize(message.size() + delimiter.size());
    if (!message.isEmpty())
        std::memcpy(out->data(), message.data(), size_t(message.size()));
    std::memcpy(out->data() + message.size(), delimiter.constData(), size_t(delimiter.size()));
    return true;
}

BufferedFrameCodec::Scan DelimiterCodec::scan(const char *data, qsizetype size)
{
    const qsizetype delimiterSize = spec().delimiter.size();
    const qsizetype found = findDelimiter(data, size, m_searchFrom);
    if (found >= 0) {
        if (found > spec().maxFrameSize)
            return Scan::failed(tooLongError());
        return Scan::complete(found + delimiterSize);
    }
    // Only the last delimiterSize - 1 bytes may still start a delimiter, so the next search resumes there and
    // byte-by-byte feeds stay linear.
    m_searchFrom = std::max<qsizetype>(0, size - delimiterSize + 1);
    if (m_searchFrom > spec().maxFrameSize)
        return Scan::failed(tooLongError());
    return Scan::needMore(-1);
}

void DelimiterCodec::completeFrame(const char *data, Frame *frame)
{
    qint64 trailer = spec().delimiter.size();
    qint64 body = frame->length - trailer;
    if (spec().stripCarriageReturn && body > 0 && data[body - 1] == '\r') {
        // The '\r' counts as trailer so that header + payload + trailer still adds up to the frame length.
        --body;
        ++trailer;
    }
    frame->trailerLength = trailer;
    frame->payload = QByteArray(data, body);
    m_searchFrom = 0;
}

QString DelimiterCodec::incompleteText(const char *data, qsizetype size) const
{
    Q_UNUSED(data)
    //: At close. %1 is a byte count, %2 the delimiter with C escapes (e.g. \r\n).
    return tr("Incomplete message: %1 bytes without the delimiter %2.")
        .arg(size)
        .arg(EscapedText::escape(spec().delimiter));
}

qsizetype DelimiterCodec::findDelimiter(const char *data, qsizetype size, qsizetype from) const
{
    const QByteArray &delimiter = spec().delimiter;
    const qsizetype delimiterSize = delimiter.size();
    if (size - from < delimiterSize)
        return -1;
    if (delimiterSize > ShortDelimiterSize)
        return QByteArrayView(data, size).indexOf(delimiter, from);
    // Short delimiters (\n, \r\n, \0...): memchr for the first byte, then compare the rest; several times
    // faster than a general substring search, and still linear because the delimiter is short.
    const char first = delimiter.at(0);
    const char *const last = data + size - delimiterSize; // the last place a delimiter can start
    for (const char *at = data + from; at <= last; ++at) {
        at = static_cast<const char *>(std::memchr(at, first, size_t(last - at + 1)));
        if (!at)
            return -1;
        if (std::memcmp(at + 1, delimiter.constData() + 1, size_t(delimiterSize - 1)) == 0)
            return at - data;
    }
    return -1;
}

QString DelimiterCodec::tooLongError() const
{
    //: %1 is the limit in bytes, %2 the delimiter with C escapes.
    return tr("No delimiter within %1 bytes: the message is longer than the maximum frame size, or the peer "
              "does not end its messages with %2.")
        .arg(spec().maxFrameSize)
        .arg(EscapedText::escape(spec().delimiter));
}

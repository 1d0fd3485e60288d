// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "framing/lengthprefixcodec.h"

#include <cstring>
#include <limits>

namespace {

/** The header's bytes as an unsigned number. */
quint64 readUnsigned(const char *data, int size, bool bigEndian)
{
    quint64 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<uchar>(data[bigEndian ? i : size - 1 - i]);
    return value;
}

/** Two's complement reading of a `size`-byte value. */
qint64 toSigned(quint64 value, int size)
{
    const int bits = size * 8;
    if (bits < 64) {
        const quint64 signBit = quint64(1) << (bits - 1);
        return value & signBit ? static_cast<qint64>(value) - static_cast<qint64>(signBit << 1)
                               : static_cast<qint64>(value);
    }
    // Spelled out because converting an out-of-range unsigned value is implementation-defined before C++20.
    if (value <= quint64(std::numeric_limits<qint64>::max()))
        return static_cast<qint64>(value);
    return -static_cast<qint64>(~value) - 1;
}

/** Largest value a header of `size` bytes can carry. */
quint64 headerMaximum(int size, bool isSigned)
{
    const int bits = size * 8 - (isSigned ? 1 : 0);
    return bits >= 64 ? std::numeric_limits<quint64>::max() : (quint64(1) << bits) - 1;
}

} // namespace

LengthPrefixCodec::LengthPrefixCodec(const FramingSpec &spec)
    : BufferedFrameCodec(spec)
{
    Q_ASSERT(spec.lengthBytes == 1 || spec.lengthBytes == 2 || spec.lengthBytes == 4 || spec.lengthBytes == 8);
}

bool LengthPrefixCodec::encode(QByteArrayView message, QByteArray *out, QString *error) const
{
    const FramingSpec &s = spec();
    const qint64 size = message.size();
    if (size > s.maxFrameSize) {
        *error = tooLargeError(size);
        return false;
    }
    const quint64 headerSize = s.lengthIncludesHeader ? quint64(s.lengthBytes) : 0;
    const quint64 maximum = headerMaximum(s.lengthBytes, s.isSigned);
    if (quint64(size) > maximum - headerSize) {
        //: %1 is the message size, %2 the header size (1, 2, 4 or 8), %3 the largest message it allows.
        *error = tr("The message is %1 bytes, more than a %2-byte length header can announce (at most %3 bytes).")
                     .arg(size)
                     .arg(s.lengthBytes)
                     .arg(maximum - headerSize);
        return false;
    }
    const quint64 value = quint64(size) + headerSize;
    out->resize(s.lengthBytes + size);
    char *header = out->data();
    for (int i = 0; i < s.lengthBytes; ++i) {
        const int shift = 8 * (s.bigEndian ? s.lengthBytes - 1 - i : i);
        header[i] = static_cast<char>((value >> shift) & 0xff);
    }
    if (size > 0)
        std::memcpy(header + s.lengthBytes, message.data(), size_t(size));
    return true;
}

BufferedFrameCodec::Scan LengthPrefixCodec::scan(const char *data, qsizetype size)
{
    const int headerSize = spec().lengthBytes;
    if (size < headerSize)
        return Scan::needMore(headerSize);
    QString error;
    const qint64 body = bodySize(data, &error);
    if (body < 0)
        return Scan::failed(error);
    const qint64 total = headerSize + body;
    return size < total ? Scan::needMore(total) : Scan::complete(total);
}

void LengthPrefixCodec::completeFrame(const char *data, Frame *frame)
{
    const int headerSize = spec().lengthBytes;
    frame->headerLength = headerSize;
    frame->payload = QByteArray(data + headerSize, frame->length - headerSize);
}

QString LengthPrefixCodec::incompleteText(const char *data, qsizetype size) const
{
    const int headerSize = spec().lengthBytes;
    if (size < headerSize)
        return incompleteHeaderText(size, headerSize);
    QString error;
    return incompleteFrameText(size, headerSize + bodySize(data, &error));
}

qint64 LengthPrefixCodec::bodySize(const char *data, QString *error) const
{
    const FramingSpec &s = spec();
    const quint64 raw = readUnsigned(data, s.lengthBytes, s.bigEndian);
    // Messages show the length as the peer wrote it: signed headers as signed numbers. Built only on error:
    // this runs for every frame.
    const auto shown = [&] {
        return s.isSigned ? QString::number(toSigned(raw, s.lengthBytes)) : QString::number(raw);
    };
    if (s.isSigned && toSigned(raw, s.lengthBytes) < 0) {
        //: %1 is the (negative) length read from the frame header.
        *error = tr("Frame length %1 is negative (the header is signed): the peer is not sending this framing.")
                     .arg(shown());
        return -1;
    }
    quint64 body = raw;
    if (s.lengthIncludesHeader) {
        if (raw < quint64(s.lengthBytes)) {
            //: %1 is the length read from the frame header, %2 the header size in bytes.
            *error = tr("Frame length %1 is smaller than its %2-byte header (the length counts the header): the "
                        "peer is not sending this framing.")
                         .arg(shown())
                         .arg(s.lengthBytes);
            return -1;
        }
        body -= quint64(s.lengthBytes);
    }
    if (body > quint64(s.maxFrameSize)) {
        //: %1 is the length read from the frame header, %2 the limit in bytes.
        *error = tr("Frame length %1 exceeds the maximum frame size of %2 bytes.").arg(shown()).arg(s.maxFrameSize);
        return -1;
    }
    return qint64(body);
}

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "framing/jsonheadercodec.h"

#include <cmath>
#include <cstring>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QtEndian>

namespace {

/** The struct-i length prefix: 4 bytes, little-endian, signed. */
constexpr int PrefixSize = 4;

qint32 readPrefix(const char *data)
{
    return qFromLittleEndian<qint32>(data);
}

} // namespace

JsonHeaderCodec::JsonHeaderCodec(const FramingSpec &spec)
    : BufferedFrameCodec(spec)
{ }

bool JsonHeaderCodec::encode(QByteArrayView message, QByteArray *out, QString *error) const
{
    if (message.size() > spec().maxFrameSize) {
        *error = tooLargeError(message.size());
        return false;
    }
    const QByteArray json = QByteArrayLiteral("{\"size\":") + QByteArray::number(message.size()) + '}';
    out->resize(PrefixSize + json.size() + message.size());
    char *data = out->data();
    qToLittleEndian<qint32>(static_cast<qint32>(json.size()), data);
    std::memcpy(data + PrefixSize, json.constData(), size_t(json.size()));
    if (!message.isEmpty())
        std::memcpy(data + PrefixSize + json.size(), message.data(), size_t(message.size()));
    return true;
}

BufferedFrameCodec::Scan JsonHeaderCodec::scan(const char *data, qsizetype size)
{
    if (!m_haveHeader) {
        if (size < PrefixSize)
            return Scan::needMore(PrefixSize);
        const qint32 jsonSize = readPrefix(data);
        if (jsonSize < 0) {
            //: %1 is the (negative) header length read from the stream.
            return Scan::failed(
                tr("JSON header length %1 is negative: the peer is not sending this framing.").arg(jsonSize));
        }
        if (jsonSize > MaxHeaderSize) {
            //: %1 is the header length read from the stream, %2 the limit in bytes.
            return Scan::failed(
                tr("JSON header length %1 exceeds the limit of %2 bytes: the peer is not sending this framing.")
                    .arg(jsonSize)
                    .arg(MaxHeaderSize));
        }
        if (size < PrefixSize + jsonSize)
            return Scan::needMore(PrefixSize + jsonSize);
        // Parsed once per frame and cached: later scans of the same frame only wait for the body.
        const QString error = parseHeader(data + PrefixSize, jsonSize);
        if (!error.isEmpty())
            return Scan::failed(error);
    }
    const qint64 total = m_headerLength + m_bodySize;
    return size < total ? Scan::needMore(total) : Scan::complete(total);
}

void JsonHeaderCodec::completeFrame(const char *data, Frame *frame)
{
    frame->headerLength = m_headerLength;
    frame->header = m_header;
    frame->payload = QByteArray(data + m_headerLength, m_bodySize);
    forgetFrame();
}

QString JsonHeaderCodec::incompleteText(const char *data, qsizetype size) const
{
    if (size < PrefixSize)
        return incompleteHeaderText(size, PrefixSize);
    if (!m_haveHeader)
        return incompleteHeaderText(size, PrefixSize + readPrefix(data));
    return incompleteFrameText(size, m_headerLength + m_bodySize);
}

void JsonHeaderCodec::forgetFrame()
{
    m_haveHeader = false;
    m_headerLength = 0;
    m_bodySize = 0;
    m_header = QJsonObject();
}

QString JsonHeaderCodec::parseHeader(const char *jsonData, qsizetype jsonSize)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(jsonData, jsonSize), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is Qt's description of the JSON error, e.g. "unterminated object", %2 a 0-based byte index.
        return tr("Malformed JSON header: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset);
    }
    if (!document.isObject())
        return tr("The JSON header is not an object: expected {\"size\": N, ...}.");
    const QJsonObject header = document.object();
    const auto sizeIt = header.constFind(QLatin1String("size"));
    if (sizeIt == header.constEnd())
        return tr("The JSON header has no \"size\" field: expected {\"size\": N, ...}.");
    const QJsonValue sizeValue = sizeIt.value();
    const double size = sizeValue.toDouble(-1.0);
    if (!sizeValue.isDouble() || !std::isfinite(size) || std::floor(size) != size)
        return tr("The JSON header's \"size\" is not a whole number.");
    // A whole-number double prints without exponent or fraction, so huge sizes read as typed.
    const auto shown = [size] { return QString::number(size, 'f', 0); };
    if (size < 0) {
        //: %1 is the size from the header.
        return tr("The JSON header's \"size\" %1 is negative.").arg(shown());
    }
    if (size > double(spec().maxFrameSize)) {
        //: %1 is the size from the header, %2 the limit in bytes.
        return tr("The JSON header's \"size\" %1 exceeds the maximum frame size of %2 bytes.")
            .arg(shown())
            .arg(spec().maxFrameSize);
    }
    m_haveHeader = true;
    m_headerLength = PrefixSize + jsonSize;
    m_bodySize = static_cast<qint64>(size);
    m_header = header;
    return {};
}

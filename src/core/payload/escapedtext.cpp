// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "payload/escapedtext.h"

#include <QStringEncoder>

#include "payload/textscan.h"

using namespace TextScan;

namespace {

/** The byte a single-letter escape stands for, or -1 when the letter is not one. */
int simpleEscapeValue(QChar c)
{
    switch (c.unicode()) {
    case u'r':
        return 0x0d;
    case u'n':
        return 0x0a;
    case u't':
        return 0x09;
    case u'\\':
        return 0x5c;
    case u'0':
        return 0x00;
    case u'a':
        return 0x07;
    case u'b':
        return 0x08;
    case u'f':
        return 0x0c;
    case u'v':
        return 0x0b;
    case u'e':
        return 0x1b;
    case u'"':
        return 0x22;
    case u'\'':
        return 0x27;
    default:
        return -1;
    }
}

/** Encodes one run of plain characters and appends it; returns the index in segment of the first character
    the encoding cannot represent, or -1. */
qsizetype appendEncoded(QStringEncoder &encoder, const QByteArray &encodingName, QStringView segment, QByteArray &out)
{
    if (segment.isEmpty())
        return -1;
    const qsizetype oldSize = out.size();
    out.resize(oldSize + encoder.requiredSpace(segment.size()));
    const char *end = encoder.appendToBuffer(out.data() + oldSize, segment);
    out.resize(end - out.constData());
    if (!encoder.hasError())
        return -1;
    // The encoder only says that something failed; find what by feeding a fresh encoder one character at a
    // time. The error flag is sticky (resetState() does not clear it for ICU codecs in Qt 6.4), so the first
    // character that raises it is the culprit.
    QStringEncoder probe(encodingName.constData());
    for (qsizetype i = 0; i < segment.size();) {
        const qsizetype length = qMax<qsizetype>(1, characterLength(segment, i));
        // encode() is lazy: only the conversion to QByteArray runs the encoder.
        const QByteArray encoded = probe.encode(segment.mid(i, length));
        if (probe.hasError())
            return i;
        i += length;
    }
    return 0; // Only reached if the encoder failed on the run but on none of its characters.
}

} // namespace

BytesResult EscapedText::parse(QStringView text, const QString &encoding)
{
    const QByteArray encodingName = encoding.toUtf8();
    QStringEncoder encoder(encodingName.constData());
    if (!encoder.isValid()) {
        //: %1 is the encoding name as given, e.g. "GBK".
        return BytesResult::failure(tr("Unknown text encoding \"%1\".").arg(encoding), 0);
    }

    BytesResult result;
    result.bytes.reserve(text.size());
    const qsizetype size = text.size();
    qsizetype segmentStart = 0;
    // Plain text is encoded run by run so errors are found in reading order, before any later escape error.
    const auto flushSegment = [&](qsizetype end) -> BytesResult {
        const QStringView segment = text.mid(segmentStart, end - segmentStart);
        const qsizetype bad = appendEncoded(encoder, encodingName, segment, result.bytes);
        if (bad < 0)
            return {};
        const qsizetype position = segmentStart + bad;
        //: %1 is the character in quotes or a code like U+0081, %2 its 1-based position, %3 the encoding name.
        return BytesResult::failure(tr("The character %1 at position %2 cannot be encoded in %3.")
                                        .arg(describeCharacter(text, position), humanPosition(position), encoding),
                                    position);
    };

    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c.isSurrogate()) {
            const qsizetype length = characterLength(text, i);
            if (length == 0) {
                // Encoders disagree on lone surrogates (some drop them silently), so reject them up front.
                BytesResult flushed = flushSegment(i);
                if (!flushed.ok())
                    return flushed;
                //: %1 is a code like U+D800, %2 its 1-based position.
                return BytesResult::failure(
                    tr("Invalid character %1 at position %2: an unpaired UTF-16 surrogate is not text.")
                        .arg(codePointName(c.unicode()), humanPosition(i)),
                    i);
            }
            i += length;
            continue;
        }
        if (c != u'\\') {
            ++i;
            continue;
        }

        BytesResult flushed = flushSegment(i);
        if (!flushed.ok())
            return flushed;
        if (i + 1 >= size) {
            //: %1 is the 1-based position of the backslash.
            return BytesResult::failure(
                tr("The text ends with a lone backslash at position %1: write \"\\\\\" for a backslash.")
                    .arg(humanPosition(i)),
                i);
        }
        const QChar letter = text.at(i + 1);
        if (letter == u'x') {
            const bool firstOk = i + 2 < size && hexDigitValue(text.at(i + 2)) >= 0;
            const bool secondOk = firstOk && i + 3 < size && hexDigitValue(text.at(i + 3)) >= 0;
            if (!secondOk) {
                const QStringView seen = text.mid(i, firstOk ? 3 : 2);
                //: %1 is the incomplete escape as typed, e.g. "\x4", %2 the 1-based position of its backslash.
                return BytesResult::failure(
                    tr("Incomplete escape \"%1\" at position %2: \\x needs exactly two hex digits, "
                       "e.g. \\x0a.")
                        .arg(seen, humanPosition(i)),
                    i);
            }
            result.bytes.append(static_cast<char>(hexDigitValue(text.at(i + 2)) * 16 + hexDigitValue(text.at(i + 3))));
            i += 4;
        } else if (const int value = simpleEscapeValue(letter); value >= 0) {
            result.bytes.append(static_cast<char>(value));
            i += 2;
        } else {
            const char32_t codePoint = codePointAt(text, i + 1);
            if (QChar::isPrint(codePoint)) {
                //: %1 is the escape as typed, e.g. "\q", %2 the 1-based position of its backslash.
                return BytesResult::failure(tr("Unknown escape \"%1\" at position %2.")
                                                .arg(text.mid(i, codePoint > 0xffff ? 3 : 2), humanPosition(i)),
                                            i);
            }
            //: %1 is the 1-based position of the backslash, %2 a code like U+0009.
            return BytesResult::failure(tr("Unknown escape at position %1: a backslash followed by %2.")
                                            .arg(humanPosition(i), codePointName(codePoint)),
                                        i);
        }
        segmentStart = i;
    }
    BytesResult flushed = flushSegment(size);
    if (!flushed.ok())
        return flushed;
    return result;
}

QString EscapedText::escape(QByteArrayView bytes)
{
    static const char digits[] = "0123456789abcdef";
    QString text;
    text.reserve(bytes.size() * 2);
    for (const char ch : bytes) {
        const auto byte = static_cast<unsigned char>(ch);
        switch (byte) {
        case 0x5c:
            text.append(QLatin1String("\\\\"));
            break;
        case 0x0d:
            text.append(QLatin1String("\\r"));
            break;
        case 0x0a:
            text.append(QLatin1String("\\n"));
            break;
        case 0x09:
            text.append(QLatin1String("\\t"));
            break;
        case 0x00:
            text.append(QLatin1String("\\0"));
            break;
        default:
            if (byte >= 0x20 && byte <= 0x7e) {
                text.append(QLatin1Char(ch));
            } else {
                text.append(QLatin1String("\\x"));
                text.append(QLatin1Char(digits[byte >> 4]));
                text.append(QLatin1Char(digits[byte & 0x0f]));
            }
        }
    }
    return text;
}

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "payload/escapedtext.h"

#include "payload/textcodec.h"
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

} // namespace

BytesResult EscapedText::parse(QStringView text, const QString &encoding)
{
    if (TextCodec::canonicalName(encoding).isEmpty())
        return TextCodec::encode({}, encoding); // the unknown-encoding error

    BytesResult result;
    result.bytes.reserve(text.size());
    const qsizetype size = text.size();
    qsizetype segmentStart = 0;
    // Plain text is encoded run by run so errors are found in reading order, before any later escape error.
    const auto flushSegment = [&](qsizetype end) -> BytesResult {
        BytesResult encoded = TextCodec::encode(text.mid(segmentStart, end - segmentStart), encoding, segmentStart);
        if (encoded.ok())
            result.bytes += encoded.bytes;
        return encoded;
    };

    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
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

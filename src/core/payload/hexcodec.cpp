// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "payload/hexcodec.h"

#include "payload/textscan.h"

using namespace TextScan;

namespace {

/** Long tokens are shortened in messages so one typo cannot produce a screen-filling sentence. */
constexpr qsizetype MaxQuotedTokenLength = 16;

bool isSeparator(QChar c)
{
    // isSpace() also covers no-break and ideographic spaces pasted from documents.
    return c.isSpace() || c == u',' || c == u':' || c == u';' || c == u'-';
}

QString quotedToken(QStringView token)
{
    if (token.size() <= MaxQuotedTokenLength)
        return token.toString();
    // The unpaired digit is at the end, so that is the part worth showing.
    return QChar(0x2026) + token.right(MaxQuotedTokenLength - 1);
}

} // namespace

BytesResult HexCodec::parse(QStringView text)
{
    BytesResult result;
    result.bytes.reserve(text.size() / 2 + 1);
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (isSeparator(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype tokenStart = i;
        if (text.at(i) == u'0' && i + 1 < size && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X'))
            i += 2;
        const qsizetype digitsStart = i;
        while (i < size && !isSeparator(text.at(i))) {
            if (hexDigitValue(text.at(i)) < 0) {
                //: %1 is the character in quotes or a code like U+0007, %2 its 1-based position.
                return BytesResult::failure(
                    tr("Invalid hex character %1 at position %2.").arg(describeCharacter(text, i), humanPosition(i)),
                    i);
            }
            ++i;
        }
        const qsizetype digitCount = i - digitsStart;
        if (digitCount == 0) {
            //: %1 is the 1-based position right after the prefix, %2 the prefix as typed ("0x" or "0X").
            return BytesResult::failure(tr("Expected hex digits at position %1, after \"%2\".")
                                            .arg(humanPosition(digitsStart), text.mid(tokenStart, 2)),
                                        digitsStart);
        }
        if (digitCount == 1) {
            result.bytes.append(static_cast<char>(hexDigitValue(text.at(digitsStart))));
            continue;
        }
        if (digitCount % 2 != 0) {
            //: %1 is the token as typed, %2 the 1-based position of its last, unpaired digit.
            return BytesResult::failure(
                tr("Odd number of hex digits in \"%1\" at position %2: write each byte as two digits.")
                    .arg(quotedToken(text.mid(tokenStart, i - tokenStart)), humanPosition(i - 1)),
                i - 1);
        }
        for (qsizetype d = digitsStart; d < i; d += 2) {
            const int value = hexDigitValue(text.at(d)) * 16 + hexDigitValue(text.at(d + 1));
            result.bytes.append(static_cast<char>(value));
        }
    }
    return result;
}

QString HexCodec::format(QByteArrayView bytes, QChar separator, bool upperCase)
{
    const char *digits = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
    const bool separated = !separator.isNull();
    QString text;
    text.reserve(bytes.size() * (separated ? 3 : 2));
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (separated && i > 0)
            text.append(separator);
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        text.append(QLatin1Char(digits[byte >> 4]));
        text.append(QLatin1Char(digits[byte & 0x0f]));
    }
    return text;
}

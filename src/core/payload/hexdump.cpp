// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "payload/hexdump.h"

#include <QtGlobal>

namespace {

constexpr int DefaultBytesPerLine = 16;
/** Every line is padded to the full width, so an absurd width would allocate absurd padding. */
constexpr int MaxBytesPerLine = 4096;
constexpr int GroupSize = 8;
constexpr int OffsetDigits = 8;

void appendHex(QString &text, quint64 value, int minDigits)
{
    static const char digits[] = "0123456789abcdef";
    char buffer[16];
    int count = 0;
    do {
        buffer[count++] = digits[value & 0x0f];
        value >>= 4;
    } while (value != 0);
    for (int i = count; i < minDigits; ++i)
        text.append(QLatin1Char('0'));
    while (count > 0)
        text.append(QLatin1Char(buffer[--count]));
}

} // namespace

QString HexDump::format(QByteArrayView bytes, int bytesPerLine, qint64 startOffset)
{
    if (bytes.isEmpty())
        return {};
    if (bytesPerLine < 1)
        bytesPerLine = DefaultBytesPerLine;
    bytesPerLine = qMin(bytesPerLine, MaxBytesPerLine);
    const quint64 base = startOffset > 0 ? static_cast<quint64>(startOffset) : 0;

    // Width of a full hex column: pairs joined by one space, plus one more space between groups of 8.
    const qsizetype hexWidth = qsizetype(bytesPerLine) * 3 - 1 + (bytesPerLine - 1) / GroupSize;
    const qsizetype lineCount = (bytes.size() + bytesPerLine - 1) / bytesPerLine;
    QString text;
    text.reserve(lineCount * (OffsetDigits + 2 + hexWidth + 3 + bytesPerLine + 2));

    for (qsizetype lineStart = 0; lineStart < bytes.size(); lineStart += bytesPerLine) {
        if (lineStart > 0)
            text.append(QLatin1Char('\n'));
        const qsizetype count = qMin<qsizetype>(bytesPerLine, bytes.size() - lineStart);
        appendHex(text, base + static_cast<quint64>(lineStart), OffsetDigits);
        text.append(QLatin1String("  "));

        const qsizetype hexStart = text.size();
        for (qsizetype i = 0; i < count; ++i) {
            if (i > 0)
                text.append(QLatin1String(i % GroupSize == 0 ? "  " : " "));
            appendHex(text, static_cast<unsigned char>(bytes.at(lineStart + i)), 2);
        }
        text.resize(hexStart + hexWidth, QLatin1Char(' '));

        text.append(QLatin1String("  |"));
        for (qsizetype i = 0; i < count; ++i) {
            const auto byte = static_cast<unsigned char>(bytes.at(lineStart + i));
            text.append(QLatin1Char(byte >= 0x20 && byte <= 0x7e ? static_cast<char>(byte) : '.'));
        }
        text.append(QLatin1Char('|'));
    }
    return text;
}

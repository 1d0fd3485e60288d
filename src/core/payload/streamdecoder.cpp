// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "payload/streamdecoder.h"

#include "payload/textcodec.h"

// QStringDecoder (Qt's own UTF-8/UTF-16 code, ICU for the rest) keeps a split character across calls, but it
// cannot say how many bytes it holds nor flush them at the end of a stream, and Qt's UTF-16 decoder returns the
// halves of a surrogate pair separately. So this class holds the bytes of an incomplete trailing character
// itself and hands the decoder only the bytes before them. The rules below mirror the decoders (checked
// against ICU's own pending count), so the decoder has nothing left inside between calls.

namespace {

bool inRange(uchar byte, uchar low, uchar high)
{
    return byte >= low && byte <= high;
}

/** Qt's UTF-8 decoder holds a lead byte C2..F4 followed only by continuation bytes, until the sequence is
    as long as the lead byte says. Anything else is decided at once. */
qsizetype utf8Incomplete(QByteArrayView data)
{
    const qsizetype size = data.size();
    for (qsizetype count = 1; count <= 3 && count <= size; ++count) {
        const auto byte = static_cast<uchar>(data.at(size - count));
        if (inRange(byte, 0x80, 0xbf))
            continue;
        const qsizetype needed = inRange(byte, 0xc2, 0xdf) ? 2
            : inRange(byte, 0xe0, 0xef)                    ? 3
            : inRange(byte, 0xf0, 0xf4)                    ? 4
                                                           : 0;
        return needed > count ? count : 0;
    }
    return 0;
}

/** GBK (Windows code page 936) and Big5 (code page 950): lead bytes 81..FE, then one byte 40..7E or 80..FE
    completes the pair (unassigned pairs included). After a lead byte, any other byte ends the lead byte alone
    and starts over. Trail bytes look like lead bytes, so the chunk is parsed from its start, which is always a
    character boundary. */
qsizetype doubleByteIncomplete(QByteArrayView data)
{
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        if (!inRange(static_cast<uchar>(data.at(i)), 0x81, 0xfe)) {
            ++i;
            continue;
        }
        if (i + 1 == size)
            return 1;
        const auto trail = static_cast<uchar>(data.at(i + 1));
        i += inRange(trail, 0x40, 0x7e) || inRange(trail, 0x80, 0xfe) ? 2 : 1;
    }
    return 0;
}

/** GB18030: like GBK, plus four-byte characters lead, 30..39, 81..FE, 30..39. An illegal sequence is the lead
    byte alone; what followed it is read again from the start. */
qsizetype gb18030Incomplete(QByteArrayView data)
{
    const qsizetype size = data.size();
    const auto byteAt = [&](qsizetype index) { return static_cast<uchar>(data.at(index)); };
    qsizetype i = 0;
    while (i < size) {
        if (!inRange(byteAt(i), 0x81, 0xfe)) {
            ++i;
            continue;
        }
        if (i + 1 == size)
            return 1;
        const uchar second = byteAt(i + 1);
        if (inRange(second, 0x40, 0x7e) || inRange(second, 0x80, 0xfe)) {
            i += 2;
            continue;
        }
        if (!inRange(second, 0x30, 0x39)) {
            ++i;
            continue;
        }
        if (i + 2 == size)
            return 2;
        if (!inRange(byteAt(i + 2), 0x81, 0xfe)) {
            ++i;
            continue;
        }
        if (i + 3 == size)
            return 3;
        i += inRange(byteAt(i + 3), 0x30, 0x39) ? 4 : 1;
    }
    return 0;
}

/** UTF-16LE: an odd byte, and a high surrogate whose low half has not arrived (so the pair is never split
    between two strings). */
qsizetype utf16LeIncomplete(QByteArrayView data)
{
    const qsizetype odd = data.size() % 2;
    const qsizetype even = data.size() - odd;
    if (even >= 2 && inRange(static_cast<uchar>(data.at(even - 1)), 0xd8, 0xdb))
        return odd + 2;
    return odd;
}

/** Replaces unpaired surrogates (only UTF-16 input can produce them) with U+FFFD. */
void replaceLoneSurrogates(QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        text[i] = QChar::ReplacementCharacter;
    }
}

} // namespace

StreamDecoder::StreamDecoder(const QString &encoding)
    : m_encoding(TextCodec::canonicalName(encoding))
{
    if (m_encoding.isEmpty())
        return;
    if (m_encoding == QLatin1String("UTF-8"))
        m_layout = Layout::Utf8;
    else if (m_encoding == QLatin1String("GBK") || m_encoding == QLatin1String("Big5"))
        m_layout = Layout::DoubleByte;
    else if (m_encoding == QLatin1String("GB18030"))
        m_layout = Layout::Gb18030;
    else if (m_encoding == QLatin1String("UTF-16LE"))
        m_layout = Layout::Utf16Le;
    else
        m_layout = Layout::SingleByte;
    reset();
}

bool StreamDecoder::isValid() const
{
    return m_layout != Layout::Invalid;
}

QString StreamDecoder::encoding() const
{
    return m_encoding;
}

QString StreamDecoder::decode(QByteArrayView chunk)
{
    if (!isValid() || chunk.isEmpty())
        return {};
    QByteArray joined;
    QByteArrayView data = chunk;
    if (!m_pending.isEmpty()) {
        joined.reserve(m_pending.size() + chunk.size());
        joined.append(m_pending).append(chunk);
        data = joined;
    }
    qsizetype incomplete = 0;
    switch (m_layout) {
    case Layout::Utf8:
        incomplete = utf8Incomplete(data);
        break;
    case Layout::DoubleByte:
        incomplete = doubleByteIncomplete(data);
        break;
    case Layout::Gb18030:
        incomplete = gb18030Incomplete(data);
        break;
    case Layout::Utf16Le:
        incomplete = utf16LeIncomplete(data);
        break;
    case Layout::SingleByte:
    case Layout::Invalid:
        break;
    }
    const QByteArrayView complete = data.first(data.size() - incomplete);
    QString text;
    if (!complete.isEmpty())
        text = m_decoder.decode(complete);
    m_pending = data.last(incomplete).toByteArray();
    if (m_layout == Layout::Utf16Le)
        replaceLoneSurrogates(text);
    return text;
}

qsizetype StreamDecoder::pendingBytes() const
{
    return m_pending.size();
}

QString StreamDecoder::flush()
{
    qsizetype count = m_pending.size();
    if (m_layout == Layout::Utf16Le)
        count = count / 2 + count % 2;
    m_pending.clear();
    return QString(count, QChar::ReplacementCharacter);
}

void StreamDecoder::reset()
{
    m_pending.clear();
    if (!isValid())
        return;
    // A fresh decoder: resetState() would leave an ICU codec's error flag set.
    QStringDecoder::Flags flags = QStringDecoder::Flag::ConvertInitialBom;
    // Qt's UTF-8 decoder is made stateless: the bytes it is given end either at a character boundary or with
    // a sequence already known to be broken (the byte after it is here but not a continuation), which must
    // show as one U+FFFD per byte now. Left stateful, it would hold such a sequence, and Qt 6.4 then drops the
    // byte after it when the sequence turns out broken on the next call.
    if (m_layout == Layout::Utf8)
        flags |= QStringDecoder::Flag::Stateless;
    const QByteArray name = m_encoding.toLatin1();
    m_decoder = QStringDecoder(name.constData(), flags);
}

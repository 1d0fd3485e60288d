// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

/** Decodes a byte stream for display, chunk by chunk: a multibyte character split between two reads shows right.
    Bytes that are not valid text show as U+FFFD and never swallow the valid characters after them; a byte
    order mark is shown (as U+FEFF), not dropped. Move-only, like QStringDecoder. */
class StreamDecoder final
{
public:
    /** A decoder for `encoding`, in any spelling TextCodec::canonicalName() accepts. */
    explicit StreamDecoder(const QString &encoding = QStringLiteral("UTF-8"));

    /** False when the encoding is not one TextCodec supports; decode() and flush() then return nothing. */
    bool isValid() const;
    /** The canonical encoding name, e.g. "GBK"; empty when not valid. */
    QString encoding() const;

    /** The text of the complete characters received so far; a partial character at the end is held back
        until the rest arrives. */
    QString decode(QByteArrayView chunk);
    /** The bytes held back: at most 3 for UTF-8 and GB18030, 1 for GBK and Big5, 3 for UTF-16LE (an odd byte,
        and a high surrogate waiting for its low half). */
    qsizetype pendingBytes() const;
    /** At the end of the stream: each held byte becomes U+FFFD (for UTF-16LE, each held code unit or odd
        byte), and the decoder continues as if a new stream started. */
    QString flush();
    /** Forgets held bytes and all state. */
    void reset();

private:
    enum class Layout {
        Invalid,
        SingleByte,
        Utf8,
        DoubleByte,
        Gb18030,
        Utf16Le,
    };

    QString m_encoding;
    Layout m_layout = Layout::Invalid;
    QStringDecoder m_decoder;
    QByteArray m_pending;
};

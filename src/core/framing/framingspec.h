// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

/** A parsed framing spec (see FramingSpecParser for the text form). */
struct FramingSpec
{
    enum class Kind {
        None,
        Length,
        Delimiter,
        Fixed,
        JsonHeader
    };

    Kind kind = Kind::None;
    /** Length/JsonHeader: bytes of the length prefix (1, 2, 4 or 8). */
    int lengthBytes = 4;
    /** Length/JsonHeader: byte order of the length prefix. */
    bool bigEndian = true;
    /** Length/JsonHeader: the length prefix is two's complement. */
    bool isSigned = false;
    /** Length: the length counts the header too. */
    bool lengthIncludesHeader = false;
    /** Delimiter: the bytes that end each message (never empty). */
    QByteArray delimiter;
    /** Delimiter (`line`): a '\r' before the delimiter is not part of the message. */
    bool stripCarriageReturn = false;
    /** Fixed: bytes per message (1 .. maxFrameSize). */
    qint64 fixedSize = 0;
    /** Largest message body a decoder accepts and an encoder produces. */
    qint64 maxFrameSize = 16 * 1024 * 1024;
    /** The spec as typed, aliases kept (e.g. "struct-i", not "len:4:le:signed"). */
    QString text;
};

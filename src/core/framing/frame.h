// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QtGlobal>

/** One decoded message and where it came from in the received byte stream.
    Always headerLength + payload.size() + trailerLength == length, so the payload sits at
    [offset + headerLength, offset + headerLength + payload.size()) in the stream. */
struct Frame
{
    /** The message (body only). */
    QByteArray payload;
    /** Stream offset of the frame's first byte (its header, if any). */
    qint64 offset = 0;
    /** Bytes of header (length prefix; jsonhdr: 4 + JSON header bytes) at [offset, offset + headerLength). */
    qint64 headerLength = 0;
    /** Total bytes of the frame in the stream, including header and delimiter. */
    qint64 length = 0;
    /** Delimiter bytes at the end (delim/line; for `line` also a stripped '\r'), else 0. */
    qint64 trailerLength = 0;
    /** jsonhdr: the parsed header; empty otherwise. */
    QJsonObject header;
};

Q_DECLARE_TYPEINFO(Frame, Q_RELOCATABLE_TYPE);

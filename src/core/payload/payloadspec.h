// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "payload/checksum.h"

/** What a user asked to send: the GUI's send box and the CLI's --send/--send-hex/--send-file build one of these.
    PayloadBuilder::build() turns it into bytes. */
struct PayloadSpec
{
    /** How `content` is read. */
    enum class Format {
        /** Plain text, encoded in `encoding`. */
        Text,
        /** Text with C escapes (EscapedText), plain characters encoded in `encoding`. */
        Escaped,
        /** Hex as people type it (HexCodec). */
        Hex,
        /** The path of a file whose bytes are sent. */
        File,
    };
    /** What is appended after the content and its checksum. */
    enum class LineEnding {
        None,
        Lf,
        CrLf,
        Cr,
    };

    Format format = Format::Text;
    /** The text, the escaped text, the hex, or the file path. */
    QString content;
    /** Any spelling TextCodec accepts; used by Text and Escaped only. */
    QString encoding = QStringLiteral("UTF-8");
    LineEnding lineEnding = LineEnding::None;
    /** Computed over the content bytes and appended before the line ending. */
    Checksum::Kind checksum = Checksum::Kind::None;
};

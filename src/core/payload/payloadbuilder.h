// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include "payload/bytesresult.h"
#include "payload/payloadspec.h"

/** Builds the bytes to send from a PayloadSpec. */
class PayloadBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(PayloadBuilder)

public:
    /** The largest file build() sends: larger files are refused before anything is read. */
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    /** The content bytes (Text encoded with TextCodec::encode(), Escaped through EscapedText::parse(), Hex through
        HexCodec::parse(), File read whole), then the checksum trailer computed over the content bytes, then the
        line ending: encoded in the encoding for Text and Escaped (so UTF-16LE gets 0d 00 0a 00), raw bytes for Hex
        and File, whose encoding is ignored. Errors: those of the parsers and of TextCodec (an unknown encoding
        is reported at position 0), a file that cannot be opened or read (named, with QFile's reason), a file
        larger than MaxFileSize (with its size and the limit); file errors are reported at position 0. */
    static BytesResult build(const PayloadSpec &spec);

    /** "text", "escaped", "hex", "file": the names settings and JSON files use. */
    static QString formatName(PayloadSpec::Format format);
    /** The format for a formatName() (case-insensitive), or nullopt. */
    static std::optional<PayloadSpec::Format> formatFromName(QStringView name);
    /** "none", "lf", "crlf", "cr". */
    static QString lineEndingName(PayloadSpec::LineEnding lineEnding);
    /** The line ending for a lineEndingName() (case-insensitive), or nullopt. */
    static std::optional<PayloadSpec::LineEnding> lineEndingFromName(QStringView name);
};

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "payload/checksum.h"
#include "payload/payloadspec.h"

/** How a page shows what it receives: the "Receive" group box of every page. Copyable value, persisted by
    AppSettings. */
struct ReceiveOptions
{
    /** How the content column shows bytes. */
    enum class Display {
        Text,
        Hex,
        Both,
    };

    Display display = Display::Text;
    /** A TextCodec canonical name. */
    QString encoding = QStringLiteral("UTF-8");
    bool timestamps = true;
    /** One row per decoded message (needs a framing) instead of one row per read. */
    bool showMessages = false;
    /** A framing spec (../shared/DESIGN.md §3); empty = none. Applies to connections made after it changed. */
    QString framing;
    bool autoScroll = true;

    friend bool operator==(const ReceiveOptions &a, const ReceiveOptions &b)
    {
        return a.display == b.display && a.encoding == b.encoding && a.timestamps == b.timestamps &&
            a.showMessages == b.showMessages && a.framing == b.framing && a.autoScroll == b.autoScroll;
    }
    friend bool operator!=(const ReceiveOptions &a, const ReceiveOptions &b) { return !(a == b); }
};

/** How the send box turns what is typed into bytes and how often it sends them: the "Send" group box. */
struct SendOptions
{
    /** Text, Escaped or Hex (File is chosen with the send-file button, not here). */
    PayloadSpec::Format format = PayloadSpec::Format::Text;
    QString encoding = QStringLiteral("UTF-8");
    PayloadSpec::LineEnding lineEnding = PayloadSpec::LineEnding::None;
    Checksum::Kind checksum = Checksum::Kind::None;
    /** How many times one click sends the message (1 = once). */
    int repeatCount = 1;
    /** Milliseconds between repeats; 0 = as fast as the peer takes them. */
    int periodMs = 1000;

    /** The PayloadSpec for `content` with these options. */
    PayloadSpec payload(const QString &content) const
    {
        PayloadSpec spec;
        spec.format = format;
        spec.content = content;
        spec.encoding = encoding;
        spec.lineEnding = lineEnding;
        spec.checksum = checksum;
        return spec;
    }

    friend bool operator==(const SendOptions &a, const SendOptions &b)
    {
        return a.format == b.format && a.encoding == b.encoding && a.lineEnding == b.lineEnding &&
            a.checksum == b.checksum && a.repeatCount == b.repeatCount && a.periodMs == b.periodMs;
    }
    friend bool operator!=(const SendOptions &a, const SendOptions &b) { return !(a == b); }
};

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QtGlobal>

#include "framing/framecodec.h"
#include "framing/framingspecparser.h"

/** Framing specs and codecs for tests, from the same text a user types. */
namespace FramingTestUtil {

constexpr qint64 DefaultMax = 16 * 1024 * 1024;

/** The parsed spec; a spec a test wrote wrong stops the test program with the parser's sentence. */
inline FramingSpec spec(const QString &text, qint64 maxFrameSize = DefaultMax)
{
    QString error;
    const std::optional<FramingSpec> parsed = FramingSpecParser::parse(text, &error, maxFrameSize);
    if (!parsed)
        qFatal("bad framing spec in a test: %s", qPrintable(error));
    return *parsed;
}

inline std::unique_ptr<FrameCodec> makeCodec(const QString &text, qint64 maxFrameSize = DefaultMax)
{
    return FrameCodec::create(spec(text, maxFrameSize));
}

} // namespace FramingTestUtil

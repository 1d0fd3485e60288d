// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "connectionoptions.h"

#include "optionreader.h"

namespace ConnectionOptions {

void declare(OptionReader &reader)
{
    reader.value(QStringLiteral("framing"), QStringLiteral("SPEC"));
    reader.value(QStringLiteral("max-frame"), QStringLiteral("BYTES"));
    reader.value(QStringLiteral("read-size"), QStringLiteral("N"));
    reader.value(QStringLiteral("read-delay"), QStringLiteral("MS"));
    reader.value(QStringLiteral("reply"), QStringLiteral("MODE"));
    reader.value(QStringLiteral("rule"), QStringLiteral("MATCH=>REPLY"));
    reader.value(QStringLiteral("high-water"), QStringLiteral("BYTES"));
}

ConnectionSettings read(OptionReader &reader)
{
    ConnectionSettings settings;
    settings.readSize = static_cast<int>(reader.integer(QStringLiteral("read-size"), 0, 0, 64 * 1024 * 1024));
    settings.readDelayMs = static_cast<int>(reader.integer(QStringLiteral("read-delay"), 0, 0, 3'600'000));
    settings.framing = reader.framing(QStringLiteral("framing"), QStringLiteral("max-frame"));
    settings.reply = reader.reply(QStringLiteral("reply"), QStringLiteral("rule"));
    settings.highWaterMark =
        reader.integer(QStringLiteral("high-water"), settings.highWaterMark, 1024, qint64(1) << 40);
    return settings;
}

} // namespace ConnectionOptions

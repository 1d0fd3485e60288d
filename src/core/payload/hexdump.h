// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

/** Renders bytes the way `hexdump -C` does, for read-only views and logs. */
class HexDump
{
public:
    /** Classic dump, one line per `bytesPerLine` bytes (default 16):
        "00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a              |Hello world.|"
        Offset (at least 8 lower-case hex digits, starting at startOffset; negative counts as 0), two spaces,
        lower-case hex pairs separated by one space with an extra space after every 8 bytes, padded so the ASCII
        column always lines up, two spaces, then the bytes between '|' with 0x20..0x7e as themselves and
        others as '.'. Lines joined by '\n', no trailing newline and no final offset-only line.
        Empty input gives an empty string. bytesPerLine < 1 is treated as 16, above 4096 as 4096. */
    static QString format(QByteArrayView bytes, int bytesPerLine = 16, qint64 startOffset = 0);
};

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

/** Byte counts and rates as every traffic display shows them, in the UI language ("1.5 KiB", "12 字节"). */
class ByteFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ByteFormat)

public:
    /** "0 bytes", "1 byte", "1023 bytes", "1.0 KiB", "2.5 MiB", ... (binary units, one decimal). */
    static QString size(qint64 bytes);
    /** "12.3 KiB/s". */
    static QString rate(double bytesPerSecond);
};

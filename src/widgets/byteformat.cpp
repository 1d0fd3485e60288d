// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "byteformat.h"

#include <QLocale>

QString ByteFormat::size(qint64 bytes)
{
    if (bytes < 1024 && bytes > -1024)
        return tr("%n byte(s)", nullptr, static_cast<int>(bytes));
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    double value = double(bytes) / 1024;
    int unit = 0;
    while ((value >= 1024 || value <= -1024) && unit < 4) {
        value /= 1024;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', 1), QLatin1String(units[unit]));
}

QString ByteFormat::rate(double bytesPerSecond)
{
    return tr("%1/s").arg(size(qRound64(bytesPerSecond)));
}

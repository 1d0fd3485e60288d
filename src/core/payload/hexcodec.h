// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include "payload/bytesresult.h"

/** Converts between bytes and the hex text people type and read. */
class HexCodec
{
    Q_DECLARE_TR_FUNCTIONS(HexCodec)

public:
    /** Parses hex as people type it: "48 65 6c", "48656c", "0x48,0x65", "0X48 0x65", mixed case, separators
        whitespace (incl. newlines/tabs), ',', ':', ';', '-'. A lone digit ("5", "0x5") is one byte.
        Empty or whitespace-only input gives empty bytes. */
    static BytesResult parse(QStringView text);

    /** Formats bytes as hex pairs, e.g. "48 65 6C" (separator ' ' by default; QChar() = none). */
    static QString format(QByteArrayView bytes, QChar separator = QLatin1Char(' '), bool upperCase = true);
};

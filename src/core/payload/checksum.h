// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

/** The checksums a payload can carry at its end, as serial and industrial protocols expect them. */
class Checksum final
{
    Q_DECLARE_TR_FUNCTIONS(Checksum)

public:
    enum class Kind {
        None,
        Sum8,
        Xor8,
        Crc16Modbus,
        Crc16CcittFalse,
        Crc32,
    };

    /** Every kind, in the order above (the order of menus). */
    static QList<Kind> all();
    /** The stable name used in settings and on the command line: "none", "sum8", "xor8", "crc16-modbus",
        "crc16-ccitt-false", "crc32". */
    static QString name(Kind kind);
    /** The kind for a name() (case-insensitive); nullopt for anything else, including the ambiguous "crc16". */
    static std::optional<Kind> fromName(QStringView name);
    /** A label for menus: "None", "Sum (8-bit)", "XOR (8-bit)", "CRC-16/MODBUS", "CRC-16/CCITT-FALSE",
        "CRC-32" (words translated; algorithm names are the catalogue names everyone uses). */
    static QString displayName(Kind kind);

    /** The checksum of `data`: Sum8 the byte sum modulo 256, Xor8 all bytes XORed, CRC-16/MODBUS, CRC-16/CCITT-FALSE
        and CRC-32 (IEEE 802.3, as zlib) with their catalogue parameters; 0 for None. */
    static quint32 value(Kind kind, QByteArrayView data);
    /** The bytes to append: Sum8/Xor8 one byte; CRC-16/MODBUS two bytes low byte first (as Modbus RTU sends it);
        CRC-16/CCITT-FALSE two bytes big-endian; CRC-32 four bytes big-endian; None empty. */
    static QByteArray trailer(Kind kind, QByteArrayView data);
};

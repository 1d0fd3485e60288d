// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "payload/checksum.h"

#include <array>

namespace {

/** Lookup table of a CRC that shifts right (reflected input and output), for the reversed polynomial. */
template<typename T>
constexpr std::array<T, 256> reflectedTable(T polynomial)
{
    std::array<T, 256> table{};
    for (unsigned index = 0; index < 256; ++index) {
        T crc = static_cast<T>(index);
        for (int bit = 0; bit < 8; ++bit)
            crc = static_cast<T>((crc & 1) ? (crc >> 1) ^ polynomial : crc >> 1);
        table[index] = crc;
    }
    return table;
}

/** Lookup table of a 16-bit CRC that shifts left (no reflection). */
constexpr std::array<quint16, 256> forwardTable16(quint16 polynomial)
{
    std::array<quint16, 256> table{};
    for (unsigned index = 0; index < 256; ++index) {
        auto crc = static_cast<quint16>(index << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = static_cast<quint16>((crc & 0x8000) ? (crc << 1) ^ polynomial : crc << 1);
        table[index] = crc;
    }
    return table;
}

// Built at compile time.
constexpr auto Crc16ModbusTable = reflectedTable<quint16>(0xa001); // 0x8005 reversed
constexpr auto Crc16CcittTable = forwardTable16(0x1021);
constexpr auto Crc32Table = reflectedTable<quint32>(0xedb88320u); // 0x04c11db7 reversed

struct KindName
{
    Checksum::Kind kind;
    const char *name;
};

constexpr KindName Names[] = {
    {Checksum::Kind::None, "none"},
    {Checksum::Kind::Sum8, "sum8"},
    {Checksum::Kind::Xor8, "xor8"},
    {Checksum::Kind::Crc16Modbus, "crc16-modbus"},
    {Checksum::Kind::Crc16CcittFalse, "crc16-ccitt-false"},
    {Checksum::Kind::Crc32, "crc32"},
};

quint32 crc16Modbus(QByteArrayView data)
{
    quint16 crc = 0xffff;
    for (const char ch : data)
        crc = static_cast<quint16>((crc >> 8) ^ Crc16ModbusTable[(crc ^ static_cast<uchar>(ch)) & 0xff]);
    return crc;
}

quint32 crc16CcittFalse(QByteArrayView data)
{
    quint16 crc = 0xffff;
    for (const char ch : data)
        crc = static_cast<quint16>((crc << 8) ^ Crc16CcittTable[((crc >> 8) ^ static_cast<uchar>(ch)) & 0xff]);
    return crc;
}

quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data)
        crc = (crc >> 8) ^ Crc32Table[(crc ^ static_cast<uchar>(ch)) & 0xff];
    return crc ^ 0xffffffffu;
}

} // namespace

QList<Checksum::Kind> Checksum::all()
{
    QList<Kind> kinds;
    for (const KindName &entry : Names)
        kinds.append(entry.kind);
    return kinds;
}

QString Checksum::name(Kind kind)
{
    for (const KindName &entry : Names) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<Checksum::Kind> Checksum::fromName(QStringView name)
{
    for (const KindName &entry : Names) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return std::nullopt;
}

QString Checksum::displayName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        //: No checksum is appended.
        return tr("None");
    case Kind::Sum8:
        //: The byte sum modulo 256.
        return tr("Sum (8-bit)");
    case Kind::Xor8:
        //: All bytes combined with exclusive or.
        return tr("XOR (8-bit)");
    case Kind::Crc16Modbus:
        return QStringLiteral("CRC-16/MODBUS");
    case Kind::Crc16CcittFalse:
        return QStringLiteral("CRC-16/CCITT-FALSE");
    case Kind::Crc32:
        return QStringLiteral("CRC-32");
    }
    return {};
}

quint32 Checksum::value(Kind kind, QByteArrayView data)
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::Sum8: {
        quint32 sum = 0;
        for (const char ch : data)
            sum += static_cast<uchar>(ch);
        return sum & 0xff;
    }
    case Kind::Xor8: {
        quint32 combined = 0;
        for (const char ch : data)
            combined ^= static_cast<uchar>(ch);
        return combined;
    }
    case Kind::Crc16Modbus:
        return crc16Modbus(data);
    case Kind::Crc16CcittFalse:
        return crc16CcittFalse(data);
    case Kind::Crc32:
        return crc32(data);
    }
    return 0;
}

QByteArray Checksum::trailer(Kind kind, QByteArrayView data)
{
    const quint32 checksum = value(kind, data);
    QByteArray bytes;
    const auto appendByte = [&](int shift) { bytes.append(static_cast<char>((checksum >> shift) & 0xff)); };
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Sum8:
    case Kind::Xor8:
        appendByte(0);
        break;
    case Kind::Crc16Modbus:
        appendByte(0);
        appendByte(8);
        break;
    case Kind::Crc16CcittFalse:
        appendByte(8);
        appendByte(0);
        break;
    case Kind::Crc32:
        appendByte(24);
        appendByte(16);
        appendByte(8);
        appendByte(0);
        break;
    }
    return bytes;
}

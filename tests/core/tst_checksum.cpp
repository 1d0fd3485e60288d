// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <QTest>

#include "payload/checksum.h"

class TestChecksum : public QObject
{
    Q_OBJECT

private slots:
    void all();
    void names_data();
    void names();
    void fromNameRejects_data();
    void fromNameRejects();
    void value_data();
    void value();
    void trailer_data();
    void trailer();
    void longInput();
};

void TestChecksum::all()
{
    const QList<Checksum::Kind> expected = {Checksum::Kind::None,
                                            Checksum::Kind::Sum8,
                                            Checksum::Kind::Xor8,
                                            Checksum::Kind::Crc16Modbus,
                                            Checksum::Kind::Crc16CcittFalse,
                                            Checksum::Kind::Crc32};
    QCOMPARE(Checksum::all(), expected);
}

void TestChecksum::names_data()
{
    QTest::addColumn<Checksum::Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("none") << Checksum::Kind::None << QStringLiteral("none") << QStringLiteral("None");
    QTest::newRow("sum8") << Checksum::Kind::Sum8 << QStringLiteral("sum8") << QStringLiteral("Sum (8-bit)");
    QTest::newRow("xor8") << Checksum::Kind::Xor8 << QStringLiteral("xor8") << QStringLiteral("XOR (8-bit)");
    QTest::newRow("crc16-modbus") << Checksum::Kind::Crc16Modbus << QStringLiteral("crc16-modbus")
                                  << QStringLiteral("CRC-16/MODBUS");
    QTest::newRow("crc16-ccitt-false") << Checksum::Kind::Crc16CcittFalse << QStringLiteral("crc16-ccitt-false")
                                       << QStringLiteral("CRC-16/CCITT-FALSE");
    QTest::newRow("crc32") << Checksum::Kind::Crc32 << QStringLiteral("crc32") << QStringLiteral("CRC-32");
}

void TestChecksum::names()
{
    QFETCH(Checksum::Kind, kind);
    QFETCH(QString, name);
    QFETCH(QString, displayName);

    QCOMPARE(Checksum::name(kind), name);
    QCOMPARE(Checksum::displayName(kind), displayName);
    QCOMPARE(Checksum::fromName(name), std::optional<Checksum::Kind>(kind));
    QCOMPARE(Checksum::fromName(name.toUpper()), std::optional<Checksum::Kind>(kind));
    QVERIFY(Checksum::all().contains(kind));
}

void TestChecksum::fromNameRejects_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("ambiguous crc16") << QStringLiteral("crc16");
    QTest::newRow("crc") << QStringLiteral("crc");
    QTest::newRow("display name") << QStringLiteral("CRC-16/MODBUS");
    QTest::newRow("spaces") << QStringLiteral(" crc32");
    QTest::newRow("unknown") << QStringLiteral("md5");
    QTest::newRow("sum16") << QStringLiteral("sum16");
}

void TestChecksum::fromNameRejects()
{
    QFETCH(QString, name);

    QCOMPARE(Checksum::fromName(name), std::optional<Checksum::Kind>());
}

void TestChecksum::value_data()
{
    QTest::addColumn<Checksum::Kind>("kind");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("value");

    const QByteArray check = QByteArrayLiteral("123456789");
    const QByteArray empty;
    const QByteArray zero(1, '\0');
    const QByteArray ff(1, '\xff');
    QTest::newRow("none check") << Checksum::Kind::None << check << 0u;
    QTest::newRow("none empty") << Checksum::Kind::None << empty << 0u;
    QTest::newRow("sum8 check") << Checksum::Kind::Sum8 << check << 0xddu;
    QTest::newRow("sum8 empty") << Checksum::Kind::Sum8 << empty << 0u;
    QTest::newRow("sum8 one byte") << Checksum::Kind::Sum8 << ff << 0xffu;
    QTest::newRow("sum8 wraps") << Checksum::Kind::Sum8 << QByteArray::fromHex("ff02") << 0x01u;
    QTest::newRow("xor8 check") << Checksum::Kind::Xor8 << check << 0x31u;
    QTest::newRow("xor8 empty") << Checksum::Kind::Xor8 << empty << 0u;
    QTest::newRow("xor8 one byte") << Checksum::Kind::Xor8 << ff << 0xffu;
    QTest::newRow("xor8 cancels") << Checksum::Kind::Xor8 << QByteArray::fromHex("5a5a") << 0u;
    QTest::newRow("modbus check") << Checksum::Kind::Crc16Modbus << check << 0x4b37u;
    QTest::newRow("modbus empty") << Checksum::Kind::Crc16Modbus << empty << 0xffffu;
    QTest::newRow("modbus zero byte") << Checksum::Kind::Crc16Modbus << zero << 0x40bfu;
    QTest::newRow("modbus read request") << Checksum::Kind::Crc16Modbus << QByteArray::fromHex("01030000000a")
                                         << 0xcdc5u;
    QTest::newRow("ccitt-false check") << Checksum::Kind::Crc16CcittFalse << check << 0x29b1u;
    QTest::newRow("ccitt-false empty") << Checksum::Kind::Crc16CcittFalse << empty << 0xffffu;
    QTest::newRow("ccitt-false zero byte") << Checksum::Kind::Crc16CcittFalse << zero << 0xe1f0u;
    QTest::newRow("crc32 check") << Checksum::Kind::Crc32 << check << 0xcbf43926u;
    QTest::newRow("crc32 empty") << Checksum::Kind::Crc32 << empty << 0u;
    QTest::newRow("crc32 zero byte") << Checksum::Kind::Crc32 << zero << 0xd202ef8du;
    QTest::newRow("crc32 a") << Checksum::Kind::Crc32 << QByteArrayLiteral("a") << 0xe8b7be43u;
    QTest::newRow("crc32 fox") << Checksum::Kind::Crc32
                               << QByteArrayLiteral("The quick brown fox jumps over the lazy dog") << 0x414fa339u;
}

void TestChecksum::value()
{
    QFETCH(Checksum::Kind, kind);
    QFETCH(QByteArray, data);
    QFETCH(quint32, value);

    QCOMPARE(Checksum::value(kind, data), value);
}

void TestChecksum::trailer_data()
{
    QTest::addColumn<Checksum::Kind>("kind");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("trailer");

    const QByteArray check = QByteArrayLiteral("123456789");
    QTest::newRow("none") << Checksum::Kind::None << check << QByteArray();
    QTest::newRow("none empty") << Checksum::Kind::None << QByteArray() << QByteArray();
    QTest::newRow("sum8") << Checksum::Kind::Sum8 << check << QByteArray::fromHex("dd");
    QTest::newRow("sum8 empty") << Checksum::Kind::Sum8 << QByteArray() << QByteArray::fromHex("00");
    QTest::newRow("xor8") << Checksum::Kind::Xor8 << check << QByteArray::fromHex("31");
    QTest::newRow("modbus low byte first") << Checksum::Kind::Crc16Modbus << check << QByteArray::fromHex("374b");
    QTest::newRow("modbus read request") << Checksum::Kind::Crc16Modbus << QByteArray::fromHex("01030000000a")
                                         << QByteArray::fromHex("c5cd");
    QTest::newRow("modbus empty") << Checksum::Kind::Crc16Modbus << QByteArray() << QByteArray::fromHex("ffff");
    QTest::newRow("ccitt-false big-endian") << Checksum::Kind::Crc16CcittFalse << check << QByteArray::fromHex("29b1");
    QTest::newRow("crc32 big-endian") << Checksum::Kind::Crc32 << check << QByteArray::fromHex("cbf43926");
    QTest::newRow("crc32 empty") << Checksum::Kind::Crc32 << QByteArray() << QByteArray::fromHex("00000000");
}

void TestChecksum::trailer()
{
    QFETCH(Checksum::Kind, kind);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, trailer);

    QCOMPARE(Checksum::trailer(kind, data), trailer);
}

void TestChecksum::longInput()
{
    QByteArray bytes(100000, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 131 + 7) & 0xff);
    // A Modbus frame with its CRC appended (low byte first) has a CRC of zero; so does any data.
    const QByteArray withModbus = bytes + Checksum::trailer(Checksum::Kind::Crc16Modbus, bytes);
    QCOMPARE(Checksum::value(Checksum::Kind::Crc16Modbus, withModbus), 0u);
    // CRC-16/CCITT-FALSE with its big-endian CRC appended has no remainder either.
    const QByteArray withCcitt = bytes + Checksum::trailer(Checksum::Kind::Crc16CcittFalse, bytes);
    QCOMPARE(Checksum::value(Checksum::Kind::Crc16CcittFalse, withCcitt), 0u);
    // CRC-32 of data followed by its little-endian CRC is the residue 0x2144DF1C.
    const quint32 crc = Checksum::value(Checksum::Kind::Crc32, bytes);
    QByteArray withCrc = bytes;
    for (int shift = 0; shift < 32; shift += 8)
        withCrc.append(static_cast<char>((crc >> shift) & 0xff));
    QCOMPARE(Checksum::value(Checksum::Kind::Crc32, withCrc), 0x2144df1cu);
}

QTEST_GUILESS_MAIN(TestChecksum)
#include "tst_checksum.moc"

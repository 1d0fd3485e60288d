// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <QTest>

#include "payload/hexcodec.h"

class TestHexCodec : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void longRoundTrip();
};

void TestHexCodec::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("errorPosition");
    QTest::addColumn<QString>("error");

    const auto ok = [](const char *name, const QString &input, const char *hex) {
        QTest::newRow(name) << input << QByteArray::fromHex(hex) << qsizetype(-1) << QString();
    };
    ok("empty", QString(), "");
    ok("whitespace only", QStringLiteral(" \t\r\n "), "");
    ok("spaced pairs", QStringLiteral("48 65 6c"), "48656c");
    ok("compact run", QStringLiteral("48656c"), "48656c");
    ok("0x with commas", QStringLiteral("0x48,0x65"), "4865");
    ok("0X and 0x", QStringLiteral("0X48 0x65"), "4865");
    ok("prefixed run", QStringLiteral("0x48656c"), "48656c");
    ok("mixed case", QStringLiteral("aB Cd eF AbCdEf"), "abcdefabcdef");
    ok("newlines and tabs", QStringLiteral("48\n65\r\n6c\t6f\n"), "48656c6f");
    ok("colons", QStringLiteral("de:ad:be:ef"), "deadbeef");
    ok("semicolons", QStringLiteral("01;02;03"), "010203");
    ok("dashes", QStringLiteral("01-02-03"), "010203");
    ok("mixed separators", QStringLiteral(" ,48, :65;-6c\n"), "48656c");
    ok("leading and trailing separators", QStringLiteral(",,48,,"), "48");
    ok("single digit", QStringLiteral("5"), "05");
    ok("prefixed single digit", QStringLiteral("0x5"), "05");
    ok("single zero", QStringLiteral("0"), "00");
    ok("single digits", QStringLiteral("1 2 f 0XA"), "01020f0a");
    ok("NUL and FF", QStringLiteral("00 ff FF 00"), "00ffff00");
    ok("no-break space", QStringLiteral(u"48\u00a065"), "4865");
    ok("ideographic space", QStringLiteral(u"48\u300065"), "4865");

    const auto bad = [](const char *name, const QString &input, qsizetype position, const QString &error) {
        QTest::newRow(name) << input << QByteArray() << position << error;
    };
    bad("invalid character", QStringLiteral("48 6g"), 4, QStringLiteral("Invalid hex character 'g' at position 5."));
    bad("invalid first character", QStringLiteral("zz"), 0, QStringLiteral("Invalid hex character 'z' at position 1."));
    bad("control character", QStringLiteral("48\a"), 2, QStringLiteral("Invalid hex character U+0007 at position 3."));
    bad("NUL character", QString(QChar(0)), 0, QStringLiteral("Invalid hex character U+0000 at position 1."));
    bad("non-ASCII digit", QStringLiteral(u"4\u0663"), 1,
        QStringLiteral(u"Invalid hex character '\u0663' at position 2."));
    bad("surrogate pair", QStringLiteral(u"48 \U0001F600"), 3,
        QStringLiteral(u"Invalid hex character '\U0001F600' at position 4."));
    bad("x inside token", QStringLiteral("480x65"), 3, QStringLiteral("Invalid hex character 'x' at position 4."));
    bad("invalid before odd end", QStringLiteral("486g"), 3,
        QStringLiteral("Invalid hex character 'g' at position 4."));
    bad("0x then invalid", QStringLiteral("0xg"), 2, QStringLiteral("Invalid hex character 'g' at position 3."));
    bad("odd digits", QStringLiteral("486"), 2,
        QStringLiteral("Odd number of hex digits in \"486\" at position 3: write each byte as two digits."));
    bad("odd prefixed digits", QStringLiteral("0x486"), 4,
        QStringLiteral("Odd number of hex digits in \"0x486\" at position 5: write each byte as two digits."));
    bad("odd later token", QStringLiteral("48\n656 00"), 5,
        QStringLiteral("Odd number of hex digits in \"656\" at position 6: write each byte as two digits."));
    bad("odd long token is shortened", QStringLiteral("0123456789abcdef0"), 16,
        QStringLiteral(u"Odd number of hex digits in \"\u202623456789abcdef0\" at position 17: "
                       u"write each byte as two digits."));
    bad("0x alone", QStringLiteral("0x"), 2, QStringLiteral("Expected hex digits at position 3, after \"0x\"."));
    bad("0X before separator", QStringLiteral("48 0X 65"), 5,
        QStringLiteral("Expected hex digits at position 6, after \"0X\"."));
}

void TestHexCodec::parse()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, errorPosition);
    QFETCH(QString, error);

    const BytesResult result = HexCodec::parse(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.errorPosition, errorPosition);
    QCOMPARE(result.ok(), error.isEmpty());
    if (result.ok())
        QCOMPARE(result.bytes, bytes);
}

void TestHexCodec::format_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<bool>("upperCase");
    QTest::addColumn<QString>("expected");

    const QChar space(QLatin1Char(' '));
    QTest::newRow("empty") << QByteArray() << space << true << QString();
    QTest::newRow("one byte") << QByteArray::fromHex("0a") << space << true << QStringLiteral("0A");
    QTest::newRow("default") << QByteArray::fromHex("48656c") << space << true << QStringLiteral("48 65 6C");
    QTest::newRow("lower case") << QByteArray::fromHex("abcdef") << space << false << QStringLiteral("ab cd ef");
    QTest::newRow("no separator") << QByteArray::fromHex("abcdef") << QChar() << true << QStringLiteral("ABCDEF");
    QTest::newRow("colon") << QByteArray::fromHex("deadbeef") << QChar(QLatin1Char(':')) << false
                           << QStringLiteral("de:ad:be:ef");
    QTest::newRow("NUL and FF") << QByteArray::fromHex("00ff00") << space << true << QStringLiteral("00 FF 00");
}

void TestHexCodec::format()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, separator);
    QFETCH(bool, upperCase);
    QFETCH(QString, expected);

    QCOMPARE(HexCodec::format(bytes, separator, upperCase), expected);
    if (separator == QLatin1Char(' ') && upperCase)
        QCOMPARE(HexCodec::format(bytes), expected);
}

void TestHexCodec::longRoundTrip()
{
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 131 + (i >> 8)) & 0xff);

    const QString spaced = HexCodec::format(bytes);
    QCOMPARE(spaced.size(), bytes.size() * 3 - 1);
    BytesResult result = HexCodec::parse(spaced);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes, bytes);

    result = HexCodec::parse(HexCodec::format(bytes, QChar(), false));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes, bytes);
}

QTEST_GUILESS_MAIN(TestHexCodec)
#include "tst_hexcodec.moc"

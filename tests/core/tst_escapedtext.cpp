// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <algorithm>

#include <QTest>

#include "payload/escapedtext.h"

class TestEscapedText : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void escape_data();
    void escape();
    void roundTripAllByteValues();
    void longRoundTrip();
};

void TestEscapedText::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("errorPosition");
    QTest::addColumn<QString>("error");

    const QString utf8 = QStringLiteral("UTF-8");
    const QString latin1 = QStringLiteral("ISO-8859-1");
    const QString gbk = QStringLiteral("GBK");
    const auto ok = [](const char *name, const QString &input, const QString &encoding, const char *hex) {
        QTest::newRow(name) << input << encoding << QByteArray::fromHex(hex) << qsizetype(-1) << QString();
    };
    ok("empty", QString(), utf8, "");
    ok("plain ASCII", QStringLiteral("Hi!"), utf8, "486921");
    ok("named escapes", QStringLiteral("\\r\\n\\t\\\\\\0"), utf8, "0d0a095c00");
    ok("other escapes", QStringLiteral("\\a\\b\\f\\v\\e\\\"\\'"), utf8, "07080c0b1b2227");
    ok("hex escapes", QStringLiteral("\\x00\\xff\\xAb\\x7F"), utf8, "00ffab7f");
    ok("hex escape takes two digits", QStringLiteral("\\x414"), utf8, "4134");
    ok("NUL is not octal", QStringLiteral("\\01"), utf8, "0031");
    ok("escapes between text", QStringLiteral("GET /\\r\\n"), utf8, "474554202f0d0a");
    ok("plain quotes", QStringLiteral("\"'"), utf8, "2227");
    ok("UTF-8 Chinese", QStringLiteral(u"中文"), utf8, "e4b8ade69687");
    ok("UTF-8 emoji", QStringLiteral(u"\U0001F600"), utf8, "f09f9880");
    ok("GBK Chinese", QStringLiteral(u"中文"), gbk, "d6d0cec4");
    ok("GBK lower-case name", QStringLiteral(u"中文"), QStringLiteral("gbk"), "d6d0cec4");
    ok("GBK with raw escape", QStringLiteral(u"A中\\xff文"), gbk, "41d6d0ffcec4");
    ok("Big5 Chinese", QStringLiteral(u"中文"), QStringLiteral("Big5"), "a4a4a4e5");
    ok("Latin-1", QStringLiteral(u"é\\xe9"), latin1, "e9e9");
    ok("UTF-16LE", QStringLiteral("Ab\\x00"), QStringLiteral("UTF-16LE"), "4100620000");

    const auto bad = [](const char *name, const QString &input, const QString &encoding, qsizetype position,
                        const QString &error) {
        QTest::newRow(name) << input << encoding << QByteArray() << position << error;
    };
    bad("unknown escape", QStringLiteral("abc\\q"), utf8, 3, QStringLiteral("Unknown escape \"\\q\" at position 4."));
    bad("upper-case X is unknown", QStringLiteral("\\X41"), utf8, 0,
        QStringLiteral("Unknown escape \"\\X\" at position 1."));
    bad("unknown escape of emoji", QStringLiteral(u"a\\\U0001F600"), utf8, 1,
        QStringLiteral(u"Unknown escape \"\\\U0001F600\" at position 2."));
    bad("backslash before control", QStringLiteral("a\\\tb"), utf8, 1,
        QStringLiteral("Unknown escape at position 2: a backslash followed by U+0009."));
    bad("trailing backslash", QStringLiteral("abcd\\"), utf8, 4,
        QStringLiteral("The text ends with a lone backslash at position 5: write \"\\\\\" for a backslash."));
    bad("escaped backslash then lone one", QStringLiteral("\\\\\\"), utf8, 2,
        QStringLiteral("The text ends with a lone backslash at position 3: write \"\\\\\" for a backslash."));
    bad("\\x with one digit at end", QStringLiteral("\\x4"), utf8, 0,
        QStringLiteral("Incomplete escape \"\\x4\" at position 1: \\x needs exactly two hex digits, e.g. \\x0a."));
    bad("\\x with one digit", QStringLiteral("\\x4 "), utf8, 0,
        QStringLiteral("Incomplete escape \"\\x4\" at position 1: \\x needs exactly two hex digits, e.g. \\x0a."));
    bad("\\x at end", QStringLiteral("ab\\x"), utf8, 2,
        QStringLiteral("Incomplete escape \"\\x\" at position 3: \\x needs exactly two hex digits, e.g. \\x0a."));
    bad("\\x with non-hex", QStringLiteral("\\xg1"), utf8, 0,
        QStringLiteral("Incomplete escape \"\\x\" at position 1: \\x needs exactly two hex digits, e.g. \\x0a."));
    bad("unknown encoding", QStringLiteral("abc"), QStringLiteral("NoSuchEncoding"), 0,
        QStringLiteral("Unknown text encoding \"NoSuchEncoding\"."));
    bad("empty encoding name", QStringLiteral("abc"), QString(), 0, QStringLiteral("Unknown text encoding \"\"."));
    bad("unknown encoding with empty text", QString(), QStringLiteral("NoSuchEncoding"), 0,
        QStringLiteral("Unknown text encoding \"NoSuchEncoding\"."));
    bad("Latin-1 cannot encode Chinese", QStringLiteral(u"ab中"), latin1, 2,
        QStringLiteral(u"The character '中' at position 3 cannot be encoded in ISO-8859-1."));
    bad("Latin-1 after an escape", QStringLiteral(u"\\x41x中"), latin1, 5,
        QStringLiteral(u"The character '中' at position 6 cannot be encoded in ISO-8859-1."));
    bad("Latin-1 non-printable", QStringLiteral(u"a\u200b"), latin1, 1,
        QStringLiteral("The character U+200B at position 2 cannot be encoded in ISO-8859-1."));
    bad("GBK cannot encode emoji", QStringLiteral(u"中\U0001F600"), gbk, 1,
        QStringLiteral(u"The character '\U0001F600' at position 2 cannot be encoded in GBK."));
    bad("Big5 cannot encode e-acute", QStringLiteral(u"é"), QStringLiteral("Big5"), 0,
        QStringLiteral(u"The character 'é' at position 1 cannot be encoded in Big5."));
    bad("unencodable before bad escape", QStringLiteral(u"a中\\q"), latin1, 1,
        QStringLiteral(u"The character '中' at position 2 cannot be encoded in ISO-8859-1."));
    bad("bad escape before unencodable", QStringLiteral(u"a\\q中"), latin1, 1,
        QStringLiteral("Unknown escape \"\\q\" at position 2."));
    bad("lone high surrogate", QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b"), utf8, 1,
        QStringLiteral("Invalid character U+D800 at position 2: an unpaired UTF-16 surrogate is not text."));
    bad("lone surrogate at end", QStringLiteral("ab") + QChar(0xd800), QStringLiteral("UTF-16LE"), 2,
        QStringLiteral("Invalid character U+D800 at position 3: an unpaired UTF-16 surrogate is not text."));
    bad("lone low surrogate", QString(QChar(0xdc00)), gbk, 0,
        QStringLiteral("Invalid character U+DC00 at position 1: an unpaired UTF-16 surrogate is not text."));
}

void TestEscapedText::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, errorPosition);
    QFETCH(QString, error);

    const BytesResult result = EscapedText::parse(input, encoding);
    QCOMPARE(result.error, error);
    QCOMPARE(result.errorPosition, errorPosition);
    QCOMPARE(result.ok(), error.isEmpty());
    if (result.ok())
        QCOMPARE(result.bytes, bytes);
    if (encoding == QLatin1String("UTF-8"))
        QCOMPARE(EscapedText::parse(input).error, error);
}

void TestEscapedText::escape_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("printable ASCII") << QByteArrayLiteral(" Hi~\"'") << QStringLiteral(" Hi~\"'");
    QTest::newRow("backslash") << QByteArrayLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("named") << QByteArray::fromHex("0d0a0900") << QStringLiteral("\\r\\n\\t\\0");
    QTest::newRow("NUL before digit") << QByteArray::fromHex("0031") << QStringLiteral("\\01");
    QTest::newRow("other controls") << QByteArray::fromHex("07081b7f") << QStringLiteral("\\x07\\x08\\x1b\\x7f");
    QTest::newRow("high bytes") << QByteArray::fromHex("80abff") << QStringLiteral("\\x80\\xab\\xff");
    QTest::newRow("UTF-8 is not decoded") << QByteArray::fromHex("e4b8ad") << QStringLiteral("\\xe4\\xb8\\xad");
}

void TestEscapedText::escape()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QCOMPARE(EscapedText::escape(bytes), expected);
    const BytesResult back = EscapedText::parse(expected);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.bytes, bytes);
}

void TestEscapedText::roundTripAllByteValues()
{
    QByteArray all;
    for (int value = 0; value < 256; ++value) {
        const QByteArray single(1, static_cast<char>(value));
        const BytesResult result = EscapedText::parse(EscapedText::escape(single));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.bytes, single);
        all.append(single);
    }
    QByteArray reversed = all;
    std::reverse(reversed.begin(), reversed.end());
    for (const QByteArray &bytes : {all, reversed}) {
        const BytesResult result = EscapedText::parse(EscapedText::escape(bytes));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.bytes, bytes);
    }
}

void TestEscapedText::longRoundTrip()
{
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 37 + (i >> 9)) & 0xff);
    const BytesResult result = EscapedText::parse(EscapedText::escape(bytes));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes, bytes);
}

QTEST_GUILESS_MAIN(TestEscapedText)
#include "tst_escapedtext.moc"

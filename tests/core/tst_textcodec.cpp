// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <QTest>

#include "payload/textcodec.h"

class TestTextCodec : public QObject
{
    Q_OBJECT

private slots:
    void supportedEncodings();
    void canonicalName_data();
    void canonicalName();
    void displayName_data();
    void displayName();
    void encode_data();
    void encode();
    void everyCanonicalNameEncodes();
};

void TestTextCodec::supportedEncodings()
{
    const QStringList expected = {QStringLiteral("UTF-8"), QStringLiteral("GBK"),        QStringLiteral("GB18030"),
                                  QStringLiteral("Big5"),  QStringLiteral("ISO-8859-1"), QStringLiteral("UTF-16LE")};
    QCOMPARE(TextCodec::supportedEncodings(), expected);
    for (const QString &name : expected)
        QCOMPARE(TextCodec::canonicalName(name), name);
}

void TestTextCodec::canonicalName_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("canonical");

    const auto row = [](const char *spelling, const char *canonical) {
        QTest::newRow(spelling) << QString::fromLatin1(spelling) << QString::fromLatin1(canonical);
    };
    row("UTF-8", "UTF-8");
    row("utf-8", "UTF-8");
    row("utf8", "UTF-8");
    row("UTF8", "UTF-8");
    row("utf_8", "UTF-8");
    row(" UTF-8 ", "UTF-8");
    row("GBK", "GBK");
    row("gbk", "GBK");
    row("cp936", "GBK");
    row("CP936", "GBK");
    row("ms936", "GBK");
    row("windows-936", "GBK");
    row("gb2312", "GBK");
    row("GB2312", "GBK");
    row("GB18030", "GB18030");
    row("gb18030", "GB18030");
    row("gb-18030", "GB18030");
    row("Big5", "Big5");
    row("big5", "Big5");
    row("BIG5", "Big5");
    row("big-5", "Big5");
    row("cp950", "Big5");
    row("ISO-8859-1", "ISO-8859-1");
    row("iso-8859-1", "ISO-8859-1");
    row("iso8859-1", "ISO-8859-1");
    row("ISO_8859-1", "ISO-8859-1");
    row("latin1", "ISO-8859-1");
    row("Latin-1", "ISO-8859-1");
    row("LATIN1", "ISO-8859-1");
    row("l1", "ISO-8859-1");
    row("UTF-16LE", "UTF-16LE");
    row("utf-16le", "UTF-16LE");
    row("utf16le", "UTF-16LE");
    row("UTF-16-LE", "UTF-16LE");
    QTest::newRow("empty") << QString() << QString();
    row("UTF-16", "");
    row("UTF-16BE", "");
    row("Shift_JIS", "");
    row("windows-1252", "");
    row("utf", "");
}

void TestTextCodec::canonicalName()
{
    QFETCH(QString, spelling);
    QFETCH(QString, canonical);

    QCOMPARE(TextCodec::canonicalName(spelling), canonical);
}

void TestTextCodec::displayName_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("display");

    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << QStringLiteral("UTF-8");
    QTest::newRow("GBK") << QStringLiteral("GBK") << QStringLiteral(u"GBK (简体中文)");
    QTest::newRow("GB18030") << QStringLiteral("GB18030") << QStringLiteral(u"GB18030 (简体中文)");
    QTest::newRow("Big5") << QStringLiteral("Big5") << QStringLiteral(u"Big5 (繁體中文)");
    QTest::newRow("ISO-8859-1") << QStringLiteral("ISO-8859-1") << QStringLiteral("Latin-1 (Western European)");
    QTest::newRow("UTF-16LE") << QStringLiteral("UTF-16LE") << QStringLiteral("UTF-16LE (little-endian)");
    QTest::newRow("alias") << QStringLiteral("latin1") << QStringLiteral("Latin-1 (Western European)");
    QTest::newRow("unsupported") << QStringLiteral("KOI8-R") << QString();
}

void TestTextCodec::displayName()
{
    QFETCH(QString, encoding);
    QFETCH(QString, display);

    QCOMPARE(TextCodec::displayName(encoding), display);
}

void TestTextCodec::encode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("errorPosition");
    QTest::addColumn<QString>("error");

    const auto ok = [](const char *name, const QString &text, const char *encoding, const char *hex) {
        QTest::newRow(name) << text << QString::fromLatin1(encoding) << QByteArray::fromHex(hex) << qsizetype(-1)
                            << QString();
    };
    const QString chinese = QStringLiteral(u"中文");
    ok("empty", QString(), "UTF-8", "");
    ok("empty UTF-16LE", QString(), "UTF-16LE", "");
    ok("UTF-8 Chinese", chinese, "UTF-8", "e4b8ade69687");
    ok("GBK Chinese", chinese, "GBK", "d6d0cec4");
    ok("GB2312 alias", chinese, "gb2312", "d6d0cec4");
    ok("GB18030 Chinese", chinese, "GB18030", "d6d0cec4");
    ok("Big5 Chinese", chinese, "Big5", "a4a4a4e5");
    ok("UTF-16LE Chinese", chinese, "UTF-16LE", "2d4e8765");
    ok("Latin-1 e-acute", QStringLiteral(u"é"), "ISO-8859-1", "e9");
    ok("latin1 alias", QStringLiteral(u"café"), "latin1", "636166e9");
    ok("backslash is plain", QStringLiteral("a\\n"), "UTF-8", "615c6e");
    ok("GBK ASCII", QStringLiteral("Hi\r\n"), "GBK", "48690d0a");
    ok("UTF-16LE line end", QStringLiteral("\r\n"), "UTF-16LE", "0d000a00");
    ok("UTF-8 emoji", QStringLiteral(u"\U0001F600"), "UTF-8", "f09f9880");
    ok("GB18030 emoji", QStringLiteral(u"\U0001F600"), "GB18030", "9439fc36");
    ok("UTF-16LE emoji", QStringLiteral(u"\U0001F600"), "UTF-16LE", "3dd800de");
    ok("NUL", QString(QChar(0)), "GBK", "00");

    const auto bad = [](const char *name, const QString &text, const char *encoding, qsizetype position,
                        const QString &error) {
        QTest::newRow(name) << text << QString::fromLatin1(encoding) << QByteArray() << position << error;
    };
    bad("Latin-1 cannot encode Chinese", QStringLiteral(u"中"), "ISO-8859-1", 0,
        QStringLiteral(u"The character '中' at position 1 cannot be encoded in ISO-8859-1."));
    bad("first unencodable is named", QStringLiteral(u"ab中文"), "ISO-8859-1", 2,
        QStringLiteral(u"The character '中' at position 3 cannot be encoded in ISO-8859-1."));
    bad("alias names the canonical encoding", QStringLiteral(u"é中"), "latin-1", 1,
        QStringLiteral(u"The character '中' at position 2 cannot be encoded in ISO-8859-1."));
    bad("position counts UTF-16 units", QStringLiteral(u"\U0001F600é中"), "latin1", 0,
        QStringLiteral(u"The character '\U0001F600' at position 1 cannot be encoded in ISO-8859-1."));
    bad("non-printable named by code", QStringLiteral(u"a\u200b"), "ISO-8859-1", 1,
        QStringLiteral("The character U+200B at position 2 cannot be encoded in ISO-8859-1."));
    bad("GBK cannot encode emoji", QStringLiteral(u"中\U0001F600"), "GBK", 1,
        QStringLiteral(u"The character '\U0001F600' at position 2 cannot be encoded in GBK."));
    bad("Big5 cannot encode e-acute", QStringLiteral(u"文é"), "Big5", 1,
        QStringLiteral(u"The character 'é' at position 2 cannot be encoded in Big5."));
    bad("unknown encoding", QStringLiteral("abc"), "NoSuchEncoding", 0,
        QStringLiteral("Unknown text encoding \"NoSuchEncoding\"."));
    bad("unknown encoding with empty text", QString(), "KOI8-R", 0,
        QStringLiteral("Unknown text encoding \"KOI8-R\"."));
    bad("empty encoding name", QStringLiteral("abc"), "", 0, QStringLiteral("Unknown text encoding \"\"."));
    bad("lone high surrogate", QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b"), "UTF-8", 1,
        QStringLiteral("Invalid character U+D800 at position 2: an unpaired UTF-16 surrogate is not text."));
    bad("lone low surrogate in UTF-16LE", QString(QChar(0xdc00)), "UTF-16LE", 0,
        QStringLiteral("Invalid character U+DC00 at position 1: an unpaired UTF-16 surrogate is not text."));
    bad("unencodable before lone surrogate", QStringLiteral(u"中") + QChar(0xd800), "ISO-8859-1", 0,
        QStringLiteral(u"The character '中' at position 1 cannot be encoded in ISO-8859-1."));
    bad("lone surrogate before unencodable", QString(QChar(0xd800)) + QStringLiteral(u"中"), "ISO-8859-1", 0,
        QStringLiteral("Invalid character U+D800 at position 1: an unpaired UTF-16 surrogate is not text."));
}

void TestTextCodec::encode()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, errorPosition);
    QFETCH(QString, error);

    const BytesResult result = TextCodec::encode(text, encoding);
    QCOMPARE(result.error, error);
    QCOMPARE(result.errorPosition, errorPosition);
    QCOMPARE(result.ok(), error.isEmpty());
    if (result.ok())
        QCOMPARE(result.bytes, bytes);
}

void TestTextCodec::everyCanonicalNameEncodes()
{
    const QString ascii = QStringLiteral("SocketLab 1.0\r\n");
    for (const QString &name : TextCodec::supportedEncodings()) {
        const BytesResult result = TextCodec::encode(ascii, name);
        QVERIFY2(result.ok(), qPrintable(result.error));
        if (name == QLatin1String("UTF-16LE"))
            QCOMPARE(result.bytes.size(), ascii.size() * 2);
        else
            QCOMPARE(result.bytes, ascii.toLatin1());
        QVERIFY(!TextCodec::displayName(name).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestTextCodec)
#include "tst_textcodec.moc"

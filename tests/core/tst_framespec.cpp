// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <QTest>

#include "framing/framingspecparser.h"

namespace {

constexpr qint64 DefaultMax = 16 * 1024 * 1024;

} // namespace

class TestFrameSpec : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void maxFrameSizeIsKept();
    void errorPointerMayBeNull();
    void syntaxHelpNamesEveryKind();
};

void TestFrameSpec::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("lengthBytes");
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<bool>("isSigned");
    QTest::addColumn<bool>("includesHeader");
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<bool>("stripCarriageReturn");
    QTest::addColumn<qint64>("fixedSize");

    const auto row = [](const char *name, const QString &input, FramingSpec::Kind kind, int lengthBytes, bool bigEndian,
                        bool isSigned, bool includesHeader, const QByteArray &delimiter, bool strip, qint64 fixedSize) {
        QTest::newRow(name) << input << int(kind) << lengthBytes << bigEndian << isSigned << includesHeader << delimiter
                            << strip << fixedSize;
    };
    using Kind = FramingSpec::Kind;
    const QByteArray none;
    row("none", QStringLiteral("none"), Kind::None, 4, true, false, false, none, false, 0);
    row("len:1", QStringLiteral("len:1"), Kind::Length, 1, true, false, false, none, false, 0);
    row("len:2:le", QStringLiteral("len:2:le"), Kind::Length, 2, false, false, false, none, false, 0);
    row("len:4", QStringLiteral("len:4"), Kind::Length, 4, true, false, false, none, false, 0);
    row("len:4:be", QStringLiteral("len:4:be"), Kind::Length, 4, true, false, false, none, false, 0);
    row("len:4:signed", QStringLiteral("len:4:signed"), Kind::Length, 4, true, true, false, none, false, 0);
    row("len:4:incl", QStringLiteral("len:4:incl"), Kind::Length, 4, true, false, true, none, false, 0);
    row("len:8:be:signed:incl", QStringLiteral("len:8:be:signed:incl"), Kind::Length, 8, true, true, true, none, false,
        0);
    row("options in any order", QStringLiteral("len:2:incl:signed:le"), Kind::Length, 2, false, true, true, none, false,
        0);
    row("struct-i", QStringLiteral("struct-i"), Kind::Length, 4, false, true, false, none, false, 0);
    row("delim:\\r\\n", QStringLiteral("delim:\\r\\n"), Kind::Delimiter, 4, true, false, false,
        QByteArrayLiteral("\r\n"), false, 0);
    row("delim:\\x00", QStringLiteral("delim:\\x00"), Kind::Delimiter, 4, true, false, false, QByteArray(1, '\0'),
        false, 0);
    row("delim:|", QStringLiteral("delim:|"), Kind::Delimiter, 4, true, false, false, QByteArrayLiteral("|"), false, 0);
    row("colon delimiter", QStringLiteral("delim::"), Kind::Delimiter, 4, true, false, false, QByteArrayLiteral(":"),
        false, 0);
    row("space delimiter", QStringLiteral("delim: "), Kind::Delimiter, 4, true, false, false, QByteArrayLiteral(" "),
        false, 0);
    row("colons inside delimiter", QStringLiteral("delim:a:b"), Kind::Delimiter, 4, true, false, false,
        QByteArrayLiteral("a:b"), false, 0);
    row("UTF-8 delimiter", QStringLiteral(u"delim:\u3002"), Kind::Delimiter, 4, true, false, false,
        QByteArray::fromHex("e38082"), false, 0);
    row("line", QStringLiteral("line"), Kind::Delimiter, 4, true, false, false, QByteArrayLiteral("\n"), true, 0);
    row("fixed:1", QStringLiteral("fixed:1"), Kind::Fixed, 4, true, false, false, none, false, 1);
    row("fixed:16", QStringLiteral("fixed:16"), Kind::Fixed, 4, true, false, false, none, false, 16);
    row("fixed at the maximum", QStringLiteral("fixed:16777216"), Kind::Fixed, 4, true, false, false, none, false,
        DefaultMax);
    row("jsonhdr", QStringLiteral("jsonhdr"), Kind::JsonHeader, 4, false, true, false, none, false, 0);
}

void TestFrameSpec::parseValid()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(int, lengthBytes);
    QFETCH(bool, bigEndian);
    QFETCH(bool, isSigned);
    QFETCH(bool, includesHeader);
    QFETCH(QByteArray, delimiter);
    QFETCH(bool, stripCarriageReturn);
    QFETCH(qint64, fixedSize);

    QString error = QStringLiteral("untouched");
    const std::optional<FramingSpec> spec = FramingSpecParser::parse(input, &error);
    QVERIFY2(spec.has_value(), qPrintable(error));
    QCOMPARE(int(spec->kind), kind);
    QCOMPARE(spec->lengthBytes, lengthBytes);
    QCOMPARE(spec->bigEndian, bigEndian);
    QCOMPARE(spec->isSigned, isSigned);
    QCOMPARE(spec->lengthIncludesHeader, includesHeader);
    QCOMPARE(spec->delimiter, delimiter);
    QCOMPARE(spec->stripCarriageReturn, stripCarriageReturn);
    QCOMPARE(spec->fixedSize, fixedSize);
    QCOMPARE(spec->maxFrameSize, DefaultMax);
    QCOMPARE(spec->text, input);
}

void TestFrameSpec::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("maxFrameSize");
    QTest::addColumn<QString>("error");

    const auto bad = [](const char *name, const QString &input, const QString &error, qint64 max = DefaultMax) {
        QTest::newRow(name) << input << max << error;
    };
    bad("empty", QString(),
        QStringLiteral("The framing spec is empty: use none, len:N, struct-i, delim:SEQ, line, fixed:N or jsonhdr."));
    bad("bogus", QStringLiteral("bogus"),
        QStringLiteral("Bad framing \"bogus\": unknown kind \"bogus\"; use none, len:N, struct-i, delim:SEQ, line, "
                       "fixed:N or jsonhdr."));
    bad("upper case", QStringLiteral("LEN:4"),
        QStringLiteral("Bad framing \"LEN:4\": unknown kind \"LEN\"; use none, len:N, struct-i, delim:SEQ, line, "
                       "fixed:N or jsonhdr."));
    bad("leading space", QStringLiteral(" line"),
        QStringLiteral("Bad framing \" line\": unknown kind \" line\"; use none, len:N, struct-i, delim:SEQ, line, "
                       "fixed:N or jsonhdr."));
    bad("len", QStringLiteral("len"),
        QStringLiteral("Bad framing \"len\": the length size is missing; write e.g. len:4."));
    bad("len:", QStringLiteral("len:"),
        QStringLiteral("Bad framing \"len:\": the length size is missing; write e.g. len:4."));
    bad("len:3", QStringLiteral("len:3"),
        QStringLiteral("Bad framing \"len:3\": the length size must be 1, 2, 4 or 8 bytes."));
    bad("len:16", QStringLiteral("len:16"),
        QStringLiteral("Bad framing \"len:16\": the length size must be 1, 2, 4 or 8 bytes."));
    bad("len:-4", QStringLiteral("len:-4"),
        QStringLiteral("Bad framing \"len:-4\": the length size must be 1, 2, 4 or 8 bytes."));
    bad("len:abc", QStringLiteral("len:abc"),
        QStringLiteral("Bad framing \"len:abc\": the length size must be 1, 2, 4 or 8 bytes."));
    bad("len:4:xx", QStringLiteral("len:4:xx"),
        QStringLiteral("Bad framing \"len:4:xx\": unknown option \"xx\"; use be, le, signed or incl."));
    bad("len:4:LE", QStringLiteral("len:4:LE"),
        QStringLiteral("Bad framing \"len:4:LE\": unknown option \"LE\"; use be, le, signed or incl."));
    bad("len:4: trailing colon", QStringLiteral("len:4:"),
        QStringLiteral("Bad framing \"len:4:\": unknown option \"\"; use be, le, signed or incl."));
    bad("len:4:le:le", QStringLiteral("len:4:le:le"),
        QStringLiteral("Bad framing \"len:4:le:le\": the option \"le\" is given twice."));
    bad("len:4:signed:signed", QStringLiteral("len:4:signed:signed"),
        QStringLiteral("Bad framing \"len:4:signed:signed\": the option \"signed\" is given twice."));
    bad("len:4:be:le", QStringLiteral("len:4:be:le"),
        QStringLiteral("Bad framing \"len:4:be:le\": give only one of be and le."));
    bad("fixed", QStringLiteral("fixed"),
        QStringLiteral("Bad framing \"fixed\": the message size is missing; write e.g. fixed:16."));
    bad("fixed:", QStringLiteral("fixed:"),
        QStringLiteral("Bad framing \"fixed:\": the message size is missing; write e.g. fixed:16."));
    bad("fixed:0", QStringLiteral("fixed:0"),
        QStringLiteral("Bad framing \"fixed:0\": the message size must be a whole number of bytes, at least 1."));
    bad("fixed:-1", QStringLiteral("fixed:-1"),
        QStringLiteral("Bad framing \"fixed:-1\": the message size must be a whole number of bytes, at least 1."));
    bad("fixed:abc", QStringLiteral("fixed:abc"),
        QStringLiteral("Bad framing \"fixed:abc\": the message size must be a whole number of bytes, at least 1."));
    bad("fixed:+4", QStringLiteral("fixed:+4"),
        QStringLiteral("Bad framing \"fixed:+4\": the message size must be a whole number of bytes, at least 1."));
    bad("fixed: 4", QStringLiteral("fixed: 4"),
        QStringLiteral("Bad framing \"fixed: 4\": the message size must be a whole number of bytes, at least 1."));
    bad("fixed:16:x", QStringLiteral("fixed:16:x"),
        QStringLiteral("Bad framing \"fixed:16:x\": the message size must be a whole number of bytes, at least 1."));
    bad("fixed above the maximum", QStringLiteral("fixed:17"),
        QStringLiteral("Bad framing \"fixed:17\": the message size exceeds the maximum frame size of 16 bytes."), 16);
    bad("fixed far above the maximum", QStringLiteral("fixed:99999999999999999999999"),
        QStringLiteral("Bad framing \"fixed:99999999999999999999999\": the message size exceeds the maximum frame "
                       "size of 16777216 bytes."));
    bad("delim", QStringLiteral("delim"),
        QStringLiteral("Bad framing \"delim\": the delimiter is empty; write e.g. delim:\\r\\n."));
    bad("delim:", QStringLiteral("delim:"),
        QStringLiteral("Bad framing \"delim:\": the delimiter is empty; write e.g. delim:\\r\\n."));
    bad("delim:\\q", QStringLiteral("delim:\\q"),
        QStringLiteral("Bad delimiter \"\\q\" in framing \"delim:\\q\": Unknown escape \"\\q\" at position 1."));
    bad("delim:ab\\x4", QStringLiteral("delim:ab\\x4"),
        QStringLiteral("Bad delimiter \"ab\\x4\" in framing \"delim:ab\\x4\": Incomplete escape \"\\x4\" at "
                       "position 3: \\x needs exactly two hex digits, e.g. \\x0a."));
    bad("delim lone backslash", QStringLiteral("delim:\\"),
        QStringLiteral("Bad delimiter \"\\\" in framing \"delim:\\\": The text ends with a lone backslash at "
                       "position 1: write \"\\\\\" for a backslash."));
    bad("none:x", QStringLiteral("none:x"), QStringLiteral("Bad framing \"none:x\": \"none\" takes no options."));
    bad("line:crlf", QStringLiteral("line:crlf"),
        QStringLiteral("Bad framing \"line:crlf\": \"line\" takes no options."));
    bad("struct-i:le", QStringLiteral("struct-i:le"),
        QStringLiteral("Bad framing \"struct-i:le\": \"struct-i\" takes no options."));
    bad("jsonhdr:", QStringLiteral("jsonhdr:"),
        QStringLiteral("Bad framing \"jsonhdr:\": \"jsonhdr\" takes no options."));
    bad("zero maximum", QStringLiteral("len:4"),
        QStringLiteral("Bad maximum frame size 0: it must be at least 1 byte."), 0);
    bad("negative maximum", QStringLiteral("line"),
        QStringLiteral("Bad maximum frame size -5: it must be at least 1 byte."), -5);
}

void TestFrameSpec::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(qint64, maxFrameSize);
    QFETCH(QString, error);

    QString actual;
    const std::optional<FramingSpec> spec = FramingSpecParser::parse(input, &actual, maxFrameSize);
    QVERIFY(!spec.has_value());
    QCOMPARE(actual, error);
}

void TestFrameSpec::maxFrameSizeIsKept()
{
    QString error;
    const std::optional<FramingSpec> spec = FramingSpecParser::parse(QStringLiteral("fixed:100"), &error, 100);
    QVERIFY2(spec.has_value(), qPrintable(error));
    QCOMPARE(spec->maxFrameSize, qint64(100));
    QCOMPARE(spec->fixedSize, qint64(100));

    const qint64 huge = qint64(1) << 40;
    const std::optional<FramingSpec> len = FramingSpecParser::parse(QStringLiteral("len:8"), &error, huge);
    QVERIFY2(len.has_value(), qPrintable(error));
    QCOMPARE(len->maxFrameSize, huge);
}

void TestFrameSpec::errorPointerMayBeNull()
{
    QVERIFY(!FramingSpecParser::parse(QStringLiteral("len:3"), nullptr).has_value());
    QVERIFY(FramingSpecParser::parse(QStringLiteral("len:4"), nullptr).has_value());
}

void TestFrameSpec::syntaxHelpNamesEveryKind()
{
    const QString help = FramingSpecParser::syntaxHelp();
    for (const char *form :
         {"none", "len:N[:be|le][:signed][:incl]", "struct-i", "delim:SEQ", "line", "fixed:N", "jsonhdr"}) {
        QVERIFY2(help.contains(QLatin1String(form)), form);
    }
}

QTEST_GUILESS_MAIN(TestFrameSpec)
#include "tst_framespec.moc"

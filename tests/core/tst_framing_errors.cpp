// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <QTest>

#include "framing/framecodec.h"
#include "framing/framingspecparser.h"
#include "framingtestutil.h"

namespace {

using FramingTestUtil::DefaultMax;
using FramingTestUtil::makeCodec;

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(digits);
}

/** A jsonhdr frame start: the struct-i length of `json`, then `json`. */
QByteArray jsonHeader(const QByteArray &json)
{
    const auto size = static_cast<quint32>(json.size());
    QByteArray bytes(4, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        bytes[i] = static_cast<char>((size >> (8 * i)) & 0xff);
    return bytes + json;
}

/** Feeds `input` whole or one byte at a time; returns whether every feed succeeded. */
bool feedAll(FrameCodec *codec, const QByteArray &input, bool bytewise, QList<Frame> *frames)
{
    if (!bytewise)
        return codec->feed(input, frames);
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (!codec->feed(QByteArrayView(input).sliced(i, 1), frames))
            return false;
    }
    return true;
}

} // namespace

class TestFramingErrors : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data();
    void badInput();
    void untrustedLengthIsNotAllocated_data();
    void untrustedLengthIsNotAllocated();
    void maximumFrameIsAccepted_data();
    void maximumFrameIsAccepted();
    void finishTexts_data();
    void finishTexts();
    void errorSurvivesUntilReset();
    void longMessageByteByByteIsLinear();
};

void TestFramingErrors::badInput_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<qint64>("maxFrameSize");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("framesBefore");
    QTest::addColumn<QString>("error");

    const auto bad = [](const char *name, const char *spec, const QByteArray &input, const QString &error,
                        qint64 max = DefaultMax, int framesBefore = 0) {
        for (const char *how : {"whole", "bytes"}) {
            QTest::addRow("%s, %s", name, how) << QString::fromLatin1(spec) << max << input << framesBefore << error;
        }
    };
    const QString notJsonHeader = QStringLiteral("The JSON header's \"size\" is not a whole number.");
    bad("len:4 0xFFFFFFFF", "len:4", hex("ffffffff"),
        QStringLiteral("Frame length 4294967295 exceeds the maximum frame size of 16777216 bytes."));
    bad("len:4 0x7FFFFFFF", "len:4", hex("7fffffff") + QByteArray(10, 'x'),
        QStringLiteral("Frame length 2147483647 exceeds the maximum frame size of 16777216 bytes."));
    bad("len:4 maximum + 1", "len:4", hex("01000001"),
        QStringLiteral("Frame length 16777217 exceeds the maximum frame size of 16777216 bytes."));
    bad("len:2:le small maximum + 1", "len:2:le", hex("6500"),
        QStringLiteral("Frame length 101 exceeds the maximum frame size of 100 bytes."), 100);
    bad("struct-i 0x80000000", "struct-i", hex("00000080"),
        QStringLiteral("Frame length -2147483648 is negative (the header is signed): the peer is not sending this "
                       "framing."));
    bad("struct-i -1", "struct-i", hex("ffffffff"),
        QStringLiteral("Frame length -1 is negative (the header is signed): the peer is not sending this framing."));
    bad("len:1:signed -128", "len:1:signed", hex("80"),
        QStringLiteral("Frame length -128 is negative (the header is signed): the peer is not sending this framing."));
    bad("len:8 all ones", "len:8", hex("ffffffffffffffff"),
        QStringLiteral("Frame length 18446744073709551615 exceeds the maximum frame size of 16777216 bytes."));
    bad("len:8:signed all ones", "len:8:le:signed", hex("ffffffffffffffff"),
        QStringLiteral("Frame length -1 is negative (the header is signed): the peer is not sending this framing."));
    bad("len:8:signed most negative", "len:8:signed", hex("8000000000000000"),
        QStringLiteral("Frame length -9223372036854775808 is negative (the header is signed): the peer is not "
                       "sending this framing."));
    bad("len:4:incl shorter than its header", "len:4:incl", hex("00000003"),
        QStringLiteral("Frame length 3 is smaller than its 4-byte header (the length counts the header): the peer "
                       "is not sending this framing."));
    bad("len:4 bad header after a good frame", "len:4", hex("0000000178ffffffff"),
        QStringLiteral("Frame length 4294967295 exceeds the maximum frame size of 16777216 bytes."), DefaultMax, 1);
    bad("over-long line", "line", QByteArray(17, 'x'),
        QStringLiteral("No delimiter within 16 bytes: the message is longer than the maximum frame size, or the "
                       "peer does not end its messages with \\n."),
        16);
    bad("over-long line with its newline", "line", QByteArray(20, 'x') + '\n',
        QStringLiteral("No delimiter within 16 bytes: the message is longer than the maximum frame size, or the "
                       "peer does not end its messages with \\n."),
        16);
    bad("over-long line after a good line", "line", QByteArrayLiteral("ok\n") + QByteArray(17, 'x'),
        QStringLiteral("No delimiter within 16 bytes: the message is longer than the maximum frame size, or the "
                       "peer does not end its messages with \\n."),
        16, 1);
    bad("over-long delimited message", "delim:\\r\\n", QByteArray(16, 'x') + "\rx",
        QStringLiteral("No delimiter within 16 bytes: the message is longer than the maximum frame size, or the "
                       "peer does not end its messages with \\r\\n."),
        16);
    bad("over-long default line", "line", QByteArray(DefaultMax + 1, 'x'),
        QStringLiteral("No delimiter within 16777216 bytes: the message is longer than the maximum frame size, or "
                       "the peer does not end its messages with \\n."));
    bad("jsonhdr negative header length", "jsonhdr", hex("ffffffff"),
        QStringLiteral("JSON header length -1 is negative: the peer is not sending this framing."));
    bad("jsonhdr 0x80000000 header length", "jsonhdr", hex("00000080"),
        QStringLiteral("JSON header length -2147483648 is negative: the peer is not sending this framing."));
    bad("jsonhdr header too long", "jsonhdr", hex("01000100"),
        QStringLiteral("JSON header length 65537 exceeds the limit of 65536 bytes: the peer is not sending this "
                       "framing."));
    bad("jsonhdr empty header", "jsonhdr", hex("00000000"),
        QStringLiteral("Malformed JSON header: illegal value at byte 0."));
    bad("jsonhdr broken header", "jsonhdr", jsonHeader("{\"size\": 3") + "abc",
        QStringLiteral("Malformed JSON header: invalid termination by number at byte 10."));
    bad("jsonhdr unquoted key", "jsonhdr", jsonHeader("{size: 3}"),
        QStringLiteral("Malformed JSON header: unterminated object at byte 2."));
    bad("jsonhdr garbage after the header", "jsonhdr", jsonHeader("{\"size\":3}x"),
        QStringLiteral("Malformed JSON header: garbage at the end of the document at byte 10."));
    bad("jsonhdr scalar", "jsonhdr", jsonHeader("5"),
        QStringLiteral("Malformed JSON header: illegal value at byte 1."));
    bad("jsonhdr array", "jsonhdr", jsonHeader("[1, 2]"),
        QStringLiteral("The JSON header is not an object: expected {\"size\": N, ...}."));
    bad("jsonhdr no size", "jsonhdr", jsonHeader("{\"len\": 3}"),
        QStringLiteral("The JSON header has no \"size\" field: expected {\"size\": N, ...}."));
    bad("jsonhdr negative size", "jsonhdr", jsonHeader("{\"size\": -1}"),
        QStringLiteral("The JSON header's \"size\" -1 is negative."));
    bad("jsonhdr fractional size", "jsonhdr", jsonHeader("{\"size\": 1.5}"), notJsonHeader);
    bad("jsonhdr string size", "jsonhdr", jsonHeader("{\"size\": \"3\"}"), notJsonHeader);
    bad("jsonhdr boolean size", "jsonhdr", jsonHeader("{\"size\": true}"), notJsonHeader);
    bad("jsonhdr null size", "jsonhdr", jsonHeader("{\"size\": null}"), notJsonHeader);
    bad("jsonhdr size above the maximum", "jsonhdr", jsonHeader("{\"size\": 16777217}"),
        QStringLiteral("The JSON header's \"size\" 16777217 exceeds the maximum frame size of 16777216 bytes."));
    bad("jsonhdr bad header after a good frame", "jsonhdr",
        jsonHeader("{\"size\": 2}") + "ok" + jsonHeader("{\"size\": -7}"),
        QStringLiteral("The JSON header's \"size\" -7 is negative."), DefaultMax, 1);
}

void TestFramingErrors::badInput()
{
    QFETCH(QString, spec);
    QFETCH(qint64, maxFrameSize);
    QFETCH(QByteArray, input);
    QFETCH(int, framesBefore);
    QFETCH(QString, error);
    const bool bytewise = QByteArray(QTest::currentDataTag()).endsWith("bytes");

    std::unique_ptr<FrameCodec> codec = makeCodec(spec, maxFrameSize);
    QVERIFY(codec);
    QList<Frame> frames;
    QVERIFY(!feedAll(codec.get(), input, bytewise, &frames));
    QCOMPARE(codec->error(), error);
    QCOMPARE(frames.size(), framesBefore);
    // The error state holds: nothing more is decoded, nothing is kept.
    QCOMPARE(codec->bufferedBytes(), qint64(0));
    QVERIFY(!codec->feed(hex("00000000"), &frames));
    QVERIFY(!codec->feed(QByteArrayView(), &frames));
    QCOMPARE(frames.size(), framesBefore);
    QCOMPARE(codec->error(), error);
    QCOMPARE(codec->bufferedBytes(), qint64(0));
    QCOMPARE(codec->finish(), QString());
}

void TestFramingErrors::untrustedLengthIsNotAllocated_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("finish");

    // A maximum of 1 TiB lets these announced lengths pass the size check, so only the buffering rule protects
    // memory: bytes are held as they arrive, never reserved from the header.
    QTest::newRow("len:4 0x7FFFFFFF") << QStringLiteral("len:4") << hex("7fffffff") + QByteArray(10, 'x')
                                      << QStringLiteral("Incomplete frame: 14 of 2147483651 bytes.");
    QTest::newRow("struct-i 0x7FFFFFFF") << QStringLiteral("struct-i") << hex("ffffff7f") + QByteArray(10, 'x')
                                         << QStringLiteral("Incomplete frame: 14 of 2147483651 bytes.");
    QTest::newRow("len:8 2^39") << QStringLiteral("len:8") << hex("0000008000000000") + QByteArray(10, 'x')
                                << QStringLiteral("Incomplete frame: 18 of 549755813896 bytes.");
    QTest::newRow("jsonhdr 0x7FFFFFFF") << QStringLiteral("jsonhdr")
                                        << jsonHeader("{\"size\":2147483647}") + QByteArray(10, 'x')
                                        << QStringLiteral("Incomplete frame: 33 of 2147483670 bytes.");
}

void TestFramingErrors::untrustedLengthIsNotAllocated()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, input);
    QFETCH(QString, finish);

    for (const bool bytewise : {false, true}) {
        std::unique_ptr<FrameCodec> codec = makeCodec(spec, qint64(1) << 40);
        QVERIFY(codec);
        QList<Frame> frames;
        QVERIFY2(feedAll(codec.get(), input, bytewise, &frames), qPrintable(codec->error()));
        QCOMPARE(frames.size(), 0);
        QCOMPARE(codec->bufferedBytes(), qint64(input.size()));
        QCOMPARE(codec->finish(), finish);
    }
}

void TestFramingErrors::maximumFrameIsAccepted_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("payloadSize");

    const QByteArray body(16, 'x');
    QTest::newRow("len:2") << QStringLiteral("len:2") << hex("0010") + body << 16;
    QTest::newRow("len:2:incl") << QStringLiteral("len:2:incl") << hex("0012") + body << 16;
    QTest::newRow("line") << QStringLiteral("line") << body + '\n' << 16;
    QTest::newRow("delim:\\r\\n") << QStringLiteral("delim:\\r\\n") << body + "\r\n" << 16;
    QTest::newRow("jsonhdr") << QStringLiteral("jsonhdr") << jsonHeader("{\"size\":16}") + body << 16;
    QTest::newRow("fixed:16") << QStringLiteral("fixed:16") << body << 16;
}

void TestFramingErrors::maximumFrameIsAccepted()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, input);
    QFETCH(int, payloadSize);

    for (const bool bytewise : {false, true}) {
        std::unique_ptr<FrameCodec> codec = makeCodec(spec, 16);
        QVERIFY(codec);
        QList<Frame> frames;
        QVERIFY2(feedAll(codec.get(), input, bytewise, &frames), qPrintable(codec->error()));
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames.at(0).payload.size(), payloadSize);
        QCOMPARE(frames.at(0).length, qint64(input.size()));
    }
}

void TestFramingErrors::finishTexts_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("finish");

    const auto row = [](const char *name, const char *spec, const QByteArray &input, const QString &finish) {
        QTest::newRow(name) << QString::fromLatin1(spec) << input << finish;
    };
    const QByteArray abc = QByteArrayLiteral("abc");
    row("len:4 nothing", "len:4", QByteArray(), QString());
    row("len:4 partial header", "len:4", hex("0000"), QStringLiteral("Incomplete frame: 2 of 4 header bytes."));
    row("len:4 header only", "len:4", hex("00000006"), QStringLiteral("Incomplete frame: 4 of 10 bytes."));
    row("len:4 partial body", "len:4", hex("00000006") + abc, QStringLiteral("Incomplete frame: 7 of 10 bytes."));
    row("len:4 clean", "len:4", hex("00000003") + abc, QString());
    row("len:4 clean then partial header", "len:4", hex("00000003") + abc + hex("00"),
        QStringLiteral("Incomplete frame: 1 of 4 header bytes."));
    row("len:2:le:incl partial body", "len:2:le:incl", hex("0a00") + abc,
        QStringLiteral("Incomplete frame: 5 of 10 bytes."));
    row("fixed:16 partial", "fixed:16", abc, QStringLiteral("Incomplete frame: 3 of 16 bytes."));
    row("fixed:2 clean", "fixed:2", QByteArrayLiteral("abcd"), QString());
    row("delim partial", "delim:\\r\\n", QByteArrayLiteral("hello"),
        QStringLiteral("Incomplete message: 5 bytes without the delimiter \\r\\n."));
    row("delim half a delimiter", "delim:\\r\\n", QByteArrayLiteral("hello\r"),
        QStringLiteral("Incomplete message: 6 bytes without the delimiter \\r\\n."));
    row("delim clean", "delim:\\r\\n", QByteArrayLiteral("hello\r\n"), QString());
    row("NUL delimiter partial", "delim:\\x00", QByteArrayLiteral("ab"),
        QStringLiteral("Incomplete message: 2 bytes without the delimiter \\0."));
    row("line partial", "line", QByteArrayLiteral("abc\r"),
        QStringLiteral("Incomplete message: 4 bytes without the delimiter \\n."));
    row("jsonhdr partial prefix", "jsonhdr", hex("0a00"), QStringLiteral("Incomplete frame: 2 of 4 header bytes."));
    row("jsonhdr partial header", "jsonhdr", hex("0a000000") + "{\"s",
        QStringLiteral("Incomplete frame: 7 of 14 header bytes."));
    row("jsonhdr partial body", "jsonhdr", jsonHeader("{\"size\":5}") + "ab",
        QStringLiteral("Incomplete frame: 16 of 19 bytes."));
    row("jsonhdr clean", "jsonhdr", jsonHeader("{\"size\":2}") + "ab", QString());
    row("none", "none", abc, QString());
}

void TestFramingErrors::finishTexts()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, input);
    QFETCH(QString, finish);

    for (const bool bytewise : {false, true}) {
        std::unique_ptr<FrameCodec> codec = makeCodec(spec);
        QVERIFY(codec);
        QList<Frame> frames;
        QVERIFY2(feedAll(codec.get(), input, bytewise, &frames), qPrintable(codec->error()));
        QCOMPARE(codec->finish(), finish);
        // finish() only reports: asking twice gives the same answer.
        QCOMPARE(codec->finish(), finish);
        QCOMPARE(codec->bufferedBytes() > 0, !finish.isEmpty());
        QCOMPARE(codec->error(), QString());
    }
}

void TestFramingErrors::errorSurvivesUntilReset()
{
    std::unique_ptr<FrameCodec> codec = makeCodec(QStringLiteral("struct-i"));
    QVERIFY(codec);
    QList<Frame> frames;
    QVERIFY(!codec->feed(hex("00000080"), &frames));
    QVERIFY(!codec->error().isEmpty());
    // A valid frame after the error is not decoded: the stream position is lost.
    QVERIFY(!codec->feed(QByteArray(hex("01000000") + "a"), &frames));
    QCOMPARE(frames.size(), 0);

    codec->reset();
    QCOMPARE(codec->error(), QString());
    QVERIFY(codec->feed(QByteArray(hex("01000000") + "a"), &frames));
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).payload, QByteArrayLiteral("a"));
    QCOMPARE(frames.at(0).offset, qint64(0));
}

void TestFramingErrors::longMessageByteByByteIsLinear()
{
    // 4 MiB fed one byte at a time: a decoder that rescanned its buffer on every feed would take hours.
    const qsizetype size = 4 * 1024 * 1024;
    for (const char *spec : {"delim:\\r\\n", "line", "len:4", "jsonhdr", "fixed:4194304"}) {
        std::unique_ptr<FrameCodec> codec = makeCodec(QString::fromLatin1(spec));
        QVERIFY(codec);
        QByteArray encoded;
        QString error;
        QVERIFY2(codec->encode(QByteArray(size, 'x'), &encoded, &error), qPrintable(error));
        QList<Frame> frames;
        for (qsizetype i = 0; i < encoded.size(); ++i) {
            if (!codec->feed(QByteArrayView(encoded).sliced(i, 1), &frames))
                QFAIL(qPrintable(codec->error()));
        }
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames.at(0).payload.size(), size);
        QCOMPARE(codec->bufferedBytes(), qint64(0));
    }
}

QTEST_GUILESS_MAIN(TestFramingErrors)
#include "tst_framing_errors.moc"

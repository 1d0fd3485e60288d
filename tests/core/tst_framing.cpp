// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include "framing/framecodec.h"
#include "framing/framingspecparser.h"
#include "framingtestutil.h"

namespace {

using FramingTestUtil::DefaultMax;
using FramingTestUtil::makeCodec;

/** Random bytes, often from a small alphabet so that delimiters and their parts turn up inside messages. */
QByteArray randomBytes(QRandomGenerator &random, qsizetype size)
{
    static const char alphabet[] = {'a', 'b', '|', '\r', '\n', '\0', 'x'};
    QByteArray bytes(size, Qt::Uninitialized);
    const bool fromAlphabet = random.bounded(2) == 0;
    for (qsizetype i = 0; i < size; ++i) {
        bytes[i] =
            fromAlphabet ? alphabet[random.bounded(int(sizeof(alphabet)))] : static_cast<char>(random.bounded(256));
    }
    return bytes;
}

qsizetype randomMessageSize(QRandomGenerator &random)
{
    const int bucket = random.bounded(10);
    if (bucket == 0)
        return 0;
    if (bucket <= 7)
        return random.bounded(1, 65);
    return random.bounded(65, 1500);
}

/** Cuts `stream` the way reads might: sometimes empty, mostly small, sometimes large. */
QList<QByteArrayView> randomCuts(QRandomGenerator &random, const QByteArray &stream)
{
    QList<QByteArrayView> cuts;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        const int bucket = random.bounded(20);
        const qsizetype size = bucket == 0 ? 0 : bucket < 10 ? random.bounded(1, 17) : random.bounded(1, 4097);
        const qsizetype taken = std::min(size, stream.size() - pos);
        cuts.append(QByteArrayView(stream).sliced(pos, taken));
        pos += taken;
    }
    return cuts;
}

QList<QByteArrayView> fixedCuts(const QByteArray &stream, qsizetype size)
{
    QList<QByteArrayView> cuts;
    for (qsizetype pos = 0; pos < stream.size(); pos += size)
        cuts.append(QByteArrayView(stream).sliced(pos, std::min(size, stream.size() - pos)));
    return cuts;
}

} // namespace

class TestFraming : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void tenThousandFrames_data();
    void tenThousandFrames();
    void rawDeliversEveryRead();
    void encode_data();
    void encode();
    void lineStripsCarriageReturn();
    void selfOverlappingDelimiter();
    void jsonHeaderKeepsExtraFields();
    void framesAreAppended();
    void resetStartsOver();
};

void TestFraming::roundTrip_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("cutting");

    const char *specs[] = {"len:1",     "len:1:signed", "len:1:incl",   "len:2",    "len:2:le:incl",
                           "len:4",     "len:4:le",     "len:4:signed", "len:8",    "len:8:le:signed:incl",
                           "struct-i",  "delim:\\r\\n", "delim:\\x00",  "delim:|",  "delim:aba",
                           "delim:END", "line",         "fixed:1",      "fixed:16", "fixed:1000",
                           "jsonhdr"};
    for (const char *spec : specs) {
        for (const char *cutting : {"whole", "random", "bytes"}) {
            QTest::addRow("%s %s", spec, cutting) << QString::fromLatin1(spec) << QString::fromLatin1(cutting);
        }
    }
}

void TestFraming::roundTrip()
{
    QFETCH(QString, spec);
    QFETCH(QString, cutting);

    std::unique_ptr<FrameCodec> encoder = makeCodec(spec);
    std::unique_ptr<FrameCodec> decoder = makeCodec(spec);
    QVERIFY(encoder && decoder);
    const FramingSpec &parsed = decoder->spec();

    QRandomGenerator random(20240601u + quint32(qHash(spec)));
    QList<QByteArray> messages;
    QList<QByteArray> encoded;
    QByteArray stream;
    for (int i = 0; i < 500; ++i) {
        // Draw until the framing can carry the message (size limits, delimiter inside); bounded.
        bool done = false;
        for (int attempt = 0; attempt < 1000 && !done; ++attempt) {
            const qsizetype size =
                parsed.kind == FramingSpec::Kind::Fixed ? parsed.fixedSize : randomMessageSize(random);
            const QByteArray message = randomBytes(random, size);
            QByteArray bytes;
            QString error;
            if (!encoder->encode(message, &bytes, &error))
                continue;
            messages.append(message);
            encoded.append(bytes);
            stream.append(bytes);
            done = true;
        }
        QVERIFY2(done, "no encodable message found");
    }

    QList<QByteArrayView> cuts;
    if (cutting == QLatin1String("whole"))
        cuts.append(QByteArrayView(stream));
    else if (cutting == QLatin1String("bytes"))
        cuts = fixedCuts(stream, 1);
    else
        cuts = randomCuts(random, stream);

    QList<Frame> frames;
    for (const QByteArrayView cut : cuts) {
        QVERIFY2(decoder->feed(cut, &frames), qPrintable(decoder->error()));
        QVERIFY(decoder->bufferedBytes() <= 1500 + 64);
    }
    QCOMPARE(decoder->error(), QString());
    QCOMPARE(decoder->finish(), QString());
    QCOMPARE(decoder->bufferedBytes(), qint64(0));
    QCOMPARE(frames.size(), messages.size());

    qint64 offset = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const Frame &frame = frames.at(i);
        QCOMPARE(frame.payload, messages.at(i));
        QCOMPARE(frame.offset, offset);
        QCOMPARE(frame.length, qint64(encoded.at(i).size()));
        QCOMPARE(frame.headerLength + frame.payload.size() + frame.trailerLength, frame.length);
        QCOMPARE(stream.mid(frame.offset + frame.headerLength, frame.payload.size()), frame.payload);
        switch (parsed.kind) {
        case FramingSpec::Kind::Length:
            QCOMPARE(frame.headerLength, qint64(parsed.lengthBytes));
            QCOMPARE(frame.trailerLength, qint64(0));
            break;
        case FramingSpec::Kind::Delimiter: {
            const qsizetype size = parsed.delimiter.size();
            QCOMPARE(frame.headerLength, qint64(0));
            QCOMPARE(stream.mid(frame.offset + frame.length - size, size), parsed.delimiter);
            // `line` counts a stripped '\r' as trailer.
            const bool stripped = parsed.stripCarriageReturn && frame.trailerLength == size + 1;
            QVERIFY(frame.trailerLength == size || stripped);
            if (stripped)
                QCOMPARE(stream.at(frame.offset + frame.length - size - 1), '\r');
            break;
        }
        case FramingSpec::Kind::Fixed:
            QCOMPARE(frame.headerLength, qint64(0));
            QCOMPARE(frame.trailerLength, qint64(0));
            QCOMPARE(frame.length, parsed.fixedSize);
            break;
        case FramingSpec::Kind::JsonHeader: {
            const QByteArray json = QJsonDocument(frame.header).toJson(QJsonDocument::Compact);
            QCOMPARE(frame.header, QJsonObject({{QLatin1String("size"), frame.payload.size()}}));
            QCOMPARE(frame.headerLength, qint64(4 + json.size()));
            QCOMPARE(stream.mid(frame.offset + 4, json.size()), json);
            QCOMPARE(frame.trailerLength, qint64(0));
            break;
        }
        case FramingSpec::Kind::None:
            QFAIL("not a framing");
        }
        if (parsed.kind != FramingSpec::Kind::JsonHeader)
            QVERIFY(frame.header.isEmpty());
        offset += frame.length;
    }
    QCOMPARE(offset, qint64(stream.size()));
}

void TestFraming::tenThousandFrames_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("cutSize");
    for (const char *spec : {"len:4", "len:2:le:incl", "struct-i", "delim:\\r\\n", "line", "fixed:8", "jsonhdr"}) {
        QTest::addRow("%s in one read", spec) << QString::fromLatin1(spec) << 0;
        QTest::addRow("%s in 7-byte reads", spec) << QString::fromLatin1(spec) << 7;
    }
}

void TestFraming::tenThousandFrames()
{
    QFETCH(QString, spec);
    QFETCH(int, cutSize);

    std::unique_ptr<FrameCodec> codec = makeCodec(spec);
    QVERIFY(codec);
    QByteArray stream;
    for (int i = 0; i < 10000; ++i) {
        QByteArray bytes;
        QString error;
        QVERIFY2(codec->encode(QByteArray::number(i).rightJustified(8, '0'), &bytes, &error), qPrintable(error));
        stream.append(bytes);
    }

    QList<Frame> frames;
    const QList<QByteArrayView> cuts = cutSize > 0 ? fixedCuts(stream, cutSize) : QList{QByteArrayView(stream)};
    for (const QByteArrayView cut : cuts)
        QVERIFY2(codec->feed(cut, &frames), qPrintable(codec->error()));
    QCOMPARE(frames.size(), 10000);
    for (int i = 0; i < 10000; ++i)
        QCOMPARE(frames.at(i).payload, QByteArray::number(i).rightJustified(8, '0'));
    QCOMPARE(frames.constLast().offset + frames.constLast().length, qint64(stream.size()));
    QCOMPARE(codec->bufferedBytes(), qint64(0));
    QCOMPARE(codec->finish(), QString());
}

void TestFraming::rawDeliversEveryRead()
{
    std::unique_ptr<FrameCodec> codec = makeCodec(QStringLiteral("none"));
    QVERIFY(codec);
    QRandomGenerator random(7);
    const QByteArray stream = randomBytes(random, 200000);
    const QList<QByteArrayView> cuts = randomCuts(random, stream);

    QList<Frame> frames;
    QList<QByteArrayView> expected;
    for (const QByteArrayView cut : cuts) {
        QVERIFY(codec->feed(cut, &frames));
        if (!cut.isEmpty())
            expected.append(cut);
        QCOMPARE(codec->bufferedBytes(), qint64(0));
        QCOMPARE(codec->finish(), QString());
    }
    QCOMPARE(frames.size(), expected.size());
    qint64 offset = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const Frame &frame = frames.at(i);
        QCOMPARE(frame.payload, expected.at(i).toByteArray());
        QCOMPARE(frame.offset, offset);
        QCOMPARE(frame.length, qint64(expected.at(i).size()));
        QCOMPARE(frame.headerLength, qint64(0));
        QCOMPARE(frame.trailerLength, qint64(0));
        offset += frame.length;
    }
    QCOMPARE(offset, qint64(stream.size()));
    QCOMPARE(codec->error(), QString());
}

void TestFraming::encode_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<qint64>("maxFrameSize");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const auto ok = [](const char *name, const char *spec, const QByteArray &message, const QByteArray &bytes,
                       qint64 max = DefaultMax) {
        QTest::newRow(name) << QString::fromLatin1(spec) << max << message << bytes << QString();
    };
    const auto bad = [](const char *name, const char *spec, const QByteArray &message, const QString &error,
                        qint64 max = DefaultMax) {
        QTest::newRow(name) << QString::fromLatin1(spec) << max << message << QByteArray() << error;
    };
    const QByteArray abc = QByteArrayLiteral("abc");
    ok("len:4", "len:4", abc, QByteArray::fromHex("00000003616263"));
    ok("len:4 empty", "len:4", QByteArray(), QByteArray::fromHex("00000000"));
    ok("len:2:le", "len:2:le", abc, QByteArray::fromHex("0300616263"));
    ok("len:4:incl", "len:4:incl", abc, QByteArray::fromHex("00000007616263"));
    ok("len:8:le", "len:8:le", QByteArray(), QByteArray::fromHex("0000000000000000"));
    ok("len:8:be:signed:incl", "len:8:be:signed:incl", abc, QByteArray::fromHex("000000000000000b616263"));
    ok("struct-i", "struct-i", abc, QByteArray::fromHex("03000000616263"));
    ok("len:1 at its limit", "len:1", QByteArray(255, 'x'), QByteArray(1, '\xff') + QByteArray(255, 'x'));
    ok("len:4 at the maximum", "len:4", QByteArray(16, 'x'), QByteArray::fromHex("00000010") + QByteArray(16, 'x'), 16);
    ok("delim:\\r\\n", "delim:\\r\\n", abc, QByteArrayLiteral("abc\r\n"));
    ok("delim empty message", "delim:\\r\\n", QByteArray(), QByteArrayLiteral("\r\n"));
    ok("delim message ending in \\r", "delim:\\r\\n", QByteArrayLiteral("ab\r"), QByteArrayLiteral("ab\r\r\n"));
    ok("line", "line", abc, QByteArrayLiteral("abc\n"));
    ok("line with inner \\r", "line", QByteArrayLiteral("a\rb"), QByteArrayLiteral("a\rb\n"));
    ok("fixed:4", "fixed:4", QByteArrayLiteral("abcd"), QByteArrayLiteral("abcd"));
    ok("jsonhdr", "jsonhdr", abc, QByteArray::fromHex("0a000000") + QByteArrayLiteral("{\"size\":3}abc"));
    ok("jsonhdr empty", "jsonhdr", QByteArray(), QByteArray::fromHex("0a000000") + QByteArrayLiteral("{\"size\":0}"));
    ok("none", "none", abc, abc);
    ok("none empty", "none", QByteArray(), QByteArray());

    bad("len:1 too long", "len:1", QByteArray(256, 'x'),
        QStringLiteral("The message is 256 bytes, more than a 1-byte length header can announce (at most 255 bytes)."));
    bad("len:1:signed too long", "len:1:signed", QByteArray(128, 'x'),
        QStringLiteral("The message is 128 bytes, more than a 1-byte length header can announce (at most 127 bytes)."));
    bad("len:1:incl too long", "len:1:incl", QByteArray(255, 'x'),
        QStringLiteral("The message is 255 bytes, more than a 1-byte length header can announce (at most 254 bytes)."));
    bad("len:2 too long", "len:2", QByteArray(65536, 'x'),
        QStringLiteral(
            "The message is 65536 bytes, more than a 2-byte length header can announce (at most 65535 bytes)."));
    bad("len:4 above the maximum", "len:4", QByteArray(17, 'x'),
        QStringLiteral("The message is 17 bytes, more than the maximum frame size of 16 bytes."), 16);
    bad("delim above the maximum", "delim:\\r\\n", QByteArray(17, 'x'),
        QStringLiteral("The message is 17 bytes, more than the maximum frame size of 16 bytes."), 16);
    bad("jsonhdr above the maximum", "jsonhdr", QByteArray(17, 'x'),
        QStringLiteral("The message is 17 bytes, more than the maximum frame size of 16 bytes."), 16);
    bad("delimiter inside", "delim:\\r\\n", QByteArrayLiteral("a\r\nb"),
        QStringLiteral("The message contains the delimiter \\r\\n at byte 1, so it would be cut there: pick another "
                       "delimiter or another framing."));
    bad("NUL delimiter inside", "delim:\\0", QByteArray("ab\0c", 4),
        QStringLiteral("The message contains the delimiter \\0 at byte 2, so it would be cut there: pick another "
                       "delimiter or another framing."));
    bad("newline inside a line", "line", QByteArrayLiteral("a\nb"),
        QStringLiteral("The message contains the delimiter \\n at byte 1, so it would be cut there: pick another "
                       "delimiter or another framing."));
    bad("start of an overlapping delimiter", "delim:aba", QByteArrayLiteral("xab"),
        QStringLiteral("The message ends with the start of the delimiter aba, so it would be cut early: pick "
                       "another delimiter or another framing."));
    bad("line ending in \\r", "line", QByteArrayLiteral("abc\r"),
        QStringLiteral("The message ends with \\r, which line framing strips when decoding: use delim:\\n to keep "
                       "it."));
    bad("fixed too short", "fixed:16", QByteArrayLiteral("abcde"),
        QStringLiteral("The message is 5 bytes, but this framing needs messages of exactly 16 bytes."));
    bad("fixed too long", "fixed:4", QByteArrayLiteral("abcde"),
        QStringLiteral("The message is 5 bytes, but this framing needs messages of exactly 4 bytes."));
    bad("fixed empty", "fixed:4", QByteArray(),
        QStringLiteral("The message is 0 bytes, but this framing needs messages of exactly 4 bytes."));
}

void TestFraming::encode()
{
    QFETCH(QString, spec);
    QFETCH(qint64, maxFrameSize);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    std::unique_ptr<FrameCodec> codec = makeCodec(spec, maxFrameSize);
    QVERIFY(codec);
    QByteArray out = QByteArrayLiteral("previous content is replaced");
    QString actualError;
    const bool ok = codec->encode(message, &out, &actualError);
    QCOMPARE(actualError, error);
    QCOMPARE(ok, error.isEmpty());
    if (!ok)
        return;
    QCOMPARE(out, bytes);

    // What was encoded decodes to the message again.
    QList<Frame> frames;
    QVERIFY2(codec->feed(out, &frames), qPrintable(codec->error()));
    if (codec->spec().kind == FramingSpec::Kind::None && message.isEmpty()) {
        QCOMPARE(frames.size(), 0);
        return;
    }
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).payload, message);
}

void TestFraming::lineStripsCarriageReturn()
{
    std::unique_ptr<FrameCodec> codec = makeCodec(QStringLiteral("line"));
    QVERIFY(codec);
    QList<Frame> frames;
    QVERIFY(codec->feed("one\r\ntwo\n\r\n\n\r\r\n", &frames));
    QCOMPARE(frames.size(), 5);
    const QByteArray payloads[] = {"one", "two", "", "", "\r"};
    const qint64 offsets[] = {0, 5, 9, 11, 12};
    const qint64 lengths[] = {5, 4, 2, 1, 3};
    const qint64 trailers[] = {2, 1, 2, 1, 2};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(frames.at(i).payload, payloads[i]);
        QCOMPARE(frames.at(i).offset, offsets[i]);
        QCOMPARE(frames.at(i).length, lengths[i]);
        QCOMPARE(frames.at(i).trailerLength, trailers[i]);
        QCOMPARE(frames.at(i).headerLength, qint64(0));
    }

    // A delimiter that is not `line` keeps its '\r'.
    std::unique_ptr<FrameCodec> plain = makeCodec(QStringLiteral("delim:\\n"));
    QVERIFY(plain);
    frames.clear();
    QVERIFY(plain->feed("one\r\n", &frames));
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).payload, QByteArrayLiteral("one\r"));
    QCOMPARE(frames.at(0).trailerLength, qint64(1));
}

void TestFraming::selfOverlappingDelimiter()
{
    // The first occurrence ends a message, including one that straddles two reads.
    std::unique_ptr<FrameCodec> codec = makeCodec(QStringLiteral("delim:aba"));
    QVERIFY(codec);
    QList<Frame> frames;
    QVERIFY(codec->feed("xab", &frames));
    QVERIFY(codec->feed("abay", &frames));
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).payload, QByteArrayLiteral("x"));
    QCOMPARE(frames.at(0).length, qint64(4));
    QCOMPARE(codec->bufferedBytes(), qint64(3));
    QCOMPARE(codec->finish(), QStringLiteral("Incomplete message: 3 bytes without the delimiter aba."));
    QVERIFY(codec->feed("aba", &frames));
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames.at(1).payload, QByteArrayLiteral("bay"));
    QCOMPARE(frames.at(1).offset, qint64(4));
    QCOMPARE(frames.at(1).length, qint64(6));
}

void TestFraming::jsonHeaderKeepsExtraFields()
{
    std::unique_ptr<FrameCodec> codec = makeCodec(QStringLiteral("jsonhdr"));
    QVERIFY(codec);
    const QByteArray json = QByteArrayLiteral("{\"name\": \"a.txt\", \"size\": 5, \"md5\": null}");
    const QByteArray stream = QByteArray::fromHex("29000000") + json + QByteArrayLiteral("hello");
    QCOMPARE(json.size(), 0x29);

    // The header arrives in pieces: prefix split, JSON split, body split.
    QList<Frame> frames;
    qsizetype from = 0;
    for (const qsizetype to : {2, 10, 30, 45, 47}) {
        QVERIFY2(codec->feed(QByteArrayView(stream).sliced(from, to - from), &frames), qPrintable(codec->error()));
        QCOMPARE(frames.size(), 0);
        QCOMPARE(codec->bufferedBytes(), qint64(to));
        from = to;
    }
    QVERIFY(codec->feed(QByteArrayView(stream).sliced(from), &frames));
    QCOMPARE(frames.size(), 1);
    const Frame &frame = frames.at(0);
    QCOMPARE(frame.payload, QByteArrayLiteral("hello"));
    QCOMPARE(frame.headerLength, qint64(4 + json.size()));
    QCOMPARE(frame.length, qint64(stream.size()));
    QCOMPARE(frame.header.value(QLatin1String("name")).toString(), QStringLiteral("a.txt"));
    QCOMPARE(frame.header.value(QLatin1String("size")).toInteger(), qint64(5));
    QVERIFY(frame.header.value(QLatin1String("md5")).isNull());
    QCOMPARE(codec->bufferedBytes(), qint64(0));
}

void TestFraming::framesAreAppended()
{
    std::unique_ptr<FrameCodec> codec = makeCodec(QStringLiteral("fixed:2"));
    QVERIFY(codec);
    QList<Frame> frames(1);
    frames[0].payload = QByteArrayLiteral("kept");
    QVERIFY(codec->feed("abcd", &frames));
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(0).payload, QByteArrayLiteral("kept"));
    QCOMPARE(frames.at(1).payload, QByteArrayLiteral("ab"));
    QCOMPARE(frames.at(2).payload, QByteArrayLiteral("cd"));
    QCOMPARE(frames.at(2).offset, qint64(2));
}

void TestFraming::resetStartsOver()
{
    std::unique_ptr<FrameCodec> codec = makeCodec(QStringLiteral("len:2"));
    QVERIFY(codec);
    QList<Frame> frames;
    QVERIFY(codec->feed(QByteArray(QByteArray::fromHex("0001") + "a" + QByteArray::fromHex("00")), &frames));
    QCOMPARE(codec->bufferedBytes(), qint64(1));
    codec->reset();
    QCOMPARE(codec->bufferedBytes(), qint64(0));
    QCOMPARE(codec->finish(), QString());
    QVERIFY(codec->feed(QByteArray(QByteArray::fromHex("0002") + "bc"), &frames));
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames.at(1).payload, QByteArrayLiteral("bc"));
    QCOMPARE(frames.at(1).offset, qint64(0));
}

QTEST_GUILESS_MAIN(TestFraming)
#include "tst_framing.moc"

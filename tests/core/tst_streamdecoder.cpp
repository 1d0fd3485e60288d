// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <QRandomGenerator>
#include <QTest>

#include "payload/streamdecoder.h"
#include "payload/textcodec.h"

namespace {

const QChar Replacement = QChar::ReplacementCharacter;

/** Decodes `bytes` cut at the given offsets (ascending), then flushes. */
QString decodeInChunks(const QString &encoding, const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    StreamDecoder decoder(encoding);
    QString text;
    qsizetype start = 0;
    for (const qsizetype cut : cuts) {
        text += decoder.decode(QByteArrayView(bytes).sliced(start, cut - start));
        start = cut;
    }
    text += decoder.decode(QByteArrayView(bytes).sliced(start));
    return text + decoder.flush();
}

/** True when no piece of decoded output starts or ends inside a surrogate pair. */
bool isWholeText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate()))
            return false;
        if (c.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate()))
            return false;
    }
    return true;
}

} // namespace

class TestStreamDecoder : public QObject
{
    Q_OBJECT

private slots:
    void construction_data();
    void construction();
    void invalidEncoding();
    void splitAnywhere_data();
    void splitAnywhere();
    void pendingBytes_data();
    void pendingBytes();
    void invalidBytes_data();
    void invalidBytes();
    void flush_data();
    void flush();
    void flushStartsANewStream();
    void reset();
    void byteOrderMarkIsShown();
    void randomBytes_data();
    void randomBytes();
};

void TestStreamDecoder::construction_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("canonical");

    for (const QString &name : TextCodec::supportedEncodings())
        QTest::newRow(qPrintable(name)) << name << name;
    QTest::newRow("utf8") << QStringLiteral("utf8") << QStringLiteral("UTF-8");
    QTest::newRow("gb2312") << QStringLiteral("gb2312") << QStringLiteral("GBK");
    QTest::newRow("latin-1") << QStringLiteral("latin-1") << QStringLiteral("ISO-8859-1");
    QTest::newRow("utf16le") << QStringLiteral("utf16le") << QStringLiteral("UTF-16LE");
}

void TestStreamDecoder::construction()
{
    QFETCH(QString, spelling);
    QFETCH(QString, canonical);

    const StreamDecoder decoder(spelling);
    QVERIFY(decoder.isValid());
    QCOMPARE(decoder.encoding(), canonical);
    QCOMPARE(decoder.pendingBytes(), qsizetype(0));
    QCOMPARE(StreamDecoder().encoding(), QStringLiteral("UTF-8"));
}

void TestStreamDecoder::invalidEncoding()
{
    StreamDecoder decoder(QStringLiteral("KOI8-R"));
    QVERIFY(!decoder.isValid());
    QCOMPARE(decoder.encoding(), QString());
    QCOMPARE(decoder.decode("abc"), QString());
    QCOMPARE(decoder.pendingBytes(), qsizetype(0));
    QCOMPARE(decoder.flush(), QString());
    decoder.reset();
    QVERIFY(!decoder.isValid());
}

void TestStreamDecoder::splitAnywhere_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << QStringLiteral(u"A中文é\U0001F600z\u00a0ß");
    QTest::newRow("GBK") << QStringLiteral("GBK") << QStringLiteral(u"A中文é€z，。");
    QTest::newRow("GB18030") << QStringLiteral("GB18030") << QStringLiteral(u"A中\U0001F600文€z\u00e9\u20ac");
    QTest::newRow("Big5") << QStringLiteral("Big5") << QStringLiteral(u"A中文z，臺灣");
    QTest::newRow("ISO-8859-1") << QStringLiteral("ISO-8859-1") << QStringLiteral(u"Aéÿz\u00a0");
    QTest::newRow("UTF-16LE") << QStringLiteral("UTF-16LE") << QStringLiteral(u"A中\U0001F600z\U00010348");
}

void TestStreamDecoder::splitAnywhere()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);

    const BytesResult encoded = TextCodec::encode(text, encoding);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    const QByteArray &bytes = encoded.bytes;
    QVERIFY(bytes.size() > text.size() || encoding == QLatin1String("ISO-8859-1"));

    StreamDecoder whole(encoding);
    QCOMPARE(whole.decode(bytes), text);
    QCOMPARE(whole.pendingBytes(), qsizetype(0));
    QCOMPARE(whole.flush(), QString());

    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        StreamDecoder decoder(encoding);
        const QString first = decoder.decode(QByteArrayView(bytes).first(cut));
        const qsizetype held = decoder.pendingBytes();
        const QString second = decoder.decode(QByteArrayView(bytes).sliced(cut));
        QVERIFY2(first + second == text, qPrintable(QStringLiteral("cut at %1").arg(cut)));
        QVERIFY(isWholeText(first));
        QVERIFY(isWholeText(second));
        QVERIFY(held >= 0 && held <= 3);
        QCOMPARE(decoder.pendingBytes(), qsizetype(0));
        QCOMPARE(decoder.flush(), QString());
    }

    StreamDecoder bytewise(encoding);
    QString joined;
    for (const char byte : bytes) {
        const QString piece = bytewise.decode(QByteArrayView(&byte, 1));
        QVERIFY(isWholeText(piece));
        joined += piece;
    }
    QCOMPARE(joined, text);
    QCOMPARE(bytewise.pendingBytes(), qsizetype(0));
}

void TestStreamDecoder::pendingBytes_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("pending");

    const auto row = [](const char *name, const char *encoding, const char *hex, const QString &text,
                        qsizetype pending) {
        QTest::newRow(name) << QString::fromLatin1(encoding) << QByteArray::fromHex(hex) << text << pending;
    };
    row("UTF-8 ASCII", "UTF-8", "4142", QStringLiteral("AB"), 0);
    row("UTF-8 lead of 2", "UTF-8", "41c3", QStringLiteral("A"), 1);
    row("UTF-8 lead of 3", "UTF-8", "e4", QString(), 1);
    row("UTF-8 2 of 3", "UTF-8", "e4b8", QString(), 2);
    row("UTF-8 3 of 4", "UTF-8", "41f09f98", QStringLiteral("A"), 3);
    row("UTF-8 complete", "UTF-8", "e4b8ad", QStringLiteral(u"中"), 0);
    row("UTF-8 invalid lead is not held", "UTF-8", "41ff", QStringLiteral("A") + Replacement, 0);
    row("UTF-8 lone continuation is not held", "UTF-8", "4180", QStringLiteral("A") + Replacement, 0);
    row("GBK lead", "GBK", "d6", QString(), 1);
    row("GBK after ASCII", "GBK", "41d6", QStringLiteral("A"), 1);
    row("GBK pair", "GBK", "d6d0", QStringLiteral(u"中"), 0);
    row("GBK pair then lead", "GBK", "d6d0ce", QStringLiteral(u"中"), 1);
    row("GBK trail looks like lead", "GBK", "d6d0cec4", QStringLiteral(u"中文"), 0);
    row("Big5 lead", "Big5", "a4", QString(), 1);
    row("Big5 pair then lead", "Big5", "a4a4a4", QStringLiteral(u"中"), 1);
    row("GB18030 lead", "GB18030", "81", QString(), 1);
    row("GB18030 2 of 4", "GB18030", "8130", QString(), 2);
    row("GB18030 3 of 4", "GB18030", "419439fc", QStringLiteral("A"), 3);
    row("GB18030 four bytes", "GB18030", "9439fc36", QStringLiteral(u"\U0001F600"), 0);
    row("GB18030 pair", "GB18030", "d6d0", QStringLiteral(u"中"), 0);
    row("ISO-8859-1 never holds", "ISO-8859-1", "e9ff", QStringLiteral(u"éÿ"), 0);
    row("UTF-16LE odd byte", "UTF-16LE", "41", QString(), 1);
    row("UTF-16LE unit", "UTF-16LE", "4100", QStringLiteral("A"), 0);
    row("UTF-16LE unit and odd byte", "UTF-16LE", "41002d", QStringLiteral("A"), 1);
    row("UTF-16LE high surrogate", "UTF-16LE", "3dd8", QString(), 2);
    row("UTF-16LE high surrogate and odd byte", "UTF-16LE", "41003dd800", QStringLiteral("A"), 3);
    row("UTF-16LE pair", "UTF-16LE", "3dd800de", QStringLiteral(u"\U0001F600"), 0);
}

void TestStreamDecoder::pendingBytes()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(qsizetype, pending);

    StreamDecoder decoder(encoding);
    QCOMPARE(decoder.decode(bytes), text);
    QCOMPARE(decoder.pendingBytes(), pending);
    QCOMPARE(decoder.decode(QByteArrayView()), QString());
    QCOMPARE(decoder.pendingBytes(), pending);
}

void TestStreamDecoder::invalidBytes_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QString r(Replacement);
    const auto row = [](const char *name, const char *encoding, const char *hex, const QString &text) {
        QTest::newRow(name) << QString::fromLatin1(encoding) << QByteArray::fromHex(hex) << text;
    };
    row("UTF-8 invalid byte", "UTF-8", "41ff42", QStringLiteral("A") + r + QStringLiteral("B"));
    row("UTF-8 truncated sequence", "UTF-8", "e4b841", r + r + QStringLiteral("A"));
    row("UTF-8 truncated before multibyte", "UTF-8", "e4e4b8ad", r + QStringLiteral(u"中"));
    row("UTF-8 overlong", "UTF-8", "c0af41", r + r + QStringLiteral("A"));
    row("UTF-8 encoded surrogate", "UTF-8", "eda080e4b8ad", r + r + r + QStringLiteral(u"中"));
    row("GBK lead before space", "GBK", "d62042", r + QStringLiteral(" B"));
    row("GBK lead before DEL", "GBK", "d67f41",
        r +
            QStringLiteral("\x7f"
                           "A"));
    row("GBK lead at end", "GBK", "41d6", QStringLiteral("A") + r);
    row("Big5 lead before space", "Big5", "a42042", r + QStringLiteral(" B"));
    row("Big5 lead before Chinese", "Big5", "a40aa4a4", r + QStringLiteral(u"\n中"));
    row("GB18030 broken four-byte", "GB18030", "81304142", r + QStringLiteral("0AB"));
    row("GB18030 broken after three", "GB18030", "8130812042", r + QStringLiteral("0") + r + QStringLiteral(" B"));
    row("GB18030 invalid single bytes", "GB18030", "80ff41", r + r + QStringLiteral("A"));
    row("UTF-16LE lone low surrogate", "UTF-16LE", "00dc4100", r + QStringLiteral("A"));
    row("UTF-16LE lone high surrogate", "UTF-16LE", "00d84100", r + QStringLiteral("A"));
    row("UTF-16LE two high surrogates", "UTF-16LE", "00d83dd800de", r + QStringLiteral(u"\U0001F600"));
    row("UTF-16LE odd byte at end", "UTF-16LE", "410042", QStringLiteral("A") + r);
}

void TestStreamDecoder::invalidBytes()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    QCOMPARE(decodeInChunks(encoding, bytes, {}), text);
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut)
        QCOMPARE(decodeInChunks(encoding, bytes, {cut}), text);
    QList<qsizetype> everyByte;
    for (qsizetype cut = 1; cut < bytes.size(); ++cut)
        everyByte.append(cut);
    QCOMPARE(decodeInChunks(encoding, bytes, everyByte), text);
}

void TestStreamDecoder::flush_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("flushed");

    const QString r(Replacement);
    const auto row = [](const char *name, const char *encoding, const char *hex, const QString &text,
                        const QString &flushed) {
        QTest::newRow(name) << QString::fromLatin1(encoding) << QByteArray::fromHex(hex) << text << flushed;
    };
    row("nothing held", "UTF-8", "41", QStringLiteral("A"), QString());
    row("UTF-8 dangling lead", "UTF-8", "41e4", QStringLiteral("A"), r);
    row("UTF-8 two of three", "UTF-8", "e4b8", QString(), r + r);
    row("GBK dangling lead", "GBK", "41d6", QStringLiteral("A"), r);
    row("Big5 dangling lead", "Big5", "a4a4a4", QStringLiteral(u"中"), r);
    row("GB18030 three of four", "GB18030", "813081", QString(), r + r + r);
    row("UTF-16LE odd byte", "UTF-16LE", "410042", QStringLiteral("A"), r);
    row("UTF-16LE high surrogate", "UTF-16LE", "3dd8", QString(), r);
    row("UTF-16LE high surrogate and odd byte", "UTF-16LE", "3dd800", QString(), r + r);
}

void TestStreamDecoder::flush()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, flushed);

    StreamDecoder decoder(encoding);
    QCOMPARE(decoder.decode(bytes), text);
    QCOMPARE(decoder.flush(), flushed);
    QCOMPARE(decoder.pendingBytes(), qsizetype(0));
    QCOMPARE(decoder.flush(), QString());
}

void TestStreamDecoder::flushStartsANewStream()
{
    StreamDecoder decoder(QStringLiteral("GBK"));
    QCOMPARE(decoder.decode(QByteArray::fromHex("41d6")), QStringLiteral("A"));
    QCOMPARE(decoder.flush(), QString(Replacement));
    // Had the flush kept d6, this d0 would complete it as U+4E2D.
    QCOMPARE(decoder.decode(QByteArray::fromHex("d0")), QString());
    QCOMPARE(decoder.pendingBytes(), qsizetype(1));
    QCOMPARE(decoder.decode(QByteArray::fromHex("0a")), Replacement + QStringLiteral("\n"));
}

void TestStreamDecoder::reset()
{
    StreamDecoder decoder(QStringLiteral("UTF-8"));
    QCOMPARE(decoder.decode(QByteArray::fromHex("41e4b8")), QStringLiteral("A"));
    QCOMPARE(decoder.pendingBytes(), qsizetype(2));
    decoder.reset();
    QCOMPARE(decoder.pendingBytes(), qsizetype(0));
    QCOMPARE(decoder.flush(), QString());
    QCOMPARE(decoder.decode(QByteArray::fromHex("e4b8ad42")), QStringLiteral(u"中B"));
    QCOMPARE(decoder.encoding(), QStringLiteral("UTF-8"));
}

void TestStreamDecoder::byteOrderMarkIsShown()
{
    StreamDecoder utf8(QStringLiteral("UTF-8"));
    QCOMPARE(utf8.decode(QByteArray::fromHex("efbb")), QString());
    QCOMPARE(utf8.decode(QByteArray::fromHex("bf41")), QStringLiteral(u"\uFEFFA"));
    StreamDecoder utf16(QStringLiteral("UTF-16LE"));
    QCOMPARE(utf16.decode(QByteArray::fromHex("fffe4100")), QStringLiteral(u"\uFEFFA"));
}

void TestStreamDecoder::randomBytes_data()
{
    QTest::addColumn<QString>("encoding");

    for (const QString &name : TextCodec::supportedEncodings())
        QTest::newRow(qPrintable(name)) << name;
}

void TestStreamDecoder::randomBytes()
{
    QFETCH(QString, encoding);

    // Bytes that matter to the multibyte encodings: ASCII, digits, lead and trail ranges and their edges.
    static const uchar interesting[] = {0x00, 0x0a, 0x30, 0x39, 0x40, 0x41, 0x7e, 0x7f, 0x80, 0x81, 0x9f, 0xa0, 0xa1,
                                        0xa4, 0xbf, 0xc2, 0xd6, 0xd8, 0xdc, 0xe4, 0xef, 0xf0, 0xf4, 0xf5, 0xfe, 0xff};
    QRandomGenerator random(20240601);
    const auto randomBytes = [&](int maxLength) {
        QByteArray bytes;
        const int length = static_cast<int>(random.bounded(maxLength + 1));
        for (int i = 0; i < length; ++i) {
            if (random.bounded(2) == 0)
                bytes.append(static_cast<char>(interesting[random.bounded(int(sizeof interesting))]));
            else
                bytes.append(static_cast<char>(random.bounded(256)));
        }
        return bytes;
    };

    for (int round = 0; round < 2000; ++round) {
        const QByteArray bytes = randomBytes(12);
        const QString whole = decodeInChunks(encoding, bytes, {});
        QVERIFY(isWholeText(whole));
        QList<qsizetype> cuts;
        for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
            if (random.bounded(3) == 0)
                cuts.append(cut);
        }
        QVERIFY2(decodeInChunks(encoding, bytes, cuts) == whole, bytes.toHex(' ').constData());

        // After a flush nothing may linger inside: the next stream decodes as if the decoder were new.
        StreamDecoder decoder(encoding);
        decoder.decode(bytes);
        QVERIFY(decoder.pendingBytes() <= 3);
        decoder.flush();
        const QByteArray next = randomBytes(6) + QByteArrayLiteral("\n");
        QString afterFlush = decoder.decode(next);
        afterFlush += decoder.flush(); // Not in one expression: the order of evaluation would be unspecified.
        QVERIFY2(afterFlush == decodeInChunks(encoding, next, {}),
                 QByteArray(bytes.toHex(' ') + " | " + next.toHex(' ')).constData());
    }
}

QTEST_GUILESS_MAIN(TestStreamDecoder)
#include "tst_streamdecoder.moc"

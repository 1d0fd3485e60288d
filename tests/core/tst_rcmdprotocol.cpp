// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <limits>

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>
#include <QtEndian>

#include "rcmd/rcmdmessage.h"
#include "rcmd/rcmdprotocol.h"
#include "rcmd/rcmdreader.h"

Q_DECLARE_METATYPE(RcmdMessage)

/** For QCOMPARE failures: the type and the fields that usually differ. */
char *toString(const RcmdMessage &message)
{
    const QString text = RcmdMessage::typeName(message.type) + QStringLiteral(" id=") + QString::number(message.id) +
        QStringLiteral(" argv=") + message.argv.join(QLatin1Char(' ')) + QStringLiteral(" text=") + message.text +
        QStringLiteral(" data=") + QString::fromLatin1(message.data.left(32).toHex());
    return QTest::toString(text);
}

namespace {

using Type = RcmdMessage::Type;

QByteArray filled(int size, char fill)
{
    return QByteArray(size, fill);
}

QByteArray frameOf(const RcmdMessage &message)
{
    QByteArray frame;
    QString error;
    if (!RcmdProtocol::encode(message, &frame, &error))
        qFatal("cannot encode a test message: %s", qPrintable(error));
    return frame;
}

/** A 4-byte big-endian length, then the payload. */
QByteArray framed(const QByteArray &payload)
{
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), header.data());
    return header + payload;
}

/** A payload with a CBOR body built from `map` (key order kept). */
QByteArray payloadOf(Type type, const QCborMap &map)
{
    return QByteArray(1, char(type)) + QCborValue(map).toCbor();
}

QCborMap runMap(const QCborValue &argv, const QCborValue &shell = QCborValue(false),
                const QCborValue &environment = QCborArray())
{
    return QCborMap{{QStringLiteral("id"), 1},
                    {QStringLiteral("argv"), argv},
                    {QStringLiteral("shell"), shell},
                    {QStringLiteral("workingDirectory"), QString()},
                    {QStringLiteral("environment"), environment}};
}

QCborMap outputMap(const QCborValue &stream, const QCborValue &data)
{
    return QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("stream"), stream}, {QStringLiteral("data"), data}};
}

QCborMap exitMap(const QCborValue &exitCode, const QCborValue &durationMs, const QCborValue &killedReason)
{
    return QCborMap{{QStringLiteral("id"), 1},
                    {QStringLiteral("exitCode"), exitCode},
                    {QStringLiteral("signal"), 0},
                    {QStringLiteral("durationMs"), durationMs},
                    {QStringLiteral("truncated"), false},
                    {QStringLiteral("killedReason"), killedReason},
                    {QStringLiteral("outputEncoding"), QStringLiteral("UTF-8")}};
}

QCborMap helloMap(const QByteArray &magic, const QByteArray &clientNonce)
{
    return QCborMap{
        {QStringLiteral("magic"), magic}, {QStringLiteral("version"), 1}, {QStringLiteral("clientNonce"), clientNonce}};
}

/** One message of every type, with edge values. */
QList<QPair<QByteArray, RcmdMessage>> sampleMessages()
{
    using Stream = RcmdMessage::Stream;
    using Killed = RcmdMessage::KilledReason;
    RcmdMessage oddHello = RcmdMessage::hello(filled(32, '\x00'));
    oddHello.magic = QByteArrayLiteral("XY");
    oddHello.version = 7;
    QByteArray allBytes;
    for (int i = 0; i < 256; ++i)
        allBytes.append(char(i));
    return {
        {"Hello", RcmdMessage::hello(filled(32, '\x11'))},
        {"Hello other magic and version", oddHello},
        {"Challenge", RcmdMessage::challenge(filled(32, '\x22'), filled(32, '\x33'))},
        {"Auth", RcmdMessage::auth(filled(32, '\x44'))},
        {"AuthOk", RcmdMessage::authOk(QStringLiteral("GBK"))},
        {"AuthFailed", RcmdMessage::authFailed(QStringLiteral("Authentication failed: 令牌不匹配"))},
        {"AuthFailed empty reason", RcmdMessage::authFailed(QString())},
        {"Run", RcmdMessage::run(1, {QStringLiteral("ls"), QStringLiteral("-la"), QStringLiteral("/tmp/目录")})},
        {"Run shell with environment",
         RcmdMessage::run(std::numeric_limits<quint32>::max(), {QStringLiteral("echo $HOME && exit 3")}, true,
                          QStringLiteral("/var/tmp"),
                          {QStringLiteral("LANG=C"), QStringLiteral("EMPTY="), QStringLiteral("A=b=c")})},
        {"Output stdout", RcmdMessage::output(7, Stream::Stdout, QByteArrayLiteral("hello\n"))},
        {"Output stderr all bytes", RcmdMessage::output(8, Stream::Stderr, allBytes)},
        {"Output empty", RcmdMessage::output(9, Stream::Stdout, QByteArray())},
        {"Output largest chunk", RcmdMessage::output(10, Stream::Stdout, filled(64 * 1024, 'z'))},
        {"Exit normal", RcmdMessage::exit(7, 0, 0, 1234, false, Killed::None, QStringLiteral("UTF-8"))},
        {"Exit timeout",
         RcmdMessage::exit(8, std::numeric_limits<qint32>::min(), 9, std::numeric_limits<qint64>::max(), true,
                           Killed::Timeout, QStringLiteral("GBK"))},
        {"Exit cancel",
         RcmdMessage::exit(9, std::numeric_limits<qint32>::max(), 15, 0, false, Killed::Cancel,
                           QStringLiteral("UTF-8"))},
        {"Exit disconnect", RcmdMessage::exit(10, -1, 1, 5, false, Killed::Disconnect, QString())},
        {"Exit limit", RcmdMessage::exit(11, 137, 0, 60000, true, Killed::Limit, QStringLiteral("UTF-8"))},
        {"Cancel", RcmdMessage::cancel(42)},
        {"Error without id", RcmdMessage::error(0, QStringLiteral("Unknown command id."))},
        {"Error with id", RcmdMessage::error(5, QStringLiteral("无法启动程序"))},
        {"Bye", RcmdMessage::bye()},
    };
}

} // namespace

class TestRcmdProtocol : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void runFields();
    void exitFields();
    void exactBytes_data();
    void exactBytes();
    void byteByByte();
    void handshakeByteByByte();
    void decodeErrors_data();
    void decodeErrors();
    void encodeErrors_data();
    void encodeErrors();
    void frameTooLargeToEncode();
    void allOnesLength_data();
    void allOnesLength();
    void handshakeLimit();
    void errorIsSticky();
    void messagesBeforeErrorAreKept();
    void raisingLimitKeepsPartialFrame();
    void loweringLimitRefusesPartialFrame();
    void finishReportsPartialFrame();
    void handshakeTypes();
};

void TestRcmdProtocol::roundTrip_data()
{
    QTest::addColumn<RcmdMessage>("message");
    for (const auto &[name, message] : sampleMessages())
        QTest::newRow(name.constData()) << message;
}

void TestRcmdProtocol::roundTrip()
{
    QFETCH(RcmdMessage, message);

    QByteArray payload;
    QString error;
    QVERIFY2(RcmdProtocol::encodePayload(message, &payload, &error), qPrintable(error));
    QCOMPARE(quint8(payload.at(0)), quint8(message.type));

    QByteArray frame;
    QVERIFY2(RcmdProtocol::encode(message, &frame, &error), qPrintable(error));
    QCOMPARE(frame, framed(payload));

    RcmdMessage decoded;
    QVERIFY2(RcmdProtocol::decodePayload(payload, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded, message);

    RcmdReader reader(RcmdProtocol::MaxFrameSize);
    QList<RcmdMessage> messages;
    QVERIFY2(reader.feed(frame, &messages), qPrintable(reader.error()));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first(), message);
    QCOMPARE(reader.bufferedBytes(), qint64(0));
    QCOMPARE(reader.error(), QString());
}

void TestRcmdProtocol::runFields()
{
    const QByteArray frame = frameOf(
        RcmdMessage::run(77, {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo 你好")}, true,
                         QStringLiteral("C:\\Work Dir"), {QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("X=")}));
    RcmdReader reader(RcmdProtocol::MaxFrameSize);
    QList<RcmdMessage> messages;
    QVERIFY(reader.feed(frame, &messages));
    QCOMPARE(messages.size(), 1);
    const RcmdMessage &run = messages.first();
    QCOMPARE(run.type, Type::Run);
    QCOMPARE(run.id, quint32(77));
    QCOMPARE(run.argv, QStringList({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo 你好")}));
    QCOMPARE(run.shell, true);
    QCOMPARE(run.workingDirectory, QStringLiteral("C:\\Work Dir"));
    QCOMPARE(run.environment, QStringList({QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("X=")}));
}

void TestRcmdProtocol::exitFields()
{
    const QByteArray frame = frameOf(
        RcmdMessage::exit(3, -2, 11, 98765, true, RcmdMessage::KilledReason::Disconnect, QStringLiteral("GBK")));
    RcmdReader reader(RcmdProtocol::MaxFrameSize);
    QList<RcmdMessage> messages;
    QVERIFY(reader.feed(frame, &messages));
    QCOMPARE(messages.size(), 1);
    const RcmdMessage &exit = messages.first();
    QCOMPARE(exit.type, Type::Exit);
    QCOMPARE(exit.id, quint32(3));
    QCOMPARE(exit.exitCode, -2);
    QCOMPARE(exit.signal, 11);
    QCOMPARE(exit.durationMs, qint64(98765));
    QCOMPARE(exit.truncated, true);
    QCOMPARE(exit.killedReason, RcmdMessage::KilledReason::Disconnect);
    QCOMPARE(exit.outputEncoding, QStringLiteral("GBK"));
}

void TestRcmdProtocol::exactBytes_data()
{
    QTest::addColumn<RcmdMessage>("message");
    QTest::addColumn<QByteArray>("hex");

    QTest::newRow("Bye") << RcmdMessage::bye() << QByteArray("0000000215a0");
    QTest::newRow("AuthOk") << RcmdMessage::authOk(QStringLiteral("UTF-8"))
                            << QByteArray("0000001704a16e6f7574707574456e636f64696e67655554462d38");
    QTest::newRow("Cancel 42") << RcmdMessage::cancel(42) << QByteArray("0000000713a1626964182a");
    QTest::newRow("Output stderr") << RcmdMessage::output(1, RcmdMessage::Stream::Stderr, QByteArrayLiteral("hi"))
                                   << QByteArray("0000001c11a3626964016673747265616d667374646572726464617461426869");
    QTest::newRow("Hello") << RcmdMessage::hello(filled(32, '\x11'))
                           << QByteArray("0000004401a3656d6167696344534c52436776657273696f6e01"
                                         "6b636c69656e744e6f6e63655820"
                                         "1111111111111111111111111111111111111111111111111111111111111111");
}

void TestRcmdProtocol::exactBytes()
{
    QFETCH(RcmdMessage, message);
    QFETCH(QByteArray, hex);

    QCOMPARE(frameOf(message).toHex(), hex);
}

void TestRcmdProtocol::byteByByte()
{
    QList<RcmdMessage> expected;
    QByteArray stream;
    for (const auto &entry : sampleMessages()) {
        expected.append(entry.second);
        stream.append(frameOf(entry.second));
    }

    RcmdReader reader(RcmdProtocol::MaxFrameSize);
    QList<RcmdMessage> messages;
    for (qsizetype i = 0; i < stream.size(); ++i)
        QVERIFY2(reader.feed(QByteArrayView(stream).sliced(i, 1), &messages), qPrintable(reader.error()));
    QCOMPARE(messages.size(), expected.size());
    for (qsizetype i = 0; i < messages.size(); ++i)
        QCOMPARE(messages.at(i), expected.at(i));
    QCOMPARE(reader.bufferedBytes(), qint64(0));
    QCOMPARE(reader.finish(), QString());
}

void TestRcmdProtocol::handshakeByteByByte()
{
    const QList<RcmdMessage> expected = {
        RcmdMessage::hello(filled(32, 'a')),
        RcmdMessage::challenge(filled(32, 'b'), filled(32, 'c')),
        RcmdMessage::auth(filled(32, 'd')),
        RcmdMessage::authOk(QStringLiteral("UTF-8")),
        RcmdMessage::authFailed(QStringLiteral("The client sent Run before authenticating.")),
    };
    QByteArray stream;
    for (const RcmdMessage &message : expected)
        stream.append(frameOf(message));

    RcmdReader reader; // the handshake limit
    QCOMPARE(reader.maxFrameSize(), qint64(256));
    QList<RcmdMessage> messages;
    for (qsizetype i = 0; i < stream.size(); ++i)
        QVERIFY2(reader.feed(QByteArrayView(stream).sliced(i, 1), &messages), qPrintable(reader.error()));
    QCOMPARE(messages, expected);
}

void TestRcmdProtocol::decodeErrors_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error");

    const auto hex = [](const char *text) { return QByteArray::fromHex(text); };
    const QString cancelTruncated = QStringLiteral("The Cancel message body ends early: its CBOR data is truncated.");
    const QString idType = QStringLiteral("The \"id\" field of the Cancel message must be an unsigned 32-bit integer.");
    const QString argvType = QStringLiteral("The \"argv\" field of the Run message must be a list of text strings.");
    const QString exitCodeType =
        QStringLiteral("The \"exitCode\" field of the Exit message must be a signed 32-bit integer.");

    QTest::newRow("empty payload")
        << QByteArray()
        << QStringLiteral("The remote-command message is empty: every message starts with a type byte.");
    QTest::newRow("unknown type 0x00") << hex("00a0")
                                       << QStringLiteral("Unknown remote-command message type 0x00: the peer does not "
                                                         "speak SocketLab remote-command protocol version 1.");
    QTest::newRow("unknown type 0xff") << hex("ff")
                                       << QStringLiteral("Unknown remote-command message type 0xff: the peer does not "
                                                         "speak SocketLab remote-command protocol version 1.");
    QTest::newRow("type byte only") << hex("13") << cancelTruncated;
    QTest::newRow("truncated key") << hex("13a16269") << cancelTruncated;
    QTest::newRow("truncated before value") << hex("13a1626964") << cancelTruncated;
    QTest::newRow("map promises two entries") << hex("13a262696407") << cancelTruncated;
    QTest::newRow("truncated byte string")
        << hex("11a3626964016673747265616d667374646f7574646461746145"
               "6869")
        << QStringLiteral("The Output message body ends early: its CBOR data is truncated.");
    QTest::newRow("byte string of 2^40 bytes")
        << hex("11a3626964016673747265616d667374646f75746464617461"
               "5b0000010000000000"
               "6869")
        << QStringLiteral("The Output message body ends early: its CBOR data is truncated.");
    QTest::newRow("invalid CBOR") << hex("131c") << QStringLiteral("The Cancel message body is not valid CBOR.");
    QTest::newRow("body is an array") << hex("138107") << QStringLiteral("The Cancel message body is not a CBOR map.");
    QTest::newRow("body is a number") << hex("1307") << QStringLiteral("The Cancel message body is not a CBOR map.");
    QTest::newRow("field name not text") << hex("13a10707")
                                         << QStringLiteral("The Cancel message has a field name that is not text.");
    QTest::newRow("unknown field") << hex("13a2626964076178"
                                          "07")
                                   << QStringLiteral("The Cancel message has an unknown field \"x\".");
    QTest::newRow("field on AuthOk") << hex("04a162696401")
                                     << QStringLiteral("The AuthOk message has an unknown field \"id\".");
    QTest::newRow("duplicate field") << hex("13a262696407626964"
                                            "08")
                                     << QStringLiteral("The Cancel message has the field \"id\" twice.");
    QTest::newRow("missing field") << hex("13a0") << QStringLiteral("The Cancel message has no \"id\" field.");
    QTest::newRow("AuthOk without encoding")
        << hex("04a0") << QStringLiteral("The AuthOk message has no \"outputEncoding\" field.");
    QTest::newRow("id is text") << hex("13a16269646137") << idType;
    QTest::newRow("id is 2^32") << hex("13a16269641b0000000100000000") << idType;
    QTest::newRow("id is negative") << hex("13a162696420") << idType;
    QTest::newRow("id is tagged") << hex("13a1626964c107") << idType;
    QTest::newRow("id is 0") << hex("13a162696400")
                             << QStringLiteral("The Cancel message has id 0, but command ids start at 1.");
    QTest::newRow("trailing byte") << hex("13a16269640700")
                                   << QStringLiteral(
                                          "The Cancel message has trailing bytes after its body (1 in all).");
    QTest::newRow("trailing map") << hex("13a162696407a0a0")
                                  << QStringLiteral("The Cancel message has trailing bytes after its body (2 in all).");
    QTest::newRow("text not UTF-8") << hex("14a2626964006"
                                           "76d657373616765626"
                                           "1ff")
                                    << QStringLiteral("The Error message contains text that is not valid UTF-8.");
    QTest::newRow("shell is 1") << payloadOf(Type::Run, runMap(QCborArray{QStringLiteral("ls")}, QCborValue(1)))
                                << QStringLiteral("The \"shell\" field of the Run message must be true or false.");
    QTest::newRow("argv is text") << payloadOf(Type::Run, runMap(QCborValue(QStringLiteral("ls")))) << argvType;
    QTest::newRow("argv holds a number") << payloadOf(Type::Run, runMap(QCborArray{QStringLiteral("ls"), 1}))
                                         << argvType;
    QTest::newRow("argv empty") << payloadOf(Type::Run, runMap(QCborArray()))
                                << QStringLiteral(
                                       "The Run message has an empty argv: it needs at least the program to run.");
    QTest::newRow("environment without =")
        << payloadOf(Type::Run,
                     runMap(QCborArray{QStringLiteral("ls")}, QCborValue(false), QCborArray{QStringLiteral("NOVALUE")}))
        << QStringLiteral("The environment entry \"NOVALUE\" of the Run message is not NAME=VALUE.");
    QTest::newRow("environment without name")
        << payloadOf(Type::Run,
                     runMap(QCborArray{QStringLiteral("ls")}, QCborValue(false), QCborArray{QStringLiteral("=x")}))
        << QStringLiteral("The environment entry \"=x\" of the Run message is not NAME=VALUE.");
    QTest::newRow("stream stdin")
        << payloadOf(Type::Output, outputMap(QStringLiteral("stdin"), QByteArrayLiteral("x")))
        << QStringLiteral(
               "The \"stream\" field of the Output message must be \"stdout\" or \"stderr\", not \"stdin\".");
    QTest::newRow("data is text") << payloadOf(Type::Output, outputMap(QStringLiteral("stdout"), QStringLiteral("x")))
                                  << QStringLiteral("The \"data\" field of the Output message must be a byte string.");
    QTest::newRow("data above 64 KiB")
        << payloadOf(Type::Output, outputMap(QStringLiteral("stdout"), filled(64 * 1024 + 1, 'x')))
        << QStringLiteral("The Output message carries 65537 bytes, more than the 65536-byte chunk limit.");
    QTest::newRow("exitCode 2^31") << payloadOf(Type::Exit, exitMap(qint64(1) << 31, 0, QStringLiteral("none")))
                                   << exitCodeType;
    QTest::newRow("exitCode below -2^31")
        << payloadOf(Type::Exit, exitMap(-(qint64(1) << 31) - 1, 0, QStringLiteral("none"))) << exitCodeType;
    QTest::newRow("durationMs negative")
        << payloadOf(Type::Exit, exitMap(0, -1, QStringLiteral("none")))
        << QStringLiteral("The \"durationMs\" field of the Exit message must be an unsigned integer below 2^63.");
    QTest::newRow("killedReason unknown")
        << payloadOf(Type::Exit, exitMap(0, 0, QStringLiteral("boom")))
        << QStringLiteral("The \"killedReason\" field of the Exit message must be none, timeout, cancel, disconnect "
                          "or limit, not \"boom\".");
    QTest::newRow("clientNonce of 31 bytes")
        << payloadOf(Type::Hello, helloMap(RcmdProtocol::magic(), filled(31, 'n')))
        << QStringLiteral("The \"clientNonce\" field of the Hello message must be 32 bytes, not 31.");
    QTest::newRow("agentProof of 33 bytes")
        << payloadOf(Type::Challenge,
                     QCborMap{{QStringLiteral("version"), 1},
                              {QStringLiteral("agentNonce"), filled(32, 'n')},
                              {QStringLiteral("agentProof"), filled(33, 'p')}})
        << QStringLiteral("The \"agentProof\" field of the Challenge message must be 32 bytes, not 33.");
    QTest::newRow("Hello above 256 bytes")
        << payloadOf(Type::Hello, helloMap(filled(230, 'm'), filled(32, 'n')))
        << QStringLiteral("The Hello message is 295 bytes, more than the 256 bytes a handshake message may have.");
}

void TestRcmdProtocol::decodeErrors()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);

    RcmdMessage message = RcmdMessage::bye();
    QString decodeError;
    QVERIFY(!RcmdProtocol::decodePayload(payload, &message, &decodeError));
    QCOMPARE(decodeError, error);
    QCOMPARE(message, RcmdMessage::bye()); // untouched

    // The same through the reader, framed and fed one byte at a time.
    RcmdReader reader(RcmdProtocol::MaxFrameSize);
    const QByteArray frame = framed(payload);
    QList<RcmdMessage> messages;
    bool ok = true;
    for (qsizetype i = 0; i < frame.size() && ok; ++i)
        ok = reader.feed(QByteArrayView(frame).sliced(i, 1), &messages);
    QVERIFY(!ok);
    QCOMPARE(reader.error(), error);
    QCOMPARE(messages.size(), 0);
}

void TestRcmdProtocol::encodeErrors_data()
{
    QTest::addColumn<RcmdMessage>("message");
    QTest::addColumn<QString>("error");

    RcmdMessage longDuration = RcmdMessage::exit(1, 0, 0, -5, false, RcmdMessage::KilledReason::None, QString());

    QTest::newRow("Run id 0") << RcmdMessage::run(0, {QStringLiteral("ls")})
                              << QStringLiteral("The Run message has id 0, but command ids start at 1.");
    QTest::newRow("Cancel id 0") << RcmdMessage::cancel(0)
                                 << QStringLiteral("The Cancel message has id 0, but command ids start at 1.");
    QTest::newRow("Run empty argv") << RcmdMessage::run(1, {})
                                    << QStringLiteral(
                                           "The Run message has an empty argv: it needs at least the program to run.");
    QTest::newRow("Run bad environment") << RcmdMessage::run(1, {QStringLiteral("ls")}, false, QString(),
                                                             {QStringLiteral("PATH")})
                                         << QStringLiteral(
                                                "The environment entry \"PATH\" of the Run message is not NAME=VALUE.");
    QTest::newRow("Output above 64 KiB")
        << RcmdMessage::output(1, RcmdMessage::Stream::Stdout, filled(65537, 'x'))
        << QStringLiteral("The Output message carries 65537 bytes, more than the 65536-byte chunk limit.");
    QTest::newRow("Exit negative duration")
        << longDuration << QStringLiteral("The Exit message has a negative duration (-5 ms).");
    QTest::newRow("Hello short nonce")
        << RcmdMessage::hello(filled(31, 'n'))
        << QStringLiteral("The \"clientNonce\" field of the Hello message must be 32 bytes, not 31.");
    QTest::newRow("Challenge empty proof")
        << RcmdMessage::challenge(filled(32, 'n'), QByteArray())
        << QStringLiteral("The \"agentProof\" field of the Challenge message must be 32 bytes, not 0.");
    QTest::newRow("Auth long proof") << RcmdMessage::auth(filled(33, 'p'))
                                     << QStringLiteral(
                                            "The \"clientProof\" field of the Auth message must be 32 bytes, not 33.");
    QTest::newRow("AuthFailed above 256 bytes")
        << RcmdMessage::authFailed(QString(300, QLatin1Char('x')))
        << QStringLiteral("The AuthFailed message is 312 bytes, more than the 256 bytes a handshake message may have.");
}

void TestRcmdProtocol::encodeErrors()
{
    QFETCH(RcmdMessage, message);
    QFETCH(QString, error);

    QByteArray frame = QByteArrayLiteral("untouched");
    QString encodeError;
    QVERIFY(!RcmdProtocol::encode(message, &frame, &encodeError));
    QCOMPARE(encodeError, error);
    QCOMPARE(frame, QByteArrayLiteral("untouched"));
}

void TestRcmdProtocol::frameTooLargeToEncode()
{
    // 1 type + 1 map + 3 "id" + 1 id + 5 "argv" + 1 array + 5 string header + 1 MiB text + 6 "shell" + 1 + 17
    // "workingDirectory" + 1 + 12 "environment" + 1 = 1048631 bytes.
    const RcmdMessage run = RcmdMessage::run(1, {QString(1024 * 1024, QLatin1Char('a'))});
    QByteArray frame;
    QString error;
    QVERIFY(!RcmdProtocol::encode(run, &frame, &error));
    QCOMPARE(error, QStringLiteral("The message is 1048631 bytes, more than the maximum frame size of 1048576 bytes."));
}

void TestRcmdProtocol::allOnesLength_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("error");

    QTest::newRow("connection limit")
        << RcmdProtocol::MaxFrameSize
        << QStringLiteral("Frame length 4294967295 exceeds the maximum frame size of 1048576 bytes.");
    QTest::newRow("handshake limit") << RcmdProtocol::HandshakeMaxFrameSize
                                     << QStringLiteral(
                                            "Frame length 4294967295 exceeds the maximum frame size of 256 bytes.");
}

void TestRcmdProtocol::allOnesLength()
{
    QFETCH(qint64, limit);
    QFETCH(QString, error);

    RcmdReader reader(limit);
    QList<RcmdMessage> messages;
    // The header alone is refused: nothing is allocated for, or waits for, the announced 4 GiB.
    QVERIFY(!reader.feed(QByteArray::fromHex("ffffffff"), &messages));
    QCOMPARE(reader.error(), error);
    QCOMPARE(reader.bufferedBytes(), qint64(0));
    QCOMPARE(messages.size(), 0);
}

void TestRcmdProtocol::handshakeLimit()
{
    // An Error message of exactly 256 payload bytes passes the handshake reader: type, map, "id", 0, "message" and
    // a 2-byte text header leave 240 bytes of text...
    const QString text = QString(256 - 1 - 1 - 3 - 1 - 8 - 2, QLatin1Char('e'));
    QByteArray payload;
    QString error;
    QVERIFY(RcmdProtocol::encodePayload(RcmdMessage::error(0, text), &payload, &error));
    QCOMPARE(payload.size(), qsizetype(256));
    RcmdReader reader;
    QList<RcmdMessage> messages;
    QVERIFY2(reader.feed(framed(payload), &messages), qPrintable(reader.error()));
    QCOMPARE(messages, QList<RcmdMessage>({RcmdMessage::error(0, text)}));

    // ...one byte more is refused as soon as its length prefix arrives.
    QVERIFY(RcmdProtocol::encodePayload(RcmdMessage::error(0, text + QLatin1Char('e')), &payload, &error));
    QCOMPARE(payload.size(), qsizetype(257));
    const QByteArray frame = framed(payload);
    QVERIFY(!reader.feed(frame.left(4), &messages));
    QCOMPARE(reader.error(), QStringLiteral("Frame length 257 exceeds the maximum frame size of 256 bytes."));
    QCOMPARE(reader.bufferedBytes(), qint64(0));
    QCOMPARE(messages.size(), 1);
}

void TestRcmdProtocol::errorIsSticky()
{
    RcmdReader reader(RcmdProtocol::MaxFrameSize);
    QList<RcmdMessage> messages;
    QVERIFY(!reader.feed(framed(QByteArray::fromHex("7f")), &messages));
    const QString error = reader.error();
    QVERIFY(!error.isEmpty());
    QVERIFY(!reader.feed(frameOf(RcmdMessage::bye()), &messages));
    QCOMPARE(reader.error(), error);
    QCOMPARE(messages.size(), 0);
}

void TestRcmdProtocol::messagesBeforeErrorAreKept()
{
    RcmdReader reader(RcmdProtocol::MaxFrameSize);
    QList<RcmdMessage> messages;
    const QByteArray stream =
        frameOf(RcmdMessage::cancel(1)) + framed(QByteArray::fromHex("13a0")) + frameOf(RcmdMessage::bye());
    QVERIFY(!reader.feed(stream, &messages));
    QCOMPARE(reader.error(), QStringLiteral("The Cancel message has no \"id\" field."));
    QCOMPARE(messages, QList<RcmdMessage>({RcmdMessage::cancel(1)}));
}

void TestRcmdProtocol::raisingLimitKeepsPartialFrame()
{
    // Auth and the first bytes of a 600-byte Run arrive together while the reader still has the handshake limit.
    const RcmdMessage run = RcmdMessage::run(1, {QString(580, QLatin1Char('r'))});
    const QByteArray runFrame = frameOf(run);
    QVERIFY(runFrame.size() > 600);
    const QByteArray authFrame = frameOf(RcmdMessage::auth(filled(32, 'p')));

    RcmdReader reader;
    QList<RcmdMessage> messages;
    QVERIFY(reader.feed(QByteArray(authFrame + runFrame.left(2)), &messages));
    QCOMPARE(messages, QList<RcmdMessage>({RcmdMessage::auth(filled(32, 'p'))}));
    QCOMPARE(reader.bufferedBytes(), qint64(2));

    reader.setMaxFrameSize(RcmdProtocol::MaxFrameSize);
    QCOMPARE(reader.maxFrameSize(), RcmdProtocol::MaxFrameSize);
    QCOMPARE(reader.bufferedBytes(), qint64(2));
    QVERIFY2(reader.feed(runFrame.mid(2), &messages), qPrintable(reader.error()));
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1), run);
    QCOMPARE(reader.bufferedBytes(), qint64(0));
}

void TestRcmdProtocol::loweringLimitRefusesPartialFrame()
{
    const QByteArray runFrame = frameOf(RcmdMessage::run(1, {QString(580, QLatin1Char('r'))}));
    RcmdReader reader(RcmdProtocol::MaxFrameSize);
    QList<RcmdMessage> messages;
    QVERIFY(reader.feed(runFrame.left(100), &messages));
    reader.setMaxFrameSize(RcmdProtocol::HandshakeMaxFrameSize);
    QCOMPARE(reader.error(),
             QStringLiteral("Frame length %1 exceeds the maximum frame size of 256 bytes.").arg(runFrame.size() - 4));
    QVERIFY(!reader.feed(runFrame.mid(100), &messages));
    QCOMPARE(messages.size(), 0);
}

void TestRcmdProtocol::finishReportsPartialFrame()
{
    RcmdReader reader;
    QList<RcmdMessage> messages;
    QVERIFY(reader.feed(QByteArray::fromHex("000000"), &messages));
    QCOMPARE(reader.finish(), QStringLiteral("Incomplete frame: 3 of 4 header bytes."));
    QVERIFY(reader.feed(QByteArray::fromHex("0215"), &messages));
    QCOMPARE(reader.finish(), QStringLiteral("Incomplete frame: 5 of 6 bytes."));
    QVERIFY(reader.feed(QByteArray::fromHex("a0"), &messages));
    QCOMPARE(reader.finish(), QString());
    QCOMPARE(messages, QList<RcmdMessage>({RcmdMessage::bye()}));
}

void TestRcmdProtocol::handshakeTypes()
{
    QCOMPARE(RcmdProtocol::isHandshake(Type::Hello), true);
    QCOMPARE(RcmdProtocol::isHandshake(Type::Challenge), true);
    QCOMPARE(RcmdProtocol::isHandshake(Type::Auth), true);
    QCOMPARE(RcmdProtocol::isHandshake(Type::AuthOk), true);
    QCOMPARE(RcmdProtocol::isHandshake(Type::AuthFailed), true);
    for (const Type type : {Type::Run, Type::Output, Type::Exit, Type::Cancel, Type::Error, Type::Bye})
        QCOMPARE(RcmdProtocol::isHandshake(type), false);
    QCOMPARE(RcmdProtocol::magic(), QByteArrayLiteral("SLRC"));
    QCOMPARE(RcmdProtocol::Version, quint32(1));
}

QTEST_GUILESS_MAIN(TestRcmdProtocol)
#include "tst_rcmdprotocol.moc"

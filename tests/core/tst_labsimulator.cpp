// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QTest>

#include "i18n/languagemanager.h"
#include "lab/labexperiment.h"
#include "lab/labpresets.h"
#include "lab/labsendplan.h"
#include "lab/labsimulator.h"

namespace {

using Bytes = QList<QByteArray>;

LabExperiment preset(const QString &name)
{
    const std::optional<LabPreset> found = LabPresets::find(name);
    if (!found)
        qFatal("no preset %s", qPrintable(name));
    return found->experiment;
}

LabExperiment tcp(const Bytes &messages)
{
    LabExperiment experiment;
    experiment.messages = messages;
    return experiment;
}

Bytes payloads(const LabResult &result, TraceEvent::Kind kind)
{
    Bytes out;
    for (const TraceEvent &event : result.events(kind))
        out.append(result.bytesOf(event));
    return out;
}

} // namespace

/** The deterministic lab simulator and the presets' traces, byte for byte. */
class TestLabSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void presetNames();
    void coalesce();
    void split();
    void handshake();
    void lengthPrefix();
    void jsonHeader();
    void udpKeepsBoundariesAndEmptyDatagram();
    void emptyTcpSendPutsNothingOnTheWire();
    void nagleVersusNoDelay();
    void sameDescriptionSameTrace_data();
    void sameDescriptionSameTrace();
    void readWithoutDelaySeesFirstSegmentAlone();
    void splitPatternWrites();
    void allInOneWrite();
    void largeMessageIsCutIntoSegmentsAndReads();
    void receiverThatStopsReadingBlocksTheSender();
    void udpReadSmallerThanDatagramTruncates();
    void udpFullReceiveBufferDrops();
    void framingErrorIsReported();
    void incompleteFrameAtEnd();
    void handshakeOutOfStep();
    void invalidExperiments_data();
    void invalidExperiments();
    void parseMessages_data();
    void parseMessages();
    void parseReadSizes();
    void patternText();
    void generatedMessages();
    void spans();
    void coalescedAndSplitCounts();
    void summarizeRuns();

private:
    LanguageManager m_languages;
};

void TestLabSimulator::initTestCase()
{
    // English plural forms ("1 read", "2 reads") come from the English catalogue.
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestLabSimulator::presetNames()
{
    QCOMPARE(LabPresets::names(),
             QStringList({QStringLiteral("coalesce"), QStringLiteral("split"), QStringLiteral("handshake"),
                          QStringLiteral("length-prefix"), QStringLiteral("jsonhdr"), QStringLiteral("udp"),
                          QStringLiteral("nagle")}));
    for (const LabPreset &p : LabPresets::all()) {
        QVERIFY2(p.experiment.validate().isEmpty(), qPrintable(p.name));
        QVERIFY(!p.description.isEmpty());
    }
    QVERIFY(!LabPresets::find(QStringLiteral("nope")));
}

void TestLabSimulator::coalesce()
{
    const LabResult result = LabSimulator::run(preset(QStringLiteral("coalesce")));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(payloads(result, TraceEvent::Kind::Send), Bytes({"hello", "world", "egon"}));
    // "hello" goes at once; Nagle holds "world" and "egon" until the close pushes them.
    QCOMPARE(payloads(result, TraceEvent::Kind::Segment), Bytes({"hello", "worldegon"}));
    QCOMPARE(result.readPayloads(), Bytes({"helloworldegon"}));
    const QList<TraceEvent> reads = result.events(TraceEvent::Kind::Read);
    QCOMPARE(reads.constFirst().offset, 0);
    QCOMPARE(reads.constFirst().length, 14);
    QCOMPARE(reads.constFirst().timeNs, 100000000);
    QVERIFY(result.endOfStream);
    QCOMPARE(result.unreadBytes, 0);
    QCOMPARE(result.coalescedReads(), 1);
    QCOMPARE(result.countsLine(), QStringLiteral("3 sends → 2 segments → 1 read → 1 frame"));
    const QString explanation = LabPresets::explain(QStringLiteral("coalesce"), result);
    QVERIFY2(explanation.contains(QStringLiteral("3 write calls")) &&
                 explanation.contains(QStringLiteral("14 bytes")) && explanation.contains(QStringLiteral("1 read")) &&
                 explanation.contains(QStringLiteral("100 ms")),
             qPrintable(explanation));
}

void TestLabSimulator::split()
{
    const LabResult result = LabSimulator::run(preset(QStringLiteral("split")));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(payloads(result, TraceEvent::Kind::Send), Bytes({"helloworldegon"}));
    QCOMPARE(result.readPayloads(), Bytes({"h", "ellow", "o"}));
    QCOMPARE(result.unreadBytes, 7);
    QVERIFY(!result.endOfStream);
    QCOMPARE(result.splitSends(), 1);
    const QString explanation = LabPresets::explain(QStringLiteral("split"), result);
    QVERIFY2(explanation.contains(QStringLiteral("recv(1), recv(5), recv(1)")) &&
                 explanation.contains(QStringLiteral("\"h\", \"ellow\", \"o\"")) &&
                 explanation.contains(QStringLiteral("7 bytes were never read")),
             qPrintable(explanation));
}

void TestLabSimulator::handshake()
{
    const LabResult result = LabSimulator::run(preset(QStringLiteral("handshake")));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(payloads(result, TraceEvent::Kind::Send), Bytes({"5", "hello", "5", "world", "4", "egon"}));
    QCOMPARE(result.readPayloads(), Bytes({"5", "hello", "5", "world", "4", "egon"}));
    QCOMPARE(result.framePayloads(), Bytes({"hello", "world", "egon"}));
    QCOMPARE(payloads(result, TraceEvent::Kind::Reply), Bytes({"ready", "ready", "ready"}));
    const QList<TraceEvent> frames = result.events(TraceEvent::Kind::Frame);
    QCOMPARE(frames.at(1).offset, 6);
    QCOMPARE(frames.at(1).length, 6);
    QCOMPARE(frames.at(1).headerLength, 1);
    // Each body is sent only after its "ready" came back: one round trip (1 ms) after the length was read.
    const QList<TraceEvent> sends = result.events(TraceEvent::Kind::Send);
    const QList<TraceEvent> replies = result.events(TraceEvent::Kind::Reply);
    QVERIFY(sends.at(1).timeNs >= replies.at(0).timeNs + 500000);
    QCOMPARE(result.coalescedReads(), 0);
}

void TestLabSimulator::lengthPrefix()
{
    const LabResult result = LabSimulator::run(preset(QStringLiteral("length-prefix")));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.readPayloads(), Bytes({QByteArray("\x05\0\0\0hello\x05\0\0\0world\x04\0\0\0egon", 26)}));
    QCOMPARE(result.framePayloads(), Bytes({"hello", "world", "egon"}));
    const QList<TraceEvent> frames = result.events(TraceEvent::Kind::Frame);
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(2).offset, 18);
    QCOMPARE(frames.at(2).length, 8);
    QCOMPARE(frames.at(2).headerLength, 4);
    QVERIFY(LabPresets::explain(QStringLiteral("length-prefix"), result).contains(QStringLiteral("3 of 3 messages")));
}

void TestLabSimulator::jsonHeader()
{
    const LabResult result = LabSimulator::run(preset(QStringLiteral("jsonhdr")));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.count(TraceEvent::Kind::Read), 1);
    QCOMPARE(result.framePayloads(), Bytes({"hello", "world", "egon"}));
    QCOMPARE(result.frames.at(0).header.value(QStringLiteral("size")).toInt(), 5);
    QCOMPARE(result.events(TraceEvent::Kind::Frame).at(0).headerLength, 4 + 10);
}

void TestLabSimulator::udpKeepsBoundariesAndEmptyDatagram()
{
    const LabResult result = LabSimulator::run(preset(QStringLiteral("udp")));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.readPayloads(), Bytes({"hello", "world", "egon", ""}));
    QCOMPARE(result.framePayloads(), Bytes({"hello", "world", "egon", ""}));
    QCOMPARE(result.count(TraceEvent::Kind::Segment), 4);
    QCOMPARE(result.events(TraceEvent::Kind::Read).at(3).length, 0);
    QCOMPARE(result.truncatedDatagrams, 0);
    QVERIFY(LabPresets::explain(QStringLiteral("udp"), result).contains(QStringLiteral("1 empty datagram")));
}

void TestLabSimulator::emptyTcpSendPutsNothingOnTheWire()
{
    LabExperiment experiment = preset(QStringLiteral("udp"));
    experiment.transport = LabExperiment::Transport::Tcp;
    const LabResult result = LabSimulator::run(experiment);
    QVERIFY(result.error.isEmpty());
    // The empty write call happened (4 sends) but no segment, read or frame carries it.
    QCOMPARE(result.count(TraceEvent::Kind::Send), 4);
    QCOMPARE(result.events(TraceEvent::Kind::Send).at(3).length, 0);
    QCOMPARE(payloads(result, TraceEvent::Kind::Segment), Bytes({"hello", "worldegon"}));
    QCOMPARE(result.readPayloads(), Bytes({"helloworldegon"}));
    for (const TraceEvent &event : result.trace.events()) {
        if (event.kind != TraceEvent::Kind::Send)
            QVERIFY(event.length > 0);
    }
}

void TestLabSimulator::nagleVersusNoDelay()
{
    LabExperiment experiment = preset(QStringLiteral("nagle"));
    const LabResult nagle = LabSimulator::run(experiment);
    QCOMPARE(nagle.count(TraceEvent::Kind::Send), 20);
    // "a" at once; then each segment waits for the delayed ACK (40 ms) of the one before, or the close.
    QCOMPARE(payloads(nagle, TraceEvent::Kind::Segment), Bytes({"a", "bcdefghi", "jklmnopq", "rst"}));
    const QList<TraceEvent> segments = nagle.events(TraceEvent::Kind::Segment);
    QCOMPARE(segments.at(1).timeNs, 41000000); // 0.5 ms there + 40 ms delayed ACK + 0.5 ms back
    experiment.noDelay = true;
    const LabResult noDelay = LabSimulator::run(experiment);
    QCOMPARE(noDelay.count(TraceEvent::Kind::Segment), 20);
    QCOMPARE(noDelay.count(TraceEvent::Kind::Read), 20);
    const QString explanation = LabPresets::explain(QStringLiteral("nagle"), nagle);
    QVERIFY2(explanation.contains(QStringLiteral("20 writes went out as 4 segments")) &&
                 explanation.contains(QStringLiteral("20 segments")),
             qPrintable(explanation));
}

void TestLabSimulator::sameDescriptionSameTrace_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : LabPresets::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestLabSimulator::sameDescriptionSameTrace()
{
    QFETCH(QString, name);
    const LabResult first = LabSimulator::run(preset(name));
    const LabResult second = LabSimulator::run(preset(name));
    QVERIFY(!first.trace.events().isEmpty());
    QCOMPARE(first.trace.events(), second.trace.events());
    QCOMPARE(first.framePayloads(), second.framePayloads());
    QCOMPARE(first.durationNs, second.durationNs);
}

void TestLabSimulator::readWithoutDelaySeesFirstSegmentAlone()
{
    LabExperiment experiment = preset(QStringLiteral("coalesce"));
    experiment.readDelayMs = 0;
    const LabResult result = LabSimulator::run(experiment);
    QCOMPARE(result.readPayloads(), Bytes({"hello", "worldegon"}));
    QCOMPARE(result.events(TraceEvent::Kind::Read).at(0).timeNs, 500000);
    QVERIFY(LabPresets::explain(QStringLiteral("coalesce"), result).contains(QStringLiteral("2 read")));
}

void TestLabSimulator::splitPatternWrites()
{
    LabExperiment experiment = tcp({"hello", "world"});
    experiment.pattern = LabExperiment::SendPattern::SplitEach;
    experiment.splitParts = 3;
    experiment.noDelay = true;
    experiment.readDelayMs = 50;
    const LabResult result = LabSimulator::run(experiment);
    QCOMPARE(payloads(result, TraceEvent::Kind::Send), Bytes({"h", "el", "lo", "w", "or", "ld"}));
    QCOMPARE(result.count(TraceEvent::Kind::Segment), 6);
    QCOMPARE(result.readPayloads(), Bytes({"helloworld"}));
}

void TestLabSimulator::allInOneWrite()
{
    LabExperiment experiment = tcp({"ab", "cd", "ef"});
    experiment.pattern = LabExperiment::SendPattern::AllInOne;
    experiment.readSizes = {2};
    const LabResult result = LabSimulator::run(experiment);
    QCOMPARE(payloads(result, TraceEvent::Kind::Send), Bytes({"abcdef"}));
    QCOMPARE(result.readPayloads(), Bytes({"ab", "cd", "ef"}));
    QCOMPARE(result.plan.spans.size(), 3);
}

void TestLabSimulator::largeMessageIsCutIntoSegmentsAndReads()
{
    LabExperiment experiment;
    experiment.messages = LabExperiment::generateMessages(1, 5000);
    experiment.readSizes = {1024};
    experiment.readDelayMs = 10;
    const LabResult result = LabSimulator::run(experiment);
    QCOMPARE(result.count(TraceEvent::Kind::Send), 1);
    // 5000 bytes with MSS 1460: 1460 + 1460 + 1460 + 620.
    QList<qint64> segmentSizes;
    for (const TraceEvent &segment : result.events(TraceEvent::Kind::Segment))
        segmentSizes.append(segment.length);
    QCOMPARE(segmentSizes, QList<qint64>({1460, 1460, 1460, 620}));
    QList<qint64> readSizes;
    for (const TraceEvent &read : result.events(TraceEvent::Kind::Read))
        readSizes.append(read.length);
    QCOMPARE(readSizes, QList<qint64>({1024, 1024, 1024, 1024, 904}));
    QCOMPARE(result.readPayloads().join(), experiment.messages.constFirst());
}

void TestLabSimulator::receiverThatStopsReadingBlocksTheSender()
{
    LabExperiment experiment;
    experiment.messages = LabExperiment::generateMessages(1, 300000);
    experiment.readSizes = {1000};
    experiment.repeatReadSizes = false;
    experiment.receiveBuffer = 65536;
    experiment.sendBuffer = 65536;
    const LabResult result = LabSimulator::run(experiment);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.count(TraceEvent::Kind::Read), 1);
    QVERIFY(result.senderBlocked);
    QCOMPARE(result.unreadBytes, 300000 - 1000);
    // The window never lets more than the receive buffer onto the wire.
    qint64 onWire = 0;
    for (const TraceEvent &segment : result.events(TraceEvent::Kind::Segment))
        onWire += segment.length;
    QVERIFY(onWire <= 65536 + 1000);
    QVERIFY(LabPresets::explain(QString(), result).contains(QStringLiteral("The sender is stuck")));
}

void TestLabSimulator::udpReadSmallerThanDatagramTruncates()
{
    LabExperiment experiment = preset(QStringLiteral("udp"));
    experiment.readSizes = {3};
    const LabResult result = LabSimulator::run(experiment);
    QCOMPARE(result.readPayloads(), Bytes({"hel", "wor", "ego", ""}));
    QCOMPARE(result.truncatedDatagrams, 3);
    QVERIFY(LabPresets::explain(QStringLiteral("udp"), result).contains(QStringLiteral("3 datagrams were longer")));
}

void TestLabSimulator::udpFullReceiveBufferDrops()
{
    LabExperiment experiment;
    experiment.transport = LabExperiment::Transport::Udp;
    experiment.messages = LabExperiment::generateMessages(10, 1000);
    experiment.receiveBuffer = 4500;
    experiment.readDelayMs = 100;
    const LabResult result = LabSimulator::run(experiment);
    QCOMPARE(result.droppedDatagrams, 6);
    QCOMPARE(result.count(TraceEvent::Kind::Read), 4);
    QCOMPARE(result.readPayloads().constFirst(), experiment.messages.at(0));
    QCOMPARE(result.readPayloads().constLast(), experiment.messages.at(3));
}

void TestLabSimulator::framingErrorIsReported()
{
    // The sender frames with struct-i, but a message of 0x80000000 bytes cannot exist: feed a raw negative
    // length instead by sending unframed bytes to a receiver that expects struct-i.
    LabExperiment experiment = tcp({QByteArray("\x00\x00\x00\x80xyz", 7)});
    experiment.framing = QStringLiteral("none");
    LabResult result = LabSimulator::run(experiment);
    QVERIFY(result.error.isEmpty());
    experiment.framing = QStringLiteral("len:4");
    experiment.messages = {QByteArray(20, 'x')};
    experiment.framing = QStringLiteral("len:4");
    result = LabSimulator::run(experiment);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.framePayloads(), Bytes({QByteArray(20, 'x')}));
}

void TestLabSimulator::incompleteFrameAtEnd()
{
    LabExperiment experiment = preset(QStringLiteral("length-prefix"));
    experiment.readSizes = {14};
    experiment.repeatReadSizes = false;
    const LabResult result = LabSimulator::run(experiment);
    QCOMPARE(result.framePayloads(), Bytes({"hello"}));
    QCOMPARE(result.incompleteFrame, QStringLiteral("Incomplete frame: 5 of 9 bytes."));
    QCOMPARE(result.unreadBytes, 12);
    const QString explanation = LabPresets::explain(QStringLiteral("length-prefix"), result);
    QVERIFY2(explanation.endsWith(QStringLiteral("12 bytes were never read. Incomplete frame: 5 of 9 bytes.")),
             qPrintable(explanation));
}

void TestLabSimulator::handshakeOutOfStep()
{
    // Reading the length with recv(1) takes "1" of "14": the receiver believes a 1-byte message, as the
    // tutorials' client would, and the handshake falls apart.
    LabExperiment experiment = tcp({"helloworldegon"});
    experiment.pattern = LabExperiment::SendPattern::Handshake;
    experiment.readSizes = {1};
    const LabResult result = LabSimulator::run(experiment);
    QCOMPARE(result.framePayloads(), Bytes({"4"}));
    QCOMPARE(result.error, QStringLiteral("The handshake is out of step: expected a length as text, read \"h\"."));
    QVERIFY(!result.runFailed);
}

void TestLabSimulator::invalidExperiments_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("error");
    QTest::newRow("no messages") << 0 << QStringLiteral("The experiment has no messages.");
    QTest::newRow("read size 0") << 1 << QStringLiteral("Read size 0 is out of range (1 to 67108864 bytes).");
    QTest::newRow("udp handshake") << 2
                                   << QStringLiteral("The ready handshake needs TCP: UDP keeps message boundaries by "
                                                     "itself.");
    QTest::newRow("udp framing") << 3
                                 << QStringLiteral("Framing applies to TCP; over UDP each datagram is already one "
                                                   "message.");
    QTest::newRow("bad framing") << 4
                                 << QStringLiteral("Bad framing \"len:3\": the length size must be 1, 2, 4 or 8 "
                                                   "bytes.");
    QTest::newRow("split 1") << 5 << QStringLiteral("Split each message into 2 to 1024 writes, not 1.");
    QTest::newRow("negative delay") << 6 << QStringLiteral("Read delay -1 ms is out of range (0 to 60000 ms).");
    QTest::newRow("handshake framing") << 7
                                       << QStringLiteral("The ready handshake is its own framing: set framing to "
                                                         "none.");
}

void TestLabSimulator::invalidExperiments()
{
    QFETCH(int, which);
    QFETCH(QString, error);
    LabExperiment experiment = tcp({"hello"});
    switch (which) {
    case 0:
        experiment.messages.clear();
        break;
    case 1:
        experiment.readSizes = {5, 0};
        break;
    case 2:
        experiment.transport = LabExperiment::Transport::Udp;
        experiment.pattern = LabExperiment::SendPattern::Handshake;
        break;
    case 3:
        experiment.transport = LabExperiment::Transport::Udp;
        experiment.framing = QStringLiteral("line");
        break;
    case 4:
        experiment.framing = QStringLiteral("len:3");
        break;
    case 5:
        experiment.pattern = LabExperiment::SendPattern::SplitEach;
        experiment.splitParts = 1;
        break;
    case 6:
        experiment.readDelayMs = -1;
        break;
    case 7:
        experiment.pattern = LabExperiment::SendPattern::Handshake;
        experiment.framing = QStringLiteral("line");
        break;
    }
    QCOMPARE(experiment.validate(), error);
    const LabResult result = LabSimulator::run(experiment);
    QVERIFY(result.runFailed);
    QCOMPARE(result.error, error);
    QVERIFY(result.trace.events().isEmpty());
}

void TestLabSimulator::parseMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Bytes>("expected");
    QTest::newRow("three") << QStringLiteral("hello,world,egon") << Bytes({"hello", "world", "egon"});
    QTest::newRow("trailing empty") << QStringLiteral("a,b,") << Bytes({"a", "b", ""});
    QTest::newRow("escaped comma") << QStringLiteral("a\\,b,c") << Bytes({"a,b", "c"});
    QTest::newRow("hex escape") << QStringLiteral("\\x00\\x01,x") << Bytes({QByteArray("\0\1", 2), "x"});
    QTest::newRow("chinese") << QStringLiteral("你好") << Bytes({"\xe4\xbd\xa0\xe5\xa5\xbd"});
    QTest::newRow("one empty") << QString() << Bytes({""});
}

void TestLabSimulator::parseMessages()
{
    QFETCH(QString, text);
    QFETCH(Bytes, expected);
    Bytes messages;
    QString error;
    QVERIFY(LabExperiment::parseMessages(text, &messages, &error));
    QCOMPARE(messages, expected);
    QVERIFY(!LabExperiment::parseMessages(QStringLiteral("ok,bad\\xZZ"), &messages, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Message 2: ")), qPrintable(error));
}

void TestLabSimulator::parseReadSizes()
{
    QList<qint64> sizes;
    QString error;
    QVERIFY(LabExperiment::parseReadSizes(QStringLiteral("1,5, 1"), &sizes, &error));
    QCOMPARE(sizes, QList<qint64>({1, 5, 1}));
    QVERIFY(!LabExperiment::parseReadSizes(QStringLiteral("1,x"), &sizes, &error));
    QCOMPARE(error, QStringLiteral("\"x\" is not a read size (1 to 67108864 bytes)."));
    QVERIFY(sizes.isEmpty());
    QVERIFY(!LabExperiment::parseReadSizes(QStringLiteral("-4"), &sizes, &error));
}

void TestLabSimulator::patternText()
{
    LabExperiment experiment;
    QString error;
    QVERIFY(experiment.setPatternText(QStringLiteral("split:4"), &error));
    QCOMPARE(experiment.pattern, LabExperiment::SendPattern::SplitEach);
    QCOMPARE(experiment.splitParts, 4);
    QCOMPARE(experiment.patternText(), QStringLiteral("split:4"));
    for (const QString &name : {QStringLiteral("each"), QStringLiteral("one"), QStringLiteral("handshake")}) {
        QVERIFY(experiment.setPatternText(name, &error));
        QCOMPARE(experiment.patternText(), name);
    }
    QVERIFY(!experiment.setPatternText(QStringLiteral("split:1"), &error));
    QCOMPARE(error, QStringLiteral("\"split:1\": split into 2 to 1024 writes, e.g. split:3."));
    QVERIFY(!experiment.setPatternText(QStringLiteral("many"), &error));
    QCOMPARE(error, QStringLiteral("Unknown send pattern \"many\" (each, one, split:K, handshake)."));
}

void TestLabSimulator::generatedMessages()
{
    const Bytes messages = LabExperiment::generateMessages(3, 8);
    QCOMPARE(messages, Bytes({"msg1-abc", "msg2-bcd", "msg3-cde"}));
    QCOMPARE(LabExperiment::generateMessages(2, 3), Bytes({"msg", "msg"}));
    QCOMPARE(LabExperiment::generateMessages(1, 0), Bytes({""}));
}

void TestLabSimulator::spans()
{
    LabExperiment experiment = tcp({"ab", "", "cde"});
    experiment.framing = QStringLiteral("line");
    LabSendPlan plan;
    QString error;
    QVERIFY(LabSendPlan::build(experiment, &plan, &error));
    QCOMPARE(plan.stream, QByteArray("ab\n\ncde\n"));
    QCOMPARE(plan.spans.size(), 3);
    QCOMPARE(plan.spans.at(0), (LabMessageSpan{0, 3, 0, 1}));
    QCOMPARE(plan.spans.at(1), (LabMessageSpan{3, 1, 0, 1}));
    QCOMPARE(plan.spans.at(2), (LabMessageSpan{4, 4, 0, 1}));
    experiment.messages = {"a\nb"};
    QVERIFY(!LabSendPlan::build(experiment, &plan, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Message 1: ")), qPrintable(error));
}

void TestLabSimulator::coalescedAndSplitCounts()
{
    LabExperiment experiment = tcp({"aaaa", "bbbb", "cccc"});
    experiment.readSizes = {6};
    experiment.readDelayMs = 50;
    const LabResult result = LabSimulator::run(experiment);
    QCOMPARE(result.readPayloads(), Bytes({"aaaabb", "bbcccc"}));
    QCOMPARE(result.coalescedReads(), 2);
    QCOMPARE(result.splitSends(), 1);
    const QString explanation = LabPresets::explain(QString(), result);
    QVERIFY2(explanation.contains(QStringLiteral("3 writes were read in 2 reads.")) &&
                 explanation.contains(QStringLiteral("2 reads held bytes of more than one write")) &&
                 explanation.contains(QStringLiteral("1 write was spread over more than one read")),
             qPrintable(explanation));
}

void TestLabSimulator::summarizeRuns()
{
    LabExperiment experiment = preset(QStringLiteral("coalesce"));
    QList<LabResult> runs;
    runs.append(LabSimulator::run(experiment));
    runs.append(LabSimulator::run(experiment));
    experiment.readDelayMs = 0;
    runs.append(LabSimulator::run(experiment));
    QCOMPARE(LabPresets::summarizeRuns(runs),
             QStringLiteral("3 sends → 1 read in 2 of 3 runs. 3 sends → 2 reads in 1 of 3 runs."));
    // Chinese sentences follow one another without a space; the English ones come back after.
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    const QString chinese = LabPresets::summarizeRuns(runs);
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(chinese,
             QStringLiteral("3 次运行中有 2 次：3 次发送 → 1 次读取。3 次运行中有 1 次：3 次发送 → 2 次读取。"));
}

QTEST_GUILESS_MAIN(TestLabSimulator)
#include "tst_labsimulator.moc"

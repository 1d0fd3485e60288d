// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <type_traits>

#include <QTest>

#include "trace/streamtrace.h"

class TestStreamTrace : public QObject
{
    Q_OBJECT

private slots:
    void offsets_data();
    void offsets();
    void interleavedSendsAndReads();
    void timesAreNonDecreasing();
    void keepsBytesUpToCap_data();
    void keepsBytesUpToCap();
    void droppedEvents();
    void recordFrame();
    void restart();
    void appendKeepsGivenOffsetsAndTimes();
    void appendBytes();
    void copyIsIndependent();
};

void TestStreamTrace::offsets_data()
{
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<qint64>("total");

    QTest::newRow("none") << QByteArrayList() << QList<qint64>() << qint64(0);
    QTest::newRow("one") << QByteArrayList{"hello"} << QList<qint64>{0} << qint64(5);
    QTest::newRow("three") << QByteArrayList{"hello", "world", "egon"} << QList<qint64>{0, 5, 10} << qint64(14);
    QTest::newRow("empty chunk records nothing") << QByteArrayList{"ab", "", "c"} << QList<qint64>{0, 2} << qint64(3);
    QTest::newRow("binary") << QByteArrayList{QByteArray("\0\xff", 2), QByteArray(1000, 'x')} << QList<qint64>{0, 2}
                            << qint64(1002);
}

void TestStreamTrace::offsets()
{
    QFETCH(QByteArrayList, chunks);
    QFETCH(QList<qint64>, offsets);
    QFETCH(qint64, total);

    for (const auto kind : {TraceEvent::Kind::Send, TraceEvent::Kind::Read}) {
        StreamTrace trace;
        QByteArray stream;
        for (const QByteArray &chunk : chunks) {
            if (kind == TraceEvent::Kind::Send)
                trace.recordSend(chunk);
            else
                trace.recordRead(chunk);
            stream += chunk;
        }
        QCOMPARE(trace.events().size(), offsets.size());
        QList<qint64> lengths;
        for (const QByteArray &chunk : chunks) {
            if (!chunk.isEmpty())
                lengths.append(chunk.size());
        }
        for (qsizetype i = 0; i < offsets.size(); ++i) {
            const TraceEvent &event = trace.events().at(i);
            QCOMPARE(event.kind, kind);
            QCOMPARE(event.offset, offsets.at(i));
            QCOMPARE(event.length, lengths.at(i));
            QCOMPARE(event.headerLength, qint64(0));
            QCOMPARE(event.trailerLength, qint64(0));
        }
        const bool sending = kind == TraceEvent::Kind::Send;
        QCOMPARE(trace.bytesSent(), sending ? total : 0);
        QCOMPARE(trace.bytesRead(), sending ? 0 : total);
        QCOMPARE(trace.sentBytes(), sending ? stream : QByteArray());
        QCOMPARE(trace.readBytes(), sending ? QByteArray() : stream);
        QCOMPARE(trace.droppedEvents(), 0);
    }
}

void TestStreamTrace::interleavedSendsAndReads()
{
    StreamTrace trace;
    trace.recordSend("hello");
    trace.recordRead("hel");
    trace.recordSend("world");
    trace.recordRead("lowor");
    trace.recordSend("egon");
    trace.recordRead("ldegon");

    const QList<TraceEvent> &events = trace.events();
    QCOMPARE(events.size(), 6);
    const QList<TraceEvent::Kind> kinds{TraceEvent::Kind::Send, TraceEvent::Kind::Read, TraceEvent::Kind::Send,
                                        TraceEvent::Kind::Read, TraceEvent::Kind::Send, TraceEvent::Kind::Read};
    const QList<qint64> offsets{0, 0, 5, 3, 10, 8};
    const QList<qint64> lengths{5, 3, 5, 5, 4, 6};
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(events.at(i).kind, kinds.at(i));
        QCOMPARE(events.at(i).offset, offsets.at(i));
        QCOMPARE(events.at(i).length, lengths.at(i));
    }
    QCOMPARE(trace.bytesSent(), 14);
    QCOMPARE(trace.bytesRead(), 14);
    QCOMPARE(trace.sentBytes(), QByteArray("helloworldegon"));
    QCOMPARE(trace.readBytes(), QByteArray("helloworldegon"));
}

void TestStreamTrace::timesAreNonDecreasing()
{
    StreamTrace trace;
    const qint64 before = trace.elapsedNs();
    QVERIFY(before >= 0);
    for (int i = 0; i < 1000; ++i) {
        trace.recordSend("x");
        trace.recordRead("x");
    }
    const qint64 after = trace.elapsedNs();
    qint64 previous = before;
    for (const TraceEvent &event : trace.events()) {
        QVERIFY(event.timeNs >= previous);
        previous = event.timeNs;
    }
    QVERIFY(previous <= after);
}

void TestStreamTrace::keepsBytesUpToCap_data()
{
    QTest::addColumn<qsizetype>("cap");
    QTest::addColumn<QByteArray>("sentKept");
    QTest::addColumn<QByteArray>("readKept");

    // Sends "hello", "world", "egon"; reads "hel", "lowor", "ldegon".
    QTest::newRow("no bytes kept") << qsizetype(0) << QByteArray() << QByteArray();
    QTest::newRow("inside first chunk") << qsizetype(4) << QByteArray("hell") << QByteArray("hell");
    QTest::newRow("at chunk boundary") << qsizetype(5) << QByteArray("hello") << QByteArray("hello");
    QTest::newRow("one short") << qsizetype(13) << QByteArray("helloworldego") << QByteArray("helloworldego");
    QTest::newRow("exact") << qsizetype(14) << QByteArray("helloworldegon") << QByteArray("helloworldegon");
    QTest::newRow("room to spare") << qsizetype(1000) << QByteArray("helloworldegon") << QByteArray("helloworldegon");
    QTest::newRow("negative counts as zero") << qsizetype(-1) << QByteArray() << QByteArray();
}

void TestStreamTrace::keepsBytesUpToCap()
{
    QFETCH(qsizetype, cap);
    QFETCH(QByteArray, sentKept);
    QFETCH(QByteArray, readKept);

    StreamTrace trace(100, cap);
    QCOMPARE(trace.maxBytesKept(), qMax<qsizetype>(cap, 0));
    for (const char *chunk : {"hello", "world", "egon"})
        trace.recordSend(chunk);
    for (const char *chunk : {"hel", "lowor", "ldegon"})
        trace.recordRead(chunk);
    QCOMPARE(trace.sentBytes(), sentKept);
    QCOMPARE(trace.readBytes(), readKept);
    QCOMPARE(trace.bytesSent(), 14);
    QCOMPARE(trace.bytesRead(), 14);
    QCOMPARE(trace.events().size(), 6);
    QCOMPARE(trace.events().last().offset, 8);
    QCOMPARE(trace.events().last().length, 6);
}

void TestStreamTrace::droppedEvents()
{
    StreamTrace trace(3, 4);
    QCOMPARE(trace.maxEvents(), 3);
    for (int i = 0; i < 10; ++i)
        trace.recordSend("abc");
    trace.recordRead("0123456789");
    trace.recordFrame(0, 10, 4, 0);

    QCOMPARE(trace.events().size(), 3);
    QCOMPARE(trace.droppedEvents(), 9);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(trace.events().at(i).kind, TraceEvent::Kind::Send);
        QCOMPARE(trace.events().at(i).offset, 3 * i);
    }
    QCOMPARE(trace.bytesSent(), 30);
    QCOMPARE(trace.bytesRead(), 10);
    QCOMPARE(trace.sentBytes(), QByteArray("abca"));
    QCOMPARE(trace.readBytes(), QByteArray("0123"));

    // Offsets continue from the exact totals, not from the kept events.
    StreamTrace none(0);
    none.recordSend("hello");
    none.recordSend("world");
    QVERIFY(none.events().isEmpty());
    QCOMPARE(none.droppedEvents(), 2);
    QCOMPARE(none.bytesSent(), 10);
    QCOMPARE(none.maxEvents(), 0);
    QCOMPARE(StreamTrace(-5).maxEvents(), 0);
}

void TestStreamTrace::recordFrame()
{
    StreamTrace trace;
    trace.recordRead(QByteArray("\0\0\0\x05hello\0\0\0\x05world", 18));
    trace.recordFrame(0, 9, 4, 0);
    trace.recordFrame(9, 9, 4, 0);
    trace.recordFrame(18, 7, 0, 2);

    const QList<TraceEvent> &events = trace.events();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(1).kind, TraceEvent::Kind::Frame);
    QCOMPARE(events.at(1).offset, 0);
    QCOMPARE(events.at(1).length, 9);
    QCOMPARE(events.at(1).headerLength, 4);
    QCOMPARE(events.at(1).trailerLength, 0);
    QCOMPARE(events.at(2).offset, 9);
    QCOMPARE(events.at(3).offset, 18);
    QCOMPARE(events.at(3).length, 7);
    QCOMPARE(events.at(3).headerLength, 0);
    QCOMPARE(events.at(3).trailerLength, 2);
    QVERIFY(events.at(3).timeNs >= events.at(0).timeNs);
    // Frames describe bytes already read: they never move the totals, even one reaching past them.
    QCOMPARE(trace.bytesRead(), 18);
    QCOMPARE(trace.bytesSent(), 0);
    QCOMPARE(trace.readBytes().size(), 18);
    trace.recordRead("\r\n");
    QCOMPARE(trace.events().last().offset, 18);
}

void TestStreamTrace::restart()
{
    StreamTrace trace(2, 3);
    trace.recordSend("hello");
    trace.recordRead("hi");
    trace.recordSend("again");
    QTest::qSleep(20);
    QVERIFY(trace.elapsedNs() >= 20 * 1000 * 1000);

    trace.restart();
    QVERIFY(trace.elapsedNs() < 20 * 1000 * 1000);
    QVERIFY(trace.events().isEmpty());
    QCOMPARE(trace.droppedEvents(), 0);
    QCOMPARE(trace.bytesSent(), 0);
    QCOMPARE(trace.bytesRead(), 0);
    QVERIFY(trace.sentBytes().isEmpty());
    QVERIFY(trace.readBytes().isEmpty());
    QCOMPARE(trace.maxEvents(), 2);
    QCOMPARE(trace.maxBytesKept(), 3);

    trace.recordSend("egon");
    QCOMPARE(trace.events().size(), 1);
    QCOMPARE(trace.events().at(0).offset, 0);
    QCOMPARE(trace.sentBytes(), QByteArray("ego"));
}

void TestStreamTrace::appendKeepsGivenOffsetsAndTimes()
{
    StreamTrace trace;
    const auto event = [](TraceEvent::Kind kind, qint64 offset, qint64 length, qint64 timeNs) {
        TraceEvent e;
        e.kind = kind;
        e.offset = offset;
        e.length = length;
        e.timeNs = timeNs;
        return e;
    };
    const QList<TraceEvent> events{
        event(TraceEvent::Kind::Send, 0, 5, 1000),     event(TraceEvent::Kind::Send, 5, 5, 2000),
        event(TraceEvent::Kind::Segment, 0, 10, 2500), event(TraceEvent::Kind::Read, 0, 7, 40000000),
        event(TraceEvent::Kind::Read, 7, 3, 40000100), event(TraceEvent::Kind::Frame, 0, 5, 40000200),
    };
    for (const TraceEvent &e : events)
        trace.append(e);
    QCOMPARE(trace.events(), events);
    QCOMPARE(trace.bytesSent(), 10);
    QCOMPARE(trace.bytesRead(), 10);
    QVERIFY(trace.sentBytes().isEmpty());
    QVERIFY(trace.readBytes().isEmpty());

    // Segments and frames lie within the sends and reads; out-of-order (earlier) ranges leave the totals alone.
    trace.append(event(TraceEvent::Kind::Segment, 10, 2, 50000000));
    QCOMPARE(trace.bytesSent(), 10);
    trace.append(event(TraceEvent::Kind::Read, 2, 3, 1));
    QCOMPARE(trace.bytesRead(), 10);
    QCOMPARE(trace.events().size(), 8);
    QCOMPARE(trace.events().last().timeNs, 1);
}

void TestStreamTrace::appendBytes()
{
    StreamTrace trace(100, 8);
    trace.appendSentBytes("hello");
    trace.appendSentBytes("world");
    trace.appendSentBytes("");
    trace.appendReadBytes(QByteArray("\0\xff", 2));
    QVERIFY(trace.events().isEmpty());
    QCOMPARE(trace.sentBytes(), QByteArray("hellowor"));
    QCOMPARE(trace.readBytes(), QByteArray("\0\xff", 2));
    QCOMPARE(trace.bytesSent(), 10);
    QCOMPARE(trace.bytesRead(), 2);

    // With matching events (the simulator's way) the totals are not counted twice.
    TraceEvent send;
    send.kind = TraceEvent::Kind::Send;
    send.offset = 0;
    send.length = 10;
    trace.append(send);
    QCOMPARE(trace.bytesSent(), 10);
    send.offset = 10;
    send.length = 4;
    trace.append(send);
    trace.appendSentBytes("egon");
    QCOMPARE(trace.bytesSent(), 14);
    QCOMPARE(trace.sentBytes(), QByteArray("hellowor"));
}

void TestStreamTrace::copyIsIndependent()
{
    static_assert(std::is_copy_constructible_v<StreamTrace> && std::is_copy_assignable_v<StreamTrace>);
    static_assert(std::is_nothrow_move_constructible_v<StreamTrace>);

    StreamTrace original(10, 100);
    original.recordSend("hello");
    original.recordRead("he");
    StreamTrace copy = original;
    original.recordSend("world");
    original.recordRead("llo");

    QCOMPARE(copy.events().size(), 2);
    QCOMPARE(copy.bytesSent(), 5);
    QCOMPARE(copy.bytesRead(), 2);
    QCOMPARE(copy.sentBytes(), QByteArray("hello"));
    QCOMPARE(copy.readBytes(), QByteArray("he"));
    QCOMPARE(original.events().size(), 4);
    QCOMPARE(original.sentBytes(), QByteArray("helloworld"));

    copy.recordSend("egon");
    QCOMPARE(copy.events().last().offset, 5);
    QCOMPARE(original.events().size(), 4);
    QCOMPARE(original.bytesSent(), 10);

    StreamTrace assigned;
    assigned = copy;
    copy.restart();
    QCOMPARE(assigned.events().size(), 3);
    QCOMPARE(assigned.sentBytes(), QByteArray("helloegon"));
    QVERIFY(copy.events().isEmpty());
    QVERIFY(assigned.elapsedNs() >= 0);
}

QTEST_GUILESS_MAIN(TestStreamTrace)
#include "tst_streamtrace.moc"

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <atomic>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include "engine/enginethread.h"
#include "engine/trafficbatcher.h"
#include "enginetestutil.h"
#include "framingtestutil.h"
#include "net/tcpclient.h"
#include "net/tcpconnection.h"
#include "net/tcpserver.h"
#include "net/udppeer.h"

namespace {
const QHostAddress localhost(QHostAddress::LocalHost);
constexpr int Timeout = 10000;

using EngineTestUtil::inEngine;

TrafficEntry numbered(quint64 sequence)
{
    TrafficEntry entry;
    entry.sequence = sequence;
    entry.data = QByteArray::number(sequence);
    return entry;
}

/** The GUI side: a main-thread object that keeps every batch. */
struct Sink
{
    QObject context;
    QList<TrafficEntry> entries;
    QList<qsizetype> batchSizes;
    quint64 droppedSoFar = 0;
    QList<QThread *> deliveredIn;
    int delayMs = 0; ///< a slow view: time spent per batch

    void attach(TrafficBatcher *batcher)
    {
        QObject::connect(batcher, &TrafficBatcher::batchReady, &context,
                         [this](const QList<TrafficEntry> &batch, quint64 dropped) {
                             entries += batch;
                             batchSizes.append(batch.size());
                             droppedSoFar = dropped;
                             deliveredIn.append(QThread::currentThread());
                             if (delayMs > 0)
                                 QThread::msleep(static_cast<unsigned long>(delayMs));
                         });
    }
};

/** Makes `producer` add `total` numbered entries to `batcher` in the engine, `perTick` every `tickMs`. */
void produce(EngineThread &engine, TrafficBatcher *batcher, quint64 total, quint64 perTick, int tickMs,
             std::shared_ptr<std::atomic<bool>> finished)
{
    engine.post([batcher, total, perTick, tickMs, finished] {
        auto *timer = new QTimer(batcher);
        timer->setTimerType(Qt::PreciseTimer);
        auto next = std::make_shared<quint64>(0);
        QObject::connect(timer, &QTimer::timeout, timer, [batcher, timer, total, perTick, finished, next] {
            for (quint64 i = 0; i < perTick && *next < total; ++i)
                batcher->add(numbered(++*next));
            if (*next == total) {
                timer->deleteLater();
                finished->store(true);
            }
        });
        timer->start(tickMs);
    });
}

/** One row as text, so that a mismatch shows whole rows. */
QString describe(const TrafficEntry &entry)
{
    static const char *const directions[] = {"In", "Out", "Note", "Error"};
    static const char *const kinds[] = {"Read", "Write", "Frame", "Datagram", "Event"};
    return QStringLiteral("%1 %2 #%3 %4 data=%5 message=%6")
        .arg(QLatin1String(directions[static_cast<int>(entry.direction)]),
             QLatin1String(kinds[static_cast<int>(entry.kind)]))
        .arg(entry.connectionId)
        .arg(entry.peer, QString::fromLatin1(entry.data), entry.message);
}

QStringList describe(const QList<TrafficEntry> &entries)
{
    QStringList rows;
    for (const TrafficEntry &entry : entries)
        rows.append(describe(entry));
    return rows;
}

bool stampedNow(const QList<TrafficEntry> &entries, qint64 from)
{
    const qint64 until = QDateTime::currentMSecsSinceEpoch();
    for (const TrafficEntry &entry : entries) {
        if (entry.timeMs < from || entry.timeMs > until)
            return false;
    }
    return true;
}
} // namespace

/** Traffic rows from the engine thread to the GUI: complete, in order, at a bounded rate and in bounded memory. */
class TestTrafficBatcher : public QObject
{
    Q_OBJECT

private slots:
    void floodArrivesCompleteInOrderAndThrottled();
    void overflowDropsTheOldest_data();
    void overflowDropsTheOldest();
    void slowViewGetsFewerBatchesAndExactDrops();
    void firstEntryAtOnceThenTheRateHolds();
    void attachTcpServerAndClient();
    void attachFramesAndConnectErrors();
    void attachUdpPeer();
};

void TestTrafficBatcher::floodArrivesCompleteInOrderAndThrottled()
{
    constexpr quint64 total = 20000;
    EngineThread engine;
    auto *batcher = engine.adopt(new TrafficBatcher);
    QCOMPARE(batcher->maxRateHz(), 30);
    QCOMPARE(batcher->maxPending(), qsizetype(100000));
    // When each batch leaves, measured in the engine thread by the first receiver.
    QElapsedTimer clock;
    clock.start();
    auto emittedNs = std::make_shared<QList<qint64>>();
    connect(batcher, &TrafficBatcher::batchReady, batcher,
            [emittedNs, clock] { emittedNs->append(clock.nsecsElapsed()); });

    Sink sink;
    sink.attach(batcher);

    // 200 entries every 10 ms: 20,000 over about a second.
    auto finished = std::make_shared<std::atomic<bool>>(false);
    produce(engine, batcher, total, 200, 10, finished);
    QTRY_COMPARE_WITH_TIMEOUT(sink.entries.size(), qsizetype(total), Timeout);
    QVERIFY(finished->load());

    for (qsizetype i = 0; i < sink.entries.size(); ++i) {
        const TrafficEntry &entry = sink.entries.at(i);
        QCOMPARE(entry.sequence, quint64(i + 1));
        QCOMPARE(entry.data, QByteArray::number(i + 1));
        QVERIFY(entry.timeMs > 0);
    }
    QCOMPARE(sink.droppedSoFar, quint64(0));
    QCOMPARE(batcher->dropped(), quint64(0));
    QCOMPARE(sink.deliveredIn, QList<QThread *>(sink.batchSizes.size(), QThread::currentThread()));
    QVERIFY2(sink.batchSizes.size() > 1 && sink.batchSizes.size() <= 35,
             qPrintable(QString::number(sink.batchSizes.size())));

    // At most 30 a second: on average batches leave 1/30 s apart or more, and never much closer (the slack covers
    // the moment between the batcher's clock and this measurement, which a busy machine can stretch).
    const std::optional<QList<qint64>> times = inEngine(engine, [emittedNs] { return *emittedNs; });
    QVERIFY(times);
    QCOMPARE(times->size(), sink.batchSizes.size());
    constexpr qint64 intervalNs = 33333334;
    for (qsizetype i = 1; i < times->size(); ++i) {
        const qint64 gap = times->at(i) - times->at(i - 1);
        QVERIFY2(gap >= intervalNs * 3 / 4, qPrintable(QStringLiteral("batch %1 after %2 ns").arg(i).arg(gap)));
    }
    const qint64 averageNs = (times->constLast() - times->constFirst()) / (times->size() - 1);
    QVERIFY2(averageNs >= intervalNs - 1000000, qPrintable(QString::number(averageNs)));
}

void TestTrafficBatcher::overflowDropsTheOldest_data()
{
    QTest::addColumn<qsizetype>("maxPending");
    QTest::addColumn<int>("added");
    QTest::addColumn<quint64>("dropped");
    QTest::newRow("under") << qsizetype(100) << 99 << quint64(0);
    QTest::newRow("exactly full") << qsizetype(100) << 100 << quint64(0);
    QTest::newRow("over") << qsizetype(100) << 250 << quint64(150);
    QTest::newRow("one kept") << qsizetype(1) << 5 << quint64(4);
    QTest::newRow("zero counts as one") << qsizetype(0) << 3 << quint64(2);
}

void TestTrafficBatcher::overflowDropsTheOldest()
{
    QFETCH(qsizetype, maxPending);
    QFETCH(int, added);
    QFETCH(quint64, dropped);
    // In this thread, without an event loop turn in between: every entry is pending at once.
    TrafficBatcher batcher(30, maxPending);
    QSignalSpy spy(&batcher, &TrafficBatcher::batchReady);
    for (int i = 1; i <= added; ++i)
        batcher.add(numbered(quint64(i)));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(batcher.dropped(), dropped);
    QCOMPARE(batcher.pendingCount(), qsizetype(quint64(added) - dropped));

    batcher.flush();
    QCOMPARE(spy.count(), 1);
    const QList<TrafficEntry> batch = spy.at(0).at(0).value<QList<TrafficEntry>>();
    QCOMPARE(batch.size(), qsizetype(quint64(added) - dropped));
    for (qsizetype i = 0; i < batch.size(); ++i)
        QCOMPARE(batch.at(i).sequence, dropped + quint64(i) + 1); // the newest are kept
    QCOMPARE(spy.at(0).at(1).value<quint64>(), dropped);
    QCOMPARE(batcher.pendingCount(), qsizetype(0));

    // droppedSoFar counts since the start; nothing pending means nothing to send.
    batcher.add(numbered(quint64(added) + 1));
    batcher.flush();
    batcher.flush();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<QList<TrafficEntry>>().size(), qsizetype(1));
    QCOMPARE(spy.at(1).at(1).value<quint64>(), dropped);
    QTest::qWait(100);
    QCOMPARE(spy.count(), 2);
}

void TestTrafficBatcher::slowViewGetsFewerBatchesAndExactDrops()
{
    constexpr quint64 total = 10000;
    constexpr qsizetype maxPending = 500;
    EngineThread engine;
    auto *batcher = engine.adopt(new TrafficBatcher(30, maxPending));
    Sink sink;
    sink.delayMs = 100; // the view handles ten batches a second, the batcher could send thirty
    sink.attach(batcher);

    // 50 entries every 5 ms: 10,000 over about a second, 333 per 1/30 s, so a fast view would lose nothing.
    auto finished = std::make_shared<std::atomic<bool>>(false);
    produce(engine, batcher, total, 50, 5, finished);
    QTRY_VERIFY_WITH_TIMEOUT(finished->load(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(quint64(sink.entries.size()) + sink.droppedSoFar, total, Timeout);

    // Batches waited for the view instead of piling up in its queue; the oldest waiting entries were dropped.
    QVERIFY2(sink.batchSizes.size() <= 20, qPrintable(QString::number(sink.batchSizes.size())));
    QVERIFY(sink.droppedSoFar > 0);
    QCOMPARE(batcher->dropped(), sink.droppedSoFar);
    for (qsizetype size : std::as_const(sink.batchSizes))
        QVERIFY2(size <= maxPending, qPrintable(QString::number(size)));
    // What arrived is in order, each entry once, and the newest is never the one dropped.
    for (qsizetype i = 1; i < sink.entries.size(); ++i)
        QVERIFY(sink.entries.at(i).sequence > sink.entries.at(i - 1).sequence);
    QCOMPARE(sink.entries.constLast().sequence, total);
    QTest::qWait(200);
    QCOMPARE(quint64(sink.entries.size()) + sink.droppedSoFar, total);
}

void TestTrafficBatcher::firstEntryAtOnceThenTheRateHolds()
{
    TrafficBatcher batcher(2, 1000); // one batch per 500 ms
    QSignalSpy spy(&batcher, &TrafficBatcher::batchReady);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    batcher.add(numbered(1));
    TrafficEntry dated = numbered(2);
    dated.timeMs = 42;
    batcher.add(dated);
    // An idle batcher sends on the next turn of the event loop.
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 400);
    const QList<TrafficEntry> first = spy.at(0).at(0).value<QList<TrafficEntry>>();
    QCOMPARE(first.size(), qsizetype(2));
    QVERIFY(stampedNow(first.mid(0, 1), before));
    QCOMPARE(first.at(1).timeMs, qint64(42));

    // The next one waits for its turn ...
    batcher.add(numbered(3));
    QTest::qWait(150);
    QCOMPARE(spy.count(), 1);
    // ... unless flushed.
    batcher.flush();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<QList<TrafficEntry>>().constFirst().sequence, quint64(3));

    QElapsedTimer sinceFlush;
    sinceFlush.start();
    batcher.add(numbered(4));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 2000);
    QVERIFY2(sinceFlush.elapsed() >= 495, qPrintable(QString::number(sinceFlush.elapsed())));
    QCOMPARE(spy.at(2).at(0).value<QList<TrafficEntry>>().constFirst().sequence, quint64(4));
}

void TestTrafficBatcher::attachTcpServerAndClient()
{
    EngineThread engine;
    auto *server = engine.adopt(new TcpServer);
    auto *client = engine.adopt(new TcpClient);
    // One batcher each: their rows are each in a fixed order.
    auto *serverRows = engine.adopt(new TrafficBatcher);
    auto *clientRows = engine.adopt(new TrafficBatcher);
    TrafficBatcher::attach(server, serverRows);
    TrafficBatcher::attach(client, clientRows);
    Sink serverSink;
    Sink clientSink;
    serverSink.attach(serverRows);
    clientSink.attach(clientRows);

    quint16 port = 0;
    connect(server, &TcpServer::listening, &serverSink.context,
            [&port](const QString &, quint16 value) { port = value; });
    TcpServerConfig serverConfig;
    serverConfig.address = localhost;
    serverConfig.connection.reply.setMode(ReplyPolicy::Mode::Echo);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    engine.post([server, serverConfig] { server->start(serverConfig); });
    QTRY_VERIFY_WITH_TIMEOUT(port != 0, Timeout);

    TcpClientConfig clientConfig;
    clientConfig.host = QStringLiteral("127.0.0.1");
    clientConfig.port = port;
    engine.post([client, clientConfig] { client->start(clientConfig); });
    QTRY_COMPARE_WITH_TIMEOUT(clientSink.entries.size(), qsizetype(1), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(serverSink.entries.size(), qsizetype(1), Timeout);
    const std::optional<QString> clientEnd =
        inEngine(engine, [client] { return client->connection() ? client->connection()->local() : QString(); });
    QVERIFY(clientEnd && !clientEnd->isEmpty());
    const QString serverEnd = QStringLiteral("127.0.0.1:%1").arg(port);

    engine.post([client] { client->sendMessage("hello"); });
    QTRY_COMPARE_WITH_TIMEOUT(clientSink.entries.size(), qsizetype(3), Timeout);
    engine.post([client] { client->stop(); });
    QTRY_COMPARE_WITH_TIMEOUT(clientSink.entries.size(), qsizetype(4), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(serverSink.entries.size(), qsizetype(4), Timeout);

    QCOMPARE(describe(serverSink.entries),
             QStringList({QStringLiteral("Note Event #1 %1 data= message=connected").arg(*clientEnd),
                          QStringLiteral("In Read #1 %1 data=hello message=").arg(*clientEnd),
                          QStringLiteral("Out Write #1 %1 data=hello message=").arg(*clientEnd),
                          QStringLiteral("Note Event #1 %1 data= message=closed").arg(*clientEnd)}));
    QCOMPARE(describe(clientSink.entries),
             QStringList({QStringLiteral("Note Event #1 %1 data= message=connected").arg(serverEnd),
                          QStringLiteral("Out Write #1 %1 data=hello message=").arg(serverEnd),
                          QStringLiteral("In Read #1 %1 data=hello message=").arg(serverEnd),
                          QStringLiteral("Note Event #1 %1 data= message=closed").arg(serverEnd)}));
    QVERIFY(stampedNow(serverSink.entries, before));
    QVERIFY(stampedNow(clientSink.entries, before));
    QCOMPARE(serverSink.droppedSoFar + clientSink.droppedSoFar, quint64(0));
}

void TestTrafficBatcher::attachFramesAndConnectErrors()
{
    EngineThread engine;
    auto *server = engine.adopt(new TcpServer);
    auto *rows = engine.adopt(new TrafficBatcher);
    TrafficBatcher::attach(server, rows);
    Sink sink;
    sink.attach(rows);
    quint16 port = 0;
    connect(server, &TcpServer::listening, &sink.context, [&port](const QString &, quint16 value) { port = value; });
    TcpServerConfig config;
    config.address = localhost;
    config.connection.framing = FramingTestUtil::spec(QStringLiteral("line"));
    config.connection.reply.setMode(ReplyPolicy::Mode::Upper);
    engine.post([server, config] { server->start(config); });
    QTRY_VERIFY_WITH_TIMEOUT(port != 0, Timeout);

    QTcpSocket peer;
    QByteArray answer;
    connect(&peer, &QTcpSocket::readyRead, &peer, [&peer, &answer] { answer += peer.readAll(); });
    peer.connectToHost(localhost, port);
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QAbstractSocket::ConnectedState, Timeout);
    const QString from = QStringLiteral("127.0.0.1:%1").arg(peer.localPort());
    peer.write("ab\ncd\n");
    QTRY_COMPARE_WITH_TIMEOUT(answer, QByteArray("AB\nCD\n"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(sink.entries.size(), qsizetype(6), Timeout);
    QCOMPARE(describe(sink.entries),
             QStringList({QStringLiteral("Note Event #1 %1 data= message=connected").arg(from),
                          QStringLiteral("In Read #1 %1 data=ab\ncd\n message=").arg(from),
                          QStringLiteral("In Frame #1 %1 data=ab message=").arg(from),
                          QStringLiteral("Out Write #1 %1 data=AB\n message=").arg(from),
                          QStringLiteral("In Frame #1 %1 data=cd message=").arg(from),
                          QStringLiteral("Out Write #1 %1 data=CD\n message=").arg(from)}));

    // A client whose connection is refused: one Error row naming the target, tied to no connection.
    QTcpServer closed;
    QVERIFY(closed.listen(localhost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    auto *client = engine.adopt(new TcpClient);
    auto *clientRows = engine.adopt(new TrafficBatcher);
    TrafficBatcher::attach(client, clientRows);
    Sink clientSink;
    clientSink.attach(clientRows);
    TcpClientConfig clientConfig;
    clientConfig.host = QStringLiteral("127.0.0.1");
    clientConfig.port = closedPort;
    engine.post([client, clientConfig] { client->start(clientConfig); });
    QTRY_COMPARE_WITH_TIMEOUT(clientSink.entries.size(), qsizetype(1), Timeout);
    const QString target = QStringLiteral("127.0.0.1:%1").arg(closedPort);
    QCOMPARE(describe(clientSink.entries),
             QStringList({QStringLiteral("Error Event #0 %1 data= message=Connection to %1 was refused: nothing is "
                                         "listening on that port (or a firewall said no). Check the address and that "
                                         "the server is running.")
                              .arg(target)}));
}

void TestTrafficBatcher::attachUdpPeer()
{
    EngineThread engine;
    auto *peer = engine.adopt(new UdpPeer);
    auto *rows = engine.adopt(new TrafficBatcher);
    TrafficBatcher::attach(peer, rows);
    Sink sink;
    sink.attach(rows);
    quint16 port = 0;
    connect(peer, &UdpPeer::bound, &sink.context, [&port](const QString &, quint16 value) { port = value; });
    UdpPeerConfig config;
    config.bindAddress = localhost;
    config.reply.setMode(ReplyPolicy::Mode::Echo);
    engine.post([peer, config] { peer->start(config); });
    QTRY_VERIFY_WITH_TIMEOUT(port != 0, Timeout);

    QUdpSocket socket;
    QVERIFY(socket.bind(localhost, 0));
    const QString from = QStringLiteral("127.0.0.1:%1").arg(socket.localPort());
    QCOMPARE(socket.writeDatagram(QByteArray("hi"), localhost, port), qint64(2));
    QTRY_COMPARE_WITH_TIMEOUT(sink.entries.size(), qsizetype(2), Timeout);
    // Too large for UDP: refused with an error row, nothing sent.
    engine.post([peer] { peer->sendTo(QHostAddress(QHostAddress::LocalHost), 9, QByteArray(70000, 'x')); });
    QTRY_COMPARE_WITH_TIMEOUT(sink.entries.size(), qsizetype(3), Timeout);
    QCOMPARE(describe(sink.entries),
             QStringList({QStringLiteral("In Datagram #0 %1 data=hi message=").arg(from),
                          QStringLiteral("Out Datagram #0 %1 data=hi message=").arg(from),
                          QStringLiteral("Error Event #0  data= message=The datagram for 127.0.0.1:9 is 70000 bytes: "
                                         "UDP over IPv4 carries at most 65507 bytes. Split it or use TCP.")}));
}

QTEST_GUILESS_MAIN(TestTrafficBatcher)
#include "tst_trafficbatcher.moc"

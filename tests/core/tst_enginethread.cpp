// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <atomic>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QMutex>
#include <QNetworkDatagram>
#include <QTest>
#include <QUdpSocket>

#include "engine/enginethread.h"
#include "enginetestutil.h"
#include "net/tcpclient.h"
#include "net/tcpconnection.h"
#include "net/tcpserver.h"
#include "net/udppeer.h"
#include "rawclient.h"
#include "warningrecorder.h"

namespace {
const QHostAddress localhost(QHostAddress::LocalHost);
/** Generous, so that the suite also passes under valgrind. */
constexpr int Timeout = 20000;

using EngineTestUtil::inEngine;

TcpServerConfig echoConfig()
{
    TcpServerConfig config;
    config.address = localhost;
    config.connection.reply.setMode(ReplyPolicy::Mode::Echo);
    return config;
}

/** Records the thread it is destroyed in. */
class Probe final : public QObject
{
public:
    explicit Probe(std::shared_ptr<std::atomic<QThread *>> diedIn, QObject *parent = nullptr)
        : QObject(parent)
        , m_diedIn(std::move(diedIn))
    { }
    ~Probe() override { m_diedIn->store(QThread::currentThread()); }

private:
    std::shared_ptr<std::atomic<QThread *>> m_diedIn;
};

/** Starts an echo server adopted by `engine`; *port is its port, 0 when it did not start. */
TcpServer *startEchoServer(EngineThread &engine, QObject *receiver, quint16 *port)
{
    auto *server = engine.adopt(new TcpServer);
    *port = 0;
    QObject::connect(server, &TcpServer::listening, receiver,
                     [port](const QString &, quint16 value) { *port = value; });
    engine.post([server] { server->start(echoConfig()); });
    if (!QTest::qWaitFor([port] { return *port != 0; }, Timeout))
        *port = 0;
    return server;
}
} // namespace

/** The engine thread: adopted socket objects work there, the GUI thread only waits on its own event loop. */
class TestEngineThread : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void startsANamedThread();
    void postRunsQueuedInTheEngineThread();
    void adoptedServerServesAClientInTheMainThread();
    void adoptedClientAndUdpPeerWork();
    void shutdownWithLiveConnectionsIsClean();
};

void TestEngineThread::initTestCase()
{
    WarningRecorder::install();
}

void TestEngineThread::cleanupTestCase()
{
    WarningRecorder::uninstall();
}

void TestEngineThread::init()
{
    WarningRecorder::take();
}

void TestEngineThread::cleanup()
{
    const QString warnings = WarningRecorder::take();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestEngineThread::startsANamedThread()
{
    EngineThread engine;
    QVERIFY(engine.thread());
    QVERIFY(engine.thread() != QThread::currentThread());
    QVERIFY(engine.thread()->isRunning());
    QCOMPARE(engine.thread()->objectName(), QStringLiteral("SocketLab engine"));
    QCOMPARE(engine.QObject::thread(), QThread::currentThread());
}

void TestEngineThread::postRunsQueuedInTheEngineThread()
{
    EngineThread engine;
    QThread *const engineThread = engine.thread();
    const QThread *const ranIn = inEngine(engine, [] { return QThread::currentThread(); }).value_or(nullptr);
    QCOMPARE(ranIn, engineThread);

    // The caller never waits for the work, not even for work that takes long.
    QElapsedTimer clock;
    clock.start();
    auto slowDone = std::make_shared<std::atomic<bool>>(false);
    engine.post([slowDone] {
        QThread::msleep(300);
        slowDone->store(true);
    });
    QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!slowDone->load());
    QTRY_VERIFY_WITH_TIMEOUT(slowDone->load(), Timeout);

    // Posting from inside the engine queues too: the inner function runs after the outer one has returned.
    auto order = std::make_shared<QList<int>>();
    auto done = std::make_shared<std::atomic<bool>>(false);
    EngineThread *const enginePointer = &engine;
    engine.post([enginePointer, order, done] {
        enginePointer->post([order, done] {
            order->append(2);
            done->store(true, std::memory_order_release);
        });
        order->append(1);
    });
    QTRY_VERIFY_WITH_TIMEOUT(done->load(std::memory_order_acquire), Timeout);
    QCOMPARE(*order, QList<int>({1, 2}));

    // Posted work runs in order.
    auto sequence = std::make_shared<QList<int>>();
    for (int i = 0; i < 100; ++i)
        engine.post([sequence, i] { sequence->append(i); });
    const std::optional<qsizetype> size = inEngine(engine, [sequence] { return sequence->size(); });
    QCOMPARE(size, std::optional<qsizetype>(100));
    for (int i = 0; i < 100; ++i)
        QCOMPARE(sequence->at(i), i);
}

void TestEngineThread::adoptedServerServesAClientInTheMainThread()
{
    EngineThread engine;
    QObject receiver; // the GUI side: a context in the main thread makes every connection queued
    auto *server = engine.adopt(new TcpServer);
    QCOMPARE(server->thread(), engine.thread());
    QVERIFY(server->thread() != QThread::currentThread());

    quint16 port = 0;
    QStringList peers;
    QList<QByteArray> reads;
    QList<QThread *> deliveredIn;
    connect(server, &TcpServer::listening, &receiver, [&](const QString &, quint16 value) {
        port = value;
        deliveredIn.append(QThread::currentThread());
    });
    connect(server, &TcpServer::clientConnected, &receiver, [&](quint64, const QString &peer) {
        peers.append(peer);
        deliveredIn.append(QThread::currentThread());
    });
    connect(server, &TcpServer::readReceived, &receiver, [&](quint64, const QByteArray &bytes) {
        reads.append(bytes);
        deliveredIn.append(QThread::currentThread());
    });
    engine.post([server] { server->start(echoConfig()); });
    QTRY_VERIFY_WITH_TIMEOUT(port != 0, Timeout);

    RawClient client;
    client.connectTo(localhost, port);
    QTRY_COMPARE_WITH_TIMEOUT(peers.size(), 1, Timeout);
    QCOMPARE(peers.at(0), QStringLiteral("127.0.0.1:%1").arg(client.localPort));
    client.socket->write("ping");
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("ping"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(reads, QList<QByteArray>({"ping"}), Timeout);
    QCOMPARE(deliveredIn, QList<QThread *>(3, QThread::currentThread()));

    // Everything the server made while working (listening socket, connection, its socket) lives in the engine too.
    const std::optional<bool> allInEngine = inEngine(engine, [server] {
        const QList<QObject *> children = server->findChildren<QObject *>();
        bool same =
            server->clientCount() == 1 && server->client(server->clientIds().at(0))->thread() == server->thread();
        for (const QObject *child : children)
            same = same && child->thread() == QThread::currentThread();
        return same && children.size() >= 3;
    });
    QCOMPARE(allInEngine, std::optional<bool>(true));
}

void TestEngineThread::adoptedClientAndUdpPeerWork()
{
    EngineThread engine;
    QObject receiver;
    quint16 port = 0;
    startEchoServer(engine, &receiver, &port);
    QVERIFY(port != 0);

    // A TcpClient in the engine (its connect timeout runs there) talks to the server in the engine.
    auto *client = engine.adopt(new TcpClient);
    QCOMPARE(client->thread(), engine.thread());
    QStringList connectedTo;
    QByteArray echoed;
    QStringList ended;
    connect(client, &TcpClient::connected, &receiver,
            [&connectedTo](const QString &, const QString &peer) { connectedTo.append(peer); });
    connect(client, &TcpClient::readReceived, &receiver, [&echoed](const QByteArray &bytes) { echoed += bytes; });
    connect(client, &TcpClient::disconnected, &receiver, [&ended](const QString &reason) { ended.append(reason); });
    TcpClientConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    config.connectTimeoutMs = 10000;
    engine.post([client, config] { client->start(config); });
    QTRY_COMPARE_WITH_TIMEOUT(connectedTo, QStringList({QStringLiteral("127.0.0.1:%1").arg(port)}), Timeout);
    engine.post([client] { client->sendMessage("over the engine"); });
    QTRY_COMPARE_WITH_TIMEOUT(echoed, QByteArray("over the engine"), Timeout);
    engine.post([client] { client->stop(); });
    QTRY_COMPARE_WITH_TIMEOUT(ended, QStringList({QString()}), Timeout);

    // A UdpPeer in the engine answers a datagram from the main thread.
    auto *peer = engine.adopt(new UdpPeer);
    QCOMPARE(peer->thread(), engine.thread());
    quint16 udpPort = 0;
    connect(peer, &UdpPeer::bound, &receiver, [&udpPort](const QString &, quint16 value) { udpPort = value; });
    UdpPeerConfig udpConfig;
    udpConfig.bindAddress = localhost;
    udpConfig.reply.setMode(ReplyPolicy::Mode::Upper);
    engine.post([peer, udpConfig] { peer->start(udpConfig); });
    QTRY_VERIFY_WITH_TIMEOUT(udpPort != 0, Timeout);
    QUdpSocket socket;
    QVERIFY(socket.bind(localhost, 0));
    QByteArray answer;
    connect(&socket, &QUdpSocket::readyRead, &socket, [&socket, &answer] {
        while (socket.hasPendingDatagrams())
            answer += socket.receiveDatagram().data();
    });
    QCOMPARE(socket.writeDatagram(QByteArray("datagram"), localhost, udpPort), qint64(8));
    QTRY_COMPARE_WITH_TIMEOUT(answer, QByteArray("DATAGRAM"), Timeout);
}

void TestEngineThread::shutdownWithLiveConnectionsIsClean()
{
    auto engine = std::make_unique<EngineThread>();
    QThread *const engineThread = engine->thread();
    QObject receiver;
    quint16 port = 0;
    TcpServer *const server = startEchoServer(*engine, &receiver, &port);
    QVERIFY(port != 0);
    auto serverDiedIn = std::make_shared<std::atomic<QThread *>>(nullptr);
    connect(server, &QObject::destroyed, server, [serverDiedIn] { serverDiedIn->store(QThread::currentThread()); });

    // Three live clients with traffic in flight.
    RawClient clients[3];
    for (RawClient &client : clients) {
        client.connectTo(localhost, port);
        QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), Timeout);
        client.socket->write("alive");
        QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("alive"), Timeout);
    }
    const std::optional<int> clientCount = inEngine(*engine, [server] { return server->clientCount(); });
    QCOMPARE(clientCount, std::optional<int>(3));

    // A TcpClient connected to that server, both ends in the engine.
    auto *client = engine->adopt(new TcpClient);
    bool clientConnected = false;
    connect(client, &TcpClient::connected, &receiver, [&clientConnected] { clientConnected = true; });
    TcpClientConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    engine->post([client, config] { client->start(config); });
    QTRY_VERIFY_WITH_TIMEOUT(clientConnected, Timeout);

    // A parent with a child: both move, both die in the engine.
    auto parentDiedIn = std::make_shared<std::atomic<QThread *>>(nullptr);
    auto childDiedIn = std::make_shared<std::atomic<QThread *>>(nullptr);
    auto *parent = new Probe(parentDiedIn);
    auto *child = new Probe(childDiedIn, parent);
    QCOMPARE(engine->adopt(parent), parent);
    QCOMPARE(parent->thread(), engineThread);
    QCOMPARE(child->thread(), engineThread);

    // One destroyed early must not be deleted again at shutdown.
    auto earlyDiedIn = std::make_shared<std::atomic<QThread *>>(nullptr);
    auto *early = engine->adopt(new Probe(earlyDiedIn));
    engine->post([early] { early->deleteLater(); });
    QTRY_COMPARE_WITH_TIMEOUT(earlyDiedIn->load(), engineThread, Timeout);

    // Work still queued at shutdown runs before the objects go.
    auto lastWorkRan = std::make_shared<std::atomic<bool>>(false);
    engine->post([lastWorkRan, server = server] { lastWorkRan->store(server->clientCount() == 4); });

    engine.reset();
    QVERIFY(lastWorkRan->load());
    QCOMPARE(serverDiedIn->load(), engineThread);
    QCOMPARE(parentDiedIn->load(), engineThread);
    QCOMPARE(childDiedIn->load(), engineThread);
    for (RawClient &client : clients)
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, Timeout);
}

QTEST_GUILESS_MAIN(TestEngineThread)
#include "tst_enginethread.moc"

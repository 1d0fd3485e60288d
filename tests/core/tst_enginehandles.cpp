// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <memory>

#include <QSignalSpy>
#include <QTest>

#include "engine/enginethread.h"
#include "engine/tcpclienthandle.h"
#include "engine/tcpserverhandle.h"
#include "engine/udppeerhandle.h"
#include "warningrecorder.h"

namespace {
const QHostAddress localhost(QHostAddress::LocalHost);
constexpr int Timeout = 20000;

/** Every row the handle delivers, in order. */
class Rows final
{
public:
    explicit Rows(EngineHandle *handle)
    {
        QObject::connect(handle, &EngineHandle::batchReady, handle,
                         [this](const QList<TrafficEntry> &entries, quint64) { m_rows += entries; });
    }
    QByteArray bytes(TrafficEntry::Direction direction, TrafficEntry::Kind kind) const
    {
        QByteArray all;
        for (const TrafficEntry &entry : m_rows) {
            if (entry.direction == direction && entry.kind == kind)
                all += entry.data;
        }
        return all;
    }
    int count(TrafficEntry::Direction direction, TrafficEntry::Kind kind) const
    {
        int n = 0;
        for (const TrafficEntry &entry : m_rows)
            n += entry.direction == direction && entry.kind == kind ? 1 : 0;
        return n;
    }
    const QList<TrafficEntry> &all() const { return m_rows; }

private:
    QList<TrafficEntry> m_rows;
};

struct Pair
{
    std::unique_ptr<TcpServerHandle> server;
    std::unique_ptr<TcpClientHandle> client;
    quint16 port = 0;
};

TcpServerConfig serverConfig()
{
    TcpServerConfig config;
    config.address = localhost;
    return config;
}
} // namespace

class TestEngineHandles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WarningRecorder::install(); }
    void cleanupTestCase() { WarningRecorder::uninstall(); }
    void cleanup()
    {
        const QString warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
    }

    void serverAndClientExchangeBytes()
    {
        EngineThread engine;
        TcpServerHandle server(&engine);
        TcpClientHandle client(&engine);
        Rows serverRows(&server);
        Rows clientRows(&client);
        QSignalSpy listening(&server, &TcpServerHandle::listening);
        QSignalSpy connectedClients(&server, &TcpServerHandle::clientConnected);
        TcpServerConfig config = serverConfig();
        config.connection.reply.setMode(ReplyPolicy::Mode::Upper);
        server.start(config);
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, Timeout);
        QVERIFY(server.isListening());
        const quint16 port = listening.at(0).at(1).value<quint16>();
        QVERIFY(port != 0);

        QSignalSpy states(&client, &TcpClientHandle::stateChanged);
        TcpClientConfig clientConfig;
        clientConfig.host = QStringLiteral("127.0.0.1");
        clientConfig.port = port;
        client.start(clientConfig);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), TcpClient::State::Connected, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(connectedClients.count(), 1, Timeout);
        QList<TcpClient::State> seen;
        for (const QList<QVariant> &args : std::as_const(states))
            seen << args.at(0).value<TcpClient::State>();
        // An address needs no lookup.
        QCOMPARE(seen, (QList<TcpClient::State>{TcpClient::State::Connecting, TcpClient::State::Connected}));

        client.send("hello", 3, 0);
        QTRY_COMPARE_WITH_TIMEOUT(serverRows.bytes(TrafficEntry::Direction::In, TrafficEntry::Kind::Read),
                                  QByteArray("hellohellohello"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(clientRows.bytes(TrafficEntry::Direction::In, TrafficEntry::Kind::Read),
                                  QByteArray("HELLOHELLOHELLO"), Timeout);
        QCOMPARE(clientRows.count(TrafficEntry::Direction::Out, TrafficEntry::Kind::Write), 3);

        // Counters: exact totals, per client on the server.
        QSignalSpy serverStats(&server, &EngineHandle::statsUpdated);
        server.refreshStats();
        QTRY_VERIFY_WITH_TIMEOUT(!serverStats.isEmpty(), Timeout);
        const auto totals = serverStats.last().at(0).value<TrafficSnapshot>();
        QCOMPARE(totals.bytesIn, 15);
        QCOMPARE(totals.bytesOut, 15);
        const auto peers = serverStats.last().at(1).value<QList<PeerTraffic>>();
        QCOMPARE(peers.size(), 1);
        QCOMPARE(peers.at(0).traffic.bytesIn, 15);
        QCOMPARE(peers.at(0).id, connectedClients.at(0).at(0).value<quint64>());

        QSignalSpy clientStats(&client, &EngineHandle::statsUpdated);
        client.refreshStats();
        QTRY_VERIFY_WITH_TIMEOUT(!clientStats.isEmpty(), Timeout);
        QCOMPARE(clientStats.last().at(0).value<TrafficSnapshot>().bytesOut, 15);
        QCOMPARE(clientStats.last().at(0).value<TrafficSnapshot>().bytesIn, 15);

        // Traces: the server's side of the connection read 15 bytes.
        QSignalSpy traces(&server, &EngineHandle::traceReady);
        server.requestTrace(peers.at(0).id);
        QTRY_COMPARE_WITH_TIMEOUT(traces.count(), 1, Timeout);
        const auto trace = traces.at(0).at(2).value<StreamTrace>();
        QCOMPARE(trace.bytesRead(), 15);
        QCOMPARE(trace.readBytes(), QByteArray("hellohellohello"));

        // Counters survive a reconnect on the client side.
        QSignalSpy disconnected(&client, &TcpClientHandle::disconnected);
        client.stop();
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, Timeout);
        client.start(clientConfig);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), TcpClient::State::Connected, Timeout);
        client.send("ab");
        QTRY_COMPARE_WITH_TIMEOUT(clientRows.bytes(TrafficEntry::Direction::In, TrafficEntry::Kind::Read),
                                  QByteArray("HELLOHELLOHELLOAB"), Timeout);
        clientStats.clear();
        client.refreshStats();
        QTRY_VERIFY_WITH_TIMEOUT(!clientStats.isEmpty(), Timeout);
        QCOMPARE(clientStats.last().at(0).value<TrafficSnapshot>().bytesOut, 17);
    }

    void serverSendsToSelectedAndAll()
    {
        EngineThread engine;
        TcpServerHandle server(&engine);
        QSignalSpy listening(&server, &TcpServerHandle::listening);
        QSignalSpy connectedClients(&server, &TcpServerHandle::clientConnected);
        server.start(serverConfig());
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, Timeout);
        TcpClientConfig config;
        config.host = QStringLiteral("127.0.0.1");
        config.port = listening.at(0).at(1).value<quint16>();
        std::vector<std::unique_ptr<TcpClientHandle>> clients;
        std::vector<std::unique_ptr<Rows>> rows;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<TcpClientHandle>(&engine));
            rows.push_back(std::make_unique<Rows>(clients.back().get()));
            clients.back()->start(config);
            QTRY_COMPARE_WITH_TIMEOUT(connectedClients.count(), i + 1, Timeout);
        }
        const quint64 second = connectedClients.at(1).at(0).value<quint64>();
        server.send({second}, "only");
        server.send({}, "all");
        const auto in = [](const Rows &r) { return r.bytes(TrafficEntry::Direction::In, TrafficEntry::Kind::Read); };
        QTRY_COMPARE_WITH_TIMEOUT(in(*rows[1]), QByteArray("onlyall"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(in(*rows[0]), QByteArray("all"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(in(*rows[2]), QByteArray("all"), Timeout);

        QSignalSpy gone(&server, &TcpServerHandle::clientDisconnected);
        server.disconnectClients({second});
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, Timeout);
        QCOMPARE(gone.at(0).at(0).value<quint64>(), second);
        QSignalSpy refused(&server, &EngineHandle::refused);
        server.send({second}, "late");
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, Timeout);
        QCOMPARE(refused.at(0).at(0).toString(),
                 QStringLiteral("The selected clients have disconnected: nothing was sent."));
    }

    void refusalsAndStartFailures()
    {
        EngineThread engine;
        TcpServerHandle server(&engine);
        QSignalSpy refused(&server, &EngineHandle::refused);
        server.send({}, "x");
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, Timeout);
        QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("No client is connected: nothing was sent."));

        QSignalSpy listening(&server, &TcpServerHandle::listening);
        server.start(serverConfig());
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, Timeout);
        TcpServerHandle second(&engine);
        QSignalSpy failed(&second, &TcpServerHandle::startFailed);
        TcpServerConfig taken = serverConfig();
        taken.port = listening.at(0).at(1).value<quint16>();
        taken.reuseAddress = false;
        second.start(taken);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
        QVERIFY2(failed.at(0).at(0).toString().contains(QString::number(taken.port)),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!second.isListening());

        TcpClientHandle client(&engine);
        QSignalSpy clientRefused(&client, &EngineHandle::refused);
        client.send("x");
        QTRY_COMPARE_WITH_TIMEOUT(clientRefused.count(), 1, Timeout);
        QCOMPARE(clientRefused.at(0).at(0).toString(), QStringLiteral("Not connected: connect first, then send."));
    }

    void repeatedSendCanBeCancelled()
    {
        EngineThread engine;
        TcpServerHandle server(&engine);
        TcpClientHandle client(&engine);
        Rows serverRows(&server);
        QSignalSpy listening(&server, &TcpServerHandle::listening);
        server.start(serverConfig());
        QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, Timeout);
        TcpClientConfig config;
        config.host = QStringLiteral("127.0.0.1");
        config.port = listening.at(0).at(1).value<quint16>();
        client.start(config);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), TcpClient::State::Connected, Timeout);
        QSignalSpy started(&client, &EngineHandle::sendStarted);
        QSignalSpy finished(&client, &EngineHandle::sendFinished);
        client.send("tick", 1000, 20);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, Timeout);
        QCOMPARE(started.at(0).at(0).toLongLong(), 1000);
        QVERIFY(client.isSending());
        QTRY_VERIFY_WITH_TIMEOUT(serverRows.bytes(TrafficEntry::Direction::In, TrafficEntry::Kind::Read).size() >= 8,
                                 Timeout);
        client.cancelSend();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const qint64 sent = finished.at(0).at(1).toLongLong();
        QVERIFY2(sent >= 2 && sent < 1000, qPrintable(QString::number(sent)));
        QVERIFY(!client.isSending());
        QTRY_COMPARE_WITH_TIMEOUT(serverRows.bytes(TrafficEntry::Direction::In, TrafficEntry::Kind::Read),
                                  QByteArray("tick").repeated(static_cast<qsizetype>(sent)), Timeout);
    }

    void udpPeersExchangeDatagramsIncludingEmptyOnes()
    {
        EngineThread engine;
        UdpPeerHandle a(&engine);
        UdpPeerHandle b(&engine);
        Rows rowsB(&b);
        QSignalSpy boundA(&a, &UdpPeerHandle::bound);
        QSignalSpy boundB(&b, &UdpPeerHandle::bound);
        UdpPeerConfig config;
        config.bindAddress = localhost;
        a.start(config);
        b.start(config);
        QTRY_COMPARE_WITH_TIMEOUT(boundA.count(), 1, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(boundB.count(), 1, Timeout);
        const quint16 portB = boundB.at(0).at(1).value<quint16>();
        a.sendTo(localhost, portB, "one");
        a.sendTo(localhost, portB, QByteArray());
        a.sendTo(localhost, portB, "two", 2, 0);
        QTRY_COMPARE_WITH_TIMEOUT(rowsB.count(TrafficEntry::Direction::In, TrafficEntry::Kind::Datagram), 4, Timeout);
        QList<QByteArray> payloads;
        for (const TrafficEntry &entry : rowsB.all()) {
            if (entry.direction == TrafficEntry::Direction::In)
                payloads << entry.data;
        }
        QCOMPARE(payloads, (QList<QByteArray>{"one", "", "two", "two"}));

        QSignalSpy statsB(&b, &EngineHandle::statsUpdated);
        b.refreshStats();
        QTRY_VERIFY_WITH_TIMEOUT(!statsB.isEmpty(), Timeout);
        QCOMPARE(statsB.last().at(0).value<TrafficSnapshot>().bytesIn, 9);
        QCOMPARE(statsB.last().at(0).value<TrafficSnapshot>().messagesIn, 4);

        UdpPeerHandle c(&engine);
        QSignalSpy failed(&c, &UdpPeerHandle::startFailed);
        UdpPeerConfig taken = config;
        taken.port = portB;
        c.start(taken);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
        QVERIFY(!c.isBound());

        QSignalSpy refused(&c, &EngineHandle::refused);
        c.sendTo(localhost, portB, "x");
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, Timeout);
    }

    void handleOutlivingItsEngineDoesNothing()
    {
        auto engine = std::make_unique<EngineThread>();
        TcpServerHandle server(engine.get());
        engine.reset();
        server.start(serverConfig()); // must neither crash nor warn
        server.stop();
        QVERIFY(!server.isListening());
    }
};

QTEST_GUILESS_MAIN(TestEngineHandles)
#include "tst_enginehandles.moc"

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <sys/resource.h>
#include <sys/socket.h>

#include <QSignalSpy>
#include <QTest>

#include "framingtestutil.h"
#include "i18n/languagemanager.h"
#include "net/tcpconnection.h"
#include "net/tcpserver.h"
#include "rawclient.h"

namespace {
const QHostAddress localhost(QHostAddress::LocalHost);

TcpServerConfig loopbackConfig(ReplyPolicy::Mode mode = ReplyPolicy::Mode::None)
{
    TcpServerConfig config;
    config.address = localhost;
    config.connection.reply.setMode(mode);
    return config;
}

QByteArray lengthPrefixed(const QByteArray &body)
{
    const auto size = static_cast<quint32>(body.size());
    QByteArray header(4, '\0');
    header[0] = static_cast<char>(size >> 24);
    header[1] = static_cast<char>(size >> 16);
    header[2] = static_cast<char>(size >> 8);
    header[3] = static_cast<char>(size);
    return header + body;
}
} // namespace

/** The TCP server with real sockets on loopback. */
class TestTcpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listensOnAFreePortAndEchoes();
    void dualStackAnswersIPv4AndIPv6();
    void reuseAddressOffReproducesTimeWait();
    void reuseAddressOnRestartsAtOnce();
    void maxClientsRefusesTheNext();
    void kickOneClientKeepsTheOthers();
    void sendsToOneSomeAndAll();
    void upperReplyTouchesOnlyAscii();
    void rulesReply();
    void readSizeCutsReads_data();
    void readSizeCutsReads();
    void readDelayCoalescesSends();
    void dropsAClientThatStopsReading();
    void framingRepliesPerMessage();
    void resetMidFrameIsReportedAndOthersGoOn();
    void framingErrorClosesOnlyThatClient();
    void countersAndTrace();
    void thousandClientsEchoUniquePayloads();

private:
    /** English plurals ("1 client", "2 clients") come from the English catalogue, as in the application. */
    LanguageManager m_languages;
};

void TestTcpServer::initTestCase()
{
    // A thousand clients and their server-side sockets need more than the common soft limit of 1024.
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
    limit.rlim_cur = limit.rlim_max;
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &limit), 0);
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestTcpServer::listensOnAFreePortAndEchoes()
{
    TcpServer server;
    QSignalSpy listening(&server, &TcpServer::listening);
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    QSignalSpy reads(&server, &TcpServer::readReceived);
    QVERIFY(server.start(loopbackConfig(ReplyPolicy::Mode::Echo)));
    QVERIFY(server.port() != 0);
    QCOMPARE(listening.count(), 1);
    QCOMPARE(listening.at(0).at(0).toString(), QStringLiteral("127.0.0.1:%1").arg(server.port()));
    QCOMPARE(listening.at(0).at(1).value<quint16>(), server.port());

    RawClient client;
    client.connectTo(localhost, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    QCOMPARE(connected.at(0).at(1).toString(), QStringLiteral("127.0.0.1:%1").arg(client.socket->localPort()));
    const QByteArray payload("\x00\xff hello\r\n", 10);
    client.socket->write(payload);
    QTRY_COMPARE_WITH_TIMEOUT(client.received, payload, 5000);
    QCOMPARE(reads.count(), 1);
    QCOMPARE(reads.at(0).at(1).toByteArray(), payload);
}

void TestTcpServer::dualStackAnswersIPv4AndIPv6()
{
    TcpServer server;
    TcpServerConfig config = loopbackConfig(ReplyPolicy::Mode::Echo);
    config.address = QHostAddress(); // any: IPv6 and IPv4 on one socket
    QVERIFY(server.start(config));
    QCOMPARE(server.localEndpoint(), QStringLiteral("*:%1").arg(server.port()));
    QSignalSpy connected(&server, &TcpServer::clientConnected);

    RawClient v4;
    RawClient v6;
    v4.connectTo(localhost, server.port());
    v6.connectTo(QHostAddress(QHostAddress::LocalHostIPv6), server.port());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 5000);
    QStringList peers = {connected.at(0).at(1).toString(), connected.at(1).at(1).toString()};
    peers.sort();
    QStringList expected = {QStringLiteral("127.0.0.1:%1").arg(v4.socket->localPort()),
                            QStringLiteral("[::1]:%1").arg(v6.socket->localPort())};
    expected.sort();
    QCOMPARE(peers, expected);
    v4.socket->write("four");
    v6.socket->write("six");
    QTRY_COMPARE_WITH_TIMEOUT(v4.received, QByteArray("four"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(v6.received, QByteArray("six"), 5000);
}

namespace {
/** Runs a server on a free port whose side of a connection is left in TIME_WAIT; returns the port. */
quint16 leaveTimeWait(bool reuseAddress)
{
    TcpServer first;
    TcpServerConfig config = loopbackConfig();
    config.reuseAddress = reuseAddress;
    if (!first.start(config))
        return 0;
    QSignalSpy connected(&first, &TcpServer::clientConnected);
    QSignalSpy gone(&first, &TcpServer::clientDisconnected);
    RawClient client;
    client.connectTo(localhost, first.port());
    if (!QTest::qWaitFor([&] { return connected.count() == 1; }, 5000))
        return 0;
    // The server closes first, so the server's side of the connection goes to TIME_WAIT.
    first.disconnectClient(connected.at(0).at(0).value<quint64>());
    if (!QTest::qWaitFor([&] { return client.disconnected; }, 5000))
        return 0;
    client.socket->close();
    if (!QTest::qWaitFor([&] { return gone.count() == 1; }, 5000))
        return 0;
    return first.port();
}
} // namespace

void TestTcpServer::reuseAddressOffReproducesTimeWait()
{
    // The tutorials' restart without SO_REUSEADDR: "address already in use" while TIME_WAIT lasts.
    const quint16 port = leaveTimeWait(false);
    QVERIFY(port != 0);
    TcpServer again;
    QSignalSpy errors(&again, &TcpServer::errorOccurred);
    TcpServerConfig config = loopbackConfig();
    config.port = port;
    config.reuseAddress = false;
    QVERIFY(!again.start(config));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(1).toString(),
             QStringLiteral("Port %1 is in use (maybe by a socket in TIME_WAIT from an earlier run): allow address "
                            "reuse (SO_REUSEADDR) or pick another port.")
                 .arg(port));
    QVERIFY(!again.isListening());
}

void TestTcpServer::reuseAddressOnRestartsAtOnce()
{
    // With the option on (the default) in both runs, the restart binds despite TIME_WAIT.
    const quint16 port = leaveTimeWait(true);
    QVERIFY(port != 0);
    TcpServer again;
    TcpServerConfig config = loopbackConfig(ReplyPolicy::Mode::Echo);
    config.port = port;
    QVERIFY(again.start(config));
    QCOMPARE(again.port(), port);
    RawClient client;
    client.connectTo(localhost, port);
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
    client.socket->write("back");
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("back"), 5000);
}

void TestTcpServer::maxClientsRefusesTheNext()
{
    TcpServer server;
    TcpServerConfig config = loopbackConfig(ReplyPolicy::Mode::Echo);
    config.maxClients = 2;
    QVERIFY(server.start(config));
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    QSignalSpy refused(&server, &TcpServer::clientRefused);
    RawClient a;
    RawClient b;
    RawClient c;
    a.connectTo(localhost, server.port());
    b.connectTo(localhost, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 5000);
    c.connectTo(localhost, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(c.disconnected, 5000);
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(c.localPort);
    QCOMPARE(refused.at(0).at(0).toString(), peer);
    QCOMPARE(refused.at(0).at(1).toString(),
             QStringLiteral("Refused %1: the server already has its maximum of 2 clients.").arg(peer));
    QCOMPARE(server.clientCount(), 2);
    a.socket->write("still served");
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("still served"), 5000);
}

void TestTcpServer::kickOneClientKeepsTheOthers()
{
    TcpServer server;
    QVERIFY(server.start(loopbackConfig(ReplyPolicy::Mode::Echo)));
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    RawClient a;
    RawClient b;
    a.connectTo(localhost, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    b.connectTo(localhost, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 5000);
    const quint64 first = connected.at(0).at(0).value<quint64>();
    server.disconnectClient(first);
    QTRY_VERIFY_WITH_TIMEOUT(a.disconnected, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 5000);
    QCOMPARE(gone.at(0).at(0).value<quint64>(), first);
    QCOMPARE(gone.at(0).at(1).toString(), QString());
    QCOMPARE(server.clientIds(), QList<quint64>({connected.at(1).at(0).value<quint64>()}));
    b.socket->write("ok");
    QTRY_COMPARE_WITH_TIMEOUT(b.received, QByteArray("ok"), 5000);
}

void TestTcpServer::sendsToOneSomeAndAll()
{
    TcpServer server;
    QVERIFY(server.start(loopbackConfig()));
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    RawClient clients[3];
    for (RawClient &client : clients) {
        client.connectTo(localhost, server.port());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), int(&client - clients) + 1, 5000);
    }
    QList<quint64> ids;
    for (const QList<QVariant> &arguments : std::as_const(connected))
        ids.append(arguments.at(0).value<quint64>());

    QCOMPARE(server.sendToAll("all|"), 3);
    QCOMPARE(server.send({ids.at(0), ids.at(2)}, "some|"), 2);
    QCOMPARE(server.send(ids.at(1), "one|"), 1);
    QCOMPARE(server.send(9999, "nobody"), 0);
    QTRY_COMPARE_WITH_TIMEOUT(clients[0].received, QByteArray("all|some|"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(clients[1].received, QByteArray("all|one|"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(clients[2].received, QByteArray("all|some|"), 5000);

    server.disconnectAll();
    for (RawClient &client : clients)
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, 5000);
}

void TestTcpServer::upperReplyTouchesOnlyAscii()
{
    TcpServer server;
    QVERIFY(server.start(loopbackConfig(ReplyPolicy::Mode::Upper)));
    RawClient client;
    client.connectTo(localhost, server.port());
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
    // UTF-8 "你好" and GBK "中" (d6 d0) pass through unchanged.
    client.socket->write(QByteArray("hello \xe4\xbd\xa0\xe5\xa5\xbd \xd6\xd0 z"));
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("HELLO \xe4\xbd\xa0\xe5\xa5\xbd \xd6\xd0 Z"), 5000);
}

void TestTcpServer::rulesReply()
{
    TcpServer server;
    TcpServerConfig config = loopbackConfig();
    QList<ReplyPolicy::Rule> rules;
    for (const QString &text : {QStringLiteral("exact:ping=>pong"), QStringLiteral("hex:01 02=>hex:ff fe"),
                                QStringLiteral("re:^GET /\\S*=>HTTP/1.0 200 OK")}) {
        QString error;
        const std::optional<ReplyPolicy::Rule> rule = ReplyPolicy::parseRule(text, &error);
        QVERIFY2(rule, qPrintable(error));
        rules.append(*rule);
    }
    config.connection.reply.setRules(rules);
    config.connection.reply.setMode(ReplyPolicy::Mode::Rules);
    config.connection.framing = FramingTestUtil::spec(QStringLiteral("line"));
    QVERIFY(server.start(config));
    QSignalSpy frames(&server, &TcpServer::frameReceived);
    RawClient client;
    client.connectTo(localhost, server.port());
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);

    // "ping!" does not match exactly and gets nothing; the next line's reply proves it was processed.
    // Replies are framed like the requests: each ends with the line delimiter.
    client.socket->write("ping!\nping\n");
    QTRY_COMPARE_WITH_TIMEOUT(frames.count(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("pong\n"), 5000);
    client.received.clear();
    client.socket->write(QByteArray("x\x01\x02y\n", 5));
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("\xff\xfe\n"), 5000);
    client.received.clear();
    client.socket->write("GET /index.html\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("HTTP/1.0 200 OK\n"), 5000);
    client.received.clear();
}

void TestTcpServer::readSizeCutsReads_data()
{
    QTest::addColumn<int>("readSize");
    QTest::addColumn<QList<QByteArray>>("reads");
    QTest::newRow("recv(1)") << 1
                             << QList<QByteArray>(
                                    {"h", "e", "l", "l", "o", "w", "o", "r", "l", "d", "e", "g", "o", "n"});
    QTest::newRow("recv(5)") << 5 << QList<QByteArray>({"hello", "world", "egon"});
    QTest::newRow("recv(1024)") << 1024 << QList<QByteArray>({"helloworldegon"});
}

void TestTcpServer::readSizeCutsReads()
{
    QFETCH(int, readSize);
    QFETCH(QList<QByteArray>, reads);
    TcpServer server;
    TcpServerConfig config = loopbackConfig();
    config.connection.readSize = readSize;
    // A short pause before each read lets the whole send arrive first, as in the tutorials.
    config.connection.readDelayMs = 50;
    QVERIFY(server.start(config));
    QSignalSpy spy(&server, &TcpServer::readReceived);
    RawClient client;
    client.connectTo(localhost, server.port());
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
    client.socket->write("helloworldegon");
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), reads.size(), 10000);
    QList<QByteArray> got;
    for (const QList<QVariant> &arguments : std::as_const(spy))
        got.append(arguments.at(1).toByteArray());
    QCOMPARE(got, reads);
}

void TestTcpServer::readDelayCoalescesSends()
{
    TcpServer server;
    TcpServerConfig config = loopbackConfig();
    config.connection.readDelayMs = 300;
    QVERIFY(server.start(config));
    QSignalSpy spy(&server, &TcpServer::readReceived);
    RawClient client;
    client.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    client.connectTo(localhost, server.port());
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
    for (const char *word : {"hello", "world", "egon"}) {
        client.socket->write(word);
        client.socket->flush(); // three separate send() calls
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QCOMPARE(spy.at(0).at(1).toByteArray(), QByteArray("helloworldegon"));
    // The server's trace shows the one read covering [0, 14).
    TcpConnection *connection = server.client(spy.at(0).at(0).value<quint64>());
    QVERIFY(connection);
    QCOMPARE(connection->trace().events().size(), 1);
    QCOMPARE(connection->trace().events().at(0).kind, TraceEvent::Kind::Read);
    QCOMPARE(connection->trace().events().at(0).offset, 0);
    QCOMPARE(connection->trace().events().at(0).length, 14);
}

void TestTcpServer::dropsAClientThatStopsReading()
{
    TcpServer server;
    TcpServerConfig config = loopbackConfig(ReplyPolicy::Mode::Echo);
    config.connection.highWaterMark = 256 * 1024;
    QVERIFY(server.start(config));
    QSignalSpy errors(&server, &TcpServer::errorOccurred);
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    QTcpSocket client; // never reads
    client.setReadBufferSize(1);
    client.connectToHost(localhost, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 5000);
    const QByteArray chunk(64 * 1024, 'x');
    // Bounded: at most 256 MiB offered, far more than the kernel buffers plus the high-water mark.
    for (int i = 0; i < 4096 && gone.isEmpty(); ++i) {
        client.write(chunk);
        QTest::qWait(1);
    }
    QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 20000);
    QVERIFY(!errors.isEmpty());
    const QString message = errors.constLast().at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("127.0.0.1:%1 stopped reading: ").arg(client.localPort())),
             qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral(" bytes are waiting to be sent to it (limit 262144), so it was dropped.")),
             qPrintable(message));
    QCOMPARE(gone.at(0).at(1).toString(), message);
    QCOMPARE(server.clientCount(), 0);
}

void TestTcpServer::framingRepliesPerMessage()
{
    TcpServer server;
    TcpServerConfig config = loopbackConfig(ReplyPolicy::Mode::Upper);
    config.connection.framing = FramingTestUtil::spec(QStringLiteral("len:4"));
    QVERIFY(server.start(config));
    QSignalSpy frames(&server, &TcpServer::frameReceived);
    RawClient client;
    client.connectTo(localhost, server.port());
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
    // Two messages in one write, a third split across two writes.
    const QByteArray third = lengthPrefixed("third");
    client.socket->write(lengthPrefixed("one") + lengthPrefixed("") + third.left(6));
    client.socket->flush();
    QTRY_COMPARE_WITH_TIMEOUT(frames.count(), 2, 5000);
    client.socket->write(third.mid(6));
    QTRY_COMPARE_WITH_TIMEOUT(frames.count(), 3, 5000);
    QCOMPARE(frames.at(0).at(1).value<Frame>().payload, QByteArray("one"));
    QCOMPARE(frames.at(1).at(1).value<Frame>().payload, QByteArray());
    QCOMPARE(frames.at(2).at(1).value<Frame>().payload, QByteArray("third"));
    QCOMPARE(frames.at(2).at(1).value<Frame>().offset, 11);
    QCOMPARE(frames.at(2).at(1).value<Frame>().headerLength, 4);
    // Replies are framed too: one reply per message.
    const QByteArray expected = lengthPrefixed("ONE") + lengthPrefixed("") + lengthPrefixed("THIRD");
    QTRY_COMPARE_WITH_TIMEOUT(client.received, expected, 5000);
}

void TestTcpServer::resetMidFrameIsReportedAndOthersGoOn()
{
    TcpServer server;
    TcpServerConfig config = loopbackConfig(ReplyPolicy::Mode::Echo);
    config.connection.framing = FramingTestUtil::spec(QStringLiteral("len:4"));
    QVERIFY(server.start(config));
    QSignalSpy notices(&server, &TcpServer::notice);
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    RawClient healthy;
    healthy.connectTo(localhost, server.port());
    QTRY_VERIFY_WITH_TIMEOUT(healthy.isConnected(), 5000);

    RawClient broken;
    broken.connectTo(localhost, server.port());
    QTRY_VERIFY_WITH_TIMEOUT(broken.isConnected(), 5000);
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(broken.socket->localPort());
    broken.socket->write(QByteArray("\x00\x00\x00\x0a"
                                    "abc",
                                    7)); // announces 10 bytes, sends 3
    broken.socket->flush();
    QTest::qWait(50);
    const linger hard{1, 0};
    setsockopt(static_cast<int>(broken.socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    broken.socket->abort();
    QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 5000);
    QCOMPARE(notices.count(), 1);
    QCOMPARE(notices.at(0).at(1).toString(),
             peer + QStringLiteral(" closed in the middle of a message. Incomplete frame: 7 of 14 bytes."));

    healthy.socket->write(lengthPrefixed("fine"));
    QTRY_COMPARE_WITH_TIMEOUT(healthy.received, lengthPrefixed("fine"), 5000);
}

void TestTcpServer::framingErrorClosesOnlyThatClient()
{
    TcpServer server;
    TcpServerConfig config = loopbackConfig(ReplyPolicy::Mode::Echo);
    config.connection.framing = FramingTestUtil::spec(QStringLiteral("struct-i"));
    QVERIFY(server.start(config));
    QSignalSpy errors(&server, &TcpServer::errorOccurred);
    RawClient healthy;
    RawClient broken;
    healthy.connectTo(localhost, server.port());
    broken.connectTo(localhost, server.port());
    QTRY_VERIFY_WITH_TIMEOUT(healthy.isConnected() && broken.isConnected(), 5000);
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(broken.socket->localPort());
    broken.socket->write(QByteArray("\x00\x00\x00\x80", 4)); // struct.pack('i', -2147483648)
    QTRY_VERIFY_WITH_TIMEOUT(broken.disconnected, 5000);
    QCOMPARE(errors.count(), 1);
    const QString message = errors.at(0).at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Framing error from %1: ").arg(peer)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("-2147483648")), qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral(" The connection was closed.")), qPrintable(message));

    const QByteArray hello("\x05\x00\x00\x00hello", 9);
    healthy.socket->write(hello);
    QTRY_COMPARE_WITH_TIMEOUT(healthy.received, hello, 5000);
}

void TestTcpServer::countersAndTrace()
{
    TcpServer server;
    QVERIFY(server.start(loopbackConfig(ReplyPolicy::Mode::Echo)));
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    QSignalSpy reads(&server, &TcpServer::readReceived);
    RawClient client;
    client.connectTo(localhost, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    client.socket->write("abc");
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("abc"), 5000);
    client.socket->write("defg");
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("abcdefg"), 5000);
    const TcpConnection *connection = server.client(connected.at(0).at(0).value<quint64>());
    QVERIFY(connection);
    QCOMPARE(connection->counters().bytesIn(), 7);
    QCOMPARE(connection->counters().bytesOut(), 7);
    QCOMPARE(connection->counters().messagesIn(), reads.count());
    QCOMPARE(connection->counters().messagesOut(), reads.count());
    QCOMPARE(connection->trace().bytesRead(), 7);
    QCOMPARE(connection->trace().bytesSent(), 7);
    QCOMPARE(connection->trace().readBytes(), QByteArray("abcdefg"));
    QCOMPARE(connection->trace().sentBytes(), QByteArray("abcdefg"));
    QVERIFY(connection->since().isValid());
}

void TestTcpServer::thousandClientsEchoUniquePayloads()
{
    constexpr int count = 1000;
    TcpServer server;
    TcpServerConfig config = loopbackConfig(ReplyPolicy::Mode::Echo);
    config.backlog = 1024;
    QVERIFY(server.start(config));
    std::vector<std::unique_ptr<RawClient>> clients;
    clients.reserve(count);
    for (int i = 0; i < count; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        RawClient *client = clients.back().get();
        const QByteArray payload = "client " + QByteArray::number(i) + " says hi";
        QObject::connect(client->socket.get(), &QTcpSocket::connected, client->socket.get(),
                         [client, payload] { client->socket->write(payload); });
        client->connectTo(localhost, server.port());
    }
    const auto allEchoed = [&clients] {
        for (int i = 0; i < count; ++i) {
            if (clients[i]->received != "client " + QByteArray::number(i) + " says hi")
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allEchoed(), 60000);
    QCOMPARE(server.clientCount(), count);
}

QTEST_GUILESS_MAIN(TestTcpServer)
#include "tst_tcpserver.moc"

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <cerrno>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "framingtestutil.h"
#include "net/listensocket.h"
#include "net/tcpclient.h"
#include "net/tcpconnection.h"
#include "net/tcpserver.h"

namespace {
const QHostAddress localhost(QHostAddress::LocalHost);

/** A port that nothing listens on: bound once, then released. */
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(localhost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

TcpClientConfig clientConfig(quint16 port, const QString &host = QStringLiteral("127.0.0.1"))
{
    TcpClientConfig config;
    config.host = host;
    config.port = port;
    config.connectTimeoutMs = 5000;
    return config;
}

/** Accepts one connection on a native listening socket, waiting at most 5 s; -1 on failure. */
int acceptNative(int listener)
{
    pollfd watch{listener, POLLIN, 0};
    if (::poll(&watch, 1, 5000) != 1)
        return -1;
    return ::accept(listener, nullptr, nullptr);
}

/** What a native recv() sees once the peer is gone: 0 for an orderly FIN, -errno otherwise. */
int recvOutcome(int fd)
{
    pollfd watch{fd, POLLIN, 0};
    if (::poll(&watch, 1, 5000) != 1)
        return 1; // nothing happened: the test fails on it
    char byte = 0;
    const ssize_t n = ::recv(fd, &byte, 1, 0);
    return n < 0 ? -errno : static_cast<int>(n);
}

/** True when /etc/hosts itself names localhost, so looking it up never asks a name server elsewhere. */
bool hostsFileNamesLocalhost()
{
    QFile hosts(QStringLiteral("/etc/hosts"));
    if (!hosts.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    while (!hosts.atEnd()) {
        const QList<QByteArray> fields = hosts.readLine().simplified().split(' ');
        if (fields.size() >= 2 && !fields.at(0).startsWith('#') && fields.mid(1).contains("localhost"))
            return true;
    }
    return false;
}

QList<TcpClient::State> states(const QSignalSpy &spy)
{
    QList<TcpClient::State> list;
    for (const QList<QVariant> &arguments : spy)
        list.append(arguments.at(0).value<TcpClient::State>());
    return list;
}
} // namespace

/** The TCP client's life, errors and options, against real loopback servers. */
class TestTcpClient : public QObject
{
    Q_OBJECT

private slots:
    void walksThroughTheLifecycle();
    void looksUpNamesAndShowsEveryAddress();
    void refusedIsOneClearSentence();
    void connectTimeout();
    void bindsTheLocalPort();
    void reconnectsWithBackoff();
    void gracefulCloseSendsFin();
    void abortSendsReset();
    void appliesSocketOptions();
    void framedMessagesBothWays();
    void oneMessageLargerThanTheHighWaterMark();
};

void TestTcpClient::walksThroughTheLifecycle()
{
    TcpServer server;
    TcpServerConfig serverConfig;
    serverConfig.address = localhost;
    serverConfig.connection.reply.setMode(ReplyPolicy::Mode::Echo);
    QVERIFY(server.start(serverConfig));

    TcpClient client;
    QSignalSpy stateSpy(&client, &TcpClient::stateChanged);
    QSignalSpy connected(&client, &TcpClient::connected);
    QSignalSpy reads(&client, &TcpClient::readReceived);
    QSignalSpy disconnected(&client, &TcpClient::disconnected);
    client.start(clientConfig(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    QCOMPARE(connected.at(0).at(1).toString(), QStringLiteral("127.0.0.1:%1").arg(server.port()));
    QVERIFY(client.sendMessage("round trip"));
    QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 1, 5000);
    QCOMPARE(reads.at(0).at(0).toByteArray(), QByteArray("round trip"));

    client.stop();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 5000);
    QCOMPARE(disconnected.at(0).at(0).toString(), QString());
    QCOMPARE(states(stateSpy),
             QList<TcpClient::State>({TcpClient::State::Connecting, TcpClient::State::Connected,
                                      TcpClient::State::Closing, TcpClient::State::Closed}));
    QVERIFY(!client.sendMessage("after close"));
}

void TestTcpClient::looksUpNamesAndShowsEveryAddress()
{
    if (!hostsFileNamesLocalhost())
        QSKIP("/etc/hosts does not name localhost: a lookup would leave this machine");
    TcpServer server;
    TcpServerConfig serverConfig; // dual-stack: whichever address "localhost" gives first answers
    QVERIFY(server.start(serverConfig));
    TcpClient client;
    QSignalSpy stateSpy(&client, &TcpClient::stateChanged);
    QSignalSpy resolved(&client, &TcpClient::hostResolved);
    QSignalSpy connected(&client, &TcpClient::connected);
    client.start(clientConfig(server.port(), QStringLiteral("localhost")));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
    QCOMPARE(resolved.count(), 1);
    const QStringList addresses = resolved.at(0).at(0).toStringList();
    QVERIFY2(addresses.contains(QStringLiteral("127.0.0.1")) || addresses.contains(QStringLiteral("::1")),
             qPrintable(addresses.join(QLatin1Char(' '))));
    QCOMPARE(states(stateSpy).mid(0, 3),
             QList<TcpClient::State>(
                 {TcpClient::State::LookingUp, TcpClient::State::Connecting, TcpClient::State::Connected}));
}

void TestTcpClient::refusedIsOneClearSentence()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    TcpClient client;
    QSignalSpy errors(&client, &TcpClient::errorOccurred);
    client.start(clientConfig(port));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), TcpClient::State::Closed, 5000);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toString(),
             QStringLiteral("Connection to 127.0.0.1:%1 was refused: nothing is listening on that port (or a firewall "
                            "said no). Check the address and that the server is running.")
                 .arg(port));
}

void TestTcpClient::connectTimeout()
{
    // A listener that never accepts, with its accept queue filled: the kernel drops further SYNs, so a
    // connection attempt hangs until our timeout, all on loopback.
    ListenSocket::Options options;
    options.address = localhost;
    options.backlog = 1;
    QString error;
    const qintptr listener = ListenSocket::open(options, &error);
    QVERIFY2(listener >= 0, qPrintable(error));
    QTcpServer holder; // only to learn the port
    QVERIFY(holder.setSocketDescriptor(listener));
    const quint16 port = holder.serverPort();
    holder.pauseAccepting();
    std::vector<std::unique_ptr<QTcpSocket>> fillers;
    for (int i = 0; i < 4; ++i) {
        fillers.push_back(std::make_unique<QTcpSocket>());
        fillers.back()->connectToHost(localhost, port);
    }
    QTest::qWait(200);

    TcpClient client;
    QSignalSpy errors(&client, &TcpClient::errorOccurred);
    TcpClientConfig config = clientConfig(port);
    config.connectTimeoutMs = 300;
    client.start(config);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 5000);
    QCOMPARE(errors.at(0).at(0).toString(),
             QStringLiteral("Connecting to 127.0.0.1:%1 timed out after 300 ms: the host may be down, or a firewall "
                            "drops the packets.")
                 .arg(port));
    QCOMPARE(client.state(), TcpClient::State::Closed);
}

void TestTcpClient::bindsTheLocalPort()
{
    TcpServer server;
    TcpServerConfig serverConfig;
    serverConfig.address = localhost;
    QVERIFY(server.start(serverConfig));
    QSignalSpy accepted(&server, &TcpServer::clientConnected);
    const quint16 localPort = closedPort();
    TcpClient client;
    TcpClientConfig config = clientConfig(server.port());
    config.bindAddress = localhost;
    config.bindPort = localPort;
    client.start(config);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 5000);
    QCOMPARE(accepted.at(0).at(1).toString(), QStringLiteral("127.0.0.1:%1").arg(localPort));
}

void TestTcpClient::reconnectsWithBackoff()
{
    const quint16 port = closedPort();
    TcpClient client;
    QSignalSpy scheduled(&client, &TcpClient::reconnectScheduled);
    QSignalSpy connected(&client, &TcpClient::connected);
    TcpClientConfig config = clientConfig(port);
    config.autoReconnect = true;
    config.reconnectInitialMs = 40;
    config.reconnectMaxMs = 100;
    client.start(config);
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.count() >= 3, 5000);
    QCOMPARE(scheduled.at(0).at(0).toInt(), 40);
    QCOMPARE(scheduled.at(1).at(0).toInt(), 80);
    QCOMPARE(scheduled.at(2).at(0).toInt(), 100); // capped
    QCOMPARE(scheduled.at(2).at(1).toInt(), 3);

    TcpServer server;
    TcpServerConfig serverConfig;
    serverConfig.address = localhost;
    serverConfig.port = port;
    QVERIFY(server.start(serverConfig));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    // The server goes away: the client notices and tries again, starting over at the first delay.
    const int before = static_cast<int>(scheduled.count());
    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.count() > before, 5000);
    QCOMPARE(scheduled.at(before).at(0).toInt(), 40);
    client.stop();
}

namespace {
/** A listener that accepts natively, so the test sees exactly what the peer's kernel reports. */
struct NativePeer
{
    QTcpServer holder; // owns the descriptor and tells the port
    int accepted = -1;

    bool listen()
    {
        ListenSocket::Options options;
        options.address = localhost;
        QString error;
        const qintptr listener = ListenSocket::open(options, &error);
        if (listener < 0 || !holder.setSocketDescriptor(listener))
            return false;
        holder.pauseAccepting();
        return true;
    }
    bool accept()
    {
        accepted = acceptNative(static_cast<int>(holder.socketDescriptor()));
        return accepted >= 0;
    }
    ~NativePeer()
    {
        if (accepted >= 0)
            ::close(accepted);
    }
};
} // namespace

void TestTcpClient::gracefulCloseSendsFin()
{
    NativePeer peer;
    QVERIFY(peer.listen());
    TcpClient client;
    QSignalSpy connected(&client, &TcpClient::connected);
    client.start(clientConfig(peer.holder.serverPort()));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    QVERIFY(peer.accept());
    client.stop(false);
    QCOMPARE(recvOutcome(peer.accepted), 0);
}

void TestTcpClient::abortSendsReset()
{
    NativePeer peer;
    QVERIFY(peer.listen());
    TcpClient client;
    QSignalSpy connected(&client, &TcpClient::connected);
    QSignalSpy disconnected(&client, &TcpClient::disconnected);
    client.start(clientConfig(peer.holder.serverPort()));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    QVERIFY(peer.accept());
    client.stop(true);
    QCOMPARE(recvOutcome(peer.accepted), -ECONNRESET);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 5000);
    QCOMPARE(disconnected.at(0).at(0).toString(),
             QStringLiteral("Aborted: 127.0.0.1:%1 was sent a reset (RST).").arg(peer.holder.serverPort()));
}

void TestTcpClient::appliesSocketOptions()
{
    TcpServer server;
    TcpServerConfig serverConfig;
    serverConfig.address = localhost;
    QVERIFY(server.start(serverConfig));
    TcpClient client;
    QSignalSpy connected(&client, &TcpClient::connected);
    TcpClientConfig config = clientConfig(server.port());
    config.noDelay = true;
    config.keepAlive = true;
    config.sendBufferSize = 64 * 1024;
    config.receiveBufferSize = 128 * 1024;
    client.start(config);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    QTcpSocket *socket = client.connection()->socket();
    QCOMPARE(socket->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    QCOMPARE(socket->socketOption(QAbstractSocket::KeepAliveOption).toInt(), 1);
    // Linux doubles the value asked for, to leave room for its bookkeeping.
    QCOMPARE(socket->socketOption(QAbstractSocket::SendBufferSizeSocketOption).toInt(), 2 * 64 * 1024);
    QCOMPARE(socket->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt(), 2 * 128 * 1024);
}

void TestTcpClient::framedMessagesBothWays()
{
    TcpServer server;
    TcpServerConfig serverConfig;
    serverConfig.address = localhost;
    serverConfig.connection.reply.setMode(ReplyPolicy::Mode::Upper);
    serverConfig.connection.framing = FramingTestUtil::spec(QStringLiteral("struct-i"));
    QVERIFY(server.start(serverConfig));
    TcpClient client;
    QSignalSpy connected(&client, &TcpClient::connected);
    QSignalSpy frames(&client, &TcpClient::frameReceived);
    TcpClientConfig config = clientConfig(server.port());
    config.connection.framing = serverConfig.connection.framing;
    client.start(config);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    for (const char *message : {"hello", "world", "egon"})
        QVERIFY(client.sendMessage(message));
    QTRY_COMPARE_WITH_TIMEOUT(frames.count(), 3, 5000);
    QCOMPARE(frames.at(0).at(0).value<Frame>().payload, QByteArray("HELLO"));
    QCOMPARE(frames.at(1).at(0).value<Frame>().payload, QByteArray("WORLD"));
    QCOMPARE(frames.at(2).at(0).value<Frame>().payload, QByteArray("EGON"));
}

void TestTcpClient::oneMessageLargerThanTheHighWaterMark()
{
    // The mark is about a peer that stops reading, not about the size of our own message.
    TcpServer server;
    TcpServerConfig serverConfig;
    serverConfig.address = localhost;
    serverConfig.connection.recordTrace = false;
    QVERIFY(server.start(serverConfig));
    TcpClient client;
    QSignalSpy connected(&client, &TcpClient::connected);
    QSignalSpy errors(&client, &TcpClient::errorOccurred);
    TcpClientConfig config = clientConfig(server.port());
    config.connection.highWaterMark = 1024 * 1024;
    client.start(config);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    const QByteArray big(4 * 1024 * 1024, 'b');
    QVERIFY(client.sendMessage(big));
    QTRY_COMPARE_WITH_TIMEOUT(server.totals().bytesIn(), qint64(big.size()), 10000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(client.state(), TcpClient::State::Connected);
}

QTEST_GUILESS_MAIN(TestTcpClient)
#include "tst_tcpclient.moc"

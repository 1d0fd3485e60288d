// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

/** Proves the harness: real sockets on loopback, an ephemeral port, exact bytes. */
class TestLoopback : public QObject
{
    Q_OBJECT

private slots:
    void bytesArriveExactly_data();
    void bytesArriveExactly();
};

void TestLoopback::bytesArriveExactly_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("payload");
    QByteArray allValues;
    for (int i = 0; i < 256; ++i)
        allValues.append(static_cast<char>(i));
    QByteArray large(1 << 20, '\0');
    for (int i = 0; i < large.size(); ++i)
        large[i] = static_cast<char>((i * 31 + 7) & 0xff);
    QTest::newRow("ipv4 text") << QStringLiteral("127.0.0.1") << QByteArrayLiteral("hello 你好\r\n");
    QTest::newRow("ipv4 every byte value") << QStringLiteral("127.0.0.1") << allValues;
    QTest::newRow("ipv4 1 MiB") << QStringLiteral("127.0.0.1") << large;
    QTest::newRow("ipv6 text") << QStringLiteral("::1") << QByteArrayLiteral("hello over IPv6");
}

void TestLoopback::bytesArriveExactly()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, payload);

    QTcpServer server;
    if (!server.listen(QHostAddress(address), 0)) {
        if (address == QLatin1String("::1"))
            QSKIP("IPv6 loopback is not available on this machine");
        QFAIL(qPrintable(server.errorString()));
    }
    QVERIFY(server.serverPort() != 0);

    QTcpSocket client;
    client.connectToHost(QHostAddress(address), server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    QVERIFY(accepted);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 5000);
    QCOMPARE(accepted->peerPort(), client.localPort());

    QByteArray received;
    connect(accepted.get(), &QTcpSocket::readyRead, this, [&] { received += accepted->readAll(); });
    QCOMPARE(client.write(payload), qint64(payload.size()));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), payload.size(), 10000);
    QCOMPARE(received, payload);

    // An orderly close reaches the server as a disconnect, with nothing further to read.
    QSignalSpy disconnected(accepted.get(), &QTcpSocket::disconnected);
    client.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 5000);
    QCOMPARE(received, payload);
}

QTEST_GUILESS_MAIN(TestLoopback)
#include "tst_loopback.moc"

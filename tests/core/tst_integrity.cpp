// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <cstring>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include "net/tcpclient.h"
#include "net/tcpconnection.h"
#include "net/tcpserver.h"

/** Nothing lost, nothing changed: a large stream with random write sizes, hashed on both ends. */
class TestIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void largeStreamArrivesIntact();
};

void TestIntegrity::largeStreamArrivesIntact()
{
    constexpr qint64 total = 256 * 1024 * 1024;
    constexpr quint32 maxWrite = 256 * 1024;

    TcpServer server;
    TcpServerConfig serverConfig;
    serverConfig.address = QHostAddress(QHostAddress::LocalHost);
    serverConfig.connection.recordTrace = false;
    QVERIFY(server.start(serverConfig));
    QCryptographicHash receivedHash(QCryptographicHash::Sha256);
    qint64 received = 0;
    connect(&server, &TcpServer::readReceived, this, [&](quint64, const QByteArray &bytes) {
        receivedHash.addData(bytes);
        received += bytes.size();
    });
    QSignalSpy serverSawClose(&server, &TcpServer::clientDisconnected);

    TcpClient client;
    TcpClientConfig clientConfig;
    clientConfig.host = QStringLiteral("127.0.0.1");
    clientConfig.port = server.port();
    clientConfig.connection.recordTrace = false;
    QCryptographicHash sentHash(QCryptographicHash::Sha256);
    QRandomGenerator random(20261123);
    qint64 sent = 0;
    qint64 writes = 0;
    const auto pump = [&] {
        TcpConnection *connection = client.connection();
        // Bounded by the write buffer: at most ~1 MiB queued at any time.
        while (connection && sent < total && connection->bytesToWrite() < 1024 * 1024) {
            const auto size = static_cast<qint64>(qMin<quint64>(random.bounded(1u, maxWrite + 1), total - sent));
            QByteArray chunk(size, Qt::Uninitialized);
            for (qint64 i = 0; i < size; i += 4) {
                const quint32 word = random.generate();
                std::memcpy(chunk.data() + i, &word, static_cast<size_t>(qMin<qint64>(4, size - i)));
            }
            sentHash.addData(chunk);
            QVERIFY(client.sendMessage(chunk));
            sent += size;
            ++writes;
        }
        if (sent == total)
            client.stop();
    };
    connect(&client, &TcpClient::connected, this, pump);
    connect(&client, &TcpClient::writeBufferLow, this, pump);
    QElapsedTimer timer;
    timer.start();
    client.start(clientConfig);

    QTRY_COMPARE_WITH_TIMEOUT(serverSawClose.count(), 1, 240000);
    QCOMPARE(sent, total);
    QCOMPARE(received, total);
    QCOMPARE(receivedHash.result().toHex(), sentHash.result().toHex());
    QCOMPARE(server.totals().bytesIn(), total);
    QVERIFY(writes > 1000); // many writes of random sizes, not a few big ones
    qInfo("256 MiB in %lld writes, %.0f MiB/s, SHA-256 %s", writes, total / 1048576.0 / (timer.elapsed() / 1000.0),
          sentHash.result().toHex().left(16).constData());
}

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"

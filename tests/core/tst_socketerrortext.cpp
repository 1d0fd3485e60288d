// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <cerrno>

#include <QTest>

#include "net/endpoint.h"
#include "net/socketerrortext.h"

/** Every socket error is one sentence that says what happened and what to do. */
class TestSocketErrorText : public QObject
{
    Q_OBJECT

private slots:
    void fromErrno_data();
    void fromErrno();
    void fromQtError_data();
    void fromQtError();
    void endpoints_data();
    void endpoints();
    void addressInUseWithReuseOn();
};

void TestSocketErrorText::fromErrno_data()
{
    QTest::addColumn<int>("errorNumber");
    QTest::addColumn<QString>("expected");
    QTest::newRow("EADDRINUSE") << EADDRINUSE
                                << QStringLiteral("Port 80 is in use (maybe by a socket in TIME_WAIT from an earlier "
                                                  "run): allow address reuse (SO_REUSEADDR) or pick another port.");
    QTest::newRow("EACCES") << EACCES
                            << QStringLiteral("Permission denied for port 80: ports below 1024 need administrator "
                                              "rights. Use a port from 1024 up.");
    QTest::newRow("EADDRNOTAVAIL") << EADDRNOTAVAIL
                                   << QStringLiteral("The address 10.1.2.3:80 is not on this machine: bind to one of "
                                                     "its own addresses, or to any address.");
    QTest::newRow("ECONNREFUSED") << ECONNREFUSED
                                  << QStringLiteral("Connection to 10.1.2.3:80 was refused: nothing is listening on "
                                                    "that port (or a firewall said no). Check the address and that the "
                                                    "server is running.");
    QTest::newRow("ENETUNREACH") << ENETUNREACH
                                 << QStringLiteral("Network error with 10.1.2.3:80: the network is unreachable or the "
                                                   "connection was reset (system text).");
    QTest::newRow("EMFILE") << EMFILE
                            << QStringLiteral("Out of sockets or memory for 10.1.2.3:80: close some connections or "
                                              "raise the open-files limit (ulimit -n).");
    QTest::newRow("ETIMEDOUT") << ETIMEDOUT
                               << QStringLiteral("Connecting to 10.1.2.3:80 timed out after 3000 ms: the host may be "
                                                 "down, or a firewall drops the packets.");
    QTest::newRow("other") << EIO << QStringLiteral("Socket error with 10.1.2.3:80: system text");
}

void TestSocketErrorText::fromErrno()
{
    QFETCH(int, errorNumber);
    QFETCH(QString, expected);
    SocketErrorText::Context context;
    context.endpoint = QStringLiteral("10.1.2.3:80");
    context.port = 80;
    context.timeoutMs = 3000;
    context.systemText = QStringLiteral("system text");
    QCOMPARE(SocketErrorText::describeErrno(errorNumber, context), expected);
}

void TestSocketErrorText::fromQtError_data()
{
    // Errors a loopback test cannot provoke (a lookup would ask a name server elsewhere).
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host not found") << int(QAbstractSocket::HostNotFoundError)
                                    << QStringLiteral("Host \"example.invalid\" was not found: check the name, or use "
                                                      "an IP address.");
    QTest::newRow("remote closed") << int(QAbstractSocket::RemoteHostClosedError)
                                   << QStringLiteral("example.invalid closed the connection.");
    QTest::newRow("datagram too large") << int(QAbstractSocket::DatagramTooLargeError)
                                        << QStringLiteral(
                                               "The datagram to example.invalid is too large for the network: "
                                               "send at most 65,507 bytes over IPv4.");
    QTest::newRow("unsupported") << int(QAbstractSocket::UnsupportedSocketOperationError)
                                 << QStringLiteral("example.invalid: this is not supported here (is IPv6 disabled?). "
                                                   "system text");
}

void TestSocketErrorText::fromQtError()
{
    QFETCH(int, error);
    QFETCH(QString, expected);
    SocketErrorText::Context context;
    context.endpoint = QStringLiteral("example.invalid");
    context.systemText = QStringLiteral("system text");
    QCOMPARE(SocketErrorText::describe(static_cast<QAbstractSocket::SocketError>(error), context), expected);
}

void TestSocketErrorText::endpoints_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("error");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:9000") << QStringLiteral("127.0.0.1") << 9000
                          << QStringLiteral("127.0.0.1:9000") << QString();
    QTest::newRow("ipv6") << QStringLiteral("[::1]:80") << QStringLiteral("::1") << 80 << QStringLiteral("[::1]:80")
                          << QString();
    QTest::newRow("name") << QStringLiteral("localhost:0") << QStringLiteral("localhost") << 0
                          << QStringLiteral("localhost:0") << QString();
    QTest::newRow("star") << QStringLiteral("*:8080") << QString() << 8080 << QStringLiteral("*:8080") << QString();
    QTest::newRow("empty host") << QStringLiteral(":8080") << QString() << 8080 << QStringLiteral("*:8080")
                                << QString();
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QString() << 0 << QString()
                             << QStringLiteral("Bad address \"127.0.0.1\": expected HOST:PORT, e.g. 127.0.0.1:9000.");
    QTest::newRow("bare ipv6") << QStringLiteral("::1:80") << QString() << 0 << QString()
                               << QStringLiteral("Bad address \"::1:80\": write an IPv6 address in brackets, e.g. "
                                                 "[::1]:9000.");
    QTest::newRow("bad bracket") << QStringLiteral("[::1]80") << QString() << 0 << QString()
                                 << QStringLiteral("Bad address \"[::1]80\": write an IPv6 address as [::1]:PORT.");
    QTest::newRow("port too big") << QStringLiteral("h:65536") << QString() << 0 << QString()
                                  << QStringLiteral("Bad port \"65536\" in \"h:65536\": use a number from 0 to 65535.");
    QTest::newRow("negative port") << QStringLiteral("h:-1") << QString() << 0 << QString()
                                   << QStringLiteral("Bad port \"-1\" in \"h:-1\": use a number from 0 to 65535.");
}

void TestSocketErrorText::endpoints()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, shown);
    QFETCH(QString, error);
    QString message;
    const std::optional<Endpoint> endpoint = Endpoint::parse(input, &message);
    QCOMPARE(message, error);
    QCOMPARE(endpoint.has_value(), error.isEmpty());
    if (endpoint) {
        QCOMPARE(endpoint->host, host);
        QCOMPARE(int(endpoint->port), port);
        QCOMPARE(endpoint->toString(), shown);
    }
    QCOMPARE(Endpoint::format(QHostAddress(QStringLiteral("::ffff:127.0.0.1")), 5), QStringLiteral("127.0.0.1:5"));
}

void TestSocketErrorText::addressInUseWithReuseOn()
{
    // With SO_REUSEADDR already on, TIME_WAIT is not the cause: another program holds the port.
    SocketErrorText::Context context;
    context.port = 9000;
    context.reuseAddress = true;
    const QString expected = QStringLiteral("Port 9000 is in use by another program (address reuse was on, so this is "
                                            "not a socket left in TIME_WAIT): stop that program or pick another port.");
    QCOMPARE(SocketErrorText::describeErrno(EADDRINUSE, context), expected);
    QCOMPARE(SocketErrorText::describe(QAbstractSocket::AddressInUseError, context), expected);
}

QTEST_GUILESS_MAIN(TestSocketErrorText)
#include "tst_socketerrortext.moc"

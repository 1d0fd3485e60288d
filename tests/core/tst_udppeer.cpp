// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QSignalSpy>
#include <QTest>

#include "net/udppeer.h"

namespace {
const QHostAddress localhost(QHostAddress::LocalHost);

UdpPeerConfig loopback(ReplyPolicy::Mode mode = ReplyPolicy::Mode::None)
{
    UdpPeerConfig config;
    config.bindAddress = localhost;
    config.reply.setMode(mode);
    return config;
}

QList<QByteArray> payloads(const QSignalSpy &spy)
{
    QList<QByteArray> list;
    for (const QList<QVariant> &arguments : spy)
        list.append(arguments.at(3).toByteArray());
    return list;
}
} // namespace

/** The UDP peer with real datagrams on loopback. */
class TestUdpPeer : public QObject
{
    Q_OBJECT

private slots:
    void datagramsKeepTheirBoundaries();
    void emptyDatagramIsAnEvent();
    void sizeLimit_data();
    void sizeLimit();
    void repliesToTheSource();
    void dualStackBind();
    void broadcastOnLoopback();
    void multicastJoinAndLeave_data();
    void multicastJoinAndLeave();
    void bindErrorIsOneSentence();
};

void TestUdpPeer::datagramsKeepTheirBoundaries()
{
    UdpPeer receiver;
    UdpPeer sender;
    QSignalSpy bound(&receiver, &UdpPeer::bound);
    QVERIFY(receiver.start(loopback()));
    QCOMPARE(bound.count(), 1);
    QCOMPARE(bound.at(0).at(0).toString(), QStringLiteral("127.0.0.1:%1").arg(receiver.port()));
    QVERIFY(sender.start(loopback()));
    QSignalSpy received(&receiver, &UdpPeer::datagramReceived);
    QSignalSpy sent(&sender, &UdpPeer::sent);
    for (const char *message : {"hello", "world", "egon"})
        QVERIFY(sender.sendTo(localhost, receiver.port(), message));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 3, 5000);
    // Unlike TCP, three sends are three datagrams: nothing merges.
    QCOMPARE(payloads(received), QList<QByteArray>({"hello", "world", "egon"}));
    QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("127.0.0.1:%1").arg(sender.port()));
    QCOMPARE(received.at(0).at(2).value<quint16>(), sender.port());
    QCOMPARE(sent.count(), 3);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("127.0.0.1:%1").arg(receiver.port()));
    QCOMPARE(sent.at(0).at(1).toByteArray(), QByteArray("hello"));
    QCOMPARE(receiver.counters().messagesIn(), 3);
    QCOMPARE(receiver.counters().bytesIn(), 14);
    QCOMPARE(sender.counters().messagesOut(), 3);
}

void TestUdpPeer::emptyDatagramIsAnEvent()
{
    UdpPeer receiver;
    UdpPeer sender;
    QVERIFY(receiver.start(loopback()));
    QVERIFY(sender.start(loopback()));
    QSignalSpy received(&receiver, &UdpPeer::datagramReceived);
    QVERIFY(sender.sendTo(localhost, receiver.port(), "before"));
    QVERIFY(sender.sendTo(localhost, receiver.port(), QByteArray()));
    QVERIFY(sender.sendTo(localhost, receiver.port(), "after"));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 3, 5000);
    QCOMPARE(payloads(received), QList<QByteArray>({"before", QByteArray(), "after"}));
    QCOMPARE(receiver.counters().messagesIn(), 3);
}

void TestUdpPeer::sizeLimit_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("IPv4 65507") << QStringLiteral("127.0.0.1") << 65507 << true;
    QTest::newRow("IPv4 65508") << QStringLiteral("127.0.0.1") << 65508 << false;
    QTest::newRow("IPv6 65527") << QStringLiteral("::1") << 65527 << true;
    QTest::newRow("IPv6 65528") << QStringLiteral("::1") << 65528 << false;
}

void TestUdpPeer::sizeLimit()
{
    QFETCH(QString, address);
    QFETCH(int, size);
    QFETCH(bool, accepted);
    UdpPeerConfig config = loopback();
    config.bindAddress = QHostAddress(address);
    UdpPeer receiver;
    UdpPeer sender;
    QVERIFY(receiver.start(config));
    QVERIFY(sender.start(config));
    QSignalSpy received(&receiver, &UdpPeer::datagramReceived);
    QSignalSpy errors(&sender, &UdpPeer::errorOccurred);
    QByteArray data(size, '\0');
    for (int i = 0; i < size; ++i)
        data[i] = static_cast<char>(i * 7);
    QCOMPARE(sender.sendTo(QHostAddress(address), receiver.port(), data), accepted);
    if (accepted) {
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
        QCOMPARE(received.at(0).at(3).toByteArray(), data);
        QCOMPARE(errors.count(), 0);
    } else {
        QCOMPARE(errors.count(), 1);
        const bool v4 = address == QLatin1String("127.0.0.1");
        const QString peer =
            v4 ? QStringLiteral("127.0.0.1:%1").arg(receiver.port()) : QStringLiteral("[::1]:%1").arg(receiver.port());
        QCOMPARE(
            errors.at(0).at(0).toString(),
            QStringLiteral("The datagram for %1 is %2 bytes: UDP over %3 carries at most %4 bytes. Split it or use "
                           "TCP.")
                .arg(peer)
                .arg(size)
                .arg(v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"))
                .arg(size - 1));
        QCOMPARE(sender.counters().messagesOut(), 0);
    }
}

void TestUdpPeer::repliesToTheSource()
{
    UdpPeer server;
    UdpPeer client;
    QVERIFY(server.start(loopback(ReplyPolicy::Mode::Upper)));
    QVERIFY(client.start(loopback()));
    QSignalSpy replies(&client, &UdpPeer::datagramReceived);
    QVERIFY(client.sendTo(localhost, server.port(), "qq message"));
    QTRY_COMPARE_WITH_TIMEOUT(replies.count(), 1, 5000);
    QCOMPARE(replies.at(0).at(3).toByteArray(), QByteArray("QQ MESSAGE"));
    QCOMPARE(replies.at(0).at(2).value<quint16>(), server.port());
}

void TestUdpPeer::dualStackBind()
{
    UdpPeer receiver;
    UdpPeerConfig config = loopback();
    config.bindAddress = QHostAddress();
    QVERIFY(receiver.start(config));
    QCOMPARE(receiver.localEndpoint(), QStringLiteral("*:%1").arg(receiver.port()));
    UdpPeer v4;
    UdpPeer v6;
    QVERIFY(v4.start(loopback()));
    UdpPeerConfig v6Config = loopback();
    v6Config.bindAddress = QHostAddress(QHostAddress::LocalHostIPv6);
    QVERIFY(v6.start(v6Config));
    QSignalSpy received(&receiver, &UdpPeer::datagramReceived);
    QVERIFY(v4.sendTo(localhost, receiver.port(), "v4"));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
    QVERIFY(v6.sendTo(QHostAddress(QHostAddress::LocalHostIPv6), receiver.port(), "v6"));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, 5000);
    QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("127.0.0.1:%1").arg(v4.port()));
    QCOMPARE(received.at(1).at(0).toString(), QStringLiteral("[::1]:%1").arg(v6.port()));
}

void TestUdpPeer::broadcastOnLoopback()
{
    // 127.255.255.255 is the loopback network's broadcast address: it never leaves this machine.
    UdpPeer receiver;
    UdpPeerConfig config;
    config.bindAddress = QHostAddress(QHostAddress::AnyIPv4);
    QVERIFY(receiver.start(config));
    UdpPeer sender;
    QVERIFY(sender.start(loopback()));
    QSignalSpy received(&receiver, &UdpPeer::datagramReceived);
    QVERIFY(sender.sendTo(QHostAddress(QStringLiteral("127.255.255.255")), receiver.port(), "to everyone"));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
    QCOMPARE(received.at(0).at(3).toByteArray(), QByteArray("to everyone"));
}

void TestUdpPeer::multicastJoinAndLeave_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("any");
    QTest::addColumn<QString>("interface");
    // Nothing leaves the machine: TTL / hop limit 0 makes the kernel loop a copy back and drop the packet
    // before it is sent. IPv4 uses the loopback interface; IPv6 cannot route multicast there on Linux, so
    // it uses an interface-local group (ff01::/16), which by definition never goes onto a link and is
    // joined without any membership report.
    QTest::newRow("IPv4") << QStringLiteral("239.255.77.77") << QStringLiteral("0.0.0.0") << QStringLiteral("lo");
    QTest::newRow("IPv6") << QStringLiteral("ff01::7777") << QStringLiteral("::") << QString();
}

void TestUdpPeer::multicastJoinAndLeave()
{
    QFETCH(QString, group);
    QFETCH(QString, any);
    QFETCH(QString, interface);
    UdpPeerConfig config;
    config.bindAddress = QHostAddress(any);
    config.reuseAddress = true;
    config.multicastInterface = interface;
    config.multicastTtl = 0;
    UdpPeer member;
    QVERIFY(member.start(config));
    QSignalSpy notices(&member, &UdpPeer::notice);
    QVERIFY(member.joinGroup(QHostAddress(group)));
    QCOMPARE(notices.at(0).at(0).toString(), QStringLiteral("Joined the multicast group %1.").arg(group));

    UdpPeer sender;
    UdpPeerConfig senderConfig = config;
    senderConfig.reuseAddress = false;
    QVERIFY(sender.start(senderConfig));
    QSignalSpy received(&member, &UdpPeer::datagramReceived);
    QSignalSpy senderErrors(&sender, &UdpPeer::errorOccurred);
    QVERIFY2(sender.sendTo(QHostAddress(group), member.port(), "to the group"),
             senderErrors.isEmpty() ? "" : qPrintable(senderErrors.at(0).at(0).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
    QCOMPARE(received.at(0).at(3).toByteArray(), QByteArray("to the group"));

    QVERIFY(member.leaveGroup(QHostAddress(group)));
    QCOMPARE(notices.at(1).at(0).toString(), QStringLiteral("Left the multicast group %1.").arg(group));
    // After leaving, a group datagram no longer arrives; a unicast one sent after it proves delivery order.
    QVERIFY(sender.sendTo(QHostAddress(group), member.port(), "not for us"));
    QVERIFY(
        sender.sendTo(QHostAddress(any == QLatin1String("::") ? QStringLiteral("::1") : QStringLiteral("127.0.0.1")),
                      member.port(), "direct"));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, 5000);
    QCOMPARE(received.at(1).at(3).toByteArray(), QByteArray("direct"));
}

void TestUdpPeer::bindErrorIsOneSentence()
{
    UdpPeer first;
    QVERIFY(first.start(loopback()));
    UdpPeer second;
    QSignalSpy errors(&second, &UdpPeer::errorOccurred);
    UdpPeerConfig config = loopback();
    config.port = first.port();
    QVERIFY(!second.start(config));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toString(),
             QStringLiteral("Port %1 is in use (maybe by a socket in TIME_WAIT from an earlier run): allow address "
                            "reuse (SO_REUSEADDR) or pick another port.")
                 .arg(first.port()));
}

QTEST_GUILESS_MAIN(TestUdpPeer)
#include "tst_udppeer.moc"

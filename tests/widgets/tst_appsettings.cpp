// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include "appsettings.h"

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void roundTripsThroughTheFile();
    void pageSettingsRoundTrip();
    void badValuesFallBackToDefaults();
    void portableModeUsesTheFileBesideTheExecutable();
};

void TestAppSettings::defaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("empty.ini")));
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.mainWindowGeometry(), QByteArray());
    QCOMPARE(settings.mainWindowState(), QByteArray());
    QCOMPARE(settings.currentTab(), 0);
    QCOMPARE(settings.fileName(), dir.filePath(QStringLiteral("empty.ini")));
}

void TestAppSettings::roundTripsThroughTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const QByteArray geometry("\x01\x00\xff geometry", 12);
    {
        AppSettings settings(path);
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.setMainWindowGeometry(geometry);
        settings.setMainWindowState(QByteArrayLiteral("state"));
        settings.setCurrentTab(4);
        settings.sync();
    }
    QVERIFY(QFile::exists(path));
    AppSettings reread(path);
    QCOMPARE(reread.language(), QStringLiteral("zh_CN"));
    QCOMPARE(reread.mainWindowGeometry(), geometry);
    QCOMPARE(reread.mainWindowState(), QByteArrayLiteral("state"));
    QCOMPARE(reread.currentTab(), 4);
}

void TestAppSettings::pageSettingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pages.ini"));
    ReceiveOptions receive;
    receive.display = ReceiveOptions::Display::Both;
    receive.encoding = QStringLiteral("GBK");
    receive.timestamps = false;
    receive.showMessages = true;
    receive.framing = QStringLiteral("delim:\\r\\n");
    receive.autoScroll = false;
    SendOptions send;
    send.format = PayloadSpec::Format::Hex;
    send.encoding = QStringLiteral("Big5");
    send.lineEnding = PayloadSpec::LineEnding::CrLf;
    send.checksum = Checksum::Kind::Crc16Modbus;
    send.repeatCount = 42;
    send.periodMs = 0;
    TcpServerPageSettings server;
    server.address = QStringLiteral("::");
    server.port = 0;
    server.reuseAddress = false;
    server.dualStack = false;
    server.backlog = 7;
    server.maxClients = 3;
    server.readSize = 4;
    server.readDelayMs = 250;
    server.replyMode = QStringLiteral("rules");
    server.replyRules = {QStringLiteral("ping=>pong"), QStringLiteral("hex:01=>hex:02")};
    TcpClientPageSettings client;
    client.host = QStringLiteral("localhost");
    client.port = 7;
    client.bindAddress = QStringLiteral("127.0.0.1");
    client.bindPort = 40000;
    client.connectTimeoutMs = 500;
    client.autoReconnect = true;
    client.noDelay = true;
    client.keepAlive = true;
    client.sendBufferSize = 65536;
    client.receiveBufferSize = 131072;
    client.abortOnClose = true;
    client.readSize = 1;
    client.readDelayMs = 10;
    UdpPageSettings udp;
    udp.bindAddress = QStringLiteral("127.0.0.1");
    udp.port = 9999;
    udp.reuseAddress = true;
    udp.targetAddress = QStringLiteral("::1");
    udp.targetPort = 1234;
    udp.addressBook = QByteArrayLiteral("[{\"name\":\"唐僧\",\"address\":\"127.0.0.1\",\"port\":9000}]");
    udp.multicastGroup = QStringLiteral("239.1.2.3");
    udp.replyMode = QStringLiteral("echo");
    const QList<QuickSendEntry> quick = {
        {QStringLiteral("登录"), QStringLiteral("c"), PayloadSpec::Format::Escaped, QStringLiteral("a\\r\\n")}};
    {
        AppSettings settings(path);
        settings.setReceiveOptions(QStringLiteral("tcp-server"), receive);
        settings.setSendOptions(QStringLiteral("udp"), send);
        settings.setSendHistory(QStringLiteral("tcp-client"), {QStringLiteral("one"), QStringLiteral("two")});
        settings.setPageLayout(QStringLiteral("udp"), QStringLiteral("main"), QByteArrayLiteral("\x00\x01"));
        settings.setTcpServerPage(server);
        settings.setTcpClientPage(client);
        settings.setUdpPage(udp);
        settings.setQuickSendEntries(quick);
        settings.sync();
    }
    AppSettings reread(path);
    QCOMPARE(reread.receiveOptions(QStringLiteral("tcp-server")), receive);
    QCOMPARE(reread.receiveOptions(QStringLiteral("udp")), ReceiveOptions());
    QCOMPARE(reread.sendOptions(QStringLiteral("udp")), send);
    QCOMPARE(reread.sendHistory(QStringLiteral("tcp-client")),
             (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QCOMPARE(reread.pageLayout(QStringLiteral("udp"), QStringLiteral("main")), QByteArrayLiteral("\x00\x01"));
    const TcpServerPageSettings s = reread.tcpServerPage();
    QCOMPARE(s.address, server.address);
    QCOMPARE(s.port, 0);
    QCOMPARE(s.reuseAddress, false);
    QCOMPARE(s.dualStack, false);
    QCOMPARE(s.backlog, 7);
    QCOMPARE(s.maxClients, 3);
    QCOMPARE(s.readSize, 4);
    QCOMPARE(s.readDelayMs, 250);
    QCOMPARE(s.replyMode, QStringLiteral("rules"));
    QCOMPARE(s.replyRules, server.replyRules);
    const TcpClientPageSettings c = reread.tcpClientPage();
    QCOMPARE(c.host, client.host);
    QCOMPARE(c.port, 7);
    QCOMPARE(c.bindAddress, client.bindAddress);
    QCOMPARE(c.bindPort, 40000);
    QCOMPARE(c.connectTimeoutMs, 500);
    QVERIFY(c.autoReconnect && c.noDelay && c.keepAlive && c.abortOnClose);
    QCOMPARE(c.sendBufferSize, 65536);
    QCOMPARE(c.receiveBufferSize, 131072);
    QCOMPARE(c.readSize, 1);
    QCOMPARE(c.readDelayMs, 10);
    const UdpPageSettings u = reread.udpPage();
    QCOMPARE(u.bindAddress, udp.bindAddress);
    QCOMPARE(u.port, 9999);
    QVERIFY(u.reuseAddress);
    QCOMPARE(u.targetAddress, udp.targetAddress);
    QCOMPARE(u.targetPort, 1234);
    QCOMPARE(u.addressBook, udp.addressBook);
    QCOMPARE(u.multicastGroup, udp.multicastGroup);
    QCOMPARE(u.replyMode, QStringLiteral("echo"));
    QCOMPARE(reread.quickSendEntries(), quick);
}

void TestAppSettings::badValuesFallBackToDefaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[tcp-server]\n"
                   "network\\port=70000\n"
                   "network\\backlog=-5\n"
                   "network\\replyMode=shout\n"
                   "receive\\display=sideways\n"
                   "receive\\encoding=EBCDIC\n"
                   "send\\format=file\n"
                   "send\\checksum=crc16\n"
                   "send\\repeat=0\n"
                   "send\\periodMs=abc\n"
                   "[tcp-client]\n"
                   "network\\connectTimeoutMs=5\n");
    }
    AppSettings settings(path);
    const TcpServerPageSettings defaults;
    QCOMPARE(settings.tcpServerPage().port, defaults.port);
    QCOMPARE(settings.tcpServerPage().backlog, defaults.backlog);
    QCOMPARE(settings.tcpServerPage().replyMode, defaults.replyMode);
    QCOMPARE(settings.receiveOptions(QStringLiteral("tcp-server")), ReceiveOptions());
    QCOMPARE(settings.sendOptions(QStringLiteral("tcp-server")), SendOptions());
    QCOMPARE(settings.tcpClientPage().connectTimeoutMs, TcpClientPageSettings().connectTimeoutMs);
}

void TestAppSettings::portableModeUsesTheFileBesideTheExecutable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(AppSettings::portableFilePath(dir.path()), QString());
    QFile marker(dir.filePath(QStringLiteral("portable")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    QCOMPARE(AppSettings::portableFilePath(dir.path()), dir.filePath(QStringLiteral("socketlab.ini")));

    // The default constructor follows the marker beside this executable.
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("portable"));
    QVERIFY2(!QFile::exists(beside), "a portable marker is already there");
    QFile besideMarker(beside);
    QVERIFY(besideMarker.open(QIODevice::WriteOnly));
    besideMarker.close();
    const auto removeMarker = qScopeGuard([beside] { QFile::remove(beside); });
    const AppSettings settings;
    QCOMPARE(settings.fileName(),
             QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("socketlab.ini")));
    QVERIFY(QFile::remove(beside));
    const AppSettings user;
    QVERIFY(user.fileName() != settings.fileName());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"

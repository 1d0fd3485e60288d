// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "cliprocess.h"
#include "processrun.h"

namespace {
const QString cli = QStringLiteral(SOCKETLAB_CLI_PATH);

QString peerScript(const QString &name)
{
    return QStringLiteral(SOCKETLAB_SOURCE_DIR "/tests/integration/peers/") + name;
}

QProcessEnvironment english()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    return environment;
}

QProcessEnvironment chinese()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    return environment;
}

/** A readable (not --json) tcp-server in the given locale; its first line announces the port. */
class TextServer
{
public:
    bool start(const QProcessEnvironment &environment, const QString &reply)
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(cli,
                        {QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--reply"), reply});
        if (!m_process.waitForStarted(10000))
            return false;
        for (int attempt = 0; attempt < 100 && !m_process.canReadLine(); ++attempt)
            m_process.waitForReadyRead(100);
        m_firstLine = QString::fromUtf8(m_process.readLine());
        return m_process.state() == QProcess::Running;
    }
    QString firstLine() const { return m_firstLine; }
    quint16 port() const { return static_cast<quint16>(m_firstLine.section(QLatin1Char(':'), -1).trimmed().toUInt()); }
    /** SIGTERM, then everything it printed after the first line. */
    QString stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        return QString::fromUtf8(m_process.readAllStandardOutput());
    }

private:
    QProcess m_process;
    QString m_firstLine;
};

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> events;
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        events.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return events;
}

QList<QJsonObject> named(const QList<QJsonObject> &events, const QString &name)
{
    QList<QJsonObject> matching;
    for (const QJsonObject &event : events) {
        if (event.value(QStringLiteral("event")).toString() == name)
            matching.append(event);
    }
    return matching;
}

QString joinedHex(const QList<QJsonObject> &events)
{
    QString hex;
    for (const QJsonObject &event : events)
        hex += event.value(QStringLiteral("hex")).toString();
    return hex;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

/** socketlab-cli tcp-server, tcp-client and udp as real processes, with each other and with peers we did not write. */
class TestCliNet : public QObject
{
    Q_OBJECT

private slots:
    void echoServerAndClient();
    void gbkCharacterSplitAcrossReads();
    void manyConnectionsEachCounted();
    void refusedExitsOne();
    void portInUseExitsOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void udpDatagramsAndTheEmptyOne();
    void udpTooLargeIsRefused();
    void tutorialPythonClientAgainstServer();
    void tutorialStructSenderAgainstFramedServer();
    void tutorialUdpServerAgainstUdpPeer();
    void netcatBothWays();
    void logRecordsEveryRow();
    void readableLinesFollowTheLanguage();
    void quietClientPrintsOnlyTheSummary();
};

void TestCliNet::echoServerAndClient()
{
    CliProcess server(cli);
    QVERIFY(server.start({QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--reply"), QStringLiteral("echo"), QStringLiteral("--json")}));
    const quint16 port = server.waitForPort();
    QVERIFY(port != 0);
    const ProcessRun client = ProcessRun::exec(
        cli,
        {QStringLiteral("tcp-client"), QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port),
         QStringLiteral("--send"), QStringLiteral("hello"), QStringLiteral("--send-hex"), QStringLiteral("0d 0a"),
         QStringLiteral("--wait"), QStringLiteral("300"), QStringLiteral("--json")},
        english());
    QVERIFY(client.finished);
    QCOMPARE(client.exitCode, 0);
    const QList<QJsonObject> events = jsonLines(client.out);
    QCOMPARE(named(events, QStringLiteral("connected")).size(), 1);
    const QList<QJsonObject> sent = named(events, QStringLiteral("sent"));
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).value(QStringLiteral("size")).toInt(), 5);
    QCOMPARE(sent.at(1).value(QStringLiteral("size")).toInt(), 2);
    // However the echo was cut into reads, the bytes are exactly what was sent.
    QCOMPARE(joinedHex(named(events, QStringLiteral("data"))), QStringLiteral("68656c6c6f0d0a"));
    QCOMPARE(named(events, QStringLiteral("disconnected")).size(), 1);

    const QJsonObject read = server.waitFor(QStringLiteral("data"));
    QCOMPARE(read.value(QStringLiteral("peer")).toString(),
             named(events, QStringLiteral("connected")).at(0).value(QStringLiteral("local")).toString());
    QVERIFY(!server.waitFor(QStringLiteral("disconnected")).isEmpty());
    QCOMPARE(server.stop(), 0);
}

void TestCliNet::gbkCharacterSplitAcrossReads()
{
    CliProcess server(cli);
    QVERIFY(server.start({QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--read-size"), QStringLiteral("1"), QStringLiteral("--encoding"),
                          QStringLiteral("GBK"), QStringLiteral("--json")}));
    const quint16 port = server.waitForPort();
    QVERIFY(port != 0);
    const ProcessRun client = ProcessRun::exec(
        cli,
        {QStringLiteral("tcp-client"), QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port),
         QStringLiteral("--send"), QStringLiteral("中文"), QStringLiteral("--encoding"), QStringLiteral("gbk"),
         QStringLiteral("--wait"), QStringLiteral("200")});
    QCOMPARE(client.exitCode, 0);
    // Four one-byte reads; each character shows once its second byte has arrived.
    QStringList hex;
    QStringList text;
    for (int i = 0; i < 4; ++i) {
        const QJsonObject read = server.waitFor(QStringLiteral("data"));
        hex << read.value(QStringLiteral("hex")).toString();
        text << read.value(QStringLiteral("text")).toString();
    }
    QCOMPARE(hex,
             QStringList({QStringLiteral("d6"), QStringLiteral("d0"), QStringLiteral("ce"), QStringLiteral("c4")}));
    QCOMPARE(text, QStringList({QString(), QStringLiteral("中"), QString(), QStringLiteral("文")}));
}

void TestCliNet::manyConnectionsEachCounted()
{
    CliProcess server(cli);
    QVERIFY(server.start({QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--reply"), QStringLiteral("echo"), QStringLiteral("--json")}));
    const quint16 port = server.waitForPort();
    const ProcessRun client = ProcessRun::exec(
        cli,
        {QStringLiteral("tcp-client"), QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port),
         QStringLiteral("--connections"), QStringLiteral("20"), QStringLiteral("--send"), QStringLiteral("ping"),
         QStringLiteral("--repeat"), QStringLiteral("3"), QStringLiteral("--wait"), QStringLiteral("500"),
         QStringLiteral("--quiet"), QStringLiteral("--json")});
    QVERIFY(client.finished);
    QCOMPARE(client.exitCode, 0);
    const QList<QJsonObject> summary = named(jsonLines(client.out), QStringLiteral("summary"));
    QCOMPARE(summary.size(), 1);
    QCOMPARE(summary.at(0).value(QStringLiteral("connections")).toInt(), 20);
    QCOMPARE(summary.at(0).value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(summary.at(0).value(QStringLiteral("bytesOut")).toInt(), 20 * 3 * 4);
    QCOMPARE(summary.at(0).value(QStringLiteral("bytesIn")).toInt(), 20 * 3 * 4);
    server.stop();
    QCOMPARE(named(server.events(), QStringLiteral("connected")).size(), 20);
    QCOMPARE(named(server.events(), QStringLiteral("disconnected")).size(), 20);
}

void TestCliNet::refusedExitsOne()
{
    const quint16 port = freePort();
    const ProcessRun client =
        ProcessRun::exec(cli,
                         {QStringLiteral("tcp-client"), QStringLiteral("--connect"),
                          QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--send"), QStringLiteral("x")},
                         english());
    QVERIFY(client.finished);
    QCOMPARE(client.exitCode, 1);
    QCOMPARE(client.err,
             QStringLiteral("socketlab-cli: Connection to 127.0.0.1:%1 was refused: nothing is listening "
                            "on that port (or a firewall said no). Check the address and that the server "
                            "is running.\n")
                 .arg(port));
}

void TestCliNet::portInUseExitsOne()
{
    CliProcess first(cli);
    QVERIFY(first.start({QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--json")}));
    const quint16 port = first.waitForPort();
    const ProcessRun second = ProcessRun::exec(
        cli, {QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)},
        english());
    QVERIFY(second.finished);
    QCOMPARE(second.exitCode, 1);
    QCOMPARE(second.err,
             QStringLiteral("socketlab-cli: Port %1 is in use by another program (address reuse was on, so this "
                            "is not a socket left in TIME_WAIT): stop that program or pick another port.\n")
                 .arg(port));
}

void TestCliNet::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no listen") << QStringList({QStringLiteral("tcp-server")})
                               << QStringLiteral("--listen HOST:PORT is required.");
    QTest::newRow("bad port")
        << QStringList({QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")})
        << QStringLiteral("Bad port \"70000\" in \"127.0.0.1:70000\": use a number from 0 to 65535.");
    QTest::newRow("bad reply") << QStringList({QStringLiteral("tcp-server"), QStringLiteral("--listen"),
                                               QStringLiteral("127.0.0.1:0"), QStringLiteral("--reply"),
                                               QStringLiteral("shout")})
                               << QStringLiteral("Bad value \"shout\" for --reply: use none, echo, upper or rules.");
    QTest::newRow("bad read size") << QStringList({QStringLiteral("tcp-server"), QStringLiteral("--listen"),
                                                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--read-size"),
                                                   QStringLiteral("-1")})
                                   << QStringLiteral("Bad value \"-1\" for --read-size: use a whole number from 0 to "
                                                     "67108864.");
    QTest::newRow("bad hex") << QStringList({QStringLiteral("tcp-client"), QStringLiteral("--connect"),
                                             QStringLiteral("127.0.0.1:1"), QStringLiteral("--send-hex"),
                                             QStringLiteral("48 6g")})
                             << QStringLiteral("--send-hex 48 6g: Invalid hex character 'g' at position 5.");
    QTest::newRow("unknown option") << QStringList({QStringLiteral("udp"), QStringLiteral("--frobnicate")})
                                    << QStringLiteral("Unknown option 'frobnicate'.");
    QTest::newRow("send without target") << QStringList(
                                                {QStringLiteral("udp"), QStringLiteral("--send"), QStringLiteral("hi")})
                                         << QStringLiteral("--send needs a --send-to HOST:PORT to send to.");
}

void TestCliNet::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProcessRun run = ProcessRun::exec(cli, arguments, english());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QStringLiteral("socketlab-cli: ") + message + QLatin1Char('\n'));
    QCOMPARE(run.out, QString());
}

void TestCliNet::udpDatagramsAndTheEmptyOne()
{
    CliProcess peer(cli);
    QVERIFY(peer.start({QStringLiteral("udp"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--reply"), QStringLiteral("upper"), QStringLiteral("--json")}));
    const quint16 port = peer.waitForPort();
    QVERIFY(port != 0);
    const ProcessRun sender = ProcessRun::exec(
        cli,
        {QStringLiteral("udp"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--send-to"),
         QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--send"), QStringLiteral("hello"),
         QStringLiteral("--send"), QString(), QStringLiteral("--send"), QStringLiteral("egon"),
         QStringLiteral("--wait"), QStringLiteral("300"), QStringLiteral("--json")});
    QVERIFY(sender.finished);
    QCOMPARE(sender.exitCode, 0);
    const QList<QJsonObject> replies = named(jsonLines(sender.out), QStringLiteral("datagram"));
    QCOMPARE(replies.size(), 3);
    QCOMPARE(replies.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("HELLO"));
    QCOMPARE(replies.at(1).value(QStringLiteral("size")).toInt(), 0);
    QCOMPARE(replies.at(2).value(QStringLiteral("text")).toString(), QStringLiteral("EGON"));
    // The QQ address book: a named target, and replies from it carry the name.
    const ProcessRun named_ = ProcessRun::exec(cli,
                                               {QStringLiteral("udp"), QStringLiteral("--send-to"),
                                                QStringLiteral("唐僧=127.0.0.1:%1").arg(port), QStringLiteral("--send"),
                                                QStringLiteral("你好"), QStringLiteral("--wait"), QStringLiteral("300"),
                                                QStringLiteral("--json")});
    QCOMPARE(named_.exitCode, 0);
    const QList<QJsonObject> fromContact = named(jsonLines(named_.out), QStringLiteral("datagram"));
    QCOMPARE(fromContact.size(), 1);
    QCOMPARE(fromContact.at(0).value(QStringLiteral("name")).toString(), QStringLiteral("唐僧"));
    QCOMPARE(fromContact.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("你好"));

    QStringList sizes;
    for (int i = 0; i < 3; ++i)
        sizes << QString::number(peer.waitFor(QStringLiteral("datagram")).value(QStringLiteral("size")).toInt());
    QCOMPARE(sizes, QStringList({QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("4")}));
}

void TestCliNet::udpTooLargeIsRefused()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("big.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(QByteArray(65508, 'u')), 65508);
    file.close();
    CliProcess peer(cli);
    QVERIFY(peer.start(
        {QStringLiteral("udp"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--json")}));
    const quint16 port = peer.waitForPort();
    const ProcessRun sender = ProcessRun::exec(cli,
                                               {QStringLiteral("udp"), QStringLiteral("--bind"),
                                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--send-to"),
                                                QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--send-file"),
                                                file.fileName(), QStringLiteral("--wait"), QStringLiteral("0")},
                                               english());
    QVERIFY(sender.finished);
    QCOMPARE(sender.exitCode, 1);
    QCOMPARE(sender.err,
             QStringLiteral("socketlab-cli: The datagram for 127.0.0.1:%1 is 65508 bytes: UDP over IPv4 "
                            "carries at most 65507 bytes. Split it or use TCP.\n")
                 .arg(port));
}

void TestCliNet::tutorialPythonClientAgainstServer()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 is listed in packaging/debian-packages.txt");
    CliProcess server(cli);
    QVERIFY(server.start({QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--reply"), QStringLiteral("upper"), QStringLiteral("--json")}));
    const quint16 port = server.waitForPort();
    const ProcessRun client =
        ProcessRun::exec(python,
                         {peerScript(QStringLiteral("tutorial_echo_client.py")), QString::number(port),
                          QStringLiteral("hello 你好"), QStringLiteral("egon")});
    QVERIFY2(client.finished, qPrintable(client.err));
    QCOMPARE(client.exitCode, 0);
    QCOMPARE(client.out, QStringLiteral("HELLO 你好\nEGON\n"));
}

void TestCliNet::tutorialStructSenderAgainstFramedServer()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY(!python.isEmpty());
    CliProcess server(cli);
    QVERIFY(server.start({QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--framing"), QStringLiteral("struct-i"), QStringLiteral("--json")}));
    const quint16 port = server.waitForPort();
    const ProcessRun sender =
        ProcessRun::exec(python,
                         {peerScript(QStringLiteral("tutorial_struct_sender.py")), QString::number(port),
                          QStringLiteral("hello"), QString(), QStringLiteral("粘包 world")});
    QVERIFY2(sender.finished, qPrintable(sender.err));
    QCOMPARE(sender.exitCode, 0);
    QStringList texts;
    for (int i = 0; i < 3; ++i)
        texts << server.waitFor(QStringLiteral("frame")).value(QStringLiteral("text")).toString();
    QCOMPARE(texts, QStringList({QStringLiteral("hello"), QString(), QStringLiteral("粘包 world")}));
}

void TestCliNet::tutorialUdpServerAgainstUdpPeer()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY(!python.isEmpty());
    QProcess qqServer;
    qqServer.start(python, {peerScript(QStringLiteral("tutorial_udp_server.py")), QStringLiteral("2")});
    QVERIFY(qqServer.waitForReadyRead(10000));
    const quint16 port = static_cast<quint16>(qqServer.readLine().trimmed().toUInt());
    QVERIFY(port != 0);
    const ProcessRun peer = ProcessRun::exec(
        cli,
        {QStringLiteral("udp"), QStringLiteral("--send-to"), QStringLiteral("127.0.0.1:%1").arg(port),
         QStringLiteral("--send"), QStringLiteral("唐僧 hi"), QStringLiteral("--send"), QStringLiteral("quit?"),
         QStringLiteral("--wait"), QStringLiteral("500"), QStringLiteral("--json")});
    QCOMPARE(peer.exitCode, 0);
    const QList<QJsonObject> replies = named(jsonLines(peer.out), QStringLiteral("datagram"));
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("唐僧 HI"));
    QCOMPARE(replies.at(1).value(QStringLiteral("text")).toString(), QStringLiteral("QUIT?"));
    QVERIFY(qqServer.waitForFinished(10000));
    QCOMPARE(qqServer.exitCode(), 0);
}

void TestCliNet::netcatBothWays()
{
    const QString nc = QStandardPaths::findExecutable(QStringLiteral("nc"));
    QVERIFY2(!nc.isEmpty(), "netcat-openbsd is listed in packaging/debian-packages.txt");

    // nc as the client of our server.
    CliProcess server(cli);
    QVERIFY(server.start({QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--reply"), QStringLiteral("echo"), QStringLiteral("--json")}));
    const quint16 port = server.waitForPort();
    QProcess ncClient;
    ncClient.start(nc,
                   {QStringLiteral("-N"), QStringLiteral("-w"), QStringLiteral("5"), QStringLiteral("127.0.0.1"),
                    QString::number(port)});
    QVERIFY(ncClient.waitForStarted(5000));
    ncClient.write("from netcat\n");
    ncClient.closeWriteChannel();
    QVERIFY(ncClient.waitForFinished(10000));
    QCOMPARE(ncClient.readAllStandardOutput(), QByteArray("from netcat\n"));
    QCOMPARE(server.waitFor(QStringLiteral("data")).value(QStringLiteral("text")).toString(),
             QStringLiteral("from netcat\n"));

    // nc as the server for our client.
    const quint16 ncPort = freePort();
    QProcess ncServer;
    ncServer.start(nc, {QStringLiteral("-l"), QStringLiteral("127.0.0.1"), QString::number(ncPort)});
    QVERIFY(ncServer.waitForStarted(5000));
    ncServer.closeWriteChannel();
    ProcessRun client;
    for (int attempt = 0; attempt < 50; ++attempt) { // nc needs a moment to listen
        client = ProcessRun::exec(cli,
                                  {QStringLiteral("tcp-client"), QStringLiteral("--connect"),
                                   QStringLiteral("127.0.0.1:%1").arg(ncPort), QStringLiteral("--send"),
                                   QStringLiteral("to netcat\\r\\n"), QStringLiteral("--wait"), QStringLiteral("100")});
        if (client.exitCode == 0)
            break;
        QTest::qWait(100);
    }
    QCOMPARE(client.exitCode, 0);
    QVERIFY(ncServer.waitForFinished(10000));
    QCOMPARE(ncServer.readAllStandardOutput(), QByteArray("to netcat\r\n"));
}

void TestCliNet::logRecordsEveryRow()
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("server.jsonl"));
    CliProcess server(cli);
    QVERIFY(server.start({QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--reply"), QStringLiteral("upper"), QStringLiteral("--discard"),
                          QStringLiteral("--log"), logPath, QStringLiteral("--json")}));
    const quint16 port = server.waitForPort();
    const ProcessRun client = ProcessRun::exec(
        cli,
        {QStringLiteral("tcp-client"), QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port),
         QStringLiteral("--send-hex"), QStringLiteral("00 ff 61"), QStringLiteral("--wait"), QStringLiteral("300")});
    QCOMPARE(client.exitCode, 0);
    QVERIFY(!server.waitFor(QStringLiteral("disconnected")).isEmpty());
    QCOMPARE(server.stop(), 0);

    QFile file(logPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        rows << row.value(QStringLiteral("dir")).toString() + QLatin1Char(' ') +
                row.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                row.value(QStringLiteral("hex")).toString() + QLatin1Char(' ') +
                row.value(QStringLiteral("message")).toString();
    }
    QCOMPARE(rows,
             QStringList({QStringLiteral("note event  connected"), QStringLiteral("in read 00ff61 "),
                          QStringLiteral("out write 00ff41 "), QStringLiteral("note event  closed")}));
}

void TestCliNet::readableLinesFollowTheLanguage()
{
    // A zh_CN user reads Chinese lines from both ends; --json stays the same in every language.
    TextServer server;
    QVERIFY(server.start(chinese(), QStringLiteral("echo")));
    const quint16 port = server.port();
    QVERIFY(port != 0);
    QCOMPARE(server.firstLine(), QStringLiteral("正在监听 127.0.0.1:%1\n").arg(port));
    const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
    const ProcessRun client =
        ProcessRun::exec(cli,
                         {QStringLiteral("tcp-client"), QStringLiteral("--connect"), target, QStringLiteral("--send"),
                          QStringLiteral("hello"), QStringLiteral("--wait"), QStringLiteral("300")},
                         chinese());
    QVERIFY(client.finished);
    QCOMPARE(client.exitCode, 0);
    QCOMPARE(client.err, QString());
    const QString local = client.out.section(QStringLiteral("（本地 "), 1).section(QStringLiteral("）"), 0, 0);
    QVERIFY2(local.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(client.out));
    QCOMPARE(client.out,
             QStringLiteral("已连接 %1（本地 %2）\n"
                            "已发送 %1 5 字节\n"
                            "读取 %1 5 字节 \"hello\"\n"
                            "已断开 %1\n")
                 .arg(target, local));
    const ProcessRun json = ProcessRun::exec(cli,
                                             {QStringLiteral("tcp-client"), QStringLiteral("--connect"), target,
                                              QStringLiteral("--send"), QStringLiteral("hi"), QStringLiteral("--wait"),
                                              QStringLiteral("300"), QStringLiteral("--json")},
                                             chinese());
    QCOMPARE(json.exitCode, 0);
    const QList<QJsonObject> events = jsonLines(json.out);
    QStringList names;
    for (const QJsonObject &event : events)
        names << event.value(QStringLiteral("event")).toString();
    QCOMPARE(names,
             QStringList({QStringLiteral("connected"), QStringLiteral("sent"), QStringLiteral("data"),
                          QStringLiteral("disconnected")}));

    const QString rest = server.stop();
    QVERIFY2(rest.startsWith(
                 QStringLiteral("已连接 %1\n读取 %1 5 字节 \"hello\"\n已发送 %1 5 字节\n已断开 %1\n").arg(local)),
             qPrintable(rest));
    QVERIFY2(rest.endsWith(QStringLiteral("汇总：收到 7 字节 / 2 条消息，发出 7 字节 / 2 条消息，2 个客户端\n")),
             qPrintable(rest));

    // English takes the singular where it belongs.
    TextServer englishServer;
    QVERIFY(englishServer.start(english(), QStringLiteral("none")));
    QCOMPARE(englishServer.firstLine(), QStringLiteral("listening 127.0.0.1:%1\n").arg(englishServer.port()));
    const ProcessRun once =
        ProcessRun::exec(cli,
                         {QStringLiteral("tcp-client"), QStringLiteral("--connect"),
                          QStringLiteral("127.0.0.1:%1").arg(englishServer.port()), QStringLiteral("--send"),
                          QStringLiteral("x"), QStringLiteral("--wait"), QStringLiteral("100")},
                         english());
    QCOMPARE(once.exitCode, 0);
    QVERIFY2(englishServer.stop().endsWith(
                 QStringLiteral("summary: in 1 byte / 1 message, out 0 bytes / 0 messages, 1 client\n")),
             "singular forms");
}

void TestCliNet::quietClientPrintsOnlyTheSummary()
{
    CliProcess server(cli);
    QVERIFY(server.start({QStringLiteral("tcp-server"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--reply"), QStringLiteral("echo"), QStringLiteral("--json")}));
    const quint16 port = server.waitForPort();
    QVERIFY(port != 0);
    const QStringList arguments{
        QStringLiteral("tcp-client"), QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port),
        QStringLiteral("--send"),     QStringLiteral("hello"),     QStringLiteral("--wait"),
        QStringLiteral("300"),        QStringLiteral("--quiet")};
    const ProcessRun quiet = ProcessRun::exec(cli, arguments, english());
    QVERIFY(quiet.finished);
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.err, QString());
    QCOMPARE(quiet.out, QStringLiteral("1 connection, 0 failed; 5 bytes sent, 5 bytes received\n"));
    const ProcessRun chineseQuiet = ProcessRun::exec(cli, arguments, chinese());
    QCOMPARE(chineseQuiet.exitCode, 0);
    QCOMPARE(chineseQuiet.out, QStringLiteral("1 个连接，失败 0 个；发出 5 字节，收到 5 字节\n"));
    QCOMPARE(server.stop(), 0);
}

QTEST_GUILESS_MAIN(TestCliNet)
#include "tst_clinet.moc"

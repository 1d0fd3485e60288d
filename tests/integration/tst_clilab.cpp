// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "processrun.h"

namespace {
const QString cli = QStringLiteral(SOCKETLAB_CLI_PATH);

QProcessEnvironment locale(const QString &name)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("LC_ALL"), name);
    environment.insert(QStringLiteral("LANG"), name);
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    return environment;
}

ProcessRun lab(const QStringList &arguments, const QString &language = QStringLiteral("C.UTF-8"))
{
    return ProcessRun::exec(cli, QStringList{QStringLiteral("lab")} + arguments, locale(language));
}

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> objects;
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return objects;
}

QList<QJsonObject> ofEvent(const QList<QJsonObject> &objects, const QString &event)
{
    QList<QJsonObject> result;
    for (const QJsonObject &object : objects) {
        if (object.value(QStringLiteral("event")).toString() == event)
            result.append(object);
    }
    return result;
}
} // namespace

/** `socketlab-cli lab` as a student runs it: readable lanes, --json events, usage errors. */
class TestCliLab : public QObject
{
    Q_OBJECT

private slots:
    void coalesceText();
    void splitText();
    void lengthPrefixJson();
    void udpJsonHasEmptyDatagram();
    void customMessagesWithOptions();
    void liveRun();
    void repeatedLiveRuns();
    void listPresets();
    void chineseOutput();
    void presetOverTheOtherTransport();
    void usageErrors_data();
    void usageErrors();
};

void TestCliLab::coalesceText()
{
    const ProcessRun run = lab({QStringLiteral("--preset"), QStringLiteral("coalesce")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0),
             QStringLiteral("lab coalesce · simulated · TCP · Nagle on · reads 1024 · read delay 100 ms · "
                            "framing none"));
    QVERIFY(lines.contains(QStringLiteral("  send#1      [0,5)              0.000 ms  \"hello\"")));
    QVERIFY(lines.contains(QStringLiteral("  send#3      [10,14)            0.020 ms  \"egon\"")));
    QVERIFY(lines.contains(QStringLiteral("  segment#2   [5,14)             0.030 ms  \"worldegon\"")));
    QVERIFY(lines.contains(QStringLiteral("  read#1      [0,14)           100.000 ms  \"helloworldegon\"")));
    QVERIFY(lines.contains(QStringLiteral("  end of stream at 200.010 ms: recv returned 0 bytes")));
    QVERIFY(lines.contains(QStringLiteral("3 sends → 2 segments → 1 read → 1 frame")));
    QVERIFY(!run.out.contains(QStringLiteral("read#2")));
}

void TestCliLab::splitText()
{
    const ProcessRun run = lab({QStringLiteral("--messages"), QStringLiteral("helloworldegon"),
                                QStringLiteral("--read-sizes"), QStringLiteral("1,5,1")});
    QCOMPARE(run.exitCode, 0);
    // No read delay: the first read waits for the segment (half a round trip, 0.5 ms), then each read call takes
    // the simulated 10 µs.
    QVERIFY(run.out.contains(QStringLiteral("\n  read#1      [0,1)              0.500 ms  \"h\"\n"
                                            "  read#2      [1,6)              0.510 ms  \"ellow\"\n"
                                            "  read#3      [6,7)              0.520 ms  \"o\"\n")));
    QVERIFY(run.out.contains(QStringLiteral("7 bytes were never read.")));
    QVERIFY(!run.out.contains(QStringLiteral("read#4")));
}

void TestCliLab::lengthPrefixJson()
{
    const ProcessRun run = lab({QStringLiteral("--preset"), QStringLiteral("length-prefix"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(ofEvent(objects, QStringLiteral("send")).size(), 3);
    QCOMPARE(ofEvent(objects, QStringLiteral("segment")).size(), 2);
    const QList<QJsonObject> reads = ofEvent(objects, QStringLiteral("read"));
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.at(0).value(QStringLiteral("hex")).toString(),
             QStringLiteral("0500000068656c6c6f05000000776f726c640400000065676f6e"));
    QCOMPARE(reads.at(0).value(QStringLiteral("timeMs")).toDouble(), 100.0);
    const QList<QJsonObject> frames = ofEvent(objects, QStringLiteral("frame"));
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(1).value(QStringLiteral("text")).toString(), QStringLiteral("world"));
    QCOMPARE(frames.at(1).value(QStringLiteral("offset")).toInt(), 9);
    QCOMPARE(frames.at(1).value(QStringLiteral("length")).toInt(), 9);
    QCOMPARE(frames.at(1).value(QStringLiteral("headerLength")).toInt(), 4);
    const QList<QJsonObject> summary = ofEvent(objects, QStringLiteral("summary"));
    QCOMPARE(summary.size(), 1);
    QCOMPARE(summary.at(0).value(QStringLiteral("frames")).toInt(), 3);
    QCOMPARE(summary.at(0).value(QStringLiteral("reads")).toInt(), 1);
    QCOMPARE(summary.at(0).value(QStringLiteral("preset")).toString(), QStringLiteral("length-prefix"));
    QVERIFY(summary.at(0).value(QStringLiteral("explanation")).toString().contains(QStringLiteral("3 of 3 messages")));
    QCOMPARE(objects.constLast().value(QStringLiteral("event")).toString(), QStringLiteral("summary"));
}

void TestCliLab::udpJsonHasEmptyDatagram()
{
    const ProcessRun run = lab({QStringLiteral("--preset"), QStringLiteral("udp"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> reads = ofEvent(jsonLines(run.out), QStringLiteral("read"));
    QCOMPARE(reads.size(), 4);
    QCOMPARE(reads.at(3).value(QStringLiteral("size")).toInt(), 0);
    QCOMPARE(reads.at(3).value(QStringLiteral("text")).toString(), QString());
}

void TestCliLab::customMessagesWithOptions()
{
    const ProcessRun run =
        lab({QStringLiteral("--messages"), QStringLiteral("ab,cd"), QStringLiteral("--pattern"),
             QStringLiteral("split:2"), QStringLiteral("--nodelay"), QStringLiteral("--framing"),
             QStringLiteral("line"), QStringLiteral("--read-delay"), QStringLiteral("10"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> objects = jsonLines(run.out);
    QStringList sends;
    for (const QJsonObject &send : ofEvent(objects, QStringLiteral("send")))
        sends.append(send.value(QStringLiteral("text")).toString());
    QCOMPARE(sends,
             QStringList({QStringLiteral("a"), QStringLiteral("b\n"), QStringLiteral("c"), QStringLiteral("d\n")}));
    QCOMPARE(ofEvent(objects, QStringLiteral("segment")).size(), 4);
    QStringList frames;
    for (const QJsonObject &frame : ofEvent(objects, QStringLiteral("frame")))
        frames.append(frame.value(QStringLiteral("text")).toString());
    QCOMPARE(frames, QStringList({QStringLiteral("ab"), QStringLiteral("cd")}));
}

void TestCliLab::liveRun()
{
    const ProcessRun run = lab({QStringLiteral("--preset"), QStringLiteral("coalesce"), QStringLiteral("--mode"),
                                QStringLiteral("live"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(ofEvent(objects, QStringLiteral("segment")).size(), 0);
    const QList<QJsonObject> reads = ofEvent(objects, QStringLiteral("read"));
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("helloworldegon"));
    QVERIFY(reads.at(0).value(QStringLiteral("timeMs")).toDouble() >= 100.0);
    QCOMPARE(ofEvent(objects, QStringLiteral("summary")).at(0).value(QStringLiteral("mode")).toString(),
             QStringLiteral("live"));
}

void TestCliLab::repeatedLiveRuns()
{
    const ProcessRun run =
        lab({QStringLiteral("--preset"), QStringLiteral("coalesce"), QStringLiteral("--mode"), QStringLiteral("live"),
             QStringLiteral("--runs"), QStringLiteral("3"), QStringLiteral("--read-delay"), QStringLiteral("30")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("run 1: 3 sends → 1 read → 1 frame\n")));
    QVERIFY(run.out.contains(QStringLiteral("run 3: 3 sends → 1 read → 1 frame\n")));
    QVERIFY(run.out.endsWith(QStringLiteral("\n3 sends → 1 read in 3 of 3 runs.\n")));
}

void TestCliLab::listPresets()
{
    const ProcessRun run = lab({QStringLiteral("--list-presets")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("coalesce       Three small sends")));
    QVERIFY(lines.at(6).startsWith(QStringLiteral("nagle ")));
}

void TestCliLab::chineseOutput()
{
    const ProcessRun run = lab({QStringLiteral("--preset"), QStringLiteral("coalesce")}, QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("读取（每次 recv 调用一块）")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("3 次发送 → 2 个报文段 → 1 次读取 → 1 帧")));
    QVERIFY(run.out.contains(QStringLiteral("这就是粘包。")));
    QVERIFY(run.out.contains(QStringLiteral("  read#1      [0,14)           100.000 ms  \"helloworldegon\"")));
    const ProcessRun bad = lab({QStringLiteral("--preset"), QStringLiteral("x")}, QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("未知的预设“x”")), qPrintable(bad.err));
}

void TestCliLab::presetOverTheOtherTransport()
{
    // The udp preset's messages over TCP: the story told is TCP's (the empty send never arrives), not UDP's.
    const ProcessRun tcp =
        lab({QStringLiteral("--preset"), QStringLiteral("udp"), QStringLiteral("--transport"), QStringLiteral("tcp")});
    QCOMPARE(tcp.exitCode, 0);
    QVERIFY2(!tcp.out.contains(QStringLiteral("UDP keeps message boundaries")), qPrintable(tcp.out));
    QVERIFY2(tcp.out.endsWith(QStringLiteral("4 writes were read in 1 read. 1 read held bytes of more than one write "
                                             "(粘包).\n")),
             qPrintable(tcp.out));
    // Chinese sentences follow one another without a space.
    const ProcessRun zh =
        lab({QStringLiteral("--preset"), QStringLiteral("udp"), QStringLiteral("--transport"), QStringLiteral("tcp")},
            QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(zh.exitCode, 0);
    QVERIFY2(
        zh.out.endsWith(QStringLiteral("4 次写入，共用 1 次读取读完。1 次读取包含了不止一次写入的字节（粘包）。\n")),
        qPrintable(zh.out));
    // And the coalesce preset over UDP does not speak of a byte stream.
    const ProcessRun udp = lab(
        {QStringLiteral("--preset"), QStringLiteral("coalesce"), QStringLiteral("--transport"), QStringLiteral("udp")});
    QCOMPARE(udp.exitCode, 0);
    QVERIFY2(!udp.out.contains(QStringLiteral("byte stream")), qPrintable(udp.out));
    QVERIFY2(udp.out.endsWith(QStringLiteral("3 writes were read in 3 reads.\n")), qPrintable(udp.out));
}

void TestCliLab::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("nothing") << QStringList()
                             << QStringLiteral("Give one of --preset NAME, --messages A,B,C or --generate COUNTxSIZE.");
    QTest::newRow("unknown preset") << QStringList({QStringLiteral("--preset"), QStringLiteral("sticky")})
                                    << QStringLiteral("Unknown preset \"sticky\" (coalesce, split, handshake, "
                                                      "length-prefix, jsonhdr, udp, nagle).");
    QTest::newRow("bad mode") << QStringList({QStringLiteral("--preset"), QStringLiteral("split"),
                                              QStringLiteral("--mode"), QStringLiteral("fast")})
                              << QStringLiteral("--mode is sim or live, not \"fast\".");
    QTest::newRow("bad read sizes") << QStringList({QStringLiteral("--messages"), QStringLiteral("a"),
                                                    QStringLiteral("--read-sizes"), QStringLiteral("1,0")})
                                    << QStringLiteral("\"0\" is not a read size (1 to 67108864 bytes).");
    QTest::newRow("bad framing") << QStringList({QStringLiteral("--messages"), QStringLiteral("a"),
                                                 QStringLiteral("--framing"), QStringLiteral("len:3")})
                                 << QStringLiteral("Bad framing \"len:3\": the length size must be 1, 2, 4 or 8 "
                                                   "bytes.");
    QTest::newRow("udp handshake") << QStringList({QStringLiteral("--preset"), QStringLiteral("udp"),
                                                   QStringLiteral("--pattern"), QStringLiteral("handshake")})
                                   << QStringLiteral("The ready handshake needs TCP: UDP keeps message boundaries "
                                                     "by itself.");
    QTest::newRow("runs in sim") << QStringList({QStringLiteral("--preset"), QStringLiteral("coalesce"),
                                                 QStringLiteral("--runs"), QStringLiteral("3")})
                                 << QStringLiteral("--runs repeats live runs; a simulated run always gives the same "
                                                   "trace.");
    QTest::newRow("bad escape") << QStringList({QStringLiteral("--messages"), QStringLiteral("a,\\xZZ")})
                                << QStringLiteral("Message 2: ");
    QTest::newRow("generate") << QStringList({QStringLiteral("--generate"), QStringLiteral("10")})
                              << QStringLiteral("--generate needs COUNTxSIZE, e.g. 100x10 (at most 100000 messages "
                                                "and 16777216 bytes in all), not \"10\".");
}

void TestCliLab::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const ProcessRun run = lab(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliLab)
#include "tst_clilab.moc"

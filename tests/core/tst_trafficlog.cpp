// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <type_traits>
#include <utility>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "trace/trafficlog.h"

namespace {

/** 2026-11-23T11:06:01.123Z */
qint64 fixedTime()
{
    return QDateTime(QDate(2026, 11, 23), QTime(11, 6, 1, 123), Qt::UTC).toMSecsSinceEpoch();
}

TrafficEntry makeEntry(const QByteArray &data, qint64 timeMs = 1)
{
    TrafficEntry entry;
    entry.timeMs = timeMs;
    entry.data = data;
    return entry;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestTrafficLog : public QObject
{
    Q_OBJECT

private slots:
    void sequencesAndTimes();
    void estimate_data();
    void estimate();
    void eviction_data();
    void eviction();
    void setMaxBytesShrinks();
    void clearKeepsCounting();
    void millionAppendsStayWithinCap();
    void move();
    void sinkKeepsEveryEntry();
    void sinkAppendsToExistingFile();
    void sinkOpenErrors();
    void closeSinkFlushes();
    void sinkWriteError();
};

void TestTrafficLog::sequencesAndTimes()
{
    TrafficLog log;
    QCOMPARE(log.maxBytes(), TrafficLog::DefaultMaxBytes);
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.firstSequence(), quint64(0));
    QCOMPARE(log.memoryEstimate(), 0);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    for (quint64 i = 1; i <= 5; ++i) {
        TrafficEntry entry = makeEntry("x", i == 3 ? 0 : qint64(i) * 1000);
        entry.sequence = 99; // replaced by append
        QCOMPARE(log.append(entry), i);
    }
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    QCOMPARE(log.size(), 5);
    QCOMPARE(log.firstSequence(), quint64(1));
    QCOMPARE(log.evictedCount(), quint64(0));
    for (qsizetype i = 0; i < log.size(); ++i)
        QCOMPARE(log.at(i).sequence, quint64(i + 1));
    QCOMPARE(log.at(0).timeMs, 1000);
    QCOMPARE(log.at(1).timeMs, 2000);
    QVERIFY(log.at(2).timeMs >= before && log.at(2).timeMs <= after);
    QCOMPARE(log.at(4).timeMs, 5000);
    QCOMPARE(log.memoryEstimate(), 5 * (1 + TrafficLog::EntryOverhead));
}

void TestTrafficLog::estimate_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("empty") << QByteArray() << QString() << QString() << qint64(64);
    QTest::newRow("data") << QByteArray("hello") << QString() << QString() << qint64(69);
    QTest::newRow("peer") << QByteArray("hello") << QStringLiteral("127.0.0.1:5000") << QString() << qint64(97);
    QTest::newRow("message") << QByteArray() << QString() << QStringLiteral("Connection refused") << qint64(100);
    QTest::newRow("chinese counts UTF-16 units")
        << QByteArray(1000, '\0') << QStringLiteral("[::1]:50123") << QStringLiteral(u"连接已关闭") << qint64(1096);
}

void TestTrafficLog::estimate()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, peer);
    QFETCH(QString, message);
    QFETCH(qint64, expected);

    TrafficEntry entry = makeEntry(data);
    entry.peer = peer;
    entry.message = message;
    QCOMPARE(TrafficLog::estimate(entry), expected);
    TrafficLog log;
    log.append(entry);
    log.append(entry);
    QCOMPARE(log.memoryEstimate(), 2 * expected);
}

void TestTrafficLog::eviction_data()
{
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<QList<quint64>>("evictedAfterEach");
    QTest::addColumn<quint64>("firstSequence");
    QTest::addColumn<qint64>("memory");

    // Each entry costs its size + 64.
    QTest::newRow("fits exactly") << qint64(3 * 74) << QList<int>{10, 10, 10} << QList<quint64>{0, 0, 0} << quint64(1)
                                  << qint64(222);
    QTest::newRow("crosses at the fourth") << qint64(3 * 74) << QList<int>{10, 10, 10, 10, 10}
                                           << QList<quint64>{0, 0, 0, 1, 2} << quint64(3) << qint64(222);
    QTest::newRow("one byte short") << qint64(3 * 74 - 1) << QList<int>{10, 10, 10} << QList<quint64>{0, 0, 1}
                                    << quint64(2) << qint64(148);
    QTest::newRow("big entry evicts several")
        << qint64(300) << QList<int>{10, 10, 10, 100} << QList<quint64>{0, 0, 0, 2} << quint64(3) << qint64(238);
    QTest::newRow("entry larger than the cap")
        << qint64(100) << QList<int>{10, 200, 20} << QList<quint64>{0, 2, 2} << quint64(3) << qint64(84);
    QTest::newRow("zero cap keeps nothing")
        << qint64(0) << QList<int>{0, 1} << QList<quint64>{1, 2} << quint64(0) << qint64(0);
    QTest::newRow("negative cap counts as zero")
        << qint64(-5) << QList<int>{0} << QList<quint64>{1} << quint64(0) << qint64(0);
}

void TestTrafficLog::eviction()
{
    QFETCH(qint64, maxBytes);
    QFETCH(QList<int>, sizes);
    QFETCH(QList<quint64>, evictedAfterEach);
    QFETCH(quint64, firstSequence);
    QFETCH(qint64, memory);

    TrafficLog log(maxBytes);
    QCOMPARE(log.maxBytes(), qMax<qint64>(maxBytes, 0));
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        log.append(makeEntry(QByteArray(sizes.at(i), 'a')));
        QCOMPARE(log.evictedCount(), evictedAfterEach.at(i));
        QCOMPARE(quint64(log.size()) + log.evictedCount(), quint64(i + 1));
        QVERIFY(log.memoryEstimate() <= log.maxBytes());
    }
    QCOMPARE(log.firstSequence(), firstSequence);
    QCOMPARE(log.memoryEstimate(), memory);
    for (qsizetype i = 0; i < log.size(); ++i)
        QCOMPARE(log.at(i).sequence, firstSequence + quint64(i));
}

void TestTrafficLog::setMaxBytesShrinks()
{
    TrafficLog log(10 * 74);
    for (int i = 0; i < 10; ++i)
        log.append(makeEntry(QByteArray(10, 'a')));
    QCOMPARE(log.size(), 10);

    log.setMaxBytes(4 * 74);
    QCOMPARE(log.maxBytes(), 4 * 74);
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.evictedCount(), quint64(6));
    QCOMPARE(log.firstSequence(), quint64(7));
    QCOMPARE(log.memoryEstimate(), 4 * 74);

    log.setMaxBytes(4 * 74 - 1);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.firstSequence(), quint64(8));

    // Growing brings nothing back.
    log.setMaxBytes(1000);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.evictedCount(), quint64(7));

    log.setMaxBytes(-1);
    QCOMPARE(log.maxBytes(), 0);
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.memoryEstimate(), 0);
    QCOMPARE(log.evictedCount(), quint64(10));
    QCOMPARE(log.firstSequence(), quint64(0));
}

void TestTrafficLog::clearKeepsCounting()
{
    TrafficLog log(2 * 74);
    for (int i = 0; i < 3; ++i)
        log.append(makeEntry(QByteArray(10, 'a')));
    QCOMPARE(log.evictedCount(), quint64(1));

    log.clear();
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.memoryEstimate(), 0);
    QCOMPARE(log.firstSequence(), quint64(0));
    QCOMPARE(log.evictedCount(), quint64(1));
    QCOMPARE(log.maxBytes(), 2 * 74);

    QCOMPARE(log.append(makeEntry("b")), quint64(4));
    QCOMPARE(log.firstSequence(), quint64(4));
    QCOMPARE(log.memoryEstimate(), 65);
}

void TestTrafficLog::millionAppendsStayWithinCap()
{
    constexpr qint64 cap = 1024 * 1024;
    constexpr quint64 count = 1000000;
    TrafficLog log(cap);
    TrafficEntry entry = makeEntry("ping");
    entry.peer = QStringLiteral("127.0.0.1:5000");

    QElapsedTimer timer;
    timer.start();
    qint64 highest = 0;
    for (quint64 i = 1; i <= count; ++i) {
        if (log.append(entry) != i)
            QFAIL("wrong sequence");
        highest = qMax(highest, log.memoryEstimate());
    }
    const qint64 elapsedMs = timer.elapsed();

    const qint64 cost = 4 + 2 * 14 + TrafficLog::EntryOverhead;
    QVERIFY(highest <= cap);
    QCOMPARE(log.size(), cap / cost);
    QCOMPARE(log.memoryEstimate(), (cap / cost) * cost);
    QCOMPARE(quint64(log.size()) + log.evictedCount(), count);
    QCOMPARE(log.firstSequence(), log.evictedCount() + 1);
    QCOMPARE(log.at(log.size() - 1).sequence, count);
    // Linear work takes well under a second (even under valgrind a few tens); quadratic work would take hours.
    QVERIFY2(elapsedMs < 60000, qPrintable(QString::number(elapsedMs)));
}

void TestTrafficLog::move()
{
    static_assert(!std::is_copy_constructible_v<TrafficLog> && !std::is_copy_assignable_v<TrafficLog>);
    static_assert(std::is_move_constructible_v<TrafficLog> && std::is_move_assignable_v<TrafficLog>);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("moved.jsonl"));

    TrafficLog log(3 * 74);
    QString error;
    QVERIFY(log.openSink(path, &error));
    for (int i = 0; i < 4; ++i)
        log.append(makeEntry(QByteArray(10, 'a')));

    TrafficLog moved(std::move(log));
    QCOMPARE(moved.size(), 3);
    QCOMPARE(moved.firstSequence(), quint64(2));
    QCOMPARE(moved.evictedCount(), quint64(1));
    QCOMPARE(moved.memoryEstimate(), 222);
    QVERIFY(moved.hasSink());
    QCOMPARE(moved.sinkPath(), path);
    QCOMPARE(log.size(), 0); // NOLINT(bugprone-use-after-move): the moved-from state is documented
    QCOMPARE(log.memoryEstimate(), 0);
    QCOMPARE(log.evictedCount(), quint64(0));
    QVERIFY(!log.hasSink());
    QCOMPARE(log.append(makeEntry("b")), quint64(1));

    TrafficLog assigned;
    assigned = std::move(moved);
    QCOMPARE(assigned.append(makeEntry("c")), quint64(5));
    QCOMPARE(assigned.maxBytes(), 3 * 74);
    QVERIFY(!moved.hasSink()); // NOLINT(bugprone-use-after-move)
    assigned.closeSink();
    QCOMPARE(readFile(path).count('\n'), 5);
}

void TestTrafficLog::sinkKeepsEveryEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("traffic.jsonl"));

    TrafficLog log(300);
    QString error = QStringLiteral("stale");
    QVERIFY(log.openSink(path, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(log.hasSink());
    QCOMPARE(log.sinkPath(), path);

    TrafficEntry read = makeEntry("hello", fixedTime());
    read.connectionId = 3;
    read.peer = QStringLiteral("127.0.0.1:5000");
    QList<TrafficEntry> entries{read};

    TrafficEntry binary = makeEntry(QByteArray::fromHex("00ff007f80"), fixedTime() + 1);
    binary.direction = TrafficEntry::Direction::Out;
    binary.kind = TrafficEntry::Kind::Write;
    binary.connectionId = 4294967303ULL;
    binary.peer = QStringLiteral("[::1]:50123");
    entries.append(binary);

    TrafficEntry note = makeEntry(QByteArray(), -1);
    note.direction = TrafficEntry::Direction::Note;
    note.kind = TrafficEntry::Kind::Event;
    note.peer = QStringLiteral(u"服务器:9000");
    note.message = QStringLiteral(u"对端已断开连接 \"quoted\" back\\slash\nnew line\ttab\x01 end");
    entries.append(note);

    TrafficEntry failure = makeEntry(QByteArray(), fixedTime());
    failure.direction = TrafficEntry::Direction::Error;
    failure.kind = TrafficEntry::Kind::Event;
    failure.message = QStringLiteral("Connection refused");
    entries.append(failure);

    TrafficEntry frame = makeEntry(QByteArray(300, '\xff'), fixedTime());
    frame.kind = TrafficEntry::Kind::Frame;
    entries.append(frame);

    TrafficEntry datagram = makeEntry("dg", 0);
    datagram.kind = TrafficEntry::Kind::Datagram;
    entries.append(datagram);

    for (int i = 0; i < 50; ++i)
        entries.append(makeEntry(QByteArray::number(i), fixedTime() + i));

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    for (const TrafficEntry &entry : entries)
        log.append(entry);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(log.evictedCount() > 50);
    log.closeSink();
    QVERIFY(!log.hasSink());
    QVERIFY(log.sinkPath().isEmpty());
    QVERIFY(log.takeSinkError().isEmpty());

    const QList<QByteArray> lines = readFile(path).split('\n');
    QCOMPARE(lines.size(), entries.size() + 1);
    QVERIFY(lines.last().isEmpty());
    QCOMPARE(lines.at(0),
             QByteArray("{\"seq\":1,\"time\":\"2026-11-23T11:06:01.123Z\",\"dir\":\"in\",\"kind\":\"read\",\"conn\":3,"
                        "\"peer\":\"127.0.0.1:5000\",\"size\":5,\"hex\":\"68656c6c6f\",\"message\":\"\"}"));

    const QStringList keys{QStringLiteral("conn"), QStringLiteral("dir"),     QStringLiteral("hex"),
                           QStringLiteral("kind"), QStringLiteral("message"), QStringLiteral("peer"),
                           QStringLiteral("seq"),  QStringLiteral("size"),    QStringLiteral("time")};
    const QStringList directions{QStringLiteral("in"), QStringLiteral("out"), QStringLiteral("note"),
                                 QStringLiteral("error")};
    const QStringList kinds{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("frame"),
                            QStringLiteral("datagram"), QStringLiteral("event")};
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TrafficEntry &entry = entries.at(i);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, lines.at(i).constData());
        QVERIFY(document.isObject());
        const QJsonObject object = document.object();
        QCOMPARE(object.keys(), keys);
        QCOMPARE(object.value(QStringLiteral("seq")).toInteger(), i + 1);
        QCOMPARE(object.value(QStringLiteral("dir")).toString(), directions.at(int(entry.direction)));
        QCOMPARE(object.value(QStringLiteral("kind")).toString(), kinds.at(int(entry.kind)));
        QCOMPARE(object.value(QStringLiteral("conn")).toInteger(), qint64(entry.connectionId));
        QCOMPARE(object.value(QStringLiteral("peer")).toString(), entry.peer);
        QCOMPARE(object.value(QStringLiteral("size")).toInteger(), entry.data.size());
        QCOMPARE(QByteArray::fromHex(object.value(QStringLiteral("hex")).toString().toLatin1()), entry.data);
        QCOMPARE(object.value(QStringLiteral("hex")).toString(), QString::fromLatin1(entry.data.toHex()));
        QCOMPARE(object.value(QStringLiteral("message")).toString(), entry.message);
        const QDateTime time =
            QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        QCOMPARE(time.timeSpec(), Qt::UTC);
        if (entry.timeMs != 0) {
            QCOMPARE(time.toMSecsSinceEpoch(), entry.timeMs);
        } else {
            QVERIFY(time.toMSecsSinceEpoch() >= before && time.toMSecsSinceEpoch() <= after);
        }
    }
    QCOMPARE(lines.at(1),
             QByteArray("{\"seq\":2,\"time\":\"2026-11-23T11:06:01.124Z\",\"dir\":\"out\",\"kind\":\"write\","
                        "\"conn\":4294967303,\"peer\":\"[::1]:50123\",\"size\":5,\"hex\":\"00ff007f80\","
                        "\"message\":\"\"}"));
    QCOMPARE(QString::fromUtf8(lines.at(2)),
             QStringLiteral(u"{\"seq\":3,\"time\":\"1969-12-31T23:59:59.999Z\",\"dir\":\"note\",\"kind\":\"event\","
                            u"\"conn\":0,\"peer\":\"服务器:9000\",\"size\":0,\"hex\":\"\",\"message\":\"对端已断开连接 "
                            u"\\\"quoted\\\" back\\\\slash\\nnew line\\ttab\\u0001 end\"}"));
}

void TestTrafficLog::sinkAppendsToExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("appended.jsonl"));
    {
        TrafficLog log;
        QVERIFY(log.openSink(path, nullptr));
        log.append(makeEntry("one"));
        log.append(makeEntry("two"));
    } // the destructor closes and flushes
    QCOMPARE(readFile(path).count('\n'), 2);

    TrafficLog log;
    QVERIFY(log.openSink(path, nullptr));
    log.append(makeEntry("three"));
    log.closeSink();
    const QList<QByteArray> lines = readFile(path).split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).contains("\"hex\":\"6f6e65\""));
    QVERIFY(lines.at(1).contains("\"hex\":\"74776f\""));
    QVERIFY(lines.at(2).startsWith("{\"seq\":1,"));
    QVERIFY(lines.at(2).contains("\"hex\":\"7468726565\""));

    // Opening another file replaces the sink.
    const QString second = dir.filePath(QStringLiteral("second.jsonl"));
    QVERIFY(log.openSink(path, nullptr));
    QVERIFY(log.openSink(second, nullptr));
    QCOMPARE(log.sinkPath(), second);
    log.append(makeEntry("four"));
    log.closeSink();
    QCOMPARE(readFile(path).count('\n'), 3);
    QCOMPARE(readFile(second).count('\n'), 1);
}

void TestTrafficLog::sinkOpenErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing/traffic.jsonl"));
    const QString expected = QStringLiteral("Cannot open the traffic log file ") + QDir::toNativeSeparators(missing) +
        QStringLiteral(": No such file or directory. Choose a file in a folder you can write to.");

    TrafficLog log;
    QString error;
    QVERIFY(!log.openSink(missing, &error));
    QCOMPARE(error, expected);
    QVERIFY(!log.hasSink());
    QVERIFY(log.sinkPath().isEmpty());
    QVERIFY(!log.openSink(missing, nullptr));

    // A failed open leaves the sink already open in place.
    const QString good = dir.filePath(QStringLiteral("good.jsonl"));
    QVERIFY(log.openSink(good, &error));
    QVERIFY(!log.openSink(missing, &error));
    QCOMPARE(error, expected);
    QVERIFY(log.hasSink());
    QCOMPARE(log.sinkPath(), good);
    log.append(makeEntry("kept"));
    log.closeSink();
    QCOMPARE(readFile(good).count('\n'), 1);
    QVERIFY(!QFile::exists(missing));
}

void TestTrafficLog::closeSinkFlushes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("flushed.jsonl"));
    TrafficLog log;
    QVERIFY(log.openSink(path, nullptr));
    log.append(makeEntry("hello", fixedTime()));
    log.closeSink();
    QCOMPARE(readFile(path),
             QByteArray("{\"seq\":1,\"time\":\"2026-11-23T11:06:01.123Z\",\"dir\":\"in\",\"kind\":\"read\",\"conn\":0,"
                        "\"peer\":\"\",\"size\":5,\"hex\":\"68656c6c6f\",\"message\":\"\"}\n"));
    // Closing twice, or without a sink, is harmless; appends after closing reach memory only.
    log.closeSink();
    log.append(makeEntry("later"));
    QCOMPARE(log.size(), 2);
    QCOMPARE(readFile(path).count('\n'), 1);
}

void TestTrafficLog::sinkWriteError()
{
    const QString full = QStringLiteral("/dev/full");
    if (!QFile::exists(full))
        QSKIP("needs /dev/full");
    const QString expected = QStringLiteral("Writing the traffic log file /dev/full failed: No space left on device. "
                                            "The file was closed; free some space or choose another file.");

    // Qt warns that it cannot seek to the end of a character device; appending works regardless.
    const char *seekWarning = "QIODevice::seek (QFile, \"/dev/full\"): Cannot call seek on a sequential device";

    // An entry larger than the file's buffer fails at once.
    TrafficLog log;
    QTest::ignoreMessage(QtWarningMsg, seekWarning);
    QVERIFY(log.openSink(full, nullptr));
    QCOMPARE(log.append(makeEntry(QByteArray(64 * 1024, 'a'))), quint64(1));
    QVERIFY(!log.hasSink());
    QVERIFY(log.sinkPath().isEmpty());
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.takeSinkError(), expected);
    QVERIFY(log.takeSinkError().isEmpty());
    log.append(makeEntry("memory only"));
    QVERIFY(log.takeSinkError().isEmpty());

    // A small entry waits in the buffer; closing flushes it and reports the failure.
    QTest::ignoreMessage(QtWarningMsg, seekWarning);
    QVERIFY(log.openSink(full, nullptr));
    log.append(makeEntry("small"));
    log.closeSink();
    QVERIFY(!log.hasSink());
    QCOMPARE(log.takeSinkError(), expected);
    QVERIFY(log.takeSinkError().isEmpty());
    QCOMPARE(log.size(), 3);
}

QTEST_GUILESS_MAIN(TestTrafficLog)
#include "tst_trafficlog.moc"

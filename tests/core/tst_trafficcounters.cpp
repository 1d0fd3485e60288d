// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <type_traits>

#include <QTest>

#include "trace/ratemeter.h"
#include "trace/trafficcounters.h"

class TestTrafficCounters : public QObject
{
    Q_OBJECT

private slots:
    void rateMeter_data();
    void rateMeter();
    void rateMeterWindow();
    void rateMeterReset();
    void counters();
    void countersReset();
    void countersCopy();
};

void TestTrafficCounters::rateMeter_data()
{
    QTest::addColumn<qint64>("windowMs");
    QTest::addColumn<qint64>("bucketMs");
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<QList<qint64>>("times");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<double>("expected");

    const QList<qint64> two{1000, 1000};
    const QList<qint64> zeroAndFiveHundred{0, 500};
    QTest::newRow("no samples") << qint64(2000) << qint64(100) << QList<qint64>() << QList<qint64>() << qint64(0)
                                << 0.0;
    // Until the window fills, the span runs from the first sample's bucket to now's (at least one bucket).
    QTest::newRow("one sample, one bucket")
        << qint64(2000) << qint64(100) << QList<qint64>{1000} << QList<qint64>{0} << qint64(0) << 10000.0;
    QTest::newRow("end of the same bucket")
        << qint64(2000) << qint64(100) << QList<qint64>{1000} << QList<qint64>{0} << qint64(99) << 10000.0;
    QTest::newRow("0 and 500 at 500: 600 ms")
        << qint64(2000) << qint64(100) << two << zeroAndFiveHundred << qint64(500) << 2000.0 / 0.6;
    QTest::newRow("0 and 500 at 599: 600 ms")
        << qint64(2000) << qint64(100) << two << zeroAndFiveHundred << qint64(599) << 2000.0 / 0.6;
    QTest::newRow("0 and 500 at 600: 700 ms")
        << qint64(2000) << qint64(100) << two << zeroAndFiveHundred << qint64(600) << 2000.0 / 0.7;
    QTest::newRow("window just full") << qint64(2000) << qint64(100) << two << zeroAndFiveHundred << qint64(1999)
                                      << 1000.0;
    QTest::newRow("first bucket falls out")
        << qint64(2000) << qint64(100) << two << zeroAndFiveHundred << qint64(2000) << 500.0;
    QTest::newRow("second bucket still in")
        << qint64(2000) << qint64(100) << two << zeroAndFiveHundred << qint64(2499) << 500.0;
    QTest::newRow("all fallen out") << qint64(2000) << qint64(100) << two << zeroAndFiveHundred << qint64(2500) << 0.0;
    QTest::newRow("long idle") << qint64(2000) << qint64(100) << two << zeroAndFiveHundred << qint64(1000000) << 0.0;
    QTest::newRow("same bucket sums") << qint64(2000) << qint64(100) << QList<qint64>{10, 20, 30}
                                      << QList<qint64>{1200, 1250, 1299} << qint64(1299) << 600.0;
    QTest::newRow("first sample late") << qint64(2000) << qint64(100) << QList<qint64>{500} << QList<qint64>{1000}
                                       << qint64(1050) << 5000.0;
    QTest::newRow("slot reused after a lap")
        << qint64(2000) << qint64(100) << two << QList<qint64>{0, 2000} << qint64(2000) << 500.0;
    QTest::newRow("future sample ignored")
        << qint64(2000) << qint64(100) << two << QList<qint64>{0, 5000} << qint64(100) << 5000.0;
    QTest::newRow("now before first sample")
        << qint64(2000) << qint64(100) << QList<qint64>{1000} << QList<qint64>{500} << qint64(499) << 0.0;
    QTest::newRow("negative times") << qint64(2000) << qint64(100) << two << QList<qint64>{-150, -101} << qint64(-101)
                                    << 20000.0;
    QTest::newRow("custom buckets") << qint64(1000) << qint64(250) << QList<qint64>{100, 100, 100}
                                    << QList<qint64>{0, 250, 900} << qint64(1100) << 200.0;
    QTest::newRow("window rounded up to buckets")
        << qint64(250) << qint64(100) << two << QList<qint64>{0, 299} << qint64(299) << 2000.0 / 0.3;
}

void TestTrafficCounters::rateMeter()
{
    QFETCH(qint64, windowMs);
    QFETCH(qint64, bucketMs);
    QFETCH(QList<qint64>, amounts);
    QFETCH(QList<qint64>, times);
    QFETCH(qint64, now);
    QFETCH(double, expected);

    RateMeter meter(windowMs, bucketMs);
    for (qsizetype i = 0; i < amounts.size(); ++i)
        meter.add(amounts.at(i), times.at(i));
    QCOMPARE(meter.perSecond(now), expected);
}

void TestTrafficCounters::rateMeterWindow()
{
    const RateMeter defaults;
    QCOMPARE(defaults.windowMs(), 2000);
    QCOMPARE(defaults.bucketMs(), 100);
    QCOMPARE(RateMeter(250, 100).windowMs(), 300);
    QCOMPARE(RateMeter(0, 100).windowMs(), 100);
    QCOMPARE(RateMeter(10, 0).bucketMs(), 1);
    QCOMPARE(RateMeter(10, 0).windowMs(), 10);

    // A steady 100 per 100 ms reads as 1000/s once the window is full.
    RateMeter steady;
    for (qint64 t = 0; t <= 5000; t += 100)
        steady.add(100, t);
    QCOMPARE(steady.perSecond(5000), 1000.0);
    QCOMPARE(steady.perSecond(5099), 1000.0);
    QCOMPARE(steady.perSecond(5100), 950.0);
}

void TestTrafficCounters::rateMeterReset()
{
    RateMeter meter;
    meter.add(1000, 0);
    meter.add(1000, 500);
    RateMeter copy = meter;
    meter.reset();
    QCOMPARE(meter.perSecond(500), 0.0);
    QCOMPARE(copy.perSecond(500), 2000.0 / 0.6);

    // After a reset the span starts again at the next sample.
    meter.add(300, 800);
    QCOMPARE(meter.perSecond(800), 3000.0);
    QCOMPARE(copy.perSecond(800), 2000.0 / 0.9);
}

void TestTrafficCounters::counters()
{
    TrafficCounters counters;
    QCOMPARE(counters.bytesIn(), 0);
    QCOMPARE(counters.bytesInPerSecond(0), 0.0);

    counters.addIn(1000, 2, 0);
    counters.addIn(1000, 1, 500);
    counters.addOut(50, 1, 100);
    counters.addIn(0, 0, 550);

    QCOMPARE(counters.bytesIn(), 2000);
    QCOMPARE(counters.messagesIn(), 3);
    QCOMPARE(counters.bytesOut(), 50);
    QCOMPARE(counters.messagesOut(), 1);
    QCOMPARE(counters.bytesInPerSecond(500), 2000.0 / 0.6);
    QCOMPARE(counters.messagesInPerSecond(500), 3.0 / 0.6);
    QCOMPARE(counters.bytesOutPerSecond(100), 500.0);
    QCOMPARE(counters.messagesOutPerSecond(100), 10.0);
    QCOMPARE(counters.bytesOutPerSecond(1999), 50.0 / 1.9);
    QCOMPARE(counters.bytesInPerSecond(2000), 500.0);
    QCOMPARE(counters.messagesInPerSecond(2000), 0.5);
    QCOMPARE(counters.bytesInPerSecond(3000), 0.0);
    QCOMPARE(counters.messagesOutPerSecond(3000), 0.0);

    // Totals stay exact however large they grow and however old the traffic is.
    for (int i = 0; i < 1000; ++i)
        counters.addOut(4LL * 1024 * 1024 * 1024, 1, 10000 + i);
    QCOMPARE(counters.bytesOut(), 50 + 1000 * 4LL * 1024 * 1024 * 1024);
    QCOMPARE(counters.messagesOut(), 1001);
    QCOMPARE(counters.bytesIn(), 2000);
    QCOMPARE(counters.messagesOutPerSecond(10999), 500.0);
}

void TestTrafficCounters::countersReset()
{
    TrafficCounters counters;
    counters.addIn(10, 1, 0);
    counters.addOut(20, 2, 0);
    counters.reset();
    QCOMPARE(counters.bytesIn(), 0);
    QCOMPARE(counters.bytesOut(), 0);
    QCOMPARE(counters.messagesIn(), 0);
    QCOMPARE(counters.messagesOut(), 0);
    QCOMPARE(counters.bytesInPerSecond(0), 0.0);
    QCOMPARE(counters.bytesOutPerSecond(0), 0.0);
    QCOMPARE(counters.messagesInPerSecond(0), 0.0);
    QCOMPARE(counters.messagesOutPerSecond(0), 0.0);
    counters.addIn(10, 1, 1000);
    QCOMPARE(counters.bytesInPerSecond(1000), 100.0);
}

void TestTrafficCounters::countersCopy()
{
    static_assert(std::is_copy_constructible_v<TrafficCounters> && std::is_copy_assignable_v<TrafficCounters>);
    TrafficCounters counters;
    counters.addIn(100, 1, 0);
    const TrafficCounters snapshot = counters;
    counters.addIn(100, 1, 50);
    QCOMPARE(snapshot.bytesIn(), 100);
    QCOMPARE(snapshot.bytesInPerSecond(50), 1000.0);
    QCOMPARE(counters.bytesIn(), 200);
    QCOMPARE(counters.bytesInPerSecond(50), 2000.0);
}

QTEST_GUILESS_MAIN(TestTrafficCounters)
#include "tst_trafficcounters.moc"

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QTest>

#include "i18n/languagemanager.h"
#include "lab/labliverunner.h"
#include "lab/labpresets.h"
#include "lab/labsimulator.h"

namespace {

using Bytes = QList<QByteArray>;

LabExperiment preset(const QString &name)
{
    const std::optional<LabPreset> found = LabPresets::find(name);
    if (!found)
        qFatal("no preset %s", qPrintable(name));
    return found->experiment;
}

Bytes sendPayloads(const LabResult &result)
{
    Bytes out;
    for (const TraceEvent &event : result.events(TraceEvent::Kind::Send))
        out.append(result.bytesOf(event));
    return out;
}

} // namespace

/** The live lab on real loopback sockets: with a read delay it reproduces the simulator's reads and frames. */
class TestLabLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void liveEqualsSimulated_data();
    void liveEqualsSimulated();
    void liveTimesAreOrdered();
    void udpReadSmallerThanDatagramTruncates();
    void noSegmentsInLiveRuns();
    void repeatedRunsSummary();
    void invalidExperimentFailsWithoutSockets();

private:
    LanguageManager m_languages;
};

void TestLabLive::initTestCase()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestLabLive::liveEqualsSimulated_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("readSize");
    QTest::addColumn<bool>("noDelay");
    QTest::newRow("coalesce") << QStringLiteral("coalesce") << 0 << false;
    QTest::newRow("split") << QStringLiteral("split") << 0 << false;
    QTest::newRow("handshake") << QStringLiteral("handshake") << 0 << false;
    QTest::newRow("length-prefix") << QStringLiteral("length-prefix") << 0 << false;
    QTest::newRow("jsonhdr") << QStringLiteral("jsonhdr") << 0 << false;
    QTest::newRow("udp") << QStringLiteral("udp") << 0 << false;
    QTest::newRow("length-prefix read 3") << QStringLiteral("length-prefix") << 3 << true;
    QTest::newRow("handshake out of step") << QStringLiteral("handshake") << 1 << false;
}

void TestLabLive::liveEqualsSimulated()
{
    QFETCH(QString, name);
    QFETCH(int, readSize);
    QFETCH(bool, noDelay);
    LabExperiment experiment = preset(name);
    if (readSize > 0)
        experiment.readSizes = {readSize};
    experiment.noDelay = noDelay;
    if (experiment.pattern != LabExperiment::SendPattern::Handshake)
        QVERIFY(experiment.readDelayMs >= 100);

    const LabResult simulated = LabSimulator::run(experiment);
    const LabResult live = LabLiveRunner::run(experiment);
    QVERIFY2(!live.runFailed, qPrintable(live.error));
    QCOMPARE(live.mode, LabResult::Mode::Live);
    QCOMPARE(sendPayloads(live), sendPayloads(simulated));
    QCOMPARE(live.readPayloads(), simulated.readPayloads());
    QCOMPARE(live.framePayloads(), simulated.framePayloads());
    QCOMPARE(live.events(TraceEvent::Kind::Frame).size(), simulated.events(TraceEvent::Kind::Frame).size());
    for (qsizetype i = 0; i < live.frames.size(); ++i) {
        QCOMPARE(live.frames.at(i).offset, simulated.frames.at(i).offset);
        QCOMPARE(live.frames.at(i).headerLength, simulated.frames.at(i).headerLength);
    }
    QCOMPARE(live.replies, simulated.replies);
    QCOMPARE(live.unreadBytes, simulated.unreadBytes);
    QCOMPARE(live.endOfStream, simulated.endOfStream);
    QCOMPARE(live.error, simulated.error);
    QCOMPARE(live.incompleteFrame, simulated.incompleteFrame);
}

void TestLabLive::liveTimesAreOrdered()
{
    const LabResult live = LabLiveRunner::run(preset(QStringLiteral("coalesce")));
    QVERIFY2(!live.runFailed, qPrintable(live.error));
    const QList<TraceEvent> sends = live.events(TraceEvent::Kind::Send);
    const QList<TraceEvent> reads = live.events(TraceEvent::Kind::Read);
    QCOMPARE(sends.size(), 3);
    QCOMPARE(reads.size(), 1);
    // The receiver waited 100 ms before its first read; every send finished long before.
    QVERIFY(reads.constFirst().timeNs >= 100 * 1000000LL);
    QVERIFY(sends.constLast().timeNs < reads.constFirst().timeNs);
    qint64 previous = 0;
    for (const TraceEvent &event : live.trace.events()) {
        QVERIFY(event.timeNs >= previous);
        previous = event.timeNs;
    }
    QCOMPARE(live.trace.sentBytes(), QByteArray("helloworldegon"));
    QCOMPARE(live.trace.readBytes(), QByteArray("helloworldegon"));
    QVERIFY(live.endOfStreamNs >= reads.constFirst().timeNs);
}

void TestLabLive::udpReadSmallerThanDatagramTruncates()
{
    LabExperiment experiment = preset(QStringLiteral("udp"));
    experiment.readSizes = {3};
    experiment.readDelayMs = 20;
    const LabResult live = LabLiveRunner::run(experiment);
    QVERIFY2(!live.runFailed, qPrintable(live.error));
    QCOMPARE(live.readPayloads(), Bytes({"hel", "wor", "ego", ""}));
    QCOMPARE(live.truncatedDatagrams, 3);
    QCOMPARE(live.droppedDatagrams, 0);
    const QList<TraceEvent> reads = live.events(TraceEvent::Kind::Read);
    QCOMPARE(reads.at(1).offset, 5);
    QCOMPARE(reads.at(2).offset, 10);
    QCOMPARE(reads.at(3).offset, 14);
}

void TestLabLive::noSegmentsInLiveRuns()
{
    LabExperiment experiment = preset(QStringLiteral("nagle"));
    experiment.writeIntervalMs = 1;
    experiment.readDelayMs = 100;
    const LabResult live = LabLiveRunner::run(experiment);
    QVERIFY2(!live.runFailed, qPrintable(live.error));
    QCOMPARE(live.count(TraceEvent::Kind::Segment), 0);
    QCOMPARE(live.count(TraceEvent::Kind::Send), 20);
    // 20 writes 1 ms apart are all in the buffer when the first read comes 100 ms later.
    QCOMPARE(live.readPayloads(), Bytes({"abcdefghijklmnopqrst"}));
    QCOMPARE(live.countsLine(), QStringLiteral("20 sends → 1 read → 1 frame"));
    QVERIFY(LabPresets::explain(QStringLiteral("nagle"), live).contains(QStringLiteral("simulated mode")));
}

void TestLabLive::repeatedRunsSummary()
{
    LabExperiment experiment = preset(QStringLiteral("coalesce"));
    experiment.readDelayMs = 50;
    QList<LabResult> runs;
    for (int i = 0; i < 3; ++i) {
        runs.append(LabLiveRunner::run(experiment));
        QVERIFY2(!runs.constLast().runFailed, qPrintable(runs.constLast().error));
    }
    QCOMPARE(LabPresets::summarizeRuns(runs), QStringLiteral("3 sends → 1 read in 3 of 3 runs."));
}

void TestLabLive::invalidExperimentFailsWithoutSockets()
{
    LabExperiment experiment;
    const LabResult result = LabLiveRunner::run(experiment);
    QVERIFY(result.runFailed);
    QCOMPARE(result.error, QStringLiteral("The experiment has no messages."));
    QVERIFY(result.trace.events().isEmpty());
}

QTEST_GUILESS_MAIN(TestLabLive)
#include "tst_lablive.moc"

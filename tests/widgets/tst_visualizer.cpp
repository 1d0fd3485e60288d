// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QXmlStreamReader>

#include "engine/enginethread.h"
#include "enginetestutil.h"
#include "framing/framingspecparser.h"
#include "i18n/languagemanager.h"
#include "lab/labpresets.h"
#include "timelinescene.h"
#include "timelineview.h"
#include "visualizerpage.h"
#include "warningrecorder.h"

using Lane = TimelineScene::Lane;
using Range = TimelineScene::ByteRange;

namespace {

constexpr int LiveTimeout = 30000;

template<class T>
T *child(const QWidget *page, const char *name)
{
    T *widget = page->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

void selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("no item %s", qPrintable(data));
    combo->setCurrentIndex(index);
}

QList<qint64> lengths(const QList<TimelineScene::BlockInfo> &blocks)
{
    QList<qint64> result;
    for (const TimelineScene::BlockInfo &block : blocks)
        result.append(block.length);
    return result;
}

QList<QList<int>> colours(const QList<TimelineScene::BlockInfo> &blocks)
{
    QList<QList<int>> result;
    for (const TimelineScene::BlockInfo &block : blocks)
        result.append(block.messageIndices);
    return result;
}

QList<qint64> headerBytes(const QList<TimelineScene::BlockInfo> &blocks)
{
    QList<qint64> result;
    for (const TimelineScene::BlockInfo &block : blocks)
        result.append(block.headerBytes);
    return result;
}

int totalBlocks(const TimelineScene *scene)
{
    int total = 0;
    for (Lane lane : scene->lanes())
        total += int(scene->blocks(lane).size());
    return total;
}

/** The <rect> elements of an SVG document by class, and whether it parsed with an <svg> root. */
struct SvgSummary
{
    bool ok = false;
    QString root;
    QMap<QString, int> rectsByClass;
    int texts = 0;
};

SvgSummary readSvg(const QByteArray &svg)
{
    SvgSummary summary;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (summary.root.isEmpty())
            summary.root = xml.name().toString();
        if (xml.name() == QLatin1String("rect"))
            ++summary.rectsByClass[xml.attributes().value(QLatin1String("class")).toString()];
        if (xml.name() == QLatin1String("text"))
            ++summary.texts;
    }
    summary.ok = !xml.hasError();
    return summary;
}

} // namespace

class TestVisualizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void presetLanes_data();
    void presetLanes();
    void framingShadesHeaders_data();
    void framingShadesHeaders();
    void clickHighlightsEveryLane_data();
    void clickHighlightsEveryLane();
    void highlightApi();
    void stepShowsOneEventAtATime();
    void timeAxisMovesBlocks();
    void zoomKeepsBlocksAndLabels();
    void showTraceColoursByWrite_data();
    void showTraceColoursByWrite();
    void tooltipShowsBytes();
    void exportPng();
    void exportSvg_data();
    void exportSvg();
    void exportTraceJson();
    void badControlsShowInlineErrors();
    void languageChangeKeepsSelections();
    void liveCoalesceOnLoopback();
    void liveRepeatedRunsSummarized();
    void pageGoesAwayDuringLiveRun();
    void largeTraceBuilds();

private:
    std::unique_ptr<VisualizerPage> newPage();

    /** English plurals ("1 read") come from the English catalogue, as in the application. */
    LanguageManager m_languages;
    std::unique_ptr<EngineThread> m_engine;
};

void TestVisualizer::initTestCase()
{
    WarningRecorder::install();
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_engine = std::make_unique<EngineThread>();
}

void TestVisualizer::cleanupTestCase()
{
    m_engine.reset();
    WarningRecorder::uninstall();
}

void TestVisualizer::init()
{
    WarningRecorder::take();
}

void TestVisualizer::cleanup()
{
    // The offscreen platform says these for every shown window and tooltip; they are not ours.
    QStringList warnings = WarningRecorder::take().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    warnings.removeAll(QStringLiteral("This plugin does not support propagateSizeHints()"));
    warnings.removeAll(QStringLiteral("This plugin does not support raise()"));
    QCOMPARE(warnings, QStringList());
}

std::unique_ptr<VisualizerPage> TestVisualizer::newPage()
{
    auto page = std::make_unique<VisualizerPage>(m_engine.get());
    page->resize(1280, 820);
    page->show();
    return page;
}

void TestVisualizer::presetLanes_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QList<Lane>>("lanes");
    QTest::addColumn<QList<qint64>>("sends");
    QTest::addColumn<int>("segments");
    QTest::addColumn<QList<qint64>>("reads");
    QTest::addColumn<QList<QList<int>>>("readColours");
    QTest::addColumn<QList<qint64>>("frameHeaders");
    QTest::addColumn<int>("replies");

    const QList<Lane> four = {Lane::Sends, Lane::Wire, Lane::Reads, Lane::Frames};
    QTest::newRow("coalesce") << "coalesce" << four << QList<qint64>{5, 5, 4} << 2 << QList<qint64>{14}
                              << QList<QList<int>>{{0, 1, 2}} << QList<qint64>{0} << 0;
    QTest::newRow("split") << "split" << four << QList<qint64>{14} << 1 << QList<qint64>{1, 5, 1}
                           << QList<QList<int>>{{0}, {0}, {0}} << QList<qint64>{0, 0, 0} << 0;
    QTest::newRow("handshake") << "handshake"
                               << QList<Lane>{Lane::Sends, Lane::Wire, Lane::Reads, Lane::Frames, Lane::Replies}
                               << QList<qint64>{1, 5, 1, 5, 1, 4} << 6 << QList<qint64>{1, 5, 1, 5, 1, 4}
                               << QList<QList<int>>{{0}, {0}, {1}, {1}, {2}, {2}} << QList<qint64>{1, 1, 1} << 3;
    QTest::newRow("length-prefix") << "length-prefix" << four << QList<qint64>{9, 9, 8} << 2 << QList<qint64>{26}
                                   << QList<QList<int>>{{0, 1, 2}} << QList<qint64>{4, 4, 4} << 0;
    QTest::newRow("jsonhdr") << "jsonhdr" << four << QList<qint64>{19, 19, 18} << 2 << QList<qint64>{56}
                             << QList<QList<int>>{{0, 1, 2}} << QList<qint64>{14, 14, 14} << 0;
    // UDP: four datagrams, four reads, the empty one included, boundaries kept.
    QTest::newRow("udp") << "udp" << four << QList<qint64>{5, 5, 4, 0} << 4 << QList<qint64>{5, 5, 4, 0}
                         << QList<QList<int>>{{0}, {1}, {2}, {3}} << QList<qint64>{0, 0, 0, 0} << 0;
    QTest::newRow("nagle") << "nagle" << four << QList<qint64>(20, 1) << 4 << QList<qint64>{1, 8, 8, 3}
                           << QList<QList<int>>{{0},
                                                {1, 2, 3, 4, 5, 6, 7, 8},
                                                {9, 10, 11, 12, 13, 14, 15, 16},
                                                {17, 18, 19}}
                           << QList<qint64>{0, 0, 0, 0} << 0;
}

void TestVisualizer::presetLanes()
{
    QFETCH(QString, preset);
    QFETCH(QList<Lane>, lanes);
    QFETCH(QList<qint64>, sends);
    QFETCH(int, segments);
    QFETCH(QList<qint64>, reads);
    QFETCH(QList<QList<int>>, readColours);
    QFETCH(QList<qint64>, frameHeaders);
    QFETCH(int, replies);

    const auto page = newPage();
    page->runPreset(preset);
    QCOMPARE(page->errorText(), QString());
    const TimelineScene *scene = page->scene();
    QCOMPARE(scene->lanes(), lanes);
    QCOMPARE(scene->colouring(), TimelineScene::Colouring::Messages);
    QCOMPARE(lengths(scene->blocks(Lane::Sends)), sends);
    QCOMPARE(scene->blocks(Lane::Wire).size(), segments);
    QCOMPARE(lengths(scene->blocks(Lane::Reads)), reads);
    QCOMPARE(colours(scene->blocks(Lane::Reads)), readColours);
    QCOMPARE(headerBytes(scene->blocks(Lane::Frames)), frameHeaders);
    QCOMPARE(scene->blocks(Lane::Replies).size(), replies);
    QCOMPARE(scene->eventCount(), page->labResult()->trace.events().size());
    QCOMPARE(scene->visibleEventCount(), scene->eventCount());
    // At the fitted zoom every block of these small runs is its own item.
    for (Lane lane : lanes)
        QCOMPARE(scene->itemCount(lane), scene->blocks(lane).size());
    QCOMPARE(page->explanation(), LabPresets::explain(preset, *page->labResult()));
    QVERIFY(!child<QLabel>(page.get(), "countsLabel")->text().isEmpty());
}

void TestVisualizer::framingShadesHeaders_data()
{
    QTest::addColumn<QString>("framing");
    QTest::addColumn<QList<qint64>>("frameLengths");
    QTest::addColumn<QList<qint64>>("frameHeaders");
    QTest::addColumn<qint64>("readHeaderBytes");

    QTest::newRow("struct-i") << "struct-i" << QList<qint64>{9, 9, 8} << QList<qint64>{4, 4, 4} << qint64(12);
    QTest::newRow("len:2") << "len:2" << QList<qint64>{7, 7, 6} << QList<qint64>{2, 2, 2} << qint64(6);
    QTest::newRow("len:1:incl") << "len:1:incl" << QList<qint64>{6, 6, 5} << QList<qint64>{1, 1, 1} << qint64(3);
    // A delimiter is shaded like a header: it is framing, not message.
    QTest::newRow("line") << "line" << QList<qint64>{6, 6, 5} << QList<qint64>{1, 1, 1} << qint64(3);
    QTest::newRow("delim:\\r\\n") << "delim:\\r\\n" << QList<qint64>{7, 7, 6} << QList<qint64>{2, 2, 2} << qint64(6);
}

void TestVisualizer::framingShadesHeaders()
{
    QFETCH(QString, framing);
    QFETCH(QList<qint64>, frameLengths);
    QFETCH(QList<qint64>, frameHeaders);
    QFETCH(qint64, readHeaderBytes);

    const auto page = newPage();
    QVERIFY(page->selectPreset(QStringLiteral("coalesce")));
    child<QLineEdit>(page.get(), "framingLineEdit")->setText(framing);
    QVERIFY(child<QLabel>(page.get(), "framingStatusLabel")->isHidden());
    page->run();
    QCOMPARE(page->errorText(), QString());
    const TimelineScene *scene = page->scene();
    const QList<TimelineScene::BlockInfo> frames = scene->blocks(Lane::Frames);
    QCOMPARE(lengths(frames), frameLengths);
    QCOMPARE(headerBytes(frames), frameHeaders);
    QCOMPARE(colours(frames), (QList<QList<int>>{{0}, {1}, {2}}));
    QCOMPARE(scene->blocks(Lane::Sends).size(), 3);
    QCOMPARE(scene->blocks(Lane::Reads).size(), 1);
    QCOMPARE(scene->blocks(Lane::Reads).constFirst().headerBytes, readHeaderBytes);
    QCOMPARE(scene->blocks(Lane::Reads).constFirst().messageIndices, (QList<int>{0, 1, 2}));
    // No longer the coalesce preset: the general explanation.
    QCOMPARE(page->explanation(), LabPresets::explain(QString(), *page->labResult()));
}

void TestVisualizer::clickHighlightsEveryLane_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<Lane>("lane");
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("length");

    QTest::newRow("coalesce read") << "coalesce" << Lane::Reads << 0 << qint64(0) << qint64(14);
    QTest::newRow("coalesce second send") << "coalesce" << Lane::Sends << 1 << qint64(5) << qint64(5);
    QTest::newRow("coalesce segment") << "coalesce" << Lane::Wire << 1 << qint64(5) << qint64(9);
    QTest::newRow("split read") << "split" << Lane::Reads << 1 << qint64(1) << qint64(5);
    QTest::newRow("length-prefix frame") << "length-prefix" << Lane::Frames << 2 << qint64(18) << qint64(8);
    QTest::newRow("udp empty datagram") << "udp" << Lane::Reads << 3 << qint64(14) << qint64(0);
}

void TestVisualizer::clickHighlightsEveryLane()
{
    QFETCH(QString, preset);
    QFETCH(Lane, lane);
    QFETCH(int, index);
    QFETCH(qint64, offset);
    QFETCH(qint64, length);

    const auto page = newPage();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    page->runPreset(preset);
    TimelineScene *scene = page->scene();
    TimelineView *view = page->view();
    QSignalSpy changed(scene, &TimelineScene::highlightChanged);

    const QPoint at = view->mapFromScene(scene->blockRect(lane, index).center());
    QVERIFY(view->viewport()->rect().contains(at));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toLongLong(), offset);
    QCOMPARE(changed.constFirst().at(1).toLongLong(), length);
    QCOMPARE(scene->highlightedRange(), (Range{offset, length}));

    // One overlay per lane, all over the same bytes.
    const QList<TimelineScene::Overlay> overlays = scene->highlightOverlays();
    QCOMPARE(overlays.size(), scene->lanes().size());
    for (qsizetype i = 0; i < overlays.size(); ++i) {
        QCOMPARE(overlays.at(i).lane, scene->lanes().at(i));
        if (length > 0) {
            QCOMPARE(overlays.at(i).rect.left(), scene->xForUnit(double(offset)));
            QCOMPARE(overlays.at(i).rect.right(), scene->xForUnit(double(offset + length)));
        } else {
            QCOMPARE(overlays.at(i).rect.center().x(), scene->xForUnit(double(offset)));
        }
    }

    // Clicking the same block again clears it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.constLast().at(0).toLongLong(), qint64(-1));
    QVERIFY(!scene->highlightedRange().isValid());
    QVERIFY(scene->highlightOverlays().isEmpty());
}

void TestVisualizer::highlightApi()
{
    const auto page = newPage();
    page->runPreset(QStringLiteral("length-prefix"));
    TimelineScene *scene = page->scene();
    QSignalSpy changed(scene, &TimelineScene::highlightChanged);
    scene->highlightRange(9, 9);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(scene->highlightedRange(), (Range{9, 9}));
    QCOMPARE(scene->highlightOverlays().size(), 4);
    scene->clickBlock(Lane::Frames, 0);
    QCOMPARE(scene->highlightedRange(), (Range{0, 9}));
    // The time axis highlights the blocks holding those bytes: all three sends' first, the one read, frame 1.
    selectData(child<QComboBox>(page.get(), "axisComboBox"), QStringLiteral("time"));
    QCOMPARE(scene->axis(), TimelineScene::Axis::Time);
    QCOMPARE(scene->highlightedRange(), (Range{0, 9}));
    const QList<TimelineScene::Overlay> overlays = scene->highlightOverlays();
    QCOMPARE(overlays.size(), 4);
    QCOMPARE(overlays.at(2).lane, Lane::Reads);
    QVERIFY(qAbs(overlays.at(2).rect.left() - scene->blockRect(Lane::Reads, 0).left()) <= 2);
    scene->clearHighlight();
    QVERIFY(scene->highlightOverlays().isEmpty());
    QCOMPARE(changed.count(), 3);
}

void TestVisualizer::stepShowsOneEventAtATime()
{
    const auto page = newPage();
    TimelineScene *scene = page->scene();
    QLabel *stepLabel = child<QLabel>(page.get(), "stepLabel");
    QVERIFY(page->labResult() == nullptr);

    // The first Step runs the experiment of the controls (coalesce) and shows its first event.
    QTest::mouseClick(child<QPushButton>(page.get(), "stepPushButton"), Qt::LeftButton);
    QVERIFY(page->labResult());
    const int total = scene->eventCount();
    QCOMPARE(total, 7); // 3 sends, 2 segments, 1 read, 1 frame
    QCOMPARE(scene->visibleEventCount(), 1);
    QCOMPARE(scene->blocks(Lane::Sends).size(), 1);
    QCOMPARE(scene->blocks(Lane::Reads).size(), 0);
    QVERIFY(!stepLabel->isHidden());
    QVERIFY(stepLabel->text().startsWith(QStringLiteral("Step 1 of 7.")));

    const QList<TraceEvent> events = page->labResult()->trace.events();
    for (int shown = 2; shown <= total; ++shown) {
        page->step();
        QCOMPARE(scene->visibleEventCount(), shown);
        QCOMPARE(totalBlocks(scene), shown);
        QCOMPARE(scene->newestEvent()->kind, events.at(shown - 1).kind);
        QVERIFY(stepLabel->text().startsWith(QStringLiteral("Step %1 of 7.").arg(shown)));
    }
    QCOMPARE(scene->blocks(Lane::Reads).size(), 1);
    // After the last event Step starts over.
    page->step();
    QCOMPARE(scene->visibleEventCount(), 1);
    // Run shows everything again.
    page->run();
    QCOMPARE(scene->visibleEventCount(), total);
    QVERIFY(stepLabel->isHidden());
    // Editing the experiment makes the next Step run it anew.
    child<QLineEdit>(page.get(), "messagesLineEdit")->setText(QStringLiteral("ab,cd"));
    page->step();
    QCOMPARE(scene->visibleEventCount(), 1);
    QCOMPARE(page->labResult()->experiment.messages, (QList<QByteArray>{"ab", "cd"}));
}

void TestVisualizer::timeAxisMovesBlocks()
{
    const auto page = newPage();
    page->runPreset(QStringLiteral("coalesce"));
    TimelineScene *scene = page->scene();
    // Blocks are drawn a few pixels apart: centred on their bytes.
    const QRectF offsetRead = scene->blockRect(Lane::Reads, 0);
    QCOMPARE(offsetRead.center().x(), scene->xForUnit(7));
    QVERIFY(qAbs(offsetRead.width() - 14 * scene->zoom()) <= 3);
    QCOMPARE(scene->itemCount(Lane::Sends), 3);

    selectData(child<QComboBox>(page.get(), "axisComboBox"), QStringLiteral("time"));
    QCOMPARE(scene->axis(), TimelineScene::Axis::Time);
    QVERIFY(scene->isFitted());
    const QRectF timeRead = scene->blockRect(Lane::Reads, 0);
    // The read happened after the 100 ms read delay.
    QVERIFY(qAbs(timeRead.left() - scene->xForUnit(100e6)) <= 2);
    QVERIFY(timeRead.left() != offsetRead.left());
    QVERIFY(timeRead.left() > scene->blockRect(Lane::Sends, 2).right());
    // The three sends 10 µs apart share one marker at this zoom, showing their three colours.
    QCOMPARE(scene->blocks(Lane::Sends).size(), 3);
    QCOMPARE(scene->itemCount(Lane::Sends), 1);
    // Zoomed in far enough they come apart.
    scene->setZoom(1e9, scene->xForUnit(0));
    QCOMPARE(scene->itemCount(Lane::Sends), 3);

    selectData(child<QComboBox>(page.get(), "axisComboBox"), QStringLiteral("offset"));
    QCOMPARE(scene->blockRect(Lane::Reads, 0), offsetRead);
}

void TestVisualizer::zoomKeepsBlocksAndLabels()
{
    const auto page = newPage();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    page->runPreset(QStringLiteral("nagle"));
    TimelineScene *scene = page->scene();
    TimelineView *view = page->view();
    const double fitted = scene->zoom();
    QVERIFY(scene->isFitted());
    // The whole trace fits the view.
    QVERIFY(scene->sceneRect().width() <= view->viewport()->width() + 1);

    QTest::mouseClick(child<QPushButton>(page.get(), "zoomInPushButton"), Qt::LeftButton);
    QCOMPARE(scene->zoom(), fitted * 1.5);
    QVERIFY(!scene->isFitted());
    QTest::mouseClick(child<QPushButton>(page.get(), "zoomOutPushButton"), Qt::LeftButton);
    QCOMPARE(scene->zoom(), fitted);

    // Ctrl+wheel zooms around the mouse: the byte under it stays under it.
    const QPoint at = view->mapFromScene(QPointF(scene->xForUnit(10), 100));
    const double unit = scene->unitAt(view->mapToScene(at).x());
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QCOMPARE(scene->zoom(), fitted * 2.25);
    QVERIFY(qAbs(view->mapFromScene(QPointF(scene->xForUnit(unit), 100)).x() - at.x()) <= 1);
    QVERIFY(view->horizontalScrollBar()->value() > 0);
    QCOMPARE(totalBlocks(scene), scene->eventCount());

    QTest::mouseClick(child<QPushButton>(page.get(), "zoomFitPushButton"), Qt::LeftButton);
    QVERIFY(scene->isFitted());
    QCOMPARE(scene->zoom(), fitted);
}

void TestVisualizer::showTraceColoursByWrite_data()
{
    QTest::addColumn<QList<QByteArray>>("sends");
    QTest::addColumn<QList<QByteArray>>("reads");
    QTest::addColumn<QList<QList<qint64>>>("frames"); // offset, length, header, trailer
    QTest::addColumn<TimelineScene::Colouring>("colouring");
    QTest::addColumn<QList<Lane>>("lanes");
    QTest::addColumn<QList<QList<int>>>("readColours");
    QTest::addColumn<QList<qint64>>("readHeaders");

    QTest::newRow("echo client") << QList<QByteArray>{"hello", "world", "egon"}
                                 << QList<QByteArray>{"hel", "loworldeg", "on"} << QList<QList<qint64>>{}
                                 << TimelineScene::Colouring::Writes << QList<Lane>{Lane::Sends, Lane::Reads}
                                 << QList<QList<int>>{{0}, {0, 1, 2}, {2}} << QList<qint64>{0, 0, 0};
    QTest::newRow("server side, reads only")
        << QList<QByteArray>{} << QList<QByteArray>{"abc", "defg"} << QList<QList<qint64>>{}
        << TimelineScene::Colouring::Reads << QList<Lane>{Lane::Sends, Lane::Reads} << QList<QList<int>>{{0}, {1}}
        << QList<qint64>{0, 0};
    QTest::newRow("framed reads") << QList<QByteArray>{}
                                  << QList<QByteArray>{QByteArray("\x00\x03"
                                                                  "abc\x00",
                                                                  6),
                                                       "\x02"
                                                       "de"}
                                  << QList<QList<qint64>>{{0, 5, 2, 0}, {5, 4, 2, 0}} << TimelineScene::Colouring::Reads
                                  << QList<Lane>{Lane::Sends, Lane::Reads, Lane::Frames} << QList<QList<int>>{{0}, {1}}
                                  << QList<qint64>{3, 1};
}

void TestVisualizer::showTraceColoursByWrite()
{
    QFETCH(QList<QByteArray>, sends);
    QFETCH(QList<QByteArray>, reads);
    QFETCH(QList<QList<qint64>>, frames);
    QFETCH(TimelineScene::Colouring, colouring);
    QFETCH(QList<Lane>, lanes);
    QFETCH(QList<QList<int>>, readColours);
    QFETCH(QList<qint64>, readHeaders);

    StreamTrace trace;
    for (const QByteArray &bytes : sends)
        trace.recordSend(bytes);
    for (const QByteArray &bytes : reads)
        trace.recordRead(bytes);
    for (const QList<qint64> &frame : frames)
        trace.recordFrame(frame.at(0), frame.at(1), frame.at(2), frame.at(3));

    const auto page = newPage();
    page->runPreset(QStringLiteral("coalesce"));
    page->showTrace(QStringLiteral("Connection #7 (127.0.0.1:5000)"), trace);
    QVERIFY(page->labResult() == nullptr);
    QCOMPARE(child<QLabel>(page.get(), "titleLabel")->text(), QStringLiteral("Connection #7 (127.0.0.1:5000)"));
    const TimelineScene *scene = page->scene();
    QCOMPARE(scene->colouring(), colouring);
    QCOMPARE(scene->lanes(), lanes);
    QCOMPARE(scene->blocks(Lane::Sends).size(), sends.size());
    QCOMPARE(colours(scene->blocks(Lane::Reads)), readColours);
    QCOMPARE(headerBytes(scene->blocks(Lane::Reads)), readHeaders);
    QCOMPARE(scene->blocks(Lane::Frames).size(), frames.size());
    for (const TimelineScene::BlockInfo &frame : scene->blocks(Lane::Frames))
        QCOMPARE(frame.headerBytes, 2);
    if (colouring == TimelineScene::Colouring::Reads)
        QVERIFY(page->explanation().contains(QStringLiteral("no writes")));
    else
        QVERIFY(page->explanation().contains(QStringLiteral("write calls")));
    // Step walks the handed trace without running anything.
    page->step();
    QCOMPARE(scene->visibleEventCount(), 1);
    QVERIFY(page->labResult() == nullptr);
}

void TestVisualizer::tooltipShowsBytes()
{
    const auto page = newPage();
    page->runPreset(QStringLiteral("length-prefix"));
    const TimelineScene *scene = page->scene();
    const QString frame = scene->blockToolTip(Lane::Frames, 1);
    QVERIFY2(frame.contains(QStringLiteral("Frame #2")), qPrintable(frame));
    QVERIFY2(frame.contains(QStringLiteral("bytes 9–18 (9 bytes)")), qPrintable(frame));
    QVERIFY2(frame.contains(QStringLiteral("Header bytes: 4")), qPrintable(frame));
    QVERIFY2(frame.contains(QStringLiteral("\\x05\\x00\\x00\\x00world")), qPrintable(frame));
    QVERIFY2(frame.contains(QStringLiteral("05 00 00 00 77 6F 72 6C 64")), qPrintable(frame));
    QVERIFY2(frame.contains(QStringLiteral("2 world")), qPrintable(frame));

    // Hovering a block in the view shows the same text.
    TimelineView *view = page->view();
    const QPoint at = view->mapFromScene(scene->blockRect(Lane::Frames, 1).center());
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 5000);
    QCOMPARE(QToolTip::text(), frame);
    QToolTip::hideText();

    // Long blocks are capped at 64 bytes.
    page->showTrace(QStringLiteral("long"), [] {
        StreamTrace trace;
        trace.recordSend(QByteArray(100, 'x'));
        return trace;
    }());
    const QString send = scene->blockToolTip(Lane::Sends, 0);
    QVERIFY2(send.contains(QString(64, QLatin1Char('x'))) && !send.contains(QString(65, QLatin1Char('x'))),
             qPrintable(send));
    QVERIFY2(send.contains(QStringLiteral("+36 more bytes")), qPrintable(send));
}

void TestVisualizer::exportPng()
{
    const auto page = newPage();
    page->runPreset(QStringLiteral("length-prefix"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("timeline.png"));
    QVERIFY(page->exportPng(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), page->scene()->sceneRect().size().toSize());
    QVERIFY(image.width() >= 800);

    QVERIFY(!page->exportPng(dir.filePath(QStringLiteral("missing/folder/timeline.png"))));
    QVERIFY(page->errorText().contains(QStringLiteral("missing")));
    QVERIFY(!child<QLabel>(page.get(), "errorLabel")->isHidden());
}

void TestVisualizer::exportSvg_data()
{
    QTest::addColumn<QString>("preset");
    for (const QString &name : LabPresets::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestVisualizer::exportSvg()
{
    QFETCH(QString, preset);
    const auto page = newPage();
    page->runPreset(preset);
    page->scene()->highlightRange(0, 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.svg"));
    QVERIFY(page->exportSvg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SvgSummary svg = readSvg(file.readAll());
    QVERIFY(svg.ok);
    QCOMPARE(svg.root, QStringLiteral("svg"));
    QCOMPARE(svg.rectsByClass.value(QStringLiteral("block")), totalBlocks(page->scene()));
    QCOMPARE(svg.rectsByClass.value(QStringLiteral("selection")), page->scene()->highlightOverlays().size());
    QVERIFY(svg.texts > 10);
    // Exporting leaves the view as it was.
    QCOMPARE(page->scene()->highlightedRange(), (Range{0, 5}));
    QVERIFY(page->scene()->isFitted());
}

void TestVisualizer::exportTraceJson()
{
    const auto page = newPage();
    page->runPreset(QStringLiteral("coalesce"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trace.json"));
    QVERIFY(page->exportTraceJson(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("source")).toString(), QStringLiteral("simulated"));
    QCOMPARE(root.value(QStringLiteral("preset")).toString(), QStringLiteral("coalesce"));
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 7);
    QCOMPARE(events.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("send"));
    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("sends")).toInt(), 3);
    QCOMPARE(totals.value(QStringLiteral("segments")).toInt(), 2);
    QCOMPARE(totals.value(QStringLiteral("reads")).toInt(), 1);
    QCOMPARE(totals.value(QStringLiteral("frames")).toInt(), 1);
    QCOMPARE(totals.value(QStringLiteral("bytesSent")).toInt(), 14);
    QCOMPARE(root.value(QStringLiteral("sentHex")).toString(), QStringLiteral("68656c6c6f776f726c6465676f6e"));
    QCOMPARE(root.value(QStringLiteral("readHex")).toString(), QStringLiteral("68656c6c6f776f726c6465676f6e"));

    StreamTrace trace;
    trace.recordRead("abc");
    page->showTrace(QStringLiteral("server"), trace);
    file.close();
    QVERIFY(page->exportTraceJson(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject handed = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(handed.value(QStringLiteral("source")).toString(), QStringLiteral("connection"));
    QCOMPARE(handed.value(QStringLiteral("events")).toArray().size(), 1);
    QCOMPARE(handed.value(QStringLiteral("readHex")).toString(), QStringLiteral("616263"));
}

void TestVisualizer::badControlsShowInlineErrors()
{
    const auto page = newPage();
    QLabel *errorLabel = child<QLabel>(page.get(), "errorLabel");
    QLabel *framingStatus = child<QLabel>(page.get(), "framingStatusLabel");
    QLineEdit *framing = child<QLineEdit>(page.get(), "framingLineEdit");

    framing->setText(QStringLiteral("len:3"));
    QString expected;
    QVERIFY(!FramingSpecParser::parse(QStringLiteral("len:3"), &expected));
    QVERIFY(!framingStatus->isHidden());
    QCOMPARE(framingStatus->text(), expected);
    page->run();
    QCOMPARE(page->errorText(), expected);
    QVERIFY(!errorLabel->isHidden());
    QVERIFY(page->labResult() == nullptr);

    framing->setText(QStringLiteral("none"));
    QVERIFY(framingStatus->isHidden());
    QVERIFY(errorLabel->isHidden());

    child<QLineEdit>(page.get(), "readSizesLineEdit")->setText(QStringLiteral("0"));
    page->run();
    QVERIFY(page->errorText().contains(QStringLiteral("\"0\"")));
    child<QLineEdit>(page.get(), "readSizesLineEdit")->setText(QStringLiteral("1024"));
    selectData(child<QComboBox>(page.get(), "transportComboBox"), QStringLiteral("udp"));
    framing->setText(QStringLiteral("struct-i"));
    page->run();
    QVERIFY(page->errorText().contains(QStringLiteral("UDP")));
    page->runPreset(QStringLiteral("no-such-preset"));
    QVERIFY(page->errorText().contains(QStringLiteral("no-such-preset")));
}

void TestVisualizer::languageChangeKeepsSelections()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    const auto page = newPage();
    page->runPreset(QStringLiteral("length-prefix"));
    selectData(child<QComboBox>(page.get(), "axisComboBox"), QStringLiteral("time"));
    const QString english = page->explanation();
    const QString englishTitle = child<QComboBox>(page.get(), "presetComboBox")->currentText();

    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE_WITH_TIMEOUT(page->explanation(),
                              LabPresets::explain(QStringLiteral("length-prefix"), *page->labResult()), 5000);
    QCOMPARE(child<QComboBox>(page.get(), "presetComboBox")->currentData().toString(), QStringLiteral("length-prefix"));
    QCOMPARE(child<QComboBox>(page.get(), "axisComboBox")->currentData().toString(), QStringLiteral("time"));
    QCOMPARE(page->scene()->axis(), TimelineScene::Axis::Time);
    QCOMPARE(page->explanation(), LabPresets::explain(QStringLiteral("length-prefix"), *page->labResult()));
    QVERIFY(page->explanation() != english);
    QCOMPARE(page->scene()->blocks(Lane::Frames).size(), 3);

    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE_WITH_TIMEOUT(page->explanation(), english, 5000);
    QCOMPARE(child<QComboBox>(page.get(), "presetComboBox")->currentText(), englishTitle);
}

void TestVisualizer::liveCoalesceOnLoopback()
{
    const auto page = newPage();
    QVERIFY(page->selectPreset(QStringLiteral("coalesce")));
    selectData(child<QComboBox>(page.get(), "modeComboBox"), QStringLiteral("live"));
    QSignalSpy started(page.get(), &VisualizerPage::runStarted);
    QSignalSpy finished(page.get(), &VisualizerPage::runFinished);
    page->run();
    // The run goes to the engine thread; the GUI thread is free meanwhile.
    QCOMPARE(started.count(), 1);
    QVERIFY(page->isRunning());
    QVERIFY(!child<QPushButton>(page.get(), "runPushButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, LiveTimeout);
    QVERIFY(!page->isRunning());
    QCOMPARE(page->errorText(), QString());
    const LabResult *result = page->labResult();
    QVERIFY(result);
    QCOMPARE(result->mode, LabResult::Mode::Live);

    const TimelineScene *scene = page->scene();
    QCOMPARE(scene->lanes(), (QList<Lane>{Lane::Sends, Lane::Reads, Lane::Frames}));
    QCOMPARE(lengths(scene->blocks(Lane::Sends)), (QList<qint64>{5, 5, 4}));
    // However the reads fell, together they hold exactly the messages' bytes, in order and coloured by message.
    QByteArray read;
    qint64 next = 0;
    QList<int> seen;
    for (const TimelineScene::BlockInfo &block : scene->blocks(Lane::Reads)) {
        QCOMPARE(block.offset, next);
        next += block.length;
        read += result->trace.readBytes().mid(block.offset, block.length);
        for (int colour : block.messageIndices) {
            if (!seen.contains(colour))
                seen.append(colour);
        }
    }
    QCOMPARE(read, QByteArray("helloworldegon"));
    QCOMPARE(seen, (QList<int>{0, 1, 2}));
    QCOMPARE(page->explanation(), LabPresets::explain(QStringLiteral("coalesce"), *result));
}

void TestVisualizer::liveRepeatedRunsSummarized()
{
    const auto page = newPage();
    QVERIFY(page->selectPreset(QStringLiteral("split")));
    selectData(child<QComboBox>(page.get(), "modeComboBox"), QStringLiteral("live"));
    child<QSpinBox>(page.get(), "runsSpinBox")->setValue(2);
    QSignalSpy finished(page.get(), &VisualizerPage::runFinished);
    page->run();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, LiveTimeout);
    QCOMPARE(page->errorText(), QString());
    // split reads recv(1), recv(5), recv(1): the same three reads every time.
    QVERIFY2(page->explanation().contains(QStringLiteral("1 send → 3 reads in 2 of 2 runs.")),
             qPrintable(page->explanation()));
    QCOMPARE(lengths(page->scene()->blocks(Lane::Reads)), (QList<qint64>{1, 5, 1}));
}

void TestVisualizer::pageGoesAwayDuringLiveRun()
{
    auto page = newPage();
    QVERIFY(page->selectPreset(QStringLiteral("coalesce")));
    selectData(child<QComboBox>(page.get(), "modeComboBox"), QStringLiteral("live"));
    page->run();
    QVERIFY(page->isRunning());
    page.reset();
    // The engine finishes the run, drops its result and deletes the worker; then it takes new work.
    const auto alive = EngineTestUtil::inEngine(
        *m_engine, [] { return true; }, LiveTimeout);
    QVERIFY(alive.has_value());
    QCoreApplication::processEvents();
}

void TestVisualizer::largeTraceBuilds()
{
    constexpr int pairs = 50000;
    StreamTrace trace(2 * pairs, 16 * 1024 * 1024);
    const QByteArray chunk("0123456789");
    for (int i = 0; i < pairs; ++i)
        trace.recordSend(chunk);
    for (int i = 0; i < pairs; ++i)
        trace.recordRead(chunk);
    QCOMPARE(trace.events().size(), 2 * pairs);

    const auto page = newPage();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QElapsedTimer timer;
    timer.start();
    page->showTrace(QStringLiteral("large"), trace);
    qInfo("100,000 events shown in %lld ms", qint64(timer.elapsed()));
    TimelineScene *scene = page->scene();
    QCOMPARE(scene->eventCount(), 2 * pairs);
    QCOMPARE(scene->blocks(Lane::Sends).size(), pairs);
    QCOMPARE(scene->blocks(Lane::Reads).size(), pairs);
    // Fitted, the blocks are far narrower than a pixel: they are merged.
    QVERIFY(scene->itemCount(Lane::Sends) > 0);
    QVERIFY(scene->itemCount(Lane::Sends) < 1000);
    QVERIFY(scene->itemCount(Lane::Reads) < 1000);

    // Zoomed in all the way, only the part near the view is built.
    scene->setZoom(1e9, scene->xForUnit(0));
    QVERIFY(scene->itemCount(Lane::Sends) > 0);
    QVERIFY(scene->itemCount(Lane::Sends) < 100);
    page->view()->horizontalScrollBar()->setValue(page->view()->horizontalScrollBar()->maximum() / 2);
    QVERIFY(scene->itemCount(Lane::Sends) > 0);
    QVERIFY(scene->itemCount(Lane::Sends) < 100);
    // Step and the time axis work on it as well.
    page->step();
    QCOMPARE(scene->visibleEventCount(), 1);
    selectData(child<QComboBox>(page.get(), "axisComboBox"), QStringLiteral("time"));
    QCOMPARE(scene->blocks(Lane::Sends).size(), 1);
    page->scene()->setVisibleEventCount(-1);
    QVERIFY(scene->itemCount(Lane::Reads) < 1000);
}

QTEST_MAIN(TestVisualizer)
#include "tst_visualizer.moc"

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "dataview.h"
#include "framing/framingspecparser.h"
#include "pageoptions.h"
#include "payload/hexdump.h"
#include "payload/textcodec.h"
#include "receiveoptionsbox.h"
#include "trace/trafficlog.h"
#include "trafficentries.h"
#include "trafficfiltermodel.h"
#include "trafficmodel.h"

using Direction = TrafficEntry::Direction;
using Kind = TrafficEntry::Kind;
using DisplayMode = ReceiveOptions::Display;

namespace {

TrafficEntry makeNotice(const QString &message, quint64 connectionId = 0)
{
    return TrafficEntries::notice(message, Direction::Note, connectionId);
}

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

ReceiveOptions someOptions()
{
    ReceiveOptions options;
    options.display = DisplayMode::Both;
    options.encoding = QStringLiteral("GBK");
    options.timestamps = false;
    options.showMessages = true;
    options.framing = QStringLiteral("struct-i");
    options.autoScroll = false;
    return options;
}

} // namespace

Q_DECLARE_METATYPE(ReceiveOptions)

class TestDataView : public QObject
{
    Q_OBJECT

private slots:
    void hasTheWidgetsItPromises();
    void selectionShowsRowInDetail();
    void detailIsCappedAt64KiB();
    void detailFollowsEncoding();
    void appliesReceiveOptions();
    void autoScrollsToNewRows();
    void pauseHoldsRows();
    void evictionKeepsSelectionOnItsEntry();
    void visualizeEmitsConnectionOfCurrentRow();
    void copiesSelectedRows();
    void clearActionClearsRows();
    void retranslatesOnLanguageChange();
    void staysFastWithManyRows();

    void optionsBoxHasItsWidgets();
    void optionsRoundTrip_data();
    void optionsRoundTrip();
    void invalidFramingShowsErrorAndKeepsOptions_data();
    void invalidFramingShowsErrorAndKeepsOptions();
    void validFramingTakesEffect();
    void setOptionsWithInvalidFramingShowsError();
    void widgetsEmitOptionsChanged();
    void messagesWithoutFramingShowHint();
    void actionsEmitTheirSignals();
    void languageChangeKeepsSelection();
};

void TestDataView::hasTheWidgetsItPromises()
{
    DataView view;
    auto *table = child<QTableView>(view, "trafficTableView");
    QVERIFY(table);
    QCOMPARE(table->model(), view.filter());
    QCOMPARE(view.filter()->sourceModel(), view.model());
    QVERIFY(!table->wordWrap());
    QVERIFY(!table->verticalHeader()->isVisible());
    QVERIFY(table->horizontalHeader()->stretchLastSection());
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table->selectionMode(), QAbstractItemView::ExtendedSelection);
    auto *detail = child<QPlainTextEdit>(view, "detailTextEdit");
    QVERIFY(detail);
    QVERIFY(detail->isReadOnly());
    QVERIFY(QFontInfo(detail->font()).fixedPitch());
    for (const char *name : {"copyAction", "copyHexAction", "clearAction", "visualizeAction"}) {
        auto *action = child<QAction>(view, name);
        QVERIFY2(action, name);
        QVERIFY2(!action->text().isEmpty(), name);
    }
}

void TestDataView::selectionShowsRowInDetail()
{
    DataView view;
    view.appendBatch({TrafficEntries::data("hello world\n"), TrafficEntries::data("second")});
    QCOMPARE(view.visibleRowCount(), 2);
    auto *detail = child<QPlainTextEdit>(view, "detailTextEdit");
    QCOMPARE(detail->toPlainText(), QString());
    child<QTableView>(view, "trafficTableView")->selectRow(0);
    const QString text = detail->toPlainText();
    QVERIFY2(text.contains(HexDump::format("hello world\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("00000000  68 65 6c 6c 6f 20 77 6f  72 6c 64 0a")));
    QVERIFY(text.contains(QStringLiteral("\n\nText (UTF-8):\nhello world\\n\n\nHex:\n00000000  68 65")));
    QVERIFY(text.contains(QStringLiteral("127.0.0.1:5000")));
    QVERIFY(text.contains(QStringLiteral("RX")));
    child<QTableView>(view, "trafficTableView")->selectRow(1);
    QVERIFY(detail->toPlainText().contains(HexDump::format("second")));
    // Filtered out, the row leaves the detail pane too.
    view.filter()->setConnectionFilter({2});
    QCOMPARE(view.visibleRowCount(), 0);
    QCOMPARE(detail->toPlainText(), QString());
    view.filter()->setConnectionFilter({});
    child<QTableView>(view, "trafficTableView")->selectRow(1);
    QVERIFY(detail->toPlainText().contains(HexDump::format("second")));
    view.clear();
    QCOMPARE(detail->toPlainText(), QString());
}

void TestDataView::detailIsCappedAt64KiB()
{
    DataView view;
    view.appendBatch({TrafficEntries::data(QByteArray(70000, 'q'))});
    child<QTableView>(view, "trafficTableView")->selectRow(0);
    const QString text = child<QPlainTextEdit>(view, "detailTextEdit")->toPlainText();
    const QString more = TrafficModel::moreBytesText(70000 - 65536);
    QVERIFY(text.endsWith(QLatin1Char('\n') + more));
    QCOMPARE(text.count(more), 2);
    QVERIFY(text.contains(QString(65536, QLatin1Char('q'))));
    QVERIFY(!text.contains(QString(65537, QLatin1Char('q'))));
    QVERIFY(text.contains(QStringLiteral("0000fff0  71 71")));
    QVERIFY(!text.contains(QStringLiteral("00010000  71")));
}

void TestDataView::detailFollowsEncoding()
{
    DataView view;
    view.appendBatch({TrafficEntries::data("\xc4\xe3\xba\xc3")});
    child<QTableView>(view, "trafficTableView")->selectRow(0);
    auto *detail = child<QPlainTextEdit>(view, "detailTextEdit");
    QVERIFY(!detail->toPlainText().contains(QStringLiteral(u"你好")));
    ReceiveOptions options;
    options.encoding = QStringLiteral("GBK");
    view.applyReceiveOptions(options);
    QVERIFY(detail->toPlainText().contains(QStringLiteral(u"你好")));
}

void TestDataView::appliesReceiveOptions()
{
    DataView view;
    view.appendBatch({TrafficEntries::data("read"), TrafficEntries::data("frame", 1, Direction::In, Kind::Frame),
                      TrafficEntries::data("write", 1, Direction::Out, Kind::Write)});
    QCOMPARE(view.visibleRowCount(), 2);
    auto *table = child<QTableView>(view, "trafficTableView");
    ReceiveOptions options = someOptions();
    view.applyReceiveOptions(options);
    QCOMPARE(view.visibleRowCount(), 2);
    QCOMPARE(view.filter()->index(0, TrafficModel::ContentColumn).data().toString(),
             QStringLiteral("frame  |  66 72 61 6d 65"));
    QVERIFY(view.filter()->messageMode());
    QCOMPARE(view.model()->display(), DisplayMode::Both);
    QCOMPARE(view.model()->encoding(), QStringLiteral("GBK"));
    QVERIFY(!view.model()->showTimestamps());
    QVERIFY(table->isColumnHidden(TrafficModel::TimeColumn));
    options.showMessages = false;
    options.timestamps = true;
    view.applyReceiveOptions(options);
    QVERIFY(!table->isColumnHidden(TrafficModel::TimeColumn));
    QCOMPARE(view.filter()->index(0, TrafficModel::ContentColumn).data().toString(),
             QStringLiteral("read  |  72 65 61 64"));
}

void TestDataView::autoScrollsToNewRows()
{
    DataView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = child<QTableView>(view, "trafficTableView");
    QList<TrafficEntry> batch;
    for (int i = 0; i < 500; ++i)
        batch.append(TrafficEntries::data(QByteArray::number(i)));
    view.appendBatch(batch);
    QScrollBar *bar = table->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), 5000);

    ReceiveOptions options;
    options.autoScroll = false;
    view.applyReceiveOptions(options);
    table->scrollToTop();
    view.appendBatch(batch);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 0);
}

void TestDataView::pauseHoldsRows()
{
    DataView view;
    view.appendBatch({TrafficEntries::data("a")});
    view.setPaused(true);
    view.appendBatch({TrafficEntries::data("b"), TrafficEntries::data("c")});
    QCOMPARE(view.visibleRowCount(), 1);
    QCOMPARE(view.model()->pendingCount(), 2);
    QCOMPARE(view.model()->log().size(), 3);
    view.setPaused(false);
    QCOMPARE(view.visibleRowCount(), 3);
}

void TestDataView::evictionKeepsSelectionOnItsEntry()
{
    DataView view;
    QAbstractItemModelTester tester(view.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.model()->setMaxBytes(5 * TrafficLog::estimate(TrafficEntries::data("row 0")));
    view.appendBatch({TrafficEntries::data("row 0"), TrafficEntries::data("row 1"), TrafficEntries::data("row 2"),
                      TrafficEntries::data("row 3")});
    auto *table = child<QTableView>(view, "trafficTableView");
    auto *detail = child<QPlainTextEdit>(view, "detailTextEdit");
    table->selectRow(3);
    view.appendBatch({TrafficEntries::data("row 4"), TrafficEntries::data("row 5"), TrafficEntries::data("row 6")});
    QCOMPARE(view.visibleRowCount(), 5);
    // Rows 0 and 1 went; the selection stays on "row 3", now the second row.
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(table->currentIndex().siblingAtColumn(TrafficModel::ContentColumn).data().toString(),
             QStringLiteral("row 3"));
    QVERIFY(detail->toPlainText().contains(HexDump::format("row 3")));
    // When the selected row itself goes, the pane never shows an evicted entry.
    view.appendBatch({TrafficEntries::data("row 7"), TrafficEntries::data("row 8")});
    QVERIFY(!detail->toPlainText().contains(HexDump::format("row 3")));
    const int current = table->currentIndex().row();
    if (current >= 0) {
        const QString shown = table->currentIndex().siblingAtColumn(TrafficModel::ContentColumn).data().toString();
        QVERIFY(detail->toPlainText().contains(HexDump::format(shown.toLatin1())));
    }
}

void TestDataView::visualizeEmitsConnectionOfCurrentRow()
{
    DataView view;
    view.appendBatch({TrafficEntries::data("from seven", 7), makeNotice(QStringLiteral("listening")),
                      TrafficEntries::data("from nine", 9, Direction::Out, Kind::Write)});
    auto *table = child<QTableView>(view, "trafficTableView");
    auto *visualize = child<QAction>(view, "visualizeAction");
    QSignalSpy spy(&view, &DataView::visualizeRequested);
    QVERIFY(!visualize->isEnabled());

    table->selectRow(0);
    QVERIFY(visualize->isEnabled());
    visualize->trigger();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toULongLong(), quint64(7));

    table->selectRow(1);
    QVERIFY(!visualize->isEnabled());

    table->selectRow(2);
    QVERIFY(visualize->isEnabled());
    visualize->trigger();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.last().at(0).toULongLong(), quint64(9));
}

void TestDataView::copiesSelectedRows()
{
    DataView view;
    view.appendBatch(
        {TrafficEntries::data("hello"), makeNotice(QStringLiteral("closed")), TrafficEntries::data("a\r\nb")});
    auto *table = child<QTableView>(view, "trafficTableView");
    auto *copy = child<QAction>(view, "copyAction");
    auto *copyHex = child<QAction>(view, "copyHexAction");
    QVERIFY(!copy->isEnabled());
    table->selectAll();
    QVERIFY(copy->isEnabled());
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("hello\nclosed\na\r\nb"));
    copyHex->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("68 65 6c 6c 6f\n61 0d 0a 62"));
    table->selectRow(2);
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("a\r\nb"));
}

void TestDataView::clearActionClearsRows()
{
    DataView view;
    view.appendBatch({TrafficEntries::data("hello"), TrafficEntries::data("world")});
    QSignalSpy cleared(&view, &DataView::cleared);
    child<QAction>(view, "clearAction")->trigger();
    QCOMPARE(view.visibleRowCount(), 0);
    QCOMPARE(view.model()->log().size(), 0);
    QCOMPARE(cleared.size(), 1);
}

void TestDataView::retranslatesOnLanguageChange()
{
    DataView view;
    view.appendBatch({TrafficEntries::data("hello")});
    QSignalSpy headers(view.model(), &QAbstractItemModel::headerDataChanged);
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&view, &event);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(child<QAction>(view, "copyAction")->text(), DataView::tr("&Copy"));
}

void TestDataView::staysFastWithManyRows()
{
    // 100,000 rows on screen, then a second's worth of batches (30 of 100 rows, evicting as many).
    DataView view;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QByteArray payload("GET /index.html HTTP/1.1\r\nHost: example\r\n\r\n");
    QList<TrafficEntry> batch;
    for (int i = 0; i < 100000; ++i)
        batch.append(TrafficEntries::data(payload, quint64(i % 50 + 1)));
    QElapsedTimer timer;
    timer.start();
    view.appendBatch(batch);
    QCoreApplication::processEvents();
    const qint64 fillMs = timer.elapsed();
    QCOMPARE(view.visibleRowCount(), 100000);
    view.model()->setMaxBytes(view.model()->log().memoryEstimate());
    child<QTableView>(view, "trafficTableView")->selectRow(99990);

    batch = batch.mid(0, 100);
    qint64 slowestMs = 0;
    timer.start();
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer one;
        one.start();
        view.appendBatch(batch);
        child<QTableView>(view, "trafficTableView")->viewport()->repaint();
        QCoreApplication::processEvents();
        slowestMs = qMax(slowestMs, one.elapsed());
    }
    const qint64 batchesMs = timer.elapsed();
    QCOMPARE(view.visibleRowCount(), 100000);

    timer.start();
    ReceiveOptions options = someOptions();
    options.showMessages = false;
    view.applyReceiveOptions(options);
    child<QTableView>(view, "trafficTableView")->viewport()->repaint();
    const qint64 switchMs = timer.elapsed();

    timer.start();
    view.filter()->setConnectionFilter({3});
    QCoreApplication::processEvents();
    const qint64 filterMs = timer.elapsed();
    QCOMPARE(view.visibleRowCount(), 2000);
    qInfo("fill %lld ms, 30 batches %lld ms (slowest %lld ms), options switch %lld ms, filter %lld ms", fillMs,
          batchesMs, slowestMs, switchMs, filterMs);
}

void TestDataView::optionsBoxHasItsWidgets()
{
    ReceiveOptionsBox box;
    QCOMPARE(box.title(), QStringLiteral("Receive"));
    for (const char *name : {"displayComboBox", "encodingComboBox", "showComboBox"})
        QVERIFY2(child<QComboBox>(box, name), name);
    for (const char *name : {"timestampsCheckBox", "autoScrollCheckBox", "pauseCheckBox", "saveToFileCheckBox"})
        QVERIFY2(child<QCheckBox>(box, name), name);
    QVERIFY(child<QLineEdit>(box, "framingLineEdit"));
    QVERIFY(!child<QLineEdit>(box, "framingLineEdit")->placeholderText().isEmpty());
    QVERIFY(child<QLabel>(box, "framingErrorLabel"));
    QVERIFY(child<QPushButton>(box, "clearPushButton"));
    auto *display = child<QComboBox>(box, "displayComboBox");
    QCOMPARE(display->count(), 3);
    QCOMPARE(display->itemText(0), QStringLiteral("Text"));
    QCOMPARE(display->itemText(1), QStringLiteral("Hex"));
    QCOMPARE(display->itemText(2), QStringLiteral("Text + hex"));
    auto *encoding = child<QComboBox>(box, "encodingComboBox");
    QCOMPARE(encoding->count(), TextCodec::supportedEncodings().size());
    QCOMPARE(encoding->itemData(1).toString(), QStringLiteral("GBK"));
    QCOMPARE(encoding->itemText(1), QStringLiteral(u"GBK (简体中文)"));
    QCOMPARE(box.options(), ReceiveOptions());
}

void TestDataView::optionsRoundTrip_data()
{
    QTest::addColumn<ReceiveOptions>("options");
    QTest::newRow("defaults") << ReceiveOptions();
    QTest::newRow("everything changed") << someOptions();
    ReceiveOptions hex;
    hex.display = DisplayMode::Hex;
    hex.encoding = QStringLiteral("UTF-16LE");
    hex.framing = QStringLiteral("delim:\\r\\n");
    QTest::newRow("hex, UTF-16LE, delimiter") << hex;
    ReceiveOptions latin;
    latin.encoding = QStringLiteral("ISO-8859-1");
    latin.framing = QStringLiteral("len:2:le:incl");
    latin.timestamps = false;
    QTest::newRow("Latin-1, len") << latin;
}

void TestDataView::optionsRoundTrip()
{
    QFETCH(ReceiveOptions, options);
    ReceiveOptionsBox box;
    QSignalSpy changed(&box, &ReceiveOptionsBox::optionsChanged);
    box.setOptions(options);
    QCOMPARE(box.options(), options);
    QCOMPARE(changed.size(), options == ReceiveOptions() ? 0 : 1);
    if (!changed.isEmpty())
        QCOMPARE(changed.first().at(0).value<ReceiveOptions>(), options);
    QCOMPARE(child<QComboBox>(box, "displayComboBox")->currentData().toInt(), static_cast<int>(options.display));
    QCOMPARE(child<QComboBox>(box, "encodingComboBox")->currentData().toString(), options.encoding);
    QCOMPARE(child<QComboBox>(box, "showComboBox")->currentData().toBool(), options.showMessages);
    QCOMPARE(child<QCheckBox>(box, "timestampsCheckBox")->isChecked(), options.timestamps);
    QCOMPARE(child<QCheckBox>(box, "autoScrollCheckBox")->isChecked(), options.autoScroll);
    QCOMPARE(child<QLineEdit>(box, "framingLineEdit")->text(), options.framing);
    QVERIFY(child<QLabel>(box, "framingErrorLabel")->isHidden());

    // The same again: no signal; a spelling of the same encoding: none either.
    const qsizetype before = changed.size();
    box.setOptions(options);
    ReceiveOptions spelled = options;
    spelled.encoding = spelled.encoding.toLower();
    box.setOptions(spelled);
    QCOMPARE(changed.size(), before);
    QCOMPARE(box.options(), options);
}

void TestDataView::invalidFramingShowsErrorAndKeepsOptions_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("length size") << QStringLiteral("len:3");
    QTest::newRow("unknown name") << QStringLiteral("bogus");
    QTest::newRow("empty delimiter") << QStringLiteral("delim:");
    QTest::newRow("fixed zero") << QStringLiteral("fixed:0");
}

void TestDataView::invalidFramingShowsErrorAndKeepsOptions()
{
    QFETCH(QString, spec);
    QString expectedError;
    QVERIFY(!FramingSpecParser::parse(spec, &expectedError));
    QVERIFY(!expectedError.isEmpty());

    ReceiveOptionsBox box;
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    ReceiveOptions start;
    start.framing = QStringLiteral("line");
    box.setOptions(start);
    QSignalSpy changed(&box, &ReceiveOptionsBox::optionsChanged);
    auto *edit = child<QLineEdit>(box, "framingLineEdit");
    auto *error = child<QLabel>(box, "framingErrorLabel");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, spec);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(edit->text(), spec);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), expectedError);
    QCOMPARE(box.options(), start);
    // Typing "len:3" passes no valid spec on the way except none at all: nothing changed.
    QCOMPARE(changed.size(), 0);

    // Fixing it hides the error and takes effect.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("struct-i"));
    QVERIFY(!error->isVisible());
    QCOMPARE(box.options().framing, QStringLiteral("struct-i"));
    QCOMPARE(changed.size(), 1);
}

void TestDataView::validFramingTakesEffect()
{
    ReceiveOptionsBox box;
    QSignalSpy changed(&box, &ReceiveOptionsBox::optionsChanged);
    auto *edit = child<QLineEdit>(box, "framingLineEdit");
    QTest::keyClicks(edit, QStringLiteral("jsonhdr"));
    QCOMPARE(box.options().framing, QStringLiteral("jsonhdr"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().at(0).value<ReceiveOptions>().framing, QStringLiteral("jsonhdr"));
    QVERIFY(child<QLabel>(box, "framingErrorLabel")->isHidden());
    edit->clear();
    QTest::keyClick(edit, Qt::Key_A);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(box.options().framing, QString());
    QCOMPARE(changed.size(), 2);
}

void TestDataView::setOptionsWithInvalidFramingShowsError()
{
    ReceiveOptionsBox box;
    ReceiveOptions options;
    options.framing = QStringLiteral("len:3");
    options.display = DisplayMode::Hex;
    box.setOptions(options);
    QVERIFY(!child<QLabel>(box, "framingErrorLabel")->isHidden());
    QCOMPARE(child<QLineEdit>(box, "framingLineEdit")->text(), QStringLiteral("len:3"));
    QCOMPARE(box.options().framing, QString());
    QCOMPARE(box.options().display, DisplayMode::Hex);
}

void TestDataView::widgetsEmitOptionsChanged()
{
    ReceiveOptionsBox box;
    QSignalSpy changed(&box, &ReceiveOptionsBox::optionsChanged);
    child<QComboBox>(box, "displayComboBox")->setCurrentIndex(1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(box.options().display, DisplayMode::Hex);
    auto *encoding = child<QComboBox>(box, "encodingComboBox");
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("Big5")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(box.options().encoding, QStringLiteral("Big5"));
    child<QCheckBox>(box, "timestampsCheckBox")->click();
    QCOMPARE(changed.size(), 3);
    QVERIFY(!box.options().timestamps);
    child<QCheckBox>(box, "autoScrollCheckBox")->click();
    QCOMPARE(changed.size(), 4);
    QVERIFY(!box.options().autoScroll);
    child<QComboBox>(box, "showComboBox")->setCurrentIndex(1);
    QCOMPARE(changed.size(), 5);
    QVERIFY(box.options().showMessages);
    QCOMPARE(changed.last().at(0).value<ReceiveOptions>(), box.options());
    // Pause and save are not options.
    child<QCheckBox>(box, "pauseCheckBox")->click();
    child<QCheckBox>(box, "saveToFileCheckBox")->click();
    QCOMPARE(changed.size(), 5);
}

void TestDataView::messagesWithoutFramingShowHint()
{
    ReceiveOptionsBox box;
    auto *hint = child<QLabel>(box, "framingHintLabel");
    QVERIFY(hint);
    QVERIFY(hint->isHidden());
    auto *show = child<QComboBox>(box, "showComboBox");
    show->setCurrentIndex(show->findData(true));
    QVERIFY(!hint->isHidden());
    QVERIFY(!hint->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(box, "framingLineEdit"), QStringLiteral("line"));
    QVERIFY(hint->isHidden());
    show->setCurrentIndex(show->findData(false));
    child<QLineEdit>(box, "framingLineEdit")->clear();
    QVERIFY(hint->isHidden());
}

void TestDataView::actionsEmitTheirSignals()
{
    ReceiveOptionsBox box;
    QSignalSpy paused(&box, &ReceiveOptionsBox::pauseToggled);
    QSignalSpy save(&box, &ReceiveOptionsBox::saveToFileRequested);
    QSignalSpy clear(&box, &ReceiveOptionsBox::clearRequested);
    child<QCheckBox>(box, "pauseCheckBox")->click();
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.first().at(0).toBool(), true);
    QVERIFY(box.isPaused());
    child<QCheckBox>(box, "saveToFileCheckBox")->click();
    QCOMPARE(save.size(), 1);
    QCOMPARE(save.first().at(0).toBool(), true);
    child<QPushButton>(box, "clearPushButton")->click();
    QCOMPARE(clear.size(), 1);

    // Set by the page: no signals.
    box.setPaused(false);
    box.setSaveToFile(true, QStringLiteral("/tmp/traffic.jsonl"));
    QCOMPARE(paused.size(), 1);
    QCOMPARE(save.size(), 1);
    QVERIFY(!box.isPaused());
    QVERIFY(box.isSavingToFile());
    auto *path = child<QLabel>(box, "savePathLabel");
    QCOMPARE(path->text(), QStringLiteral("traffic.jsonl"));
    QVERIFY(!path->isHidden());
    box.setSaveToFile(false);
    QVERIFY(!box.isSavingToFile());
    QVERIFY(path->isHidden());
}

void TestDataView::languageChangeKeepsSelection()
{
    ReceiveOptionsBox box;
    box.setOptions(someOptions());
    auto *edit = child<QLineEdit>(box, "framingLineEdit");
    edit->setText(QStringLiteral("len:3"));
    QSignalSpy changed(&box, &ReceiveOptionsBox::optionsChanged);
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&box, &event);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(box.options(), someOptions());
    QCOMPARE(child<QComboBox>(box, "displayComboBox")->currentData().toInt(), static_cast<int>(DisplayMode::Both));
    QCOMPARE(child<QComboBox>(box, "displayComboBox")->count(), 3);
    QCOMPARE(child<QComboBox>(box, "encodingComboBox")->currentData().toString(), QStringLiteral("GBK"));
    QCOMPARE(child<QComboBox>(box, "showComboBox")->currentData().toBool(), true);
    // Text being typed is kept.
    QCOMPARE(edit->text(), QStringLiteral("len:3"));
}

QTEST_MAIN(TestDataView)
#include "tst_dataview.moc"

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

#include "pageoptions.h"
#include "trafficentries.h"
#include "trafficfiltermodel.h"
#include "trafficmodel.h"

using Direction = TrafficEntry::Direction;
using Kind = TrafficEntry::Kind;
using DisplayMode = ReceiveOptions::Display;

Q_DECLARE_METATYPE(DisplayMode)

namespace {

QString content(const QAbstractItemModel &model, int row)
{
    return model.index(row, TrafficModel::ContentColumn).data().toString();
}

/** Every row shows the log entry at the same index. */
bool rowsMatchLog(const TrafficModel &model)
{
    if (model.rowCount() > model.log().size())
        return false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(TrafficModel::SequenceRole).toULongLong() != model.log().at(row).sequence)
            return false;
    }
    return true;
}

/** The estimate TrafficLog makes of an entry from TrafficEntries::data() with `dataSize` bytes. */
qint64 estimateOf(qsizetype dataSize)
{
    return TrafficLog::estimate(TrafficEntries::data(QByteArray(dataSize, 'x')));
}

} // namespace

class TestTrafficModel : public QObject
{
    Q_OBJECT

private slots:
    void hasFiveTranslatedColumns();
    void insertsOneRangePerBatch_data();
    void insertsOneRangePerBatch();
    void rendersContent_data();
    void rendersContent();
    void reRendersExistingRowsOnDisplaySwitch_data();
    void reRendersExistingRowsOnDisplaySwitch();
    void cutsLongContent();
    void decodesGbk();
    void reDecodesExistingRowsOnEncodingSwitch();
    void showsSplitCharacterWhereItCompletes_data();
    void showsSplitCharacterWhereItCompletes();
    void recomputesCarriesOnEncodingSwitch();
    void decodesFramesOnTheirOwn();
    void showsTimeSizeAndDirection();
    void hidesTimesWithoutTimestamps();
    void exposesRoles();
    void colorsRowsByDirection();
    void showsNoticesAndErrors();
    void toolTipHasTextAndHex();
    void pauseKeepsCounting();
    void evictsFromTheFront();
    void evictsShownRowsWhilePaused();
    void shrinkingMaxBytesRemovesRows();
    void clearDropsRows();
    void retranslateAnnouncesHeaders();
    void filtersReadsOrMessages_data();
    void filtersReadsOrMessages();
    void filtersConnections_data();
    void filtersConnections();
    void staysFastWithManyRows();
};

void TestTrafficModel::hasFiveTranslatedColumns()
{
    TrafficModel model;
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.rowCount(), 0);
    const QStringList expected{QStringLiteral("Time"), QStringLiteral("Direction"), QStringLiteral("Peer"),
                               QStringLiteral("Size"), QStringLiteral("Content")};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TestTrafficModel::insertsOneRangePerBatch_data()
{
    QTest::addColumn<QList<int>>("batchSizes");
    QTest::newRow("one batch of one") << QList<int>{1};
    QTest::newRow("one batch of five") << QList<int>{5};
    QTest::newRow("three batches") << QList<int>{3, 1, 7};
    QTest::newRow("empty batch in between") << QList<int>{2, 0, 4};
}

void TestTrafficModel::insertsOneRangePerBatch()
{
    QFETCH(QList<int>, batchSizes);
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int expectedRows = 0;
    int expectedSignals = 0;
    for (const int size : std::as_const(batchSizes)) {
        QList<TrafficEntry> batch;
        for (int i = 0; i < size; ++i)
            batch.append(TrafficEntries::data(QByteArray::number(i)));
        model.appendBatch(batch);
        if (size > 0) {
            ++expectedSignals;
            QCOMPARE(inserted.size(), expectedSignals);
            QCOMPARE(inserted.last().at(1).toInt(), expectedRows);
            QCOMPARE(inserted.last().at(2).toInt(), expectedRows + size - 1);
        }
        expectedRows += size;
        QCOMPARE(model.rowCount(), expectedRows);
        QCOMPARE(model.log().size(), expectedRows);
    }
    QCOMPARE(inserted.size(), expectedSignals);
    QCOMPARE(model.pendingCount(), 0);
    QVERIFY(rowsMatchLog(model));
}

void TestTrafficModel::rendersContent_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<DisplayMode>("display");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hello as text") << QByteArray("hello") << DisplayMode::Text << QStringLiteral("hello");
    QTest::newRow("hello as hex") << QByteArray("hello") << DisplayMode::Hex << QStringLiteral("68 65 6c 6c 6f");
    QTest::newRow("hello as both") << QByteArray("hello") << DisplayMode::Both
                                   << QStringLiteral("hello  |  68 65 6c 6c 6f");
    QTest::newRow("CR LF tab NUL by name, DEL and ESC as hex")
        << QByteArray("a\r\nb\tc\0d\x7f\x1b", 10) << DisplayMode::Text << QStringLiteral(R"(a\r\nb\tc\0d\x7f\x1b)");
    QTest::newRow("backslash doubled") << QByteArray(R"(C:\dir\n)") << DisplayMode::Text
                                       << QStringLiteral(R"(C:\\dir\\n)");
    QTest::newRow("request line") << QByteArray("GET / HTTP/1.1\r\n") << DisplayMode::Both
                                  << QStringLiteral(
                                         R"(GET / HTTP/1.1\r\n  |  47 45 54 20 2f 20 48 54 54 50 2f 31 2e 31 0d 0a)");
    QTest::newRow("C1 control and line separator escaped")
        << QByteArray("x\xc2\x85y\xe2\x80\xa8z") << DisplayMode::Text << QStringLiteral(u"x\\u0085y\\u2028z");
    QTest::newRow("high bytes in hex") << QByteArray("\x00\xff\x10", 3) << DisplayMode::Hex
                                       << QStringLiteral("00 ff 10");
    QTest::newRow("invalid UTF-8") << QByteArray("a\xff"
                                                 "b")
                                   << DisplayMode::Text << QStringLiteral(u"a\uFFFDb");
    QTest::newRow("empty read") << QByteArray() << DisplayMode::Both << QStringLiteral("  |  ");
}

void TestTrafficModel::rendersContent()
{
    QFETCH(QByteArray, data);
    QFETCH(DisplayMode, display);
    QFETCH(QString, expected);
    TrafficModel model;
    model.setDisplay(display);
    model.appendBatch({TrafficEntries::data(data)});
    QCOMPARE(content(model, 0), expected);
}

void TestTrafficModel::reRendersExistingRowsOnDisplaySwitch_data()
{
    QTest::addColumn<DisplayMode>("display");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("text") << DisplayMode::Text << QStringLiteral("hello") << QStringLiteral("ok");
    QTest::newRow("hex") << DisplayMode::Hex << QStringLiteral("68 65 6c 6c 6f") << QStringLiteral("6f 6b");
    QTest::newRow("both") << DisplayMode::Both << QStringLiteral("hello  |  68 65 6c 6c 6f")
                          << QStringLiteral("ok  |  6f 6b");
}

void TestTrafficModel::reRendersExistingRowsOnDisplaySwitch()
{
    QFETCH(DisplayMode, display);
    QFETCH(QString, first);
    QFETCH(QString, second);
    TrafficModel model;
    const DisplayMode other = display == DisplayMode::Text ? DisplayMode::Hex : DisplayMode::Text;
    model.setDisplay(other);
    model.appendBatch({TrafficEntries::data("hello"), TrafficEntries::data("ok", 2, Direction::Out, Kind::Write)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDisplay(display);
    QCOMPARE(model.display(), display);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, TrafficModel::ContentColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, TrafficModel::ContentColumn));
    QCOMPARE(content(model, 0), first);
    QCOMPARE(content(model, 1), second);
    model.setDisplay(display);
    QCOMPARE(changed.size(), 1);
}

void TestTrafficModel::cutsLongContent()
{
    TrafficModel model;
    model.appendBatch({TrafficEntries::data(QByteArray(300, 'a')), TrafficEntries::data(QByteArray(256, 'b'))});
    QCOMPARE(content(model, 0), QString(256, QLatin1Char('a')) + QChar(0x2026));
    QCOMPARE(content(model, 1), QString(256, QLatin1Char('b')));
    model.setDisplay(DisplayMode::Hex);
    QStringList pairs;
    for (int i = 0; i < 256; ++i)
        pairs << QStringLiteral("61");
    QCOMPARE(content(model, 0), pairs.join(QLatin1Char(' ')) + QLatin1Char(' ') + QChar(0x2026));
    QCOMPARE(model.index(0, TrafficModel::SizeColumn).data().toLongLong(), 300);
}

void TestTrafficModel::decodesGbk()
{
    TrafficModel model;
    model.setEncoding(QStringLiteral("gbk"));
    QCOMPARE(model.encoding(), QStringLiteral("GBK"));
    model.appendBatch({TrafficEntries::data(QByteArray("\xc4\xe3\xba\xc3"))});
    QCOMPARE(content(model, 0), QStringLiteral(u"你好"));
    model.setDisplay(DisplayMode::Both);
    QCOMPARE(content(model, 0), QStringLiteral(u"你好  |  c4 e3 ba c3"));
}

void TestTrafficModel::reDecodesExistingRowsOnEncodingSwitch()
{
    TrafficModel model;
    model.appendBatch({TrafficEntries::data(QByteArray("\xc4\xe3\xba\xc3")), TrafficEntries::data("plain")});
    QVERIFY(content(model, 0).contains(QChar::ReplacementCharacter));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setEncoding(QStringLiteral("GBK"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, TrafficModel::ContentColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, TrafficModel::ContentColumn));
    QCOMPARE(content(model, 0), QStringLiteral(u"你好"));
    QCOMPARE(content(model, 1), QStringLiteral("plain"));
    model.setEncoding(QStringLiteral("no-such-encoding"));
    QCOMPARE(model.encoding(), QStringLiteral("UTF-8"));
}

void TestTrafficModel::showsSplitCharacterWhereItCompletes_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QList<TrafficEntry>>("entries");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("UTF-8 你 split 2+1") << QStringLiteral("UTF-8")
                                        << QList<TrafficEntry>{TrafficEntries::data("a\xe4\xbd"),
                                                               TrafficEntries::data("\xa0"
                                                                                    "b")}
                                        << QStringList{QStringLiteral("a"), QStringLiteral(u"你b")};
    QTest::newRow("UTF-8 你 split 1+1+1")
        << QStringLiteral("UTF-8")
        << QList<TrafficEntry>{TrafficEntries::data("\xe4"), TrafficEntries::data("\xbd"),
                               TrafficEntries::data("\xa0!")}
        << QStringList{QString(), QString(), QStringLiteral(u"你!")};
    QTest::newRow("UTF-8 other streams in between")
        << QStringLiteral("UTF-8")
        << QList<TrafficEntry>{TrafficEntries::data("x\xe4"), TrafficEntries::data("y", 2),
                               TrafficEntries::data("z", 1, Direction::Out, Kind::Write),
                               TrafficEntries::data("\xbd\xa0")}
        << QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"), QStringLiteral(u"你")};
    QTest::newRow("UTF-8 writes split too")
        << QStringLiteral("UTF-8")
        << QList<TrafficEntry>{TrafficEntries::data("\xe4\xbd", 3, Direction::Out, Kind::Write),
                               TrafficEntries::data("\xa0", 3, Direction::Out, Kind::Write)}
        << QStringList{QString(), QStringLiteral(u"你")};
    QTest::newRow("UTF-8 never completed")
        << QStringLiteral("UTF-8") << QList<TrafficEntry>{TrafficEntries::data("a\xe4\xbd"), TrafficEntries::data("b")}
        << QStringList{QStringLiteral("a"), QStringLiteral(u"\uFFFD\uFFFDb")};
    QTest::newRow("GBK 你 split 1+1") << QStringLiteral("GBK")
                                      << QList<TrafficEntry>{TrafficEntries::data("\xc4"),
                                                             TrafficEntries::data("\xe3\xba\xc3")}
                                      << QStringList{QString(), QStringLiteral(u"你好")};
    QTest::newRow("UTF-16LE odd byte") << QStringLiteral("UTF-16LE")
                                       << QList<TrafficEntry>{TrafficEntries::data(QByteArray("a\0b", 3)),
                                                              TrafficEntries::data(QByteArray("\0", 1))}
                                       << QStringList{QStringLiteral("a"), QStringLiteral("b")};
}

void TestTrafficModel::showsSplitCharacterWhereItCompletes()
{
    QFETCH(QString, encoding);
    QFETCH(QList<TrafficEntry>, entries);
    QFETCH(QStringList, expected);
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEncoding(encoding);
    // One entry per batch, as reads arrive, and all in one batch: the same rows.
    TrafficModel oneBatch;
    oneBatch.setEncoding(encoding);
    oneBatch.appendBatch(entries);
    for (const TrafficEntry &entry : std::as_const(entries))
        model.appendBatch({entry});
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(content(model, row), expected.at(row));
        QCOMPARE(content(oneBatch, row), expected.at(row));
    }
}

void TestTrafficModel::recomputesCarriesOnEncodingSwitch()
{
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEncoding(QStringLiteral("GBK"));
    // "你" in UTF-8 split over two reads, received while GBK was chosen.
    model.appendBatch({TrafficEntries::data("a\xe4"),
                       TrafficEntries::data("\xbd\xa0"
                                            "b")});
    model.setEncoding(QStringLiteral("UTF-8"));
    QCOMPARE(content(model, 0), QStringLiteral("a"));
    QCOMPARE(content(model, 1), QStringLiteral(u"你b"));
    QCOMPARE(model.decodedText(1), QStringLiteral(u"你b"));
    // And the stream goes on from where the log ends.
    model.appendBatch({TrafficEntries::data("\xe5\xa5"), TrafficEntries::data("\xbd")});
    QCOMPARE(content(model, 2), QString());
    QCOMPARE(content(model, 3), QStringLiteral(u"好"));
}

void TestTrafficModel::decodesFramesOnTheirOwn()
{
    TrafficModel model;
    model.appendBatch({TrafficEntries::data("\xe4\xbd", 1, Direction::In, Kind::Frame),
                       TrafficEntries::data("\xa0", 1, Direction::In, Kind::Frame),
                       TrafficEntries::data("\xe4\xbd", 1, Direction::In, Kind::Datagram)});
    QCOMPARE(content(model, 0), QStringLiteral(u"\uFFFD\uFFFD"));
    QCOMPARE(content(model, 1), QStringLiteral(u"\uFFFD"));
    QCOMPARE(content(model, 2), QStringLiteral(u"\uFFFD\uFFFD"));
}

void TestTrafficModel::showsTimeSizeAndDirection()
{
    TrafficModel model;
    TrafficEntry out = TrafficEntries::data("hello", 1, Direction::Out, Kind::Write);
    model.appendBatch({TrafficEntries::data("hi"), out, TrafficEntries::notice(QStringLiteral("Connected")),
                       TrafficEntries::notice(QStringLiteral("Refused"), Direction::Error, 1)});
    const QString time = QDateTime::fromMSecsSinceEpoch(1700000000123).toString(QStringLiteral("HH:mm:ss.zzz"));
    QCOMPARE(model.index(0, TrafficModel::TimeColumn).data().toString(), time);
    QVERIFY(time.endsWith(QLatin1String(".123")));
    const QStringList directions{QStringLiteral("RX"), QStringLiteral("TX"), QStringLiteral("Note"),
                                 QStringLiteral("Error")};
    for (int row = 0; row < 4; ++row)
        QCOMPARE(model.index(row, TrafficModel::DirectionColumn).data().toString(), directions.at(row));
    QCOMPARE(model.index(0, TrafficModel::SizeColumn).data().toLongLong(), 2);
    QCOMPARE(model.index(1, TrafficModel::SizeColumn).data().toLongLong(), 5);
    QVERIFY(!model.index(2, TrafficModel::SizeColumn).data().isValid());
    QCOMPARE(model.index(0, TrafficModel::PeerColumn).data().toString(), QStringLiteral("127.0.0.1:5000"));
    QCOMPARE(model.index(0, TrafficModel::SizeColumn).data(Qt::TextAlignmentRole).toInt(),
             static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
}

void TestTrafficModel::hidesTimesWithoutTimestamps()
{
    TrafficModel model;
    model.appendBatch({TrafficEntries::data("a"), TrafficEntries::data("b")});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setShowTimestamps(false);
    QVERIFY(!model.showTimestamps());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, TrafficModel::TimeColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, TrafficModel::TimeColumn));
    QCOMPARE(model.index(0, TrafficModel::TimeColumn).data().toString(), QString());
    model.setShowTimestamps(true);
    QCOMPARE(model.index(1, TrafficModel::TimeColumn).data().toString().size(), 12);
}

void TestTrafficModel::exposesRoles()
{
    TrafficModel model;
    model.appendBatch(
        {TrafficEntries::data("a", 42, Direction::Out, Kind::Write), TrafficEntries::notice(QStringLiteral("n"))});
    const QModelIndex first = model.index(0, TrafficModel::PeerColumn);
    QCOMPARE(first.data(TrafficModel::ConnectionIdRole).toULongLong(), quint64(42));
    QCOMPARE(first.data(TrafficModel::KindRole).toInt(), static_cast<int>(Kind::Write));
    QCOMPARE(first.data(TrafficModel::DirectionRole).toInt(), static_cast<int>(Direction::Out));
    QCOMPARE(first.data(TrafficModel::SequenceRole).toULongLong(), quint64(1));
    QCOMPARE(model.index(1, 0).data(TrafficModel::SequenceRole).toULongLong(), quint64(2));
    QCOMPARE(model.index(1, 0).data(TrafficModel::KindRole).toInt(), static_cast<int>(Kind::Event));
    QCOMPARE(model.entry(0).data, QByteArray("a"));
    QCOMPARE(int(TrafficModel::ConnectionIdRole), int(Qt::UserRole) + 1);
}

void TestTrafficModel::colorsRowsByDirection()
{
    TrafficModel model;
    model.appendBatch({TrafficEntries::data("in"), TrafficEntries::data("out", 1, Direction::Out, Kind::Write),
                       TrafficEntries::notice(QStringLiteral("note")),
                       TrafficEntries::notice(QStringLiteral("bad"), Direction::Error)});
    const QColor in = model.index(0, TrafficModel::ContentColumn).data(Qt::ForegroundRole).value<QColor>();
    const QColor out = model.index(1, TrafficModel::ContentColumn).data(Qt::ForegroundRole).value<QColor>();
    const QColor error = model.index(3, TrafficModel::ContentColumn).data(Qt::ForegroundRole).value<QColor>();
    QCOMPARE(in, TrafficModel::directionColor(Direction::In));
    QCOMPARE(out, TrafficModel::directionColor(Direction::Out));
    QCOMPARE(error, TrafficModel::directionColor(Direction::Error));
    QCOMPARE(error, QColor(0xe0, 0x1b, 0x24));
    QVERIFY(in != out);
    // Red: the red channel dominates and the hue is within 10 degrees of pure red.
    QVERIFY(error.red() > 2 * error.green() && error.red() > 2 * error.blue());
    QVERIFY(error.hslHue() <= 10 || error.hslHue() >= 350);
    // Every column of the error row is red.
    QCOMPARE(model.index(3, TrafficModel::DirectionColumn).data(Qt::ForegroundRole).value<QColor>(), error);
}

void TestTrafficModel::showsNoticesAndErrors()
{
    TrafficModel model;
    model.setDisplay(DisplayMode::Hex);
    model.appendBatch(
        {TrafficEntries::notice(QStringLiteral("Connected to 127.0.0.1:5000")),
         TrafficEntries::notice(QStringLiteral("Connection refused: start the server first"), Direction::Error)});
    QCOMPARE(content(model, 0), QStringLiteral("Connected to 127.0.0.1:5000"));
    QCOMPARE(content(model, 1), QStringLiteral("Connection refused: start the server first"));
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString().isEmpty(), false);
    QCOMPARE(model.index(1, TrafficModel::ContentColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Connection refused: start the server first"));
}

void TestTrafficModel::toolTipHasTextAndHex()
{
    TrafficModel model;
    model.appendBatch({TrafficEntries::data("hi\n<b>x</b>"), TrafficEntries::data(QByteArray(5000, 'z'))});
    const auto firstLine = [](int size) {
        return QCoreApplication::translate("TrafficModel", "%1, %n byte(s)", nullptr, size).arg(QStringLiteral("Read"));
    };
    const QString tip = model.index(0, TrafficModel::ContentColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip, firstLine(11) + QStringLiteral("\n\nhi\\n\n<b>x</b>\n\n68 69 0a 3c 62 3e 78 3c 2f 62 3e"));
    QVERIFY(firstLine(11).startsWith(QLatin1String("Read, 11 byte")));
    // Received markup is never rendered: the first line has none.
    QVERIFY(!Qt::mightBeRichText(tip));
    const QString longTip = model.index(1, TrafficModel::ContentColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(longTip.startsWith(firstLine(5000) + QStringLiteral("\n\n") + QString(4096, QLatin1Char('z')) +
                               QStringLiteral("\n\n7a 7a")));
    QVERIFY(longTip.endsWith(QLatin1Char('\n') + TrafficModel::moreBytesText(904)));
    QVERIFY(TrafficModel::moreBytesText(904).contains(QLatin1String("904 more byte")));
    QCOMPARE(longTip.count(QStringLiteral("7a")), 4096);
    // 32 bytes per hex line: 128 lines.
    QCOMPARE(longTip.count(QLatin1Char('\n')), 2 + 2 + 127 + 1);
}

void TestTrafficModel::pauseKeepsCounting()
{
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch({TrafficEntries::data("a"), TrafficEntries::data("b")});
    model.setPaused(true);
    QVERIFY(model.isPaused());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendBatch({TrafficEntries::data("c"), TrafficEntries::data("d")});
    model.appendBatch({TrafficEntries::data("e")});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.log().size(), 5);
    QCOMPARE(model.pendingCount(), 3);
    model.setPaused(false);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(inserted.first().at(2).toInt(), 4);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(content(model, 4), QStringLiteral("e"));
    QVERIFY(rowsMatchLog(model));
    model.setPaused(false);
    QCOMPARE(inserted.size(), 1);
}

void TestTrafficModel::evictsFromTheFront()
{
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 each = estimateOf(36);
    model.setMaxBytes(5 * each);
    QCOMPARE(model.log().maxBytes(), 5 * each);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    int rowCountWhenAboutToRemove = -1;
    qsizetype logSizeWhenAboutToRemove = -1;
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&] {
        rowCountWhenAboutToRemove = model.rowCount();
        logSizeWhenAboutToRemove = model.log().size();
    });
    QList<TrafficEntry> batch;
    for (int i = 0; i < 4; ++i)
        batch.append(TrafficEntries::data(QByteArray(36, char('a' + i))));
    model.appendBatch(batch);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(removed.size(), 0);

    batch.clear();
    for (int i = 4; i < 7; ++i)
        batch.append(TrafficEntries::data(QByteArray(36, char('a' + i))));
    model.appendBatch(batch);
    QCOMPARE(model.log().size(), 5);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 1);
    // The removal is announced while the rows are still there.
    QCOMPARE(rowCountWhenAboutToRemove, 4);
    QCOMPARE(logSizeWhenAboutToRemove, 4);
    QCOMPARE(model.log().evictedCount(), quint64(2));
    QCOMPARE(content(model, 0), QString(36, QLatin1Char('c')));
    QCOMPARE(model.index(0, 0).data(TrafficModel::SequenceRole).toULongLong(), quint64(3));
    QVERIFY(rowsMatchLog(model));

    // An entry larger than the whole budget evicts everything, itself included.
    model.appendBatch({TrafficEntries::data(QByteArray(6 * each, 'x'))});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.log().size(), 0);
    QCOMPARE(aboutToRemove.size(), 2);
    QCOMPARE(removed.last().at(2).toInt(), 4);
}

void TestTrafficModel::evictsShownRowsWhilePaused()
{
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 each = estimateOf(10);
    model.setMaxBytes(3 * each);
    model.appendBatch({TrafficEntries::data(QByteArray(10, 'a')), TrafficEntries::data(QByteArray(10, 'b'))});
    model.setPaused(true);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.appendBatch({TrafficEntries::data(QByteArray(10, 'c')), TrafficEntries::data(QByteArray(10, 'd'))});
    // Log: b c d; row "a" is gone, row "b" stays, c and d wait.
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.pendingCount(), 2);
    QCOMPARE(content(model, 0), QString(10, QLatin1Char('b')));
    model.appendBatch({TrafficEntries::data(QByteArray(10, 'e')), TrafficEntries::data(QByteArray(10, 'f')),
                       TrafficEntries::data(QByteArray(10, 'g'))});
    // Log: e f g; nothing shown any more, the pending c and d were evicted unseen.
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 3);
    QCOMPARE(model.log().size(), 3);
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(content(model, 0), QString(10, QLatin1Char('e')));
    QVERIFY(rowsMatchLog(model));
}

void TestTrafficModel::shrinkingMaxBytesRemovesRows()
{
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<TrafficEntry> batch;
    for (int i = 0; i < 10; ++i)
        batch.append(TrafficEntries::data(QByteArray(20, char('0' + i))));
    model.appendBatch(batch);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setMaxBytes(4 * estimateOf(20));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(2).toInt(), 5);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.log().size(), 4);
    QCOMPARE(content(model, 0), QString(20, QLatin1Char('6')));
    QVERIFY(rowsMatchLog(model));
}

void TestTrafficModel::clearDropsRows()
{
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch({TrafficEntries::data("a"), TrafficEntries::data("b")});
    model.setPaused(true);
    model.appendBatch({TrafficEntries::data("c")});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.log().size(), 0);
    model.setPaused(false);
    model.appendBatch({TrafficEntries::data("d")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(TrafficModel::SequenceRole).toULongLong(), quint64(4));
}

void TestTrafficModel::retranslateAnnouncesHeaders()
{
    TrafficModel model;
    model.appendBatch({TrafficEntries::data("a")});
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.first().at(1).toInt(), 0);
    QCOMPARE(headers.first().at(2).toInt(), TrafficModel::ColumnCount - 1);
    QCOMPARE(changed.size(), 1);
}

void TestTrafficModel::filtersReadsOrMessages_data()
{
    QTest::addColumn<bool>("messages");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("reads") << false
                           << QStringList{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("datagram"),
                                          QStringLiteral("event")};
    QTest::newRow("messages") << true
                              << QStringList{QStringLiteral("frame"), QStringLiteral("write"),
                                             QStringLiteral("datagram"), QStringLiteral("event")};
}

void TestTrafficModel::filtersReadsOrMessages()
{
    QFETCH(bool, messages);
    QFETCH(QStringList, expected);
    TrafficModel model;
    TrafficFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setMessageMode(!messages);
    model.appendBatch({TrafficEntries::data("read"), TrafficEntries::data("frame", 1, Direction::In, Kind::Frame),
                       TrafficEntries::data("write", 1, Direction::Out, Kind::Write),
                       TrafficEntries::data("datagram", 0, Direction::In, Kind::Datagram),
                       TrafficEntries::notice(QStringLiteral("event"))});
    filter.setMessageMode(messages);
    QCOMPARE(filter.messageMode(), messages);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown << content(filter, row);
    QCOMPARE(shown, expected);
    // Rows that arrive later are filtered too.
    model.appendBatch({TrafficEntries::data("read 2"), TrafficEntries::data("frame 2", 1, Direction::In, Kind::Frame)});
    QCOMPARE(filter.rowCount(), expected.size() + 1);
    QCOMPARE(content(filter, filter.rowCount() - 1), messages ? QStringLiteral("frame 2") : QStringLiteral("read 2"));
}

void TestTrafficModel::filtersConnections_data()
{
    QTest::addColumn<QList<quint64>>("ids");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                          QStringLiteral("server event"), QStringLiteral("two closed")};
    QTest::newRow("all") << QList<quint64>{} << all;
    QTest::newRow("two") << QList<quint64>{2}
                         << QStringList{QStringLiteral("two"), QStringLiteral("server event"),
                                        QStringLiteral("two closed")};
    QTest::newRow("one and three") << QList<quint64>{1, 3}
                                   << QStringList{QStringLiteral("one"), QStringLiteral("three"),
                                                  QStringLiteral("server event")};
    QTest::newRow("unknown") << QList<quint64>{99} << QStringList{QStringLiteral("server event")};
}

void TestTrafficModel::filtersConnections()
{
    QFETCH(QList<quint64>, ids);
    QFETCH(QStringList, expected);
    TrafficModel model;
    TrafficFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch({TrafficEntries::data("one", 1), TrafficEntries::data("two", 2, Direction::Out, Kind::Write),
                       TrafficEntries::data("three", 3), TrafficEntries::notice(QStringLiteral("server event")),
                       TrafficEntries::notice(QStringLiteral("two closed"), Direction::Note, 2)});
    const QSet<quint64> set(ids.cbegin(), ids.cend());
    filter.setConnectionFilter(set);
    QCOMPARE(filter.connectionFilter(), set);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown << content(filter, row);
    QCOMPARE(shown, expected);
    filter.setConnectionFilter({});
    QCOMPARE(filter.rowCount(), 5);
}

void TestTrafficModel::staysFastWithManyRows()
{
    // 100,000 rows, then a second's worth of batches (30) that each add 100 rows and evict as many.
    TrafficModel model;
    TrafficFilterModel filter;
    filter.setSourceModel(&model);
    const QByteArray payload("GET /index.html HTTP/1.1\r\nHost: example\r\n\r\n");
    QList<TrafficEntry> batch;
    for (int i = 0; i < 100000; ++i)
        batch.append(TrafficEntries::data(payload, quint64(i % 50 + 1)));
    QElapsedTimer timer;
    timer.start();
    model.appendBatch(batch);
    const qint64 fillMs = timer.elapsed();
    QCOMPARE(filter.rowCount(), 100000);
    model.setMaxBytes(model.log().memoryEstimate());

    batch = batch.mid(0, 100);
    qint64 slowestMs = 0;
    timer.start();
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer one;
        one.start();
        model.appendBatch(batch);
        for (int row = filter.rowCount() - 40; row < filter.rowCount(); ++row)
            QVERIFY(!content(filter, row).isEmpty());
        slowestMs = qMax(slowestMs, one.elapsed());
    }
    const qint64 batchesMs = timer.elapsed();
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(filter.rowCount(), 100000);

    timer.start();
    model.setEncoding(QStringLiteral("GBK"));
    model.setDisplay(DisplayMode::Both);
    QVERIFY(!content(filter, 99999).isEmpty());
    const qint64 switchMs = timer.elapsed();
    qInfo("fill %lld ms, 30 batches %lld ms (slowest %lld ms), encoding switch %lld ms", fillMs, batchesMs, slowestMs,
          switchMs);
}

QTEST_MAIN(TestTrafficModel)
#include "tst_trafficmodel.moc"

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include "byteformat.h"
#include "clienttablemodel.h"

namespace {

const QDateTime sinceTime = QDateTime(QDate(2024, 5, 17), QTime(14, 3, 9));

PeerTraffic traffic(quint64 id, qint64 bytesIn, qint64 bytesOut)
{
    PeerTraffic peer;
    peer.id = id;
    peer.traffic.bytesIn = bytesIn;
    peer.traffic.bytesOut = bytesOut;
    return peer;
}

QString cell(const ClientTableModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QString peerOf(quint64 id)
{
    return QStringLiteral("127.0.0.1:%1").arg(50000 + id);
}

/** Adds clients 1..count. */
void addClients(ClientTableModel &model, quint64 count)
{
    for (quint64 id = 1; id <= count; ++id)
        model.addClient(id, peerOf(id), sinceTime);
}

QList<quint64> idsOf(const ClientTableModel &model)
{
    QList<quint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

} // namespace

class TestClientTable : public QObject
{
    Q_OBJECT

private slots:
    void headers();
    void addShowsColumns();
    void markClosed_data();
    void markClosed();
    void markClosedIgnoresUnknownAndTwice();
    void closedRowsAreGrey();
    void updateTrafficOneSignalPerRun();
    void updateTrafficSkipsUnchangedAndUnknown();
    void removeClosed();
    void closedRowsAreCapped();
    void capNeverDropsOpenRows();
    void reAddReopens();
    void clear();
    void retranslateKeepsRows();
    void outOfRange();
};

void TestClientTable::headers()
{
    ClientTableModel model;
    QCOMPARE(model.columnCount(), 5);
    const QStringList expected = {QStringLiteral("Client"), QStringLiteral("Since"), QStringLiteral("RX"),
                                  QStringLiteral("TX"), QStringLiteral("State")};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TestClientTable::addShowsColumns()
{
    ClientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addClient(3, QStringLiteral("127.0.0.1:50123"), sinceTime);
    model.addClient(7, QStringLiteral("[::1]:40000"), sinceTime.addSecs(61));

    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, ClientTableModel::ClientColumn), QStringLiteral("#3  127.0.0.1:50123"));
    QCOMPARE(cell(model, 0, ClientTableModel::SinceColumn), QStringLiteral("14:03:09"));
    QCOMPARE(cell(model, 0, ClientTableModel::ReceivedColumn), ByteFormat::size(0));
    QCOMPARE(cell(model, 0, ClientTableModel::SentColumn), ByteFormat::size(0));
    QCOMPARE(cell(model, 0, ClientTableModel::StateColumn), QStringLiteral("Connected"));
    QCOMPARE(cell(model, 1, ClientTableModel::ClientColumn), QStringLiteral("#7  [::1]:40000"));
    QCOMPARE(cell(model, 1, ClientTableModel::SinceColumn), QStringLiteral("14:04:10"));
    QCOMPARE(model.data(model.index(1, ClientTableModel::StateColumn), ClientTableModel::IdRole).toULongLong(), 7u);

    QCOMPARE(model.idAt(0), 3u);
    QCOMPARE(model.idAt(1), 7u);
    QCOMPARE(model.rowOf(3), 0);
    QCOMPARE(model.rowOf(7), 1);
    QCOMPARE(model.rowOf(4), -1);
    QCOMPARE(model.openCount(), 2);
    QVERIFY(model.isOpen(0));
    QVERIFY(model.isOpen(1));
}

void TestClientTable::markClosed_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("shown");
    QTest::newRow("orderly") << QString() << QStringLiteral("Closed");
    QTest::newRow("reason") << QStringLiteral("Connection reset by peer") << QStringLiteral("Connection reset by peer");
}

void TestClientTable::markClosed()
{
    QFETCH(QString, reason);
    QFETCH(QString, shown);
    ClientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addClients(model, 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markClosed(2, reason);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(cell(model, 1, ClientTableModel::StateColumn), shown);
    QCOMPARE(cell(model, 0, ClientTableModel::StateColumn), QStringLiteral("Connected"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.openCount(), 1);
    QVERIFY(model.isOpen(0));
    QVERIFY(!model.isOpen(1));
}

void TestClientTable::markClosedIgnoresUnknownAndTwice()
{
    ClientTableModel model;
    addClients(model, 1);
    model.markClosed(1, QStringLiteral("first"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markClosed(1, QStringLiteral("second"));
    model.markClosed(99, QString());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(cell(model, 0, ClientTableModel::StateColumn), QStringLiteral("first"));
    QCOMPARE(model.closedCount(), 1);
    QCOMPARE(model.openCount(), 0);
}

void TestClientTable::closedRowsAreGrey()
{
    ClientTableModel model;
    addClients(model, 2);
    model.markClosed(1, QString());
    for (int column = 0; column < model.columnCount(); ++column) {
        const QVariant closed = model.data(model.index(0, column), Qt::ForegroundRole);
        QVERIFY(closed.canConvert<QBrush>());
        QCOMPARE(closed.value<QBrush>().color(), QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(!model.data(model.index(1, column), Qt::ForegroundRole).isValid());
    }
}

void TestClientTable::updateTrafficOneSignalPerRun()
{
    ClientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addClients(model, 6);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Rows 1, 2, 3 and 5 change (given out of order); ids 1 and 5 are not listed.
    model.updateTraffic({traffic(4, 10, 20), traffic(2, 1, 0), traffic(6, 5000, 3), traffic(3, 0, 2048)});

    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, ClientTableModel::ReceivedColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(3, ClientTableModel::SentColumn));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(5, ClientTableModel::ReceivedColumn));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), model.index(5, ClientTableModel::SentColumn));

    QCOMPARE(cell(model, 3, ClientTableModel::ReceivedColumn), ByteFormat::size(10));
    QCOMPARE(cell(model, 3, ClientTableModel::SentColumn), ByteFormat::size(20));
    QCOMPARE(cell(model, 2, ClientTableModel::SentColumn), ByteFormat::size(2048));
    QCOMPARE(cell(model, 5, ClientTableModel::ReceivedColumn), ByteFormat::size(5000));
    QCOMPARE(cell(model, 5, ClientTableModel::ReceivedColumn, Qt::ToolTipRole), QLocale().toString(5000));
    QCOMPARE(cell(model, 0, ClientTableModel::ReceivedColumn), ByteFormat::size(0));
    QCOMPARE(cell(model, 4, ClientTableModel::SentColumn), ByteFormat::size(0));
}

void TestClientTable::updateTrafficSkipsUnchangedAndUnknown()
{
    ClientTableModel model;
    addClients(model, 3);
    model.updateTraffic({traffic(2, 100, 200)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateTraffic({traffic(2, 100, 200), traffic(42, 1, 1)});
    QCOMPARE(changed.count(), 0);

    // A closed connection's final counters still land.
    model.markClosed(3, QString());
    changed.clear();
    model.updateTraffic({traffic(3, 7, 8)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, 2, ClientTableModel::ReceivedColumn), ByteFormat::size(7));
}

void TestClientTable::removeClosed()
{
    ClientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addClients(model, 7);
    for (quint64 id : {1, 3, 4, 7})
        model.markClosed(id, QString());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeClosed();

    QCOMPARE(removed.count(), 3); // runs: row 6, rows 2-3, row 0
    QCOMPARE(idsOf(model), (QList<quint64>{2, 5, 6}));
    QCOMPARE(model.openCount(), 3);
    QCOMPARE(model.closedCount(), 0);
    QCOMPARE(model.rowOf(2), 0);
    QCOMPARE(model.rowOf(5), 1);
    QCOMPARE(model.rowOf(6), 2);
    QCOMPARE(model.rowOf(1), -1);
    QCOMPARE(model.rowOf(7), -1);

    removed.clear();
    model.removeClosed();
    QCOMPARE(removed.count(), 0);

    // Ids still resolve after the removal: closing and updating hit the right rows.
    model.markClosed(5, QStringLiteral("gone"));
    QCOMPARE(cell(model, 1, ClientTableModel::StateColumn), QStringLiteral("gone"));
    model.updateTraffic({traffic(6, 9, 0)});
    QCOMPARE(cell(model, 2, ClientTableModel::ReceivedColumn), ByteFormat::size(9));
}

void TestClientTable::closedRowsAreCapped()
{
    ClientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int total = ClientTableModel::MaxClosedRows + 50;
    addClients(model, total);
    // Closed in reverse order: the oldest closed is the highest id.
    for (int id = total; id >= 1; --id)
        model.markClosed(static_cast<quint64>(id), QString());

    QCOMPARE(model.rowCount(), ClientTableModel::MaxClosedRows);
    QCOMPARE(model.closedCount(), ClientTableModel::MaxClosedRows);
    QCOMPARE(model.openCount(), 0);
    QCOMPARE(model.idAt(0), 1u);
    QCOMPARE(model.idAt(ClientTableModel::MaxClosedRows - 1), static_cast<quint64>(ClientTableModel::MaxClosedRows));
    QCOMPARE(model.rowOf(static_cast<quint64>(ClientTableModel::MaxClosedRows + 1)), -1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.idAt(row)), row);
}

void TestClientTable::capNeverDropsOpenRows()
{
    ClientTableModel model;
    model.addClient(1, peerOf(1), sinceTime); // stays open throughout
    // Thousands of short connections.
    for (quint64 id = 2; id < 3002; ++id) {
        model.addClient(id, peerOf(id), sinceTime);
        model.markClosed(id, QString());
    }
    QCOMPARE(model.rowCount(), ClientTableModel::MaxClosedRows + 1);
    QCOMPARE(model.openCount(), 1);
    QCOMPARE(model.idAt(0), 1u);
    QVERIFY(model.isOpen(0));
    QCOMPARE(model.idAt(1), 3001u - ClientTableModel::MaxClosedRows + 1);
    QCOMPARE(model.idAt(ClientTableModel::MaxClosedRows), 3001u);
}

void TestClientTable::reAddReopens()
{
    ClientTableModel model;
    addClients(model, 2);
    model.updateTraffic({traffic(1, 50, 60)});
    model.markClosed(1, QString());
    model.addClient(1, QStringLiteral("10.0.0.1:1"), sinceTime);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.closedCount(), 0);
    QVERIFY(model.isOpen(0));
    QCOMPARE(cell(model, 0, ClientTableModel::ClientColumn), QStringLiteral("#1  10.0.0.1:1"));
    QCOMPARE(cell(model, 0, ClientTableModel::ReceivedColumn), ByteFormat::size(0));
}

void TestClientTable::clear()
{
    ClientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addClients(model, 3);
    model.markClosed(2, QString());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.openCount(), 0);
    QCOMPARE(model.closedCount(), 0);
    QCOMPARE(model.rowOf(1), -1);
    addClients(model, 1);
    QCOMPARE(model.rowOf(1), 0);
}

void TestClientTable::retranslateKeepsRows()
{
    ClientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addClients(model, 3);
    model.markClosed(2, QString());
    model.updateTraffic({traffic(3, 1, 2)});
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.retranslate();

    QCOMPARE(header.count(), 1);
    QCOMPARE(header.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(header.at(0).at(1).toInt(), 0);
    QCOMPARE(header.at(0).at(2).toInt(), ClientTableModel::ColumnCount - 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, ClientTableModel::ColumnCount - 1));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(idsOf(model), (QList<quint64>{1, 2, 3}));
    QCOMPARE(cell(model, 1, ClientTableModel::StateColumn), QStringLiteral("Closed"));
    QCOMPARE(cell(model, 2, ClientTableModel::SentColumn), ByteFormat::size(2));
    QCOMPARE(model.openCount(), 2);

    // Empty: only the header changes.
    ClientTableModel empty;
    QSignalSpy emptyChanged(&empty, &QAbstractItemModel::dataChanged);
    empty.retranslate();
    QCOMPARE(emptyChanged.count(), 0);
}

void TestClientTable::outOfRange()
{
    ClientTableModel model;
    addClients(model, 1);
    QCOMPARE(model.idAt(-1), 0u);
    QCOMPARE(model.idAt(1), 0u);
    QVERIFY(!model.isOpen(-1));
    QVERIFY(!model.isOpen(1));
    QVERIFY(!model.data(model.index(1, 0)).isValid());
}

QTEST_MAIN(TestClientTable)
#include "tst_clienttable.moc"

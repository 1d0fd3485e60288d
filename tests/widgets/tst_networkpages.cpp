// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "appsettings.h"
#include "dataview.h"
#include "engine/enginethread.h"
#include "engine/tcpclienthandle.h"
#include "engine/tcpserverhandle.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "quicksendmodel.h"
#include "receiveoptionsbox.h"
#include "sendbox.h"
#include "sendoptionsbox.h"
#include "tcpclientpage.h"
#include "tcpserverpage.h"
#include "trafficmodel.h"
#include "trafficpagebinding.h"
#include "trafficstatusbar.h"
#include "udppage.h"

namespace {
constexpr int Timeout = 20000;

template<class T>
T *child(const QWidget *page, const char *name)
{
    T *widget = page->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

/** Every In row's bytes of a page's view, in order, and the contents shown for them. */
QByteArray receivedBytes(const QWidget *page, TrafficEntry::Kind kind = TrafficEntry::Kind::Read)
{
    const TrafficModel *model = child<DataView>(page, "dataView")->model();
    QByteArray bytes;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TrafficEntry &entry = model->entry(row);
        if (entry.direction == TrafficEntry::Direction::In && entry.kind == kind)
            bytes += entry.data;
    }
    return bytes;
}

QStringList shownContents(const QWidget *page, TrafficEntry::Direction direction)
{
    const TrafficModel *model = child<DataView>(page, "dataView")->model();
    QStringList contents;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).direction == direction)
            contents << model->index(row, TrafficModel::ContentColumn).data().toString();
    }
    return contents;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

/** Types `text` into a page's send box and clicks Send. */
void typeAndSend(QWidget *page, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(page, "messageTextEdit");
    edit->clear();
    // QTest types ASCII keys only; other text is put in as an input method would.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insertPlainText(text);
    QTest::mouseClick(child<QPushButton>(page, "sendPushButton"), Qt::LeftButton);
}

void startServer(TcpServerPage &server)
{
    child<QComboBox>(&server, "addressComboBox")->setCurrentText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&server, "portSpinBox")->setValue(0);
    QTest::mouseClick(child<QPushButton>(&server, "openPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(server.port() != 0, Timeout);
}

void connectClient(TcpClientPage &client, quint16 port)
{
    child<QComboBox>(&client, "hostComboBox")->setCurrentText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&client, "portSpinBox")->setValue(port);
    QTest::mouseClick(child<QPushButton>(&client, "openPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(client.handle()->state(), TcpClient::State::Connected, Timeout);
}
} // namespace

class TestNetworkPages : public QObject
{
    Q_OBJECT

private slots:
    void clientSendsTextHexAndGbkToServer();
    void invalidHexSendsNothing();
    void serverSendsToSelectedOrAllAndDisconnects();
    void udpPagesExchangeDatagramsIncludingEmptyOnes();
    void settingsSurviveRestart();
    void languageSwitchKeepsPageState();
    void visualizeHandsTheTraceToTheMainWindow();
    void repeatedSendStopsOnStop();
    void saveToFileWritesEveryRow();
};

void TestNetworkPages::clientSendsTextHexAndGbkToServer()
{
    EngineThread engine;
    QuickSendModel quickSend;
    TcpServerPage server(&engine, &quickSend, nullptr);
    TcpClientPage client(&engine, &quickSend, nullptr);
    startServer(server);
    QVERIFY(child<QLabel>(&server, "stateLabel")->text().contains(QString::number(server.port())));
    connectClient(client, server.port());

    typeAndSend(&client, QStringLiteral("hello"));
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(&server), QByteArray("hello"), Timeout);
    QCOMPARE(shownContents(&server, TrafficEntry::Direction::In), QStringList{QStringLiteral("hello")});

    // Hex display re-renders what is already there.
    selectData(child<QComboBox>(&server, "displayComboBox"), static_cast<int>(ReceiveOptions::Display::Hex));
    QCOMPARE(shownContents(&server, TrafficEntry::Direction::In), QStringList{QStringLiteral("68 65 6c 6c 6f")});
    selectData(child<QComboBox>(&server, "displayComboBox"), static_cast<int>(ReceiveOptions::Display::Text));

    // GBK from the client shows right on a GBK server view.
    selectData(child<QComboBox>(child<SendOptionsBox>(&client, "sendOptionsBox"), "encodingComboBox"),
               QStringLiteral("GBK"));
    selectData(child<QComboBox>(child<ReceiveOptionsBox>(&server, "receiveOptionsBox"), "encodingComboBox"),
               QStringLiteral("GBK"));
    typeAndSend(&client, QStringLiteral("你好"));
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(&server), QByteArray("hello\xc4\xe3\xba\xc3"), Timeout);
    QCOMPARE(shownContents(&server, TrafficEntry::Direction::In).constLast(), QStringLiteral("你好"));

    // The client's own view shows what it wrote, decoded as its receive box says.
    selectData(child<QComboBox>(child<ReceiveOptionsBox>(&client, "receiveOptionsBox"), "encodingComboBox"),
               QStringLiteral("GBK"));
    QTRY_COMPARE_WITH_TIMEOUT(shownContents(&client, TrafficEntry::Direction::Out).size(), 2, Timeout);
    QCOMPARE(shownContents(&client, TrafficEntry::Direction::Out).constLast(), QStringLiteral("你好"));
}

void TestNetworkPages::invalidHexSendsNothing()
{
    EngineThread engine;
    QuickSendModel quickSend;
    TcpServerPage server(&engine, &quickSend, nullptr);
    TcpClientPage client(&engine, &quickSend, nullptr);
    startServer(server);
    connectClient(client, server.port());

    selectData(child<QComboBox>(child<SendOptionsBox>(&client, "sendOptionsBox"), "formatComboBox"),
               static_cast<int>(PayloadSpec::Format::Hex));
    QSignalSpy requested(child<SendBox>(&client, "sendBox"), &SendBox::sendRequested);
    typeAndSend(&client, QStringLiteral("68 6g"));
    QCOMPARE(requested.count(), 0);
    const QString error = child<QLabel>(child<SendBox>(&client, "sendBox"), "errorLabel")->text();
    QVERIFY2(error.contains(QLatin1Char('4')) || error.contains(QLatin1Char('5')), qPrintable(error));
    QVERIFY2(error.contains(QLatin1Char('g')), qPrintable(error));

    // A valid line goes through; before it nothing reached the server.
    typeAndSend(&client, QStringLiteral("68 69"));
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(&server), QByteArray("hi"), Timeout);
    QVERIFY(child<QLabel>(child<SendBox>(&client, "sendBox"), "errorLabel")->isHidden());
}

void TestNetworkPages::serverSendsToSelectedOrAllAndDisconnects()
{
    EngineThread engine;
    QuickSendModel quickSend;
    TcpServerPage server(&engine, &quickSend, nullptr);
    startServer(server);
    std::vector<std::unique_ptr<TcpClientPage>> clients;
    auto *table = child<QTableView>(&server, "clientTableView");
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<TcpClientPage>(&engine, &quickSend, nullptr));
        connectClient(*clients.back(), server.port());
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), i + 1, Timeout);
    }

    // Send to the selected (second) client only.
    table->selectRow(1);
    QCOMPARE(server.selectedClientIds().size(), 1);
    child<QComboBox>(&server, "sendTargetComboBox")->setCurrentIndex(1);
    typeAndSend(&server, QStringLiteral("only"));
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(clients[1].get()), QByteArray("only"), Timeout);

    // Then to all.
    child<QComboBox>(&server, "sendTargetComboBox")->setCurrentIndex(0);
    typeAndSend(&server, QStringLiteral("all"));
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(clients[0].get()), QByteArray("all"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(clients[1].get()), QByteArray("onlyall"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(clients[2].get()), QByteArray("all"), Timeout);

    // Disconnect the third client from the server.
    table->selectRow(2);
    QTest::mouseClick(child<QPushButton>(&server, "disconnectPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(clients[2]->handle()->state(), TcpClient::State::Closed, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QPushButton>(clients[2].get(), "openPushButton")->isChecked(), Timeout);

    // Counters, exact: 4 + 3 × 3 bytes in 4 writes.
    auto *status = child<TrafficStatusBar>(&server, "trafficStatusBar");
    server.handle()->refreshStats();
    QTRY_COMPARE_WITH_TIMEOUT(status->shown().bytesOut, 13, Timeout);
    QCOMPARE(status->shown().messagesOut, 4);
    QCOMPARE(status->shown().bytesIn, 0);
    auto *secondStatus = child<TrafficStatusBar>(clients[1].get(), "trafficStatusBar");
    clients[1]->handle()->refreshStats();
    QTRY_COMPARE_WITH_TIMEOUT(secondStatus->shown().bytesIn, 7, Timeout);

    // Sending to all now reaches the two left.
    typeAndSend(&server, QStringLiteral("x"));
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(clients[0].get()), QByteArray("allx"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(clients[1].get()), QByteArray("onlyallx"), Timeout);
    server.handle()->refreshStats();
    QTRY_COMPARE_WITH_TIMEOUT(status->shown().bytesOut, 15, Timeout);
    QCOMPARE(receivedBytes(clients[2].get()), QByteArray("all"));

    // Reset counts from zero.
    QTest::mouseClick(child<QWidget>(status, "resetToolButton"), Qt::LeftButton);
    QCOMPARE(status->shown().bytesOut, 0);
}

void TestNetworkPages::udpPagesExchangeDatagramsIncludingEmptyOnes()
{
    EngineThread engine;
    QuickSendModel quickSend;
    UdpPage a(&engine, &quickSend, nullptr);
    UdpPage b(&engine, &quickSend, nullptr);
    for (UdpPage *page : {&a, &b}) {
        child<QComboBox>(page, "addressComboBox")->setCurrentText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(page, "portSpinBox")->setValue(0);
        QTest::mouseClick(child<QPushButton>(page, "openPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->port() != 0, Timeout);
    }
    child<QLineEdit>(&a, "targetAddressLineEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&a, "targetPortSpinBox")->setValue(b.port());
    typeAndSend(&a, QStringLiteral("hi"));
    typeAndSend(&a, QString());
    typeAndSend(&a, QStringLiteral("there"));
    const TrafficModel *model = child<DataView>(&b, "dataView")->model();
    QTRY_COMPARE_WITH_TIMEOUT(shownContents(&b, TrafficEntry::Direction::In).size(), 3, Timeout);
    QList<qsizetype> sizes;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).direction == TrafficEntry::Direction::In) {
            QCOMPARE(model->entry(row).kind, TrafficEntry::Kind::Datagram);
            sizes << model->entry(row).data.size();
            QCOMPARE(model->index(row, TrafficModel::SizeColumn).data().toString(),
                     QString::number(model->entry(row).data.size()));
        }
    }
    QCOMPARE(sizes, (QList<qsizetype>{2, 0, 5}));
    QCOMPARE(shownContents(&b, TrafficEntry::Direction::In),
             (QStringList{QStringLiteral("hi"), QStringLiteral("(empty datagram)"), QStringLiteral("there")}));

    // b answers a by name from its address book.
    child<QLineEdit>(&b, "targetAddressLineEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&b, "targetPortSpinBox")->setValue(a.port());
    child<QLineEdit>(&b, "contactNameLineEdit")->setText(QStringLiteral("唐僧"));
    QTest::mouseClick(child<QPushButton>(&b, "addContactPushButton"), Qt::LeftButton);
    QCOMPARE(b.addressBook().contacts().size(), 1);
    QCOMPARE(b.addressBook().contacts().at(0).port, a.port());
    typeAndSend(&b, QStringLiteral("收到"));
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(&a, TrafficEntry::Kind::Datagram), QStringLiteral("收到").toUtf8(),
                              Timeout);
}

void TestNetworkPages::settingsSurviveRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(file);
        MainWindow window(nullptr, &settings);
        TcpServerPage *server = window.tcpServerPage();
        child<QSpinBox>(server, "portSpinBox")->setValue(12345);
        child<QCheckBox>(server, "reuseAddressCheckBox")->setChecked(false);
        selectData(child<QComboBox>(server, "replyModeComboBox"), QStringLiteral("upper"));
        selectData(child<QComboBox>(server, "displayComboBox"), static_cast<int>(ReceiveOptions::Display::Both));
        TcpClientPage *client = window.tcpClientPage();
        child<QComboBox>(client, "hostComboBox")->setCurrentText(QStringLiteral("example.invalid"));
        child<QCheckBox>(client, "noDelayCheckBox")->setChecked(true);
        selectData(child<QComboBox>(client, "lineEndingComboBox"), static_cast<int>(PayloadSpec::LineEnding::CrLf));
        UdpPage *udp = window.udpPage();
        child<QSpinBox>(udp, "targetPortSpinBox")->setValue(9123);
        window.quickSendModel()->add(
            {QStringLiteral("登录"), QStringLiteral("comment"), PayloadSpec::Format::Hex, QStringLiteral("01 02")});
        window.close();
    }
    AppSettings settings(file);
    MainWindow window(nullptr, &settings);
    QCOMPARE(child<QSpinBox>(window.tcpServerPage(), "portSpinBox")->value(), 12345);
    QVERIFY(!child<QCheckBox>(window.tcpServerPage(), "reuseAddressCheckBox")->isChecked());
    QCOMPARE(child<QComboBox>(window.tcpServerPage(), "replyModeComboBox")->currentData().toString(),
             QStringLiteral("upper"));
    QCOMPARE(child<ReceiveOptionsBox>(window.tcpServerPage(), "receiveOptionsBox")->options().display,
             ReceiveOptions::Display::Both);
    QCOMPARE(child<QComboBox>(window.tcpClientPage(), "hostComboBox")->currentText(),
             QStringLiteral("example.invalid"));
    QVERIFY(child<QCheckBox>(window.tcpClientPage(), "noDelayCheckBox")->isChecked());
    QCOMPARE(child<SendOptionsBox>(window.tcpClientPage(), "sendOptionsBox")->options().lineEnding,
             PayloadSpec::LineEnding::CrLf);
    QCOMPARE(child<QSpinBox>(window.udpPage(), "targetPortSpinBox")->value(), 9123);
    QCOMPARE(window.quickSendModel()->entries().size(), 1);
    QCOMPARE(window.quickSendModel()->entries().at(0).name, QStringLiteral("登录"));
    QCOMPARE(window.quickSendModel()->entries().at(0).content, QStringLiteral("01 02"));
}

void TestNetworkPages::languageSwitchKeepsPageState()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&languages, nullptr);
    TcpServerPage *server = window.tcpServerPage();
    child<QSpinBox>(server, "portSpinBox")->setValue(4321);
    child<QComboBox>(server, "addressComboBox")->setCurrentText(QStringLiteral("127.0.0.1"));
    selectData(child<QComboBox>(server, "replyModeComboBox"), QStringLiteral("echo"));
    child<QComboBox>(server, "sendTargetComboBox")->setCurrentIndex(1);
    selectData(child<QComboBox>(server, "displayComboBox"), static_cast<int>(ReceiveOptions::Display::Hex));
    child<QComboBox>(window.tcpClientPage(), "closeModeComboBox")->setCurrentIndex(1);
    child<SendBox>(window.udpPage(), "sendBox")->setText(QStringLiteral("draft"));
    const QString englishButton = child<QPushButton>(server, "openPushButton")->text();
    const QString englishReply = child<QComboBox>(server, "replyModeComboBox")->currentText();
    const QString englishClientButton = child<QPushButton>(window.tcpClientPage(), "openPushButton")->text();
    QCOMPARE(englishButton, QStringLiteral("Start listening"));

    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE_WITH_TIMEOUT(child<QPushButton>(server, "openPushButton")->text(), QStringLiteral("开始监听"),
                              Timeout);
    QCOMPARE(child<QPushButton>(window.tcpClientPage(), "openPushButton")->text(), QStringLiteral("连接"));
    QCOMPARE(child<QPushButton>(window.udpPage(), "openPushButton")->text(), QStringLiteral("打开"));
    QCOMPARE(child<QComboBox>(server, "replyModeComboBox")->currentText(), QStringLiteral("回显"));
    QCOMPARE(child<QComboBox>(server, "replyModeComboBox")->currentData().toString(), QStringLiteral("echo"));
    QCOMPARE(child<QComboBox>(server, "sendTargetComboBox")->currentIndex(), 1);
    QCOMPARE(child<ReceiveOptionsBox>(server, "receiveOptionsBox")->options().display, ReceiveOptions::Display::Hex);
    QCOMPARE(child<QSpinBox>(server, "portSpinBox")->value(), 4321);
    QCOMPARE(child<QComboBox>(server, "addressComboBox")->currentText(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QComboBox>(window.tcpClientPage(), "closeModeComboBox")->currentIndex(), 1);
    QCOMPARE(child<SendBox>(window.udpPage(), "sendBox")->text(), QStringLiteral("draft"));

    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE_WITH_TIMEOUT(child<QPushButton>(server, "openPushButton")->text(), englishButton, Timeout);
    QCOMPARE(child<QComboBox>(server, "replyModeComboBox")->currentText(), englishReply);
    QCOMPARE(child<QPushButton>(window.tcpClientPage(), "openPushButton")->text(), englishClientButton);
    QCOMPARE(child<QComboBox>(server, "sendTargetComboBox")->currentIndex(), 1);
}

void TestNetworkPages::visualizeHandsTheTraceToTheMainWindow()
{
    MainWindow window(nullptr, nullptr);
    TcpServerPage *server = window.tcpServerPage();
    TcpClientPage *client = window.tcpClientPage();
    startServer(*server);
    connectClient(*client, server->port());
    typeAndSend(client, QStringLiteral("abc"));
    typeAndSend(client, QStringLiteral("defg"));
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(server), QByteArray("abcdefg"), Timeout);

    // From the data view's context menu action, on the server's row of the client.
    auto *view = child<DataView>(server, "dataView");
    QSignalSpy handed(&window, &MainWindow::traceHandedOver);
    const QList<quint64> ids = {view->model()->entry(view->model()->rowCount() - 1).connectionId};
    QVERIFY(ids.first() != 0);
    emit view->visualizeRequested(ids.first());
    QTRY_COMPARE_WITH_TIMEOUT(handed.count(), 1, Timeout);
    QCOMPARE(window.handedTrace().readBytes(), QByteArray("abcdefg"));
    QCOMPARE(window.handedTrace().bytesRead(), 7);
    QVERIFY(window.handedTraceTitle().contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(window.pageId(window.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"))->currentIndex()),
             QStringLiteral("packet-visualizer"));
}

void TestNetworkPages::repeatedSendStopsOnStop()
{
    EngineThread engine;
    QuickSendModel quickSend;
    TcpServerPage server(&engine, &quickSend, nullptr);
    TcpClientPage client(&engine, &quickSend, nullptr);
    startServer(server);
    connectClient(client, server.port());
    auto *options = child<SendOptionsBox>(&client, "sendOptionsBox");
    child<QSpinBox>(options, "repeatSpinBox")->setValue(100000);
    child<QSpinBox>(options, "periodSpinBox")->setValue(10);
    typeAndSend(&client, QStringLiteral("tick"));
    auto *button = child<QPushButton>(&client, "sendPushButton");
    QTRY_COMPARE_WITH_TIMEOUT(button->text(), QStringLiteral("Stop"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(receivedBytes(&server).size() >= 12, Timeout);
    QSignalSpy finished(client.handle(), &EngineHandle::sendFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    const qint64 sent = finished.at(0).at(1).toLongLong();
    QVERIFY2(sent >= 3 && sent < 100000, qPrintable(QString::number(sent)));
    QTRY_COMPARE_WITH_TIMEOUT(button->text(), QStringLiteral("Send"), Timeout);
    // Exactly what was sent arrives, and nothing after Stop.
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(&server), QByteArray("tick").repeated(sent), Timeout);
    QVERIFY(child<TrafficStatusBar>(&client, "trafficStatusBar")->message().contains(QString::number(sent)));
}

void TestNetworkPages::saveToFileWritesEveryRow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rows.jsonl"));
    EngineThread engine;
    QuickSendModel quickSend;
    TcpServerPage server(&engine, &quickSend, nullptr);
    TcpClientPage client(&engine, &quickSend, nullptr);
    server.binding()->setFileChooser([path] { return path; });
    child<QCheckBox>(&server, "saveToFileCheckBox")->click();
    QVERIFY(child<QCheckBox>(&server, "saveToFileCheckBox")->isChecked());
    startServer(server);
    connectClient(client, server.port());
    typeAndSend(&client, QStringLiteral("saved"));
    QTRY_COMPARE_WITH_TIMEOUT(receivedBytes(&server), QByteArray("saved"), Timeout);
    child<QCheckBox>(&server, "saveToFileCheckBox")->click();
    QVERIFY(!child<QCheckBox>(&server, "saveToFileCheckBox")->isChecked());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // connected, then the read
    QVERIFY2(lines.at(1).contains("\"hex\":\"7361766564\""), lines.at(1).constData());
    QVERIFY2(lines.at(1).contains("\"kind\":\"read\""), lines.at(1).constData());

    // A file that cannot be opened is reported inline and the box unchecks itself.
    server.binding()->setFileChooser([&dir] { return dir.filePath(QStringLiteral("missing/rows.jsonl")); });
    child<QCheckBox>(&server, "saveToFileCheckBox")->click();
    QVERIFY(!child<QCheckBox>(&server, "saveToFileCheckBox")->isChecked());
    auto *status = child<TrafficStatusBar>(&server, "trafficStatusBar");
    QVERIFY(status->isError());
    QVERIFY2(status->message().contains(QStringLiteral("missing")), qPrintable(status->message()));
}

QTEST_MAIN(TestNetworkPages)
#include "tst_networkpages.moc"

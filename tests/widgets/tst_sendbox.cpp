// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "pageoptions.h"
#include "payload/textcodec.h"
#include "sendbox.h"
#include "sendoptionsbox.h"

namespace {

QPlainTextEdit *editorOf(SendBox &box)
{
    return box.findChild<QPlainTextEdit *>(QStringLiteral("messageTextEdit"));
}

QPushButton *sendButtonOf(SendBox &box)
{
    return box.findChild<QPushButton *>(QStringLiteral("sendPushButton"));
}

QLabel *errorLabelOf(SendBox &box)
{
    return box.findChild<QLabel *>(QStringLiteral("errorLabel"));
}

/** Sets the text with the cursor at its end, sends it and checks that exactly that was sent. */
void sendText(SendBox &box, const QString &text)
{
    box.setText(text);
    box.send();
}

void pressKey(SendBox &box, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(editorOf(box), key, modifiers);
}

} // namespace

class TestSendBox : public QObject
{
    Q_OBJECT

private slots:
    void formsHaveTheirWidgets();
    void typingHelloAndClickingSendEmitsExactlyHello();
    void buildsBytes_data();
    void buildsBytes();
    void errorsAreShownAndNothingIsSent_data();
    void errorsAreShownAndNothingIsSent();
    void successClearsTheError();
    void repeatAndPeriodArePassedThrough();
    void ctrlReturnSendsAndReturnAddsALine();
    void historyWalksBackAndForthAndRestoresTheDraft();
    void historyStartsBelowTheMessageJustSent();
    void historyUpOnlyOnTheFirstLine();
    void historyDropsConsecutiveDuplicatesAndKeepsTheNewest();
    void sendFileSendsItsBytes();
    void sendFileReportsAMissingFile();
    void sendContentUsesTheEntryFormat();
    void stopWhileSending();
    void pageErrorsAreShownInline();
    void placeholderFollowsTheFormat();
    void languageChangeKeepsState();

    void optionsBoxHasItsWidgets();
    void optionsBoxRoundTrips_data();
    void optionsBoxRoundTrips();
    void optionsBoxEmitsOnUserChanges();
    void optionsBoxDisablesEncodingForHexAndPeriodForOneSend();
    void optionsBoxKeepsSelectionsOnLanguageChange();
    void optionsBoxRequestsAFile();
};

void TestSendBox::formsHaveTheirWidgets()
{
    SendBox box;
    QVERIFY(editorOf(box));
    QVERIFY(sendButtonOf(box));
    QVERIFY(box.findChild<QPushButton *>(QStringLiteral("clearPushButton")));
    QVERIFY(errorLabelOf(box));
    QVERIFY(errorLabelOf(box)->isHidden());
    QCOMPARE(sendButtonOf(box)->text(), QStringLiteral("Send"));
    QVERIFY(editorOf(box)->font().fixedPitch() || QFontInfo(editorOf(box)->font()).fixedPitch());
}

void TestSendBox::typingHelloAndClickingSendEmitsExactlyHello()
{
    SendBox box;
    QSignalSpy sent(&box, &SendBox::sendRequested);
    QSignalSpy failed(&box, &SendBox::sendFailed);
    QSignalSpy historyChanged(&box, &SendBox::historyChanged);

    QTest::keyClicks(editorOf(box), QStringLiteral("hello"));
    QCOMPARE(box.text(), QStringLiteral("hello"));
    QTest::mouseClick(sendButtonOf(box), Qt::LeftButton);

    QCOMPARE(sent.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArrayLiteral("hello"));
    QCOMPARE(sent.at(0).at(1).toInt(), 1);
    QCOMPARE(sent.at(0).at(2).toInt(), 1000);
    QCOMPARE(box.history(), QStringList{QStringLiteral("hello")});
    QCOMPARE(historyChanged.count(), 1);
    // The message stays, ready to be sent again.
    QCOMPARE(box.text(), QStringLiteral("hello"));
}

void TestSendBox::buildsBytes_data()
{
    QTest::addColumn<PayloadSpec::Format>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<PayloadSpec::LineEnding>("lineEnding");
    QTest::addColumn<Checksum::Kind>("checksum");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    using F = PayloadSpec::Format;
    using L = PayloadSpec::LineEnding;
    using C = Checksum::Kind;
    const QString utf8 = QStringLiteral("UTF-8");
    QTest::newRow("text") << F::Text << utf8 << L::None << C::None << QStringLiteral("hello")
                          << QByteArrayLiteral("hello");
    QTest::newRow("hex") << F::Hex << utf8 << L::None << C::None << QStringLiteral("68 65 6c 6c 6f")
                         << QByteArrayLiteral("hello");
    QTest::newRow("hex 0x and commas") << F::Hex << utf8 << L::None << C::None << QStringLiteral("0x68,0x69")
                                       << QByteArrayLiteral("hi");
    QTest::newRow("escapes") << F::Escaped << utf8 << L::None << C::None << QStringLiteral("a\\r\\n")
                             << QByteArrayLiteral("a\r\n");
    QTest::newRow("escapes hex byte") << F::Escaped << utf8 << L::None << C::None << QStringLiteral("\\x41\\x00z")
                                      << QByteArray("A\0z", 3);
    QTest::newRow("escapes are plain text in Text")
        << F::Text << utf8 << L::None << C::None << QStringLiteral("a\\n") << QByteArrayLiteral("a\\n");
    QTest::newRow("utf-8 chinese") << F::Text << utf8 << L::None << C::None << QStringLiteral("你好")
                                   << QByteArray::fromHex("e4bda0e5a5bd");
    QTest::newRow("gbk chinese") << F::Text << QStringLiteral("GBK") << L::None << C::None << QStringLiteral("你好")
                                 << QByteArray::fromHex("c4e3bac3");
    QTest::newRow("lf") << F::Text << utf8 << L::Lf << C::None << QStringLiteral("hello")
                        << QByteArrayLiteral("hello\n");
    QTest::newRow("crlf") << F::Text << utf8 << L::CrLf << C::None << QStringLiteral("hello")
                          << QByteArrayLiteral("hello\r\n");
    QTest::newRow("cr") << F::Text << utf8 << L::Cr << C::None << QStringLiteral("hello")
                        << QByteArrayLiteral("hello\r");
    QTest::newRow("sum8") << F::Text << utf8 << L::None << C::Sum8 << QStringLiteral("hello")
                          << QByteArrayLiteral("hello\x14");
    QTest::newRow("sum8 then crlf") << F::Text << utf8 << L::CrLf << C::Sum8 << QStringLiteral("hello")
                                    << QByteArrayLiteral("hello\x14\r\n");
    QTest::newRow("crc16 modbus of hex") << F::Hex << utf8 << L::None << C::Crc16Modbus
                                         << QStringLiteral("01 03 00 00 00 0a")
                                         << QByteArray::fromHex("01030000000ac5cd");
    QTest::newRow("hex ignores the encoding")
        << F::Hex << QStringLiteral("UTF-16LE") << L::Lf << C::None << QStringLiteral("41") << QByteArrayLiteral("A\n");
    QTest::newRow("utf-16le line ending")
        << F::Text << QStringLiteral("UTF-16LE") << L::Lf << C::None << QStringLiteral("A") << QByteArray("A\0\n\0", 4);
    QTest::newRow("empty text with crlf")
        << F::Text << utf8 << L::CrLf << C::None << QString() << QByteArrayLiteral("\r\n");
}

void TestSendBox::buildsBytes()
{
    QFETCH(PayloadSpec::Format, format);
    QFETCH(QString, encoding);
    QFETCH(PayloadSpec::LineEnding, lineEnding);
    QFETCH(Checksum::Kind, checksum);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);

    SendBox box;
    SendOptions options;
    options.format = format;
    options.encoding = encoding;
    options.lineEnding = lineEnding;
    options.checksum = checksum;
    box.setOptions(options);
    QCOMPARE(box.options(), options);
    QSignalSpy sent(&box, &SendBox::sendRequested);
    QSignalSpy failed(&box, &SendBox::sendFailed);

    sendText(box, text);

    QCOMPARE(failed.count(), 0);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray().toHex(' '), expected.toHex(' '));
    QCOMPARE(box.errorText(), QString());
}

void TestSendBox::errorsAreShownAndNothingIsSent_data()
{
    QTest::addColumn<PayloadSpec::Format>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("selectionStart");
    QTest::addColumn<QString>("selected");

    using F = PayloadSpec::Format;
    const QString utf8 = QStringLiteral("UTF-8");
    QTest::newRow("invalid hex digit") << F::Hex << utf8 << QStringLiteral("68 6g")
                                       << QStringLiteral("Invalid hex character 'g' at position 5.") << 4
                                       << QStringLiteral("g");
    QTest::newRow("odd hex digits") << F::Hex << utf8 << QStringLiteral("68 656")
                                    << QStringLiteral("Odd number of hex digits in \"656\" at position 6: write each "
                                                      "byte as two digits.")
                                    << 5 << QStringLiteral("6");
    QTest::newRow("unknown escape") << F::Escaped << utf8 << QStringLiteral("ab\\q")
                                    << QStringLiteral("Unknown escape \"\\q\" at position 3.") << 2
                                    << QStringLiteral("\\");
    QTest::newRow("not encodable in gbk")
        << F::Text << QStringLiteral("GBK") << QStringLiteral("a😀b")
        << QStringLiteral("The character '😀' at position 2 cannot be encoded in GBK.") << 1 << QStringLiteral("😀");
}

void TestSendBox::errorsAreShownAndNothingIsSent()
{
    QFETCH(PayloadSpec::Format, format);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(int, selectionStart);
    QFETCH(QString, selected);

    SendBox box;
    SendOptions options;
    options.format = format;
    options.encoding = encoding;
    box.setOptions(options);
    QSignalSpy sent(&box, &SendBox::sendRequested);
    QSignalSpy failed(&box, &SendBox::sendFailed);
    QSignalSpy historyChanged(&box, &SendBox::historyChanged);

    sendText(box, text);

    QCOMPARE(sent.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), error);
    QCOMPARE(box.errorText(), error);
    QCOMPARE(errorLabelOf(box)->text(), error);
    QVERIFY(!errorLabelOf(box)->isHidden());
    const QTextCursor cursor = editorOf(box)->textCursor();
    QCOMPARE(cursor.selectionStart(), selectionStart);
    QCOMPARE(cursor.selectedText(), selected);
    QCOMPARE(box.text(), text);
    QCOMPARE(box.history(), QStringList());
    QCOMPARE(historyChanged.count(), 0);
}

void TestSendBox::successClearsTheError()
{
    SendBox box;
    SendOptions options;
    options.format = PayloadSpec::Format::Hex;
    box.setOptions(options);
    QSignalSpy sent(&box, &SendBox::sendRequested);

    sendText(box, QStringLiteral("68 6g"));
    QCOMPARE(sent.count(), 0);
    QVERIFY(!errorLabelOf(box)->isHidden());

    sendText(box, QStringLiteral("68 69"));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArrayLiteral("hi"));
    QCOMPARE(box.errorText(), QString());
    QVERIFY(errorLabelOf(box)->isHidden());
}

void TestSendBox::repeatAndPeriodArePassedThrough()
{
    SendBox box;
    SendOptions options;
    options.repeatCount = 5;
    options.periodMs = 250;
    box.setOptions(options);
    QSignalSpy sent(&box, &SendBox::sendRequested);

    sendText(box, QStringLiteral("ping"));

    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArrayLiteral("ping"));
    QCOMPARE(sent.at(0).at(1).toInt(), 5);
    QCOMPARE(sent.at(0).at(2).toInt(), 250);
}

void TestSendBox::ctrlReturnSendsAndReturnAddsALine()
{
    SendBox box;
    QSignalSpy sent(&box, &SendBox::sendRequested);

    QTest::keyClicks(editorOf(box), QStringLiteral("hi"));
    pressKey(box, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArrayLiteral("hi"));
    QCOMPARE(box.text(), QStringLiteral("hi"));

    // The keypad's Enter with Ctrl sends too.
    pressKey(box, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(sent.count(), 2);

    // A plain Return is a new line in the message.
    pressKey(box, Qt::Key_Return);
    QTest::keyClicks(editorOf(box), QStringLiteral("there"));
    QCOMPARE(sent.count(), 2);
    QCOMPARE(box.text(), QStringLiteral("hi\nthere"));
    pressKey(box, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 3);
    QCOMPARE(sent.at(2).at(0).toByteArray(), QByteArrayLiteral("hi\nthere"));
}

void TestSendBox::historyWalksBackAndForthAndRestoresTheDraft()
{
    SendBox box;
    for (const char *message : {"one", "two", "three"})
        sendText(box, QLatin1String(message));
    QCOMPARE(box.history(), (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));

    box.setText(QString());
    QTest::keyClicks(editorOf(box), QStringLiteral("draft"));

    pressKey(box, Qt::Key_Up);
    QCOMPARE(box.text(), QStringLiteral("three"));
    pressKey(box, Qt::Key_Up);
    QCOMPARE(box.text(), QStringLiteral("two"));
    pressKey(box, Qt::Key_Up);
    QCOMPARE(box.text(), QStringLiteral("one"));
    pressKey(box, Qt::Key_Up); // Nothing older: stays.
    QCOMPARE(box.text(), QStringLiteral("one"));
    pressKey(box, Qt::Key_Down);
    QCOMPARE(box.text(), QStringLiteral("two"));
    pressKey(box, Qt::Key_Down);
    QCOMPARE(box.text(), QStringLiteral("three"));
    pressKey(box, Qt::Key_Down);
    QCOMPARE(box.text(), QStringLiteral("draft"));
    pressKey(box, Qt::Key_Down); // Nothing newer: stays.
    QCOMPARE(box.text(), QStringLiteral("draft"));
    QCOMPARE(editorOf(box)->textCursor().position(), 5);

    // Sending a recalled message records it again as the newest.
    pressKey(box, Qt::Key_Up);
    pressKey(box, Qt::Key_Up);
    QCOMPARE(box.text(), QStringLiteral("two"));
    pressKey(box, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(
        box.history(),
        (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("two")}));
}

void TestSendBox::historyStartsBelowTheMessageJustSent()
{
    SendBox box;
    sendText(box, QStringLiteral("one"));
    sendText(box, QStringLiteral("two"));
    QCOMPARE(box.text(), QStringLiteral("two"));

    // "two" is still in the editor, so the first Up goes to the message before it.
    pressKey(box, Qt::Key_Up);
    QCOMPARE(box.text(), QStringLiteral("one"));
    pressKey(box, Qt::Key_Down);
    QCOMPARE(box.text(), QStringLiteral("two"));
}

void TestSendBox::historyUpOnlyOnTheFirstLine()
{
    SendBox box;
    box.resize(600, 100);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    sendText(box, QStringLiteral("older"));

    box.setText(QStringLiteral("line one\nline two"));
    QCOMPARE(editorOf(box)->textCursor().blockNumber(), 1);
    // On the second line Up moves the cursor, not through the history.
    pressKey(box, Qt::Key_Up);
    QCOMPARE(box.text(), QStringLiteral("line one\nline two"));
    QCOMPARE(editorOf(box)->textCursor().blockNumber(), 0);
    pressKey(box, Qt::Key_Up);
    QCOMPARE(box.text(), QStringLiteral("older"));
    pressKey(box, Qt::Key_Down);
    QCOMPARE(box.text(), QStringLiteral("line one\nline two"));

    // Down on the first of two lines moves the cursor.
    editorOf(box)->moveCursor(QTextCursor::Start);
    pressKey(box, Qt::Key_Down);
    QCOMPARE(box.text(), QStringLiteral("line one\nline two"));
    QCOMPARE(editorOf(box)->textCursor().blockNumber(), 1);

    // Up with a modifier is the editor's (Shift+Up selects).
    pressKey(box, Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(box.text(), QStringLiteral("line one\nline two"));
}

void TestSendBox::historyDropsConsecutiveDuplicatesAndKeepsTheNewest()
{
    SendBox box;
    QSignalSpy historyChanged(&box, &SendBox::historyChanged);
    sendText(box, QStringLiteral("a"));
    sendText(box, QStringLiteral("a"));
    sendText(box, QStringLiteral("b"));
    sendText(box, QStringLiteral("a"));
    sendText(box, QString()); // Sent (an empty datagram is a message) but not worth recalling.
    QCOMPARE(box.history(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(historyChanged.count(), 3);

    QStringList many;
    for (int i = 0; i < 150; ++i)
        many << QString::number(i);
    box.setHistory(many);
    QCOMPARE(historyChanged.count(), 4);
    QCOMPARE(box.history().size(), SendBox::MaxHistory);
    QCOMPARE(box.history().constFirst(), QStringLiteral("50"));
    QCOMPARE(box.history().constLast(), QStringLiteral("149"));

    sendText(box, QStringLiteral("new"));
    QCOMPARE(box.history().size(), SendBox::MaxHistory);
    QCOMPARE(box.history().constFirst(), QStringLiteral("51"));
    QCOMPARE(box.history().constLast(), QStringLiteral("new"));

    box.setHistory({QStringLiteral("x"), QStringLiteral("x"), QString(), QStringLiteral("y"), QStringLiteral("x")});
    QCOMPARE(box.history(), (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("x")}));
}

void TestSendBox::sendFileSendsItsBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("payload.bin"));
    QByteArray contents;
    for (int i = 0; i < 1000; ++i)
        contents.append(static_cast<char>(i % 256));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
    file.close();

    SendBox box;
    SendOptions options;
    options.repeatCount = 3;
    options.periodMs = 10;
    box.setOptions(options);
    box.setText(QStringLiteral("typed"));
    QSignalSpy sent(&box, &SendBox::sendRequested);

    box.sendFile(path);

    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), contents);
    QCOMPARE(sent.at(0).at(1).toInt(), 3);
    QCOMPARE(sent.at(0).at(2).toInt(), 10);
    QCOMPARE(box.text(), QStringLiteral("typed"));
    QCOMPARE(box.history(), QStringList());
}

void TestSendBox::sendFileReportsAMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.bin"));

    SendBox box;
    QSignalSpy sent(&box, &SendBox::sendRequested);
    QSignalSpy failed(&box, &SendBox::sendFailed);

    box.sendFile(path);

    QCOMPARE(sent.count(), 0);
    QCOMPARE(failed.count(), 1);
    const QString expected =
        QStringLiteral("Cannot open the file \"%1\": No such file or directory.").arg(QDir::toNativeSeparators(path));
    QCOMPARE(box.errorText(), expected);
    QCOMPARE(failed.at(0).at(0).toString(), expected);
    QVERIFY(!errorLabelOf(box)->isHidden());
}

void TestSendBox::sendContentUsesTheEntryFormat()
{
    SendBox box;
    SendOptions options;
    options.lineEnding = PayloadSpec::LineEnding::CrLf;
    options.repeatCount = 2;
    box.setOptions(options);
    box.setText(QStringLiteral("typed"));
    QSignalSpy sent(&box, &SendBox::sendRequested);
    QSignalSpy failed(&box, &SendBox::sendFailed);

    box.sendContent(PayloadSpec::Format::Hex, QStringLiteral("41 42"));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toByteArray(), QByteArrayLiteral("AB\r\n"));
    QCOMPARE(sent.at(0).at(1).toInt(), 2);

    box.sendContent(PayloadSpec::Format::Escaped, QStringLiteral("x\\ty"));
    QCOMPARE(sent.count(), 2);
    QCOMPARE(sent.at(1).at(0).toByteArray(), QByteArrayLiteral("x\ty\r\n"));

    box.sendContent(PayloadSpec::Format::Hex, QStringLiteral("4z"));
    QCOMPARE(sent.count(), 2);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(box.errorText(), QStringLiteral("Invalid hex character 'z' at position 2."));

    // Neither the editor nor the history is touched by quick sends.
    QCOMPARE(box.text(), QStringLiteral("typed"));
    QCOMPARE(box.history(), QStringList());
}

void TestSendBox::stopWhileSending()
{
    SendBox box;
    box.setText(QStringLiteral("tick"));
    QSignalSpy sent(&box, &SendBox::sendRequested);
    QSignalSpy stop(&box, &SendBox::stopRequested);

    box.setSending(true);
    QVERIFY(box.isSending());
    QCOMPARE(sendButtonOf(box)->text(), QStringLiteral("Stop"));
    QTest::mouseClick(sendButtonOf(box), Qt::LeftButton);
    QCOMPARE(stop.count(), 1);
    QCOMPARE(sent.count(), 0);

    box.setSending(false);
    QCOMPARE(sendButtonOf(box)->text(), QStringLiteral("Send"));
    QTest::mouseClick(sendButtonOf(box), Qt::LeftButton);
    QCOMPARE(stop.count(), 1);
    QCOMPARE(sent.count(), 1);
}

void TestSendBox::pageErrorsAreShownInline()
{
    SendBox box;
    box.showError(QStringLiteral("Not connected"));
    QCOMPARE(box.errorText(), QStringLiteral("Not connected"));
    QVERIFY(!errorLabelOf(box)->isHidden());
    box.clearError();
    QCOMPARE(box.errorText(), QString());
    QVERIFY(errorLabelOf(box)->isHidden());

    box.showError(QStringLiteral("Not connected"));
    box.findChild<QPushButton *>(QStringLiteral("clearPushButton"))->click();
    QCOMPARE(box.text(), QString());
    QVERIFY(errorLabelOf(box)->isHidden());
}

void TestSendBox::placeholderFollowsTheFormat()
{
    SendBox box;
    QCOMPARE(editorOf(box)->placeholderText(),
             QStringLiteral("Type text to send… (Ctrl+Return sends, Up/Down recall earlier messages)"));
    SendOptions options;
    options.format = PayloadSpec::Format::Hex;
    box.setOptions(options);
    QCOMPARE(editorOf(box)->placeholderText(), QStringLiteral("Hex bytes, e.g. 68 65 6c 6c 6f"));
    options.format = PayloadSpec::Format::Escaped;
    box.setOptions(options);
    QCOMPARE(editorOf(box)->placeholderText(), QStringLiteral("Text with escapes, e.g. hello\\r\\n or \\x41\\x42"));
}

void TestSendBox::languageChangeKeepsState()
{
    SendBox box;
    SendOptions options;
    options.format = PayloadSpec::Format::Hex;
    box.setOptions(options);
    box.setSending(true);
    box.showError(QStringLiteral("Not connected"));
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&box, &event);
    QCOMPARE(sendButtonOf(box)->text(), QStringLiteral("Stop"));
    QCOMPARE(editorOf(box)->placeholderText(), QStringLiteral("Hex bytes, e.g. 68 65 6c 6c 6f"));
    QCOMPARE(box.errorText(), QStringLiteral("Not connected"));
}

void TestSendBox::optionsBoxHasItsWidgets()
{
    SendOptionsBox box;
    QCOMPARE(box.title(), QStringLiteral("Send"));
    auto *format = box.findChild<QComboBox *>(QStringLiteral("formatComboBox"));
    auto *encoding = box.findChild<QComboBox *>(QStringLiteral("encodingComboBox"));
    auto *lineEnding = box.findChild<QComboBox *>(QStringLiteral("lineEndingComboBox"));
    auto *checksum = box.findChild<QComboBox *>(QStringLiteral("checksumComboBox"));
    auto *repeat = box.findChild<QSpinBox *>(QStringLiteral("repeatSpinBox"));
    auto *period = box.findChild<QSpinBox *>(QStringLiteral("periodSpinBox"));
    QVERIFY(format && encoding && lineEnding && checksum && repeat && period);
    QVERIFY(box.findChild<QPushButton *>(QStringLiteral("sendFilePushButton")));

    QCOMPARE(format->count(), 3);
    QCOMPARE(format->itemText(1), QStringLiteral("Text with escapes (\\n \\x41)"));
    QStringList encodings;
    for (int i = 0; i < encoding->count(); ++i)
        encodings << encoding->itemData(i).toString();
    QCOMPARE(encodings, TextCodec::supportedEncodings());
    QCOMPARE(encoding->itemText(1), TextCodec::displayName(QStringLiteral("GBK")));
    QCOMPARE(lineEnding->count(), 4);
    QCOMPARE(lineEnding->itemText(2), QStringLiteral("CRLF \\r\\n"));
    QCOMPARE(checksum->count(), Checksum::all().size());
    QCOMPARE(checksum->itemText(1), Checksum::displayName(Checksum::Kind::Sum8));
    QCOMPARE(repeat->minimum(), 1);
    QCOMPARE(repeat->maximum(), 1000000);
    QCOMPARE(period->minimum(), 0);
    QCOMPARE(period->maximum(), 3600000);
    QCOMPARE(period->suffix(), QStringLiteral(" ms"));
    QCOMPARE(box.options(), SendOptions());
}

void TestSendBox::optionsBoxRoundTrips_data()
{
    QTest::addColumn<PayloadSpec::Format>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<PayloadSpec::LineEnding>("lineEnding");
    QTest::addColumn<Checksum::Kind>("checksum");
    QTest::addColumn<int>("repeatCount");
    QTest::addColumn<int>("periodMs");

    using F = PayloadSpec::Format;
    using L = PayloadSpec::LineEnding;
    using C = Checksum::Kind;
    QTest::newRow("defaults") << F::Text << QStringLiteral("UTF-8") << L::None << C::None << 1 << 1000;
    QTest::newRow("hex crc32") << F::Hex << QStringLiteral("UTF-8") << L::CrLf << C::Crc32 << 10 << 0;
    QTest::newRow("escaped gbk") << F::Escaped << QStringLiteral("GBK") << L::Lf << C::Xor8 << 1000000 << 3600000;
    QTest::newRow("utf-16le cr") << F::Text << QStringLiteral("UTF-16LE") << L::Cr << C::Crc16CcittFalse << 2 << 1;
}

void TestSendBox::optionsBoxRoundTrips()
{
    QFETCH(PayloadSpec::Format, format);
    QFETCH(QString, encoding);
    QFETCH(PayloadSpec::LineEnding, lineEnding);
    QFETCH(Checksum::Kind, checksum);
    QFETCH(int, repeatCount);
    QFETCH(int, periodMs);
    SendOptions options;
    options.format = format;
    options.encoding = encoding;
    options.lineEnding = lineEnding;
    options.checksum = checksum;
    options.repeatCount = repeatCount;
    options.periodMs = periodMs;

    SendOptionsBox box;
    QSignalSpy changed(&box, &SendOptionsBox::optionsChanged);
    box.setOptions(options);
    QCOMPARE(box.options(), options);
    const int expectedSignals = options == SendOptions() ? 0 : 1;
    QCOMPARE(changed.count(), expectedSignals);
    if (expectedSignals == 1)
        QCOMPARE(changed.at(0).at(0).value<SendOptions>(), options);

    // The same options again change nothing.
    box.setOptions(options);
    QCOMPARE(changed.count(), expectedSignals);
}

void TestSendBox::optionsBoxEmitsOnUserChanges()
{
    SendOptionsBox box;
    QSignalSpy changed(&box, &SendOptionsBox::optionsChanged);
    auto *lineEnding = box.findChild<QComboBox *>(QStringLiteral("lineEndingComboBox"));
    auto *repeat = box.findChild<QSpinBox *>(QStringLiteral("repeatSpinBox"));

    lineEnding->setCurrentIndex(lineEnding->findData(static_cast<int>(PayloadSpec::LineEnding::CrLf)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<SendOptions>().lineEnding, PayloadSpec::LineEnding::CrLf);

    repeat->setValue(7);
    QCOMPARE(changed.count(), 2);
    SendOptions expected;
    expected.lineEnding = PayloadSpec::LineEnding::CrLf;
    expected.repeatCount = 7;
    QCOMPARE(changed.at(1).at(0).value<SendOptions>(), expected);
    QCOMPARE(box.options(), expected);

    // An unsupported encoding and out-of-range counts keep or clamp.
    SendOptions odd = expected;
    odd.encoding = QStringLiteral("EBCDIC");
    odd.repeatCount = 0;
    odd.periodMs = -5;
    box.setOptions(odd);
    QCOMPARE(box.options().encoding, QStringLiteral("UTF-8"));
    QCOMPARE(box.options().repeatCount, 1);
    QCOMPARE(box.options().periodMs, 0);
    QCOMPARE(changed.count(), 3);

    // Spellings are understood.
    odd.encoding = QStringLiteral("gb2312");
    box.setOptions(odd);
    QCOMPARE(box.options().encoding, QStringLiteral("GBK"));
    QCOMPARE(changed.count(), 4);
}

void TestSendBox::optionsBoxDisablesEncodingForHexAndPeriodForOneSend()
{
    SendOptionsBox box;
    auto *encoding = box.findChild<QComboBox *>(QStringLiteral("encodingComboBox"));
    auto *period = box.findChild<QSpinBox *>(QStringLiteral("periodSpinBox"));
    QVERIFY(encoding->isEnabled());
    QVERIFY(!period->isEnabled());

    SendOptions options;
    options.format = PayloadSpec::Format::Hex;
    options.repeatCount = 2;
    box.setOptions(options);
    QVERIFY(!encoding->isEnabled());
    QVERIFY(period->isEnabled());

    auto *format = box.findChild<QComboBox *>(QStringLiteral("formatComboBox"));
    format->setCurrentIndex(format->findData(static_cast<int>(PayloadSpec::Format::Escaped)));
    QVERIFY(encoding->isEnabled());
    box.findChild<QSpinBox *>(QStringLiteral("repeatSpinBox"))->setValue(1);
    QVERIFY(!period->isEnabled());
}

void TestSendBox::optionsBoxKeepsSelectionsOnLanguageChange()
{
    SendOptionsBox box;
    SendOptions options;
    options.format = PayloadSpec::Format::Escaped;
    options.encoding = QStringLiteral("Big5");
    options.lineEnding = PayloadSpec::LineEnding::Cr;
    options.checksum = Checksum::Kind::Crc16Modbus;
    options.repeatCount = 3;
    options.periodMs = 20;
    box.setOptions(options);
    QSignalSpy changed(&box, &SendOptionsBox::optionsChanged);

    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&box, &event);

    QCOMPARE(box.options(), options);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(box.findChild<QComboBox *>(QStringLiteral("formatComboBox"))->count(), 3);
    QCOMPARE(box.title(), QStringLiteral("Send"));
}

void TestSendBox::optionsBoxRequestsAFile()
{
    SendOptionsBox box;
    QSignalSpy requested(&box, &SendOptionsBox::sendFileRequested);
    box.requestSendFile(QStringLiteral("/tmp/some file.bin"));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("/tmp/some file.bin"));
}

QTEST_MAIN(TestSendBox)
#include "tst_sendbox.moc"

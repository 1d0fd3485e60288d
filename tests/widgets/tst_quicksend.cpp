// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "quicksenddialog.h"
#include "quicksendentry.h"
#include "quicksendmodel.h"
#include "quicksendpanel.h"

namespace {

QuickSendEntry makeEntry(const QString &name, PayloadSpec::Format format, const QString &content,
                         const QString &comment = QString())
{
    QuickSendEntry entry;
    entry.name = name;
    entry.format = format;
    entry.content = content;
    entry.comment = comment;
    return entry;
}

QList<QuickSendEntry> sampleEntries()
{
    return {
        makeEntry(QStringLiteral("Login"), PayloadSpec::Format::Text, QStringLiteral("LOGIN admin"),
                  QStringLiteral("first")),
        makeEntry(QStringLiteral("登录"), PayloadSpec::Format::Escaped, QStringLiteral("你好\\r\\n"),
                  QStringLiteral("中文注释")),
        makeEntry(QStringLiteral("Modbus read"), PayloadSpec::Format::Hex, QStringLiteral("01 03 00 00 00 0a")),
    };
}

QStringList namesOf(const QuickSendModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.data(model.index(row, QuickSendModel::NameColumn)).toString();
    return names;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestQuickSend : public QObject
{
    Q_OBJECT

private slots:
    void modelShowsColumns();
    void modelAddReplaceRemoveMove();
    void modelRejectsOutOfRangeRows();
    void jsonRoundTrip();
    void jsonHasTheDocumentedShape();
    void jsonDefaultsForOptionalKeys();
    void badJsonIsRejected_data();
    void badJsonIsRejected();
    void panelExportsAndImportsRealFiles();
    void panelShowsImportErrorsInline();
    void panelReportsExportErrors();
    void doubleClickEmitsTheEntry();
    void sendButtonFollowsTheSelection();
    void panelsShareOneModel();
    void dialogRequiresAName();
};

void TestQuickSend::modelShowsColumns()
{
    QuickSendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(sampleEntries());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(QuickSendModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(QuickSendModel::FormatColumn, Qt::Horizontal).toString(), QStringLiteral("Format"));
    QCOMPARE(model.headerData(QuickSendModel::ContentColumn, Qt::Horizontal).toString(), QStringLiteral("Content"));
    QCOMPARE(model.headerData(QuickSendModel::CommentColumn, Qt::Horizontal).toString(), QStringLiteral("Comment"));
    QCOMPARE(model.data(model.index(1, QuickSendModel::NameColumn)).toString(), QStringLiteral("登录"));
    QCOMPARE(model.data(model.index(1, QuickSendModel::FormatColumn)).toString(), QStringLiteral("Escaped"));
    QCOMPARE(model.data(model.index(2, QuickSendModel::FormatColumn)).toString(), QStringLiteral("Hex"));
    QCOMPARE(model.data(model.index(0, QuickSendModel::FormatColumn)).toString(), QStringLiteral("Text"));
    QCOMPARE(model.data(model.index(2, QuickSendModel::ContentColumn)).toString(), QStringLiteral("01 03 00 00 00 0a"));
    QCOMPARE(model.data(model.index(1, QuickSendModel::CommentColumn)).toString(), QStringLiteral("中文注释"));

    // A multi-line message is shown on one line; the tooltip has it whole.
    model.replace(0, makeEntry(QStringLiteral("Two lines"), PayloadSpec::Format::Text, QStringLiteral("a\nb")));
    QCOMPARE(model.data(model.index(0, QuickSendModel::ContentColumn)).toString(), QStringLiteral("a\u21b5b"));
    QCOMPARE(model.data(model.index(0, QuickSendModel::ContentColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("a\nb"));
}

void TestQuickSend::modelAddReplaceRemoveMove()
{
    QuickSendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QuickSendModel::entriesChanged);
    const QList<QuickSendEntry> entries = sampleEntries();

    QCOMPARE(model.add(entries.at(0)), 0);
    QCOMPARE(model.add(entries.at(1)), 1);
    QCOMPARE(model.add(entries.at(2)), 2);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(model.entries(), entries);
    QCOMPARE(model.entry(1), entries.at(1));

    const QuickSendEntry replacement =
        makeEntry(QStringLiteral("Logout"), PayloadSpec::Format::Text, QStringLiteral("QUIT"));
    QVERIFY(model.replace(0, replacement));
    QCOMPARE(changed.count(), 4);
    QCOMPARE(model.entry(0), replacement);
    QCOMPARE(namesOf(model),
             (QStringList{QStringLiteral("Logout"), QStringLiteral("登录"), QStringLiteral("Modbus read")}));

    QVERIFY(model.move(0, 2));
    QCOMPARE(changed.count(), 5);
    QCOMPARE(namesOf(model),
             (QStringList{QStringLiteral("登录"), QStringLiteral("Modbus read"), QStringLiteral("Logout")}));
    QVERIFY(model.move(2, 0));
    QCOMPARE(namesOf(model),
             (QStringList{QStringLiteral("Logout"), QStringLiteral("登录"), QStringLiteral("Modbus read")}));
    QVERIFY(model.move(1, 2));
    QCOMPARE(namesOf(model),
             (QStringList{QStringLiteral("Logout"), QStringLiteral("Modbus read"), QStringLiteral("登录")}));
    QCOMPARE(changed.count(), 7);
    QVERIFY(model.move(1, 1)); // Nowhere to go: nothing changes.
    QCOMPARE(changed.count(), 7);

    QVERIFY(model.remove(1));
    QCOMPARE(changed.count(), 8);
    QCOMPARE(namesOf(model), (QStringList{QStringLiteral("Logout"), QStringLiteral("登录")}));
    QCOMPARE(model.entries(), (QList<QuickSendEntry>{replacement, entries.at(1)}));
}

void TestQuickSend::modelRejectsOutOfRangeRows()
{
    QuickSendModel model;
    model.setEntries(sampleEntries());
    QSignalSpy changed(&model, &QuickSendModel::entriesChanged);
    const QuickSendEntry entry = makeEntry(QStringLiteral("x"), PayloadSpec::Format::Text, QStringLiteral("x"));
    QVERIFY(!model.replace(3, entry));
    QVERIFY(!model.replace(-1, entry));
    QVERIFY(!model.remove(3));
    QVERIFY(!model.remove(-1));
    QVERIFY(!model.move(0, 3));
    QVERIFY(!model.move(-1, 0));
    QCOMPARE(model.entry(7), QuickSendEntry());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.entries(), sampleEntries());
}

void TestQuickSend::jsonRoundTrip()
{
    QuickSendModel model;
    model.setEntries(sampleEntries());
    const QByteArray json = model.toJson();
    // Chinese is written as UTF-8, not as \u escapes, so the file stays readable.
    QVERIFY(json.contains(QStringLiteral("登录").toUtf8()));

    QuickSendModel other;
    QSignalSpy changed(&other, &QuickSendModel::entriesChanged);
    QString error = QStringLiteral("untouched");
    QVERIFY(other.fromJson(json, &error));
    QCOMPARE(error, QStringLiteral("untouched"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(other.entries(), sampleEntries());
    QCOMPARE(other.toJson(), json);

    // An empty list round-trips too, and a null error pointer is fine.
    QuickSendModel empty;
    QVERIFY(other.fromJson(empty.toJson(), nullptr));
    QCOMPARE(other.rowCount(), 0);
}

void TestQuickSend::jsonHasTheDocumentedShape()
{
    QuickSendModel model;
    model.setEntries(sampleEntries());
    const QJsonObject root = QJsonDocument::fromJson(model.toJson()).object();
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 3);
    QJsonObject expected;
    expected.insert(QLatin1String("name"), QStringLiteral("登录"));
    expected.insert(QLatin1String("comment"), QStringLiteral("中文注释"));
    expected.insert(QLatin1String("format"), QStringLiteral("escaped"));
    expected.insert(QLatin1String("content"), QStringLiteral("你好\\r\\n"));
    QCOMPARE(entries.at(1).toObject(), expected);
    QCOMPARE(entries.at(0).toObject().value(QLatin1String("format")).toString(), QStringLiteral("text"));
    QCOMPARE(entries.at(2).toObject().value(QLatin1String("format")).toString(), QStringLiteral("hex"));
}

void TestQuickSend::jsonDefaultsForOptionalKeys()
{
    QuickSendModel model;
    QString error;
    QVERIFY(model.fromJson(R"({"version": 1, "entries": [{"name": "Ping"}]})", &error));
    QCOMPARE(model.entries(),
             (QList<QuickSendEntry>{makeEntry(QStringLiteral("Ping"), PayloadSpec::Format::Text, {})}));
}

void TestQuickSend::badJsonIsRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    {
        const QByteArray broken = R"({"version": 1, "entries": [)";
        QJsonParseError parseError;
        QJsonDocument::fromJson(broken, &parseError);
        QTest::newRow("not json") << broken
                                  << QStringLiteral("The quick-send list is not valid JSON: %1 at byte %2.")
                                         .arg(parseError.errorString(), QString::number(parseError.offset));
    }
    QTest::newRow("empty file") << QByteArray()
                                << QStringLiteral("The quick-send list is not valid JSON: illegal value at byte 0.");
    QTest::newRow("array") << QByteArray("[]")
                           << QStringLiteral("The quick-send list must be a JSON object with \"version\" and "
                                             "\"entries\".");
    QTest::newRow("no version") << QByteArray(R"({"entries": []})")
                                << QStringLiteral("The quick-send list has no \"version\": expected version 1.");
    QTest::newRow("version 2") << QByteArray(R"({"version": 2, "entries": []})")
                               << QStringLiteral("The quick-send list has version 2, but only version 1 is "
                                                 "supported.");
    QTest::newRow("version as text") << QByteArray(R"({"version": "1", "entries": []})")
                                     << QStringLiteral("The quick-send list has version \"1\", but only version 1 is "
                                                       "supported.");
    QTest::newRow("no entries") << QByteArray(R"({"version": 1})")
                                << QStringLiteral("The quick-send list has no \"entries\" array.");
    QTest::newRow("entry not an object") << QByteArray(R"({"version": 1, "entries": [{"name": "a"}, "b"]})")
                                         << QStringLiteral("Entry 2 of the quick-send list is not a JSON object.");
    QTest::newRow("entry without name") << QByteArray(R"({"version": 1, "entries": [{"name": "a"}, {"content": "x"}]})")
                                        << QStringLiteral("Entry 2 of the quick-send list has no name.");
    QTest::newRow("entry with blank name") << QByteArray(R"({"version": 1, "entries": [{"name": "  "}]})")
                                           << QStringLiteral("Entry 1 of the quick-send list has no name.");
    QTest::newRow("unknown format")
        << QByteArray(R"({"version": 1, "entries": [{"name": "Bin", "format": "binary"}]})")
        << QStringLiteral("Entry 1 (\"Bin\") of the quick-send list has an unknown format \"binary\": use \"text\", "
                          "\"escaped\" or \"hex\".");
    QTest::newRow("format not text")
        << QByteArray(R"({"version": 1, "entries": [{"name": "数字", "format": 3}]})")
        << QStringLiteral("Entry 1 (\"数字\") of the quick-send list has an unknown format \"3\": use \"text\", "
                          "\"escaped\" or \"hex\".");
    QTest::newRow("content not text")
        << QByteArray(R"({"version": 1, "entries": [{"name": "N", "content": [1]}]})")
        << QStringLiteral("Entry 1 (\"N\") of the quick-send list has content that is not a string.");
    QTest::newRow("comment not text")
        << QByteArray(R"({"version": 1, "entries": [{"name": "N", "comment": 5}]})")
        << QStringLiteral("Entry 1 (\"N\") of the quick-send list has a comment that is not a string.");
}

void TestQuickSend::badJsonIsRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    QuickSendModel model;
    model.setEntries(sampleEntries());
    QSignalSpy changed(&model, &QuickSendModel::entriesChanged);
    QSignalSpy reset(&model, &QuickSendModel::modelReset);

    QString message;
    QVERIFY(!model.fromJson(json, &message));
    QCOMPARE(message, error);
    QVERIFY(!model.fromJson(json, nullptr));
    QCOMPARE(model.entries(), sampleEntries());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestQuickSend::panelExportsAndImportsRealFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("快捷发送.json"));

    QuickSendModel model;
    model.setEntries(sampleEntries());
    QuickSendPanel panel;
    panel.setModel(&model);
    QCOMPARE(panel.model(), &model);
    QVERIFY(panel.exportFile(path));
    QCOMPARE(readFile(path), model.toJson());
    QCOMPARE(panel.errorText(), QString());

    QuickSendModel other;
    other.add(makeEntry(QStringLiteral("old"), PayloadSpec::Format::Text, QStringLiteral("old")));
    QuickSendPanel otherPanel;
    otherPanel.setModel(&other);
    QVERIFY(otherPanel.importFile(path));
    QCOMPARE(other.entries(), sampleEntries());
    QCOMPARE(otherPanel.errorText(), QString());
}

void TestQuickSend::panelShowsImportErrorsInline()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QuickSendModel model;
    model.setEntries(sampleEntries());
    QuickSendPanel panel;
    panel.setModel(&model);
    auto *errorLabel = panel.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(errorLabel);
    QVERIFY(errorLabel->isHidden());

    const QString badPath = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(badPath, R"({"version": 7, "entries": []})"));
    QVERIFY(!panel.importFile(badPath));
    QCOMPARE(panel.errorText(),
             QStringLiteral("Cannot import \"%1\": The quick-send list has version 7, but only "
                            "version 1 is supported.")
                 .arg(QDir::toNativeSeparators(badPath)));
    QCOMPARE(errorLabel->text(), panel.errorText());
    QVERIFY(!errorLabel->isHidden());
    QCOMPARE(model.entries(), sampleEntries());

    const QString missingPath = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!panel.importFile(missingPath));
    QCOMPARE(
        panel.errorText(),
        QStringLiteral("Cannot open \"%1\": No such file or directory.").arg(QDir::toNativeSeparators(missingPath)));
    QCOMPARE(model.entries(), sampleEntries());

    // A good file clears the error.
    const QString goodPath = dir.filePath(QStringLiteral("good.json"));
    QVERIFY(writeFile(goodPath, R"({"version": 1, "entries": [{"name": "Only", "format": "hex", "content": "ff"}]})"));
    QVERIFY(panel.importFile(goodPath));
    QCOMPARE(
        model.entries(),
        (QList<QuickSendEntry>{makeEntry(QStringLiteral("Only"), PayloadSpec::Format::Hex, QStringLiteral("ff"))}));
    QCOMPARE(panel.errorText(), QString());
    QVERIFY(errorLabel->isHidden());
}

void TestQuickSend::panelReportsExportErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QuickSendModel model;
    model.setEntries(sampleEntries());
    QuickSendPanel panel;
    panel.setModel(&model);
    const QString path = dir.filePath(QStringLiteral("no/such/dir/list.json"));
    QVERIFY(!panel.exportFile(path));
    QVERIFY(panel.errorText().startsWith(QStringLiteral("Cannot write \"%1\": ").arg(QDir::toNativeSeparators(path))));
    QVERIFY(!QFile::exists(path));
}

void TestQuickSend::doubleClickEmitsTheEntry()
{
    QuickSendModel model;
    model.setEntries(sampleEntries());
    QuickSendPanel panel;
    panel.setModel(&model);
    panel.resize(500, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy requested(&panel, &QuickSendPanel::sendRequested);

    auto *view = panel.findChild<QTableView *>(QStringLiteral("quickSendView"));
    QVERIFY(view);
    const QPoint center = view->visualRect(model.index(1, QuickSendModel::ContentColumn)).center();
    // An item view only takes a double-click on the item that the first click pressed.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, center);
    QCOMPARE(requested.count(), 0);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, center);

    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<QuickSendEntry>(), sampleEntries().at(1));
}

void TestQuickSend::sendButtonFollowsTheSelection()
{
    QuickSendModel model;
    model.setEntries(sampleEntries());
    QuickSendPanel panel;
    panel.setModel(&model);
    QSignalSpy requested(&panel, &QuickSendPanel::sendRequested);
    auto *send = panel.findChild<QToolButton *>(QStringLiteral("sendToolButton"));
    auto *edit = panel.findChild<QToolButton *>(QStringLiteral("editToolButton"));
    auto *remove = panel.findChild<QToolButton *>(QStringLiteral("removeToolButton"));
    QVERIFY(send && edit && remove);
    for (const char *name : {"addToolButton", "importToolButton", "exportToolButton"}) {
        auto *button = panel.findChild<QToolButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY(button->isEnabled());
        QVERIFY(!button->toolTip().isEmpty());
    }

    QCOMPARE(panel.currentRow(), -1);
    QVERIFY(!send->isEnabled());
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());

    panel.setCurrentRow(2);
    QCOMPARE(panel.currentRow(), 2);
    QVERIFY(send->isEnabled());
    send->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<QuickSendEntry>(), sampleEntries().at(2));

    // Removing the selected last entry selects the one before it.
    remove->click();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(panel.currentRow(), 1);
    send->click();
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).value<QuickSendEntry>(), sampleEntries().at(1));
}

void TestQuickSend::panelsShareOneModel()
{
    QuickSendModel model;
    QuickSendPanel first;
    QuickSendPanel second;
    first.setModel(&model);
    second.setModel(&model);
    model.setEntries(sampleEntries());
    QCOMPARE(first.findChild<QTableView *>(QStringLiteral("quickSendView"))->model()->rowCount(), 3);
    QCOMPARE(second.findChild<QTableView *>(QStringLiteral("quickSendView"))->model()->rowCount(), 3);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("list.json"));
    QVERIFY(writeFile(path, R"({"version": 1, "entries": [{"name": "One"}]})"));
    QVERIFY(first.importFile(path));
    QCOMPARE(second.findChild<QTableView *>(QStringLiteral("quickSendView"))->model()->rowCount(), 1);

    first.setModel(nullptr);
    QCOMPARE(first.model(), nullptr);
    QVERIFY(!first.importFile(path));
}

void TestQuickSend::dialogRequiresAName()
{
    QuickSendDialog dialog;
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    QVERIFY(ok && name);
    QVERIFY(!ok->isEnabled());
    name->setText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    name->setText(QStringLiteral(" Hello "));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.entry().name, QStringLiteral("Hello"));

    const QuickSendEntry entry = sampleEntries().at(1);
    dialog.setEntry(entry);
    QCOMPARE(dialog.entry(), entry);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("formatComboBox"))->count(), 3);
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("contentPlainTextEdit"))->toPlainText(),
             QStringLiteral("你好\\r\\n"));

    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&dialog, &event);
    QCOMPARE(dialog.entry(), entry);
}

QTEST_MAIN(TestQuickSend)
#include "tst_quicksend.moc"

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "appsettings.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "screenshotrenderer.h"

namespace {
QStringList tabTexts(const MainWindow &window)
{
    const auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"));
    QStringList texts;
    for (int i = 0; tabs && i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    return texts;
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

QAction *languageAction(const MainWindow &window, const QString &code)
{
    return window.findChild<QAction *>(QStringLiteral("languageAction_") + code);
}

/** Every text a person can read in the window: labels, buttons, actions, menus, tabs. */
QStringList visibleTexts(const MainWindow &window)
{
    QStringList texts = tabTexts(window) + menuTitles(window);
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts << label->text();
    const QList<QAbstractButton *> buttons = window.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons)
        texts << button->text();
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions)
        texts << action->text();
    texts << window.statusBar()->currentMessage();
    // What shows on hovering, in empty fields, in group titles, in combo boxes and in table headers.
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        texts << widget->toolTip();
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            texts << edit->placeholderText();
        if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
            texts << edit->placeholderText();
        if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            texts << box->title();
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                texts << view->model()->headerData(column, Qt::Horizontal).toString();
        }
    }
    for (const QAction *action : actions)
        texts << action->toolTip() << action->statusTip();
    texts.removeAll(QString());
    return texts;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hasFivePagesInOrder();
    void hasMenusAndStatusBar();
    void switchesLanguageAtRunTime();
    void translatesEveryVisibleText();
    void restoresSavedPage();
    void rendersScreenshots();
    void reportsUnwritableScreenshotFolder();
    void aboutShowsTheProjectVersion();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<AppSettings> m_settings;
};

void TestMainWindow::init()
{
    QVERIFY(m_dir.isValid());
    m_languages = std::make_unique<LanguageManager>();
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestMainWindow::cleanup()
{
    m_settings.reset();
    m_languages.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestMainWindow::hasFivePagesInOrder()
{
    MainWindow window(m_languages.get(), m_settings.get());
    QCOMPARE(window.pageCount(), 5);
    QCOMPARE(tabTexts(window),
             QStringList({QStringLiteral("TCP Server"), QStringLiteral("TCP Client"), QStringLiteral("UDP"),
                          QStringLiteral("Remote Command"), QStringLiteral("Packet Visualizer")}));
    QStringList ids;
    for (int i = 0; i < window.pageCount(); ++i)
        ids << window.pageId(i);
    QCOMPARE(ids,
             QStringList({QStringLiteral("tcp-server"), QStringLiteral("tcp-client"), QStringLiteral("udp"),
                          QStringLiteral("remote-command"), QStringLiteral("packet-visualizer")}));
    QCOMPARE(window.pageId(5), QString());
}

void TestMainWindow::hasMenusAndStatusBar()
{
    MainWindow window(m_languages.get(), m_settings.get());
    QCOMPARE(menuTitles(window),
             QStringList({QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
    const auto *languageMenu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(languageMenu);
    QCOMPARE(languageMenu->actions().size(), 2);
    QCOMPARE(languageMenu->actions().at(0)->text(), QStringLiteral("English"));
    QCOMPARE(languageMenu->actions().at(1)->text(), QStringLiteral("简体中文"));
    QVERIFY(languageAction(window, QStringLiteral("en"))->isChecked());
    QVERIFY(!languageAction(window, QStringLiteral("zh_CN"))->isChecked());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("quitAction")));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ready"));
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    MainWindow window(m_languages.get(), m_settings.get());
    window.show();
    languageAction(window, QStringLiteral("zh_CN"))->trigger();

    QCOMPARE(m_languages->language(), QStringLiteral("zh_CN"));
    QCOMPARE(m_settings->language(), QStringLiteral("zh_CN"));
    // QApplication posts LanguageChange to every top-level window: let the event loop deliver it.
    QTRY_COMPARE_WITH_TIMEOUT(
        tabTexts(window),
        QStringList({QStringLiteral("TCP 服务器"), QStringLiteral("TCP 客户端"), QStringLiteral("UDP"),
                     QStringLiteral("远程命令"), QStringLiteral("数据包可视化")}),
        5000);
    QCOMPARE(menuTitles(window),
             QStringList({QStringLiteral("文件(&F)"), QStringLiteral("视图(&V)"), QStringLiteral("帮助(&H)")}));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("就绪"));
    QVERIFY(languageAction(window, QStringLiteral("zh_CN"))->isChecked());
    QVERIFY(!languageAction(window, QStringLiteral("en"))->isChecked());
    // Language names stay in their own language.
    QCOMPARE(languageAction(window, QStringLiteral("en"))->text(), QStringLiteral("English"));

    languageAction(window, QStringLiteral("en"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(tabTexts(window).constFirst(), QStringLiteral("TCP Server"), 5000);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ready"));
    QCOMPARE(m_settings->language(), QStringLiteral("en"));
}

void TestMainWindow::translatesEveryVisibleText()
{
    MainWindow window(m_languages.get(), m_settings.get());
    const QStringList english = visibleTexts(window);
    QVERIFY(english.size() > 20);
    QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE_WITH_TIMEOUT(tabTexts(window).constFirst(), QStringLiteral("TCP 服务器"), 5000);
    const QStringList chinese = visibleTexts(window);
    QCOMPARE(chinese.size(), english.size());
    // Names that are the same in both languages: protocols, encodings, checksums, socket options, sample data.
    const QStringList sameInBoth = {QStringLiteral("UDP"),
                                    QStringLiteral("TCP"),
                                    QStringLiteral("English"),
                                    QStringLiteral("简体中文"),
                                    QStringLiteral("PNG…"),
                                    QStringLiteral("SVG…"),
                                    QStringLiteral("JSON…"),
                                    QStringLiteral("TLS"),
                                    QStringLiteral("localhost"),
                                    QStringLiteral("hello,world,egon"),
                                    QStringLiteral("none"),
                                    QStringLiteral("UTF-8"),
                                    QStringLiteral("GBK (简体中文)"),
                                    QStringLiteral("GB18030 (简体中文)"),
                                    QStringLiteral("Big5 (繁體中文)"),
                                    QStringLiteral("LF \\n"),
                                    QStringLiteral("CRLF \\r\\n"),
                                    QStringLiteral("CR \\r"),
                                    QStringLiteral("CRC-16/MODBUS"),
                                    QStringLiteral("CRC-16/CCITT-FALSE"),
                                    QStringLiteral("CRC-32"),
                                    QStringLiteral("SO_SNDBUF"),
                                    QStringLiteral("SO_RCVBUF")};
    QStringList untranslated;
    for (const QString &text : chinese) {
        // Symbols, numbers and addresses have no language ("→", "0.0.0.0").
        const bool hasLetters = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
        if (sameInBoth.contains(text) || !hasLetters)
            continue;
        if (english.contains(text))
            untranslated << text;
    }
    untranslated.removeDuplicates();
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("not translated: ") + untranslated.join(QStringLiteral(" | "))));
}

void TestMainWindow::restoresSavedPage()
{
    {
        MainWindow window(m_languages.get(), m_settings.get());
        window.show();
        window.showPage(3);
        window.close();
    }
    QCOMPARE(m_settings->currentTab(), 3);
    MainWindow again(m_languages.get(), m_settings.get());
    const auto *tabs = again.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"));
    QCOMPARE(tabs->currentIndex(), 3);
    // A saved index out of range (from a newer or older version) is ignored.
    m_settings->setCurrentTab(42);
    MainWindow third(m_languages.get(), m_settings.get());
    QCOMPARE(third.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"))->currentIndex(), 0);
}

void TestMainWindow::rendersScreenshots()
{
    MainWindow window(m_languages.get(), nullptr);
    window.resize(1100, 720);
    const QString dir = m_dir.filePath(QStringLiteral("shots/nested"));
    const ScreenshotRenderer::Result result = ScreenshotRenderer::renderPages(window, dir);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.files.size(), 5);
    const QStringList names = {QStringLiteral("tcp-server.png"), QStringLiteral("tcp-client.png"),
                               QStringLiteral("udp.png"), QStringLiteral("remote-command.png"),
                               QStringLiteral("packet-visualizer.png")};
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(result.files.at(i), QDir(dir).absoluteFilePath(names.at(i)));
        const QImage image(result.files.at(i));
        QVERIFY2(!image.isNull(), qPrintable(result.files.at(i)));
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1100, 720));
    }
    // Each page's picture differs from the others (the right tab was shown).
    QVERIFY(QImage(result.files.at(0)) != QImage(result.files.at(1)));
}

void TestMainWindow::reportsUnwritableScreenshotFolder()
{
    QFile blocker(m_dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    MainWindow window(m_languages.get(), nullptr);
    const QString dir = m_dir.filePath(QStringLiteral("file/shots"));
    const ScreenshotRenderer::Result result = ScreenshotRenderer::renderPages(window, dir);
    QCOMPARE(result.files, QStringList());
    QCOMPARE(result.error,
             QStringLiteral("Cannot create the screenshot folder %1: check the path and your permissions.")
                 .arg(QDir::toNativeSeparators(dir)));
}

void TestMainWindow::aboutShowsTheProjectVersion()
{
    MainWindow window(m_languages.get(), m_settings.get());
    window.show();
    QString shown;
    // The About box is modal: read it and close it from inside its own event loop.
    QTimer::singleShot(0, &window, [&shown] {
        for (int attempt = 0; attempt < 100 && !qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
             ++attempt)
            QTest::qWait(20);
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY2(shown.contains(QStringLiteral("SocketLab " SOCKETLAB_PROJECT_VERSION)), qPrintable(shown));
    QVERIFY(shown.contains(QString::fromLatin1(qVersion())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

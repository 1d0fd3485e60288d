// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QSignalSpy>
#include <QTest>

#include "i18n/languagemanager.h"

class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void switchesTranslationsAtRunTime();
    void translatesQtsOwnDialogs();
    void rejectsUnsupportedLanguage();
    void nativeNames();
};

void TestLanguageManager::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh-CN") << QStringLiteral("zh-CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN");
    QTest::newRow("posix name") << QStringLiteral("zh_CN.UTF-8") << QStringLiteral("zh_CN");
    QTest::newRow("modifier") << QStringLiteral("zh_CN.GB18030@pinyin") << QStringLiteral("zh_CN");
    QTest::newRow("script") << QStringLiteral("zh-Hans-CN") << QStringLiteral("zh_CN");
    QTest::newRow("singapore") << QStringLiteral("zh_SG") << QStringLiteral("zh_CN");
    QTest::newRow("traditional") << QStringLiteral("zh_TW") << QString();
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("en_US") << QStringLiteral("en_US.UTF-8") << QStringLiteral("en");
    QTest::newRow("en-GB") << QStringLiteral("en-GB") << QStringLiteral("en");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("POSIX") << QStringLiteral("POSIX") << QStringLiteral("en");
    QTest::newRow("spaces") << QStringLiteral("  zh_CN ") << QStringLiteral("zh_CN");
    QTest::newRow("french") << QStringLiteral("fr_FR") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestLanguageManager::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::normalize(input), expected);
}

void TestLanguageManager::switchesTranslationsAtRunTime()
{
    // A string from the main window's form: the catalogue embedded in the core library must carry it.
    const char *context = "MainWindow";
    const char *source = "TCP Server";
    LanguageManager manager;
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QCOMPARE(manager.language(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate(context, source), QStringLiteral("TCP Server"));

    QVERIFY(manager.setLanguage(QStringLiteral("zh-CN")));
    QCOMPARE(manager.language(), QStringLiteral("zh_CN"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate(context, source), QStringLiteral("TCP 服务器"));

    // Setting the same language again changes nothing and says nothing.
    QVERIFY(manager.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(changed.count(), 1);

    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(QCoreApplication::translate(context, source), QStringLiteral("TCP Server"));
}

void TestLanguageManager::translatesQtsOwnDialogs()
{
    // Message-box buttons and file dialogs come from Qt's own catalogue (Debian's qt6-translations-l10n).
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QCOMPARE(QCoreApplication::translate("QFileDialog", "File &name:"), QStringLiteral("文件名称(&N)："));
    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestLanguageManager::rejectsUnsupportedLanguage()
{
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("zh_CN")));
    QVERIFY(!manager.setLanguage(QStringLiteral("klingon")));
    QCOMPARE(manager.language(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "TCP Server"), QStringLiteral("TCP 服务器"));
}

void TestLanguageManager::nativeNames()
{
    QCOMPARE(LanguageManager::supportedLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"

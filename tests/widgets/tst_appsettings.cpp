// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QTemporaryDir>
#include <QTest>

#include "appsettings.h"

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void roundTripsThroughTheFile();
};

void TestAppSettings::defaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("empty.ini")));
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.mainWindowGeometry(), QByteArray());
    QCOMPARE(settings.mainWindowState(), QByteArray());
    QCOMPARE(settings.currentTab(), 0);
    QCOMPARE(settings.fileName(), dir.filePath(QStringLiteral("empty.ini")));
}

void TestAppSettings::roundTripsThroughTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const QByteArray geometry("\x01\x00\xff geometry", 12);
    {
        AppSettings settings(path);
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.setMainWindowGeometry(geometry);
        settings.setMainWindowState(QByteArrayLiteral("state"));
        settings.setCurrentTab(4);
        settings.sync();
    }
    QVERIFY(QFile::exists(path));
    AppSettings reread(path);
    QCOMPARE(reread.language(), QStringLiteral("zh_CN"));
    QCOMPARE(reread.mainWindowGeometry(), geometry);
    QCOMPARE(reread.mainWindowState(), QByteArrayLiteral("state"));
    QCOMPARE(reread.currentTab(), 4);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QTest>

#include "byteformat.h"
#include "i18n/languagemanager.h"

class TestByteFormat : public QObject
{
    Q_OBJECT

private slots:
    void englishSizes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << QStringLiteral("0 bytes");
        QTest::newRow("1") << qint64(1) << QStringLiteral("1 byte");
        QTest::newRow("1023") << qint64(1023) << QStringLiteral("1023 bytes");
        QTest::newRow("1024") << qint64(1024) << QStringLiteral("1.0 KiB");
        QTest::newRow("1536") << qint64(1536) << QStringLiteral("1.5 KiB");
        QTest::newRow("5 MiB") << qint64(5) * 1024 * 1024 << QStringLiteral("5.0 MiB");
        QTest::newRow("3 GiB") << qint64(3) * 1024 * 1024 * 1024 << QStringLiteral("3.0 GiB");
        QTest::newRow("2 TiB") << qint64(2) * 1024 * 1024 * 1024 * 1024 << QStringLiteral("2.0 TiB");
    }
    void englishSizes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(ByteFormat::size(bytes), text);
    }

    void ratesAndChinese()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(ByteFormat::rate(2048.4), QStringLiteral("2.0 KiB/s"));
        QCOMPARE(ByteFormat::rate(0), QStringLiteral("0 bytes/s"));
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(ByteFormat::size(25), QStringLiteral("25 字节"));
        QCOMPARE(ByteFormat::rate(84), QStringLiteral("84 字节/秒"));
        QCOMPARE(ByteFormat::size(1536), QStringLiteral("1.5 KiB"));
    }
};

QTEST_MAIN(TestByteFormat)
#include "tst_byteformat.moc"

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <QTest>

#include "payload/hexdump.h"

class TestHexDump : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void asciiColumnLinesUp_data();
    void asciiColumnLinesUp();
    void longInput();
};

void TestHexDump::format_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("bytesPerLine");
    QTest::addColumn<qint64>("startOffset");
    QTest::addColumn<QString>("expected");

    // The 16-byte rows are what `hexdump -C` prints, minus its final offset-only line.
    QTest::newRow("empty") << QByteArray() << 16 << qint64(0) << QString();
    QTest::newRow("one byte") << QByteArrayLiteral("A") << 16 << qint64(0)
                              << QStringLiteral("00000000  41                                                |A|");
    QTest::newRow("hello world") << QByteArrayLiteral("Hello world\n") << 16 << qint64(0)
                                 << QStringLiteral(
                                        "00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a              |Hello world.|");
    QTest::newRow("eight bytes") << QByteArrayLiteral("01234567") << 16 << qint64(0)
                                 << QStringLiteral(
                                        "00000000  30 31 32 33 34 35 36 37                           |01234567|");
    QTest::newRow("nine bytes") << QByteArrayLiteral("012345678") << 16 << qint64(0)
                                << QStringLiteral(
                                       "00000000  30 31 32 33 34 35 36 37  38                       |012345678|");
    QTest::newRow("exactly 16")
        << QByteArrayLiteral("0123456789abcdef") << 16 << qint64(0)
        << QStringLiteral("00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|");
    QTest::newRow("17 bytes") << QByteArrayLiteral("0123456789abcdefg") << 16 << qint64(0)
                              << QStringLiteral(
                                     "00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|\n"
                                     "00000010  67                                                |g|");
    QTest::newRow("non-printables") << QByteArray::fromHex("001f207e7f80ff0a") << 16 << qint64(0)
                                    << QStringLiteral(
                                           "00000000  00 1f 20 7e 7f 80 ff 0a                           |.. ~....|");
    QTest::newRow("bytesPerLine 8") << QByteArrayLiteral("0123456789abcdefg") << 8 << qint64(0)
                                    << QStringLiteral("00000000  30 31 32 33 34 35 36 37  |01234567|\n"
                                                      "00000008  38 39 61 62 63 64 65 66  |89abcdef|\n"
                                                      "00000010  67                       |g|");
    QTest::newRow("bytesPerLine 1") << QByteArrayLiteral("AB") << 1 << qint64(0)
                                    << QStringLiteral("00000000  41  |A|\n00000001  42  |B|");
    QTest::newRow("bytesPerLine 20")
        << QByteArrayLiteral("0123456789abcdefghijklmnopqrstuvwxyz") << 20 << qint64(0)
        << QStringLiteral(
               "00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  67 68 69 6a  |0123456789abcdefghij|\n"
               "00000014  6b 6c 6d 6e 6f 70 71 72  73 74 75 76 77 78 79 7a               |klmnopqrstuvwxyz|");
    QTest::newRow("bytesPerLine 0 means 16")
        << QByteArrayLiteral("A") << 0 << qint64(0)
        << QStringLiteral("00000000  41                                                |A|");
    QTest::newRow("negative bytesPerLine means 16")
        << QByteArrayLiteral("A") << -5 << qint64(0)
        << QStringLiteral("00000000  41                                                |A|");
    QTest::newRow("start offset") << QByteArrayLiteral("Hi") << 16 << qint64(0x1000)
                                  << QStringLiteral("00001000  48 69                                             |Hi|");
    QTest::newRow("start offset crossing lines")
        << QByteArrayLiteral("0123456789abcdefg") << 16 << qint64(0xfff8)
        << QStringLiteral("0000fff8  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|\n"
                          "00010008  67                                                |g|");
    QTest::newRow("offset wider than 8 digits")
        << QByteArrayLiteral("A") << 16 << qint64(0x123456789)
        << QStringLiteral("123456789  41                                                |A|");
    QTest::newRow("negative offset counts as 0")
        << QByteArrayLiteral("A") << 16 << qint64(-10)
        << QStringLiteral("00000000  41                                                |A|");
}

void TestHexDump::format()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, bytesPerLine);
    QFETCH(qint64, startOffset);
    QFETCH(QString, expected);

    QCOMPARE(HexDump::format(bytes, bytesPerLine, startOffset), expected);
    if (bytesPerLine == 16 && startOffset == 0)
        QCOMPARE(HexDump::format(bytes), expected);
}

void TestHexDump::asciiColumnLinesUp_data()
{
    QTest::addColumn<int>("bytesPerLine");
    for (const int width : {1, 3, 8, 9, 16, 20, 32})
        QTest::addRow("%d bytes per line", width) << width;
}

void TestHexDump::asciiColumnLinesUp()
{
    QFETCH(int, bytesPerLine);
    for (int size = 1; size <= 3 * bytesPerLine + 1; ++size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            bytes[i] = static_cast<char>(i * 29);
        const QStringList lines = HexDump::format(bytes, bytesPerLine).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), (size + bytesPerLine - 1) / bytesPerLine);
        const qsizetype column = 10 + bytesPerLine * 3 - 1 + (bytesPerLine - 1) / 8 + 2;
        for (const QString &line : lines) {
            QCOMPARE(line.indexOf(QLatin1Char('|')), column);
            QVERIFY(line.endsWith(QLatin1Char('|')));
        }
    }
}

void TestHexDump::longInput()
{
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(i & 0xff);
    const QStringList lines = HexDump::format(bytes).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4096);
    QCOMPARE(lines.first(),
             QStringLiteral("00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  |................|"));
    QCOMPARE(lines.last(),
             QStringLiteral("0000fff0  f0 f1 f2 f3 f4 f5 f6 f7  f8 f9 fa fb fc fd fe ff  |................|"));
}

QTEST_GUILESS_MAIN(TestHexDump)
#include "tst_hexdump.moc"

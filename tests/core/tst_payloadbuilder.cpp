// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "payload/payloadbuilder.h"

namespace {

PayloadSpec fileSpec(const QString &path, Checksum::Kind checksum = Checksum::Kind::None,
                     PayloadSpec::LineEnding lineEnding = PayloadSpec::LineEnding::None)
{
    PayloadSpec spec;
    spec.format = PayloadSpec::Format::File;
    spec.content = path;
    spec.checksum = checksum;
    spec.lineEnding = lineEnding;
    return spec;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestPayloadBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void build_data();
    void build();
    void file_data();
    void file();
    void emptyFile();
    void missingFile();
    void directory();
    void noFileName();
    void fileOverLimit();
    void fileAtLimit();
    void formatNames_data();
    void formatNames();
    void lineEndingNames_data();
    void lineEndingNames();
    void lineEndingFromNameRejects();

private:
    QTemporaryDir m_dir;
};

void TestPayloadBuilder::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestPayloadBuilder::defaults()
{
    const PayloadSpec spec;
    QCOMPARE(spec.format, PayloadSpec::Format::Text);
    QCOMPARE(spec.content, QString());
    QCOMPARE(spec.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(spec.lineEnding, PayloadSpec::LineEnding::None);
    QCOMPARE(spec.checksum, Checksum::Kind::None);
    QCOMPARE(PayloadBuilder::MaxFileSize, qint64(64 * 1024 * 1024));
}

void TestPayloadBuilder::build_data()
{
    QTest::addColumn<PayloadSpec::Format>("format");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<PayloadSpec::LineEnding>("lineEnding");
    QTest::addColumn<Checksum::Kind>("checksum");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("errorPosition");
    QTest::addColumn<QString>("error");

    using Format = PayloadSpec::Format;
    using Ending = PayloadSpec::LineEnding;
    using Kind = Checksum::Kind;
    const auto ok = [](const char *name, Format format, const QString &content, const char *encoding, Ending ending,
                       Kind checksum, const char *hex) {
        QTest::newRow(name) << format << content << QString::fromLatin1(encoding) << ending << checksum
                            << QByteArray::fromHex(hex) << qsizetype(-1) << QString();
    };
    const QString hi = QStringLiteral("Hi");
    const QString check = QStringLiteral("123456789");
    const QString modbusHex = QStringLiteral("01 03 00 00 00 0a");

    // Text: every line ending, then every checksum.
    ok("text", Format::Text, hi, "UTF-8", Ending::None, Kind::None, "4869");
    ok("text lf", Format::Text, hi, "UTF-8", Ending::Lf, Kind::None, "48690a");
    ok("text crlf", Format::Text, hi, "UTF-8", Ending::CrLf, Kind::None, "48690d0a");
    ok("text cr", Format::Text, hi, "UTF-8", Ending::Cr, Kind::None, "48690d");
    ok("text sum8", Format::Text, check, "UTF-8", Ending::None, Kind::Sum8, "313233343536373839dd");
    ok("text xor8 lf", Format::Text, check, "UTF-8", Ending::Lf, Kind::Xor8, "313233343536373839310a");
    ok("text modbus crlf", Format::Text, check, "UTF-8", Ending::CrLf, Kind::Crc16Modbus, "313233343536373839374b0d0a");
    ok("text ccitt cr", Format::Text, check, "UTF-8", Ending::Cr, Kind::Crc16CcittFalse, "31323334353637383929b10d");
    ok("text crc32 lf", Format::Text, check, "UTF-8", Ending::Lf, Kind::Crc32, "313233343536373839cbf439260a");
    ok("text backslash is plain", Format::Text, QStringLiteral("a\\n"), "UTF-8", Ending::None, Kind::None, "615c6e");
    ok("text GBK crlf", Format::Text, QStringLiteral(u"中文"), "GBK", Ending::CrLf, Kind::None, "d6d0cec40d0a");
    ok("text gb2312 alias", Format::Text, QStringLiteral(u"中文"), "gb2312", Ending::None, Kind::None, "d6d0cec4");
    ok("text Big5 xor8", Format::Text, QStringLiteral(u"中文"), "Big5", Ending::None, Kind::Xor8, "a4a4a4e541");
    ok("text GB18030 lf", Format::Text, QStringLiteral(u"中\U0001F600"), "GB18030", Ending::Lf, Kind::None,
       "d6d09439fc360a");
    ok("text Latin-1 cr", Format::Text, QStringLiteral(u"é"), "latin1", Ending::Cr, Kind::None, "e90d");
    ok("text UTF-16LE", Format::Text, QStringLiteral("A"), "UTF-16LE", Ending::None, Kind::None, "4100");
    ok("text UTF-16LE lf", Format::Text, QStringLiteral("A"), "UTF-16LE", Ending::Lf, Kind::None, "41000a00");
    ok("text UTF-16LE crlf", Format::Text, QStringLiteral("A"), "UTF-16LE", Ending::CrLf, Kind::None, "41000d000a00");
    ok("text UTF-16LE cr", Format::Text, QStringLiteral(u"中"), "UTF-16LE", Ending::Cr, Kind::None, "2d4e0d00");
    ok("text UTF-16LE sum8 crlf", Format::Text, QStringLiteral("A"), "utf16le", Ending::CrLf, Kind::Sum8,
       "4100410d000a00");
    ok("empty text", Format::Text, QString(), "UTF-8", Ending::None, Kind::None, "");
    ok("empty text crlf", Format::Text, QString(), "UTF-8", Ending::CrLf, Kind::None, "0d0a");
    ok("empty text modbus", Format::Text, QString(), "UTF-8", Ending::None, Kind::Crc16Modbus, "ffff");
    ok("empty text crc32 lf", Format::Text, QString(), "UTF-8", Ending::Lf, Kind::Crc32, "000000000a");

    // Escaped.
    ok("escaped", Format::Escaped, QStringLiteral("AT\\r\\n"), "UTF-8", Ending::None, Kind::None, "41540d0a");
    ok("escaped crlf", Format::Escaped, QStringLiteral("AT"), "UTF-8", Ending::CrLf, Kind::None, "41540d0a");
    ok("escaped modbus", Format::Escaped, QStringLiteral("\\x01\\x03\\x00\\x00\\x00\\x0a"), "UTF-8", Ending::None,
       Kind::Crc16Modbus, "01030000000ac5cd");
    ok("escaped sum8 lf", Format::Escaped, QStringLiteral("\\xff\\x02"), "UTF-8", Ending::Lf, Kind::Sum8, "ff02010a");
    ok("escaped GBK", Format::Escaped, QStringLiteral(u"中\\xff"), "GBK", Ending::Cr, Kind::None, "d6d0ff0d");
    ok("escaped cp936 alias", Format::Escaped, QStringLiteral(u"文"), "cp936", Ending::None, Kind::None, "cec4");
    ok("escaped UTF-16LE lf", Format::Escaped, QStringLiteral("A\\x00"), "UTF-16LE", Ending::Lf, Kind::None,
       "4100000a00");
    ok("escaped UTF-16LE crc32 crlf", Format::Escaped, QStringLiteral("A"), "UTF-16LE", Ending::CrLf, Kind::Crc32,
       "4100a8bb6cbb0d000a00");
    ok("empty escaped cr", Format::Escaped, QString(), "UTF-8", Ending::Cr, Kind::None, "0d");

    // Hex: the encoding plays no part, the line ending is raw bytes.
    ok("hex", Format::Hex, modbusHex, "UTF-8", Ending::None, Kind::None, "01030000000a");
    ok("hex modbus", Format::Hex, modbusHex, "UTF-8", Ending::None, Kind::Crc16Modbus, "01030000000ac5cd");
    ok("hex modbus crlf", Format::Hex, modbusHex, "UTF-8", Ending::CrLf, Kind::Crc16Modbus, "01030000000ac5cd0d0a");
    ok("hex ccitt lf", Format::Hex, QStringLiteral("31 32 33 34 35 36 37 38 39"), "UTF-8", Ending::Lf,
       Kind::Crc16CcittFalse, "31323334353637383929b10a");
    ok("hex crc32 cr", Format::Hex, QStringLiteral("313233343536373839"), "UTF-8", Ending::Cr, Kind::Crc32,
       "313233343536373839cbf439260d");
    ok("hex xor8", Format::Hex, QStringLiteral("0x55,0xaa"), "UTF-8", Ending::None, Kind::Xor8, "55aaff");
    ok("hex sum8", Format::Hex, QStringLiteral("ff 01 01"), "UTF-8", Ending::None, Kind::Sum8, "ff010101");
    ok("hex UTF-16LE crlf stays raw", Format::Hex, QStringLiteral("41"), "UTF-16LE", Ending::CrLf, Kind::None,
       "410d0a");
    ok("hex ignores unknown encoding", Format::Hex, QStringLiteral("41"), "KOI8-R", Ending::Lf, Kind::None, "410a");
    ok("empty hex", Format::Hex, QString(), "UTF-8", Ending::None, Kind::None, "");
    ok("empty hex sum8 crlf", Format::Hex, QStringLiteral(" "), "UTF-8", Ending::CrLf, Kind::Sum8, "000d0a");

    const auto bad = [](const char *name, Format format, const QString &content, const char *encoding,
                        qsizetype position, const QString &error) {
        QTest::newRow(name) << format << content << QString::fromLatin1(encoding) << Ending::CrLf << Kind::Crc16Modbus
                            << QByteArray() << position << error;
    };
    bad("text unknown encoding", Format::Text, hi, "KOI8-R", 0, QStringLiteral("Unknown text encoding \"KOI8-R\"."));
    bad("escaped unknown encoding", Format::Escaped, hi, "", 0, QStringLiteral("Unknown text encoding \"\"."));
    bad("text unencodable", Format::Text, QStringLiteral(u"ab中"), "latin-1", 2,
        QStringLiteral(u"The character '中' at position 3 cannot be encoded in ISO-8859-1."));
    bad("text lone surrogate", Format::Text, QStringLiteral("a") + QChar(0xdc00), "UTF-8", 1,
        QStringLiteral("Invalid character U+DC00 at position 2: an unpaired UTF-16 surrogate is not text."));
    bad("escaped unknown escape", Format::Escaped, QStringLiteral("AT\\q"), "UTF-8", 2,
        QStringLiteral("Unknown escape \"\\q\" at position 3."));
    bad("escaped unencodable names canonical encoding", Format::Escaped, QStringLiteral(u"\\x41中"), "latin1", 4,
        QStringLiteral(u"The character '中' at position 5 cannot be encoded in ISO-8859-1."));
    bad("hex invalid character", Format::Hex, QStringLiteral("01 0g"), "UTF-8", 4,
        QStringLiteral("Invalid hex character 'g' at position 5."));
    bad("hex odd digits", Format::Hex, QStringLiteral("010"), "UTF-8", 2,
        QStringLiteral("Odd number of hex digits in \"010\" at position 3: write each byte as two digits."));
}

void TestPayloadBuilder::build()
{
    QFETCH(PayloadSpec::Format, format);
    QFETCH(QString, content);
    QFETCH(QString, encoding);
    QFETCH(PayloadSpec::LineEnding, lineEnding);
    QFETCH(Checksum::Kind, checksum);
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, errorPosition);
    QFETCH(QString, error);

    PayloadSpec spec;
    spec.format = format;
    spec.content = content;
    spec.encoding = encoding;
    spec.lineEnding = lineEnding;
    spec.checksum = checksum;
    const BytesResult result = PayloadBuilder::build(spec);
    QCOMPARE(result.error, error);
    QCOMPARE(result.errorPosition, errorPosition);
    QCOMPARE(result.ok(), error.isEmpty());
    if (result.ok())
        QCOMPARE(result.bytes, bytes);
}

void TestPayloadBuilder::file_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<PayloadSpec::LineEnding>("lineEnding");
    QTest::addColumn<Checksum::Kind>("checksum");
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray binary = QByteArray::fromHex("0001ff0d0a80");
    QTest::newRow("as is") << binary << QStringLiteral("UTF-8") << PayloadSpec::LineEnding::None << Checksum::Kind::None
                           << binary;
    QTest::newRow("modbus crlf") << QByteArray::fromHex("01030000000a") << QStringLiteral("UTF-8")
                                 << PayloadSpec::LineEnding::CrLf << Checksum::Kind::Crc16Modbus
                                 << QByteArray::fromHex("01030000000ac5cd0d0a");
    QTest::newRow("UTF-16LE line ending stays raw")
        << QByteArrayLiteral("123456789") << QStringLiteral("UTF-16LE") << PayloadSpec::LineEnding::Lf
        << Checksum::Kind::Crc32 << QByteArray::fromHex("313233343536373839cbf439260a");
    QTest::newRow("unknown encoding is ignored") << binary << QStringLiteral("KOI8-R") << PayloadSpec::LineEnding::Cr
                                                 << Checksum::Kind::Xor8 << binary + QByteArray::fromHex("790d");
}

void TestPayloadBuilder::file()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, encoding);
    QFETCH(PayloadSpec::LineEnding, lineEnding);
    QFETCH(Checksum::Kind, checksum);
    QFETCH(QByteArray, bytes);

    const QString path = m_dir.filePath(QStringLiteral("payload.bin"));
    QVERIFY(writeFile(path, contents));
    PayloadSpec spec = fileSpec(path, checksum, lineEnding);
    spec.encoding = encoding;
    const BytesResult result = PayloadBuilder::build(spec);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes, bytes);
}

void TestPayloadBuilder::emptyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.bin"));
    QVERIFY(writeFile(path, QByteArray()));
    BytesResult result = PayloadBuilder::build(fileSpec(path));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes, QByteArray());
    result = PayloadBuilder::build(fileSpec(path, Checksum::Kind::Sum8, PayloadSpec::LineEnding::Lf));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes, QByteArray::fromHex("000a"));
}

void TestPayloadBuilder::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.bin"));
    const BytesResult result = PayloadBuilder::build(fileSpec(path));
    QCOMPARE(result.error,
             QStringLiteral("Cannot open the file \"") + QDir::toNativeSeparators(path) +
                 QStringLiteral("\": No such file or directory."));
    QCOMPARE(result.errorPosition, qsizetype(0));
    QVERIFY(!result.ok());
}

void TestPayloadBuilder::directory()
{
    const BytesResult result = PayloadBuilder::build(fileSpec(m_dir.path()));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(QStringLiteral("Cannot open the file \"") +
                                     QDir::toNativeSeparators(m_dir.path()) + QStringLiteral("\": ")),
             qPrintable(result.error));
}

void TestPayloadBuilder::noFileName()
{
    const BytesResult result = PayloadBuilder::build(fileSpec(QString()));
    QCOMPARE(result.error, QStringLiteral("No file was chosen to send."));
    QCOMPARE(result.errorPosition, qsizetype(0));
}

void TestPayloadBuilder::fileOverLimit()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.bin"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(PayloadBuilder::MaxFileSize + 1)); // Sparse: takes no disk space.
    }
    const BytesResult result = PayloadBuilder::build(fileSpec(path, Checksum::Kind::Crc32));
    QCOMPARE(result.error,
             QStringLiteral("The file \"") + QDir::toNativeSeparators(path) +
                 QStringLiteral("\" is too large to send: 67108865 bytes, the limit is 67108864 "
                                "bytes."));
    QCOMPARE(result.errorPosition, qsizetype(0));
    QVERIFY(QFile::remove(path));
}

void TestPayloadBuilder::fileAtLimit()
{
    const QString path = m_dir.filePath(QStringLiteral("limit.bin"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(PayloadBuilder::MaxFileSize));
        QVERIFY(file.seek(PayloadBuilder::MaxFileSize - 1));
        QVERIFY(file.putChar('\x7f'));
    }
    const BytesResult result = PayloadBuilder::build(fileSpec(path, Checksum::Kind::None, PayloadSpec::LineEnding::Lf));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.bytes.size(), PayloadBuilder::MaxFileSize + 1);
    QCOMPARE(result.bytes.at(0), '\0');
    QCOMPARE(result.bytes.right(2), QByteArray("\x7f\n"));
    QVERIFY(QFile::remove(path));
}

void TestPayloadBuilder::formatNames_data()
{
    QTest::addColumn<PayloadSpec::Format>("format");
    QTest::addColumn<QString>("name");

    QTest::newRow("text") << PayloadSpec::Format::Text << QStringLiteral("text");
    QTest::newRow("escaped") << PayloadSpec::Format::Escaped << QStringLiteral("escaped");
    QTest::newRow("hex") << PayloadSpec::Format::Hex << QStringLiteral("hex");
    QTest::newRow("file") << PayloadSpec::Format::File << QStringLiteral("file");
}

void TestPayloadBuilder::formatNames()
{
    QFETCH(PayloadSpec::Format, format);
    QFETCH(QString, name);

    QCOMPARE(PayloadBuilder::formatName(format), name);
    QCOMPARE(PayloadBuilder::formatFromName(name), std::optional<PayloadSpec::Format>(format));
    QCOMPARE(PayloadBuilder::formatFromName(name.toUpper()), std::optional<PayloadSpec::Format>(format));
    QCOMPARE(PayloadBuilder::formatFromName(QString(name + QLatin1Char('x'))), std::optional<PayloadSpec::Format>());
}

void TestPayloadBuilder::lineEndingNames_data()
{
    QTest::addColumn<PayloadSpec::LineEnding>("lineEnding");
    QTest::addColumn<QString>("name");

    QTest::newRow("none") << PayloadSpec::LineEnding::None << QStringLiteral("none");
    QTest::newRow("lf") << PayloadSpec::LineEnding::Lf << QStringLiteral("lf");
    QTest::newRow("crlf") << PayloadSpec::LineEnding::CrLf << QStringLiteral("crlf");
    QTest::newRow("cr") << PayloadSpec::LineEnding::Cr << QStringLiteral("cr");
}

void TestPayloadBuilder::lineEndingNames()
{
    QFETCH(PayloadSpec::LineEnding, lineEnding);
    QFETCH(QString, name);

    QCOMPARE(PayloadBuilder::lineEndingName(lineEnding), name);
    QCOMPARE(PayloadBuilder::lineEndingFromName(name), std::optional<PayloadSpec::LineEnding>(lineEnding));
    QCOMPARE(PayloadBuilder::lineEndingFromName(name.toUpper()), std::optional<PayloadSpec::LineEnding>(lineEnding));
}

void TestPayloadBuilder::lineEndingFromNameRejects()
{
    for (const char *name : {"", "n", "\\n", "lfcr", "crlf ", "windows", "unix"})
        QCOMPARE(PayloadBuilder::lineEndingFromName(QString::fromLatin1(name)),
                 std::optional<PayloadSpec::LineEnding>());
}

QTEST_GUILESS_MAIN(TestPayloadBuilder)
#include "tst_payloadbuilder.moc"

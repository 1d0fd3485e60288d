// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "processrun.h"

namespace {
const QString gui = QStringLiteral(SOCKETLAB_GUI_PATH);
}

/** The GUI's command line (--lang, --screenshot) run as a real process on the offscreen platform. */
class TestGuiCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshotsEveryPage_data();
    void screenshotsEveryPage();
    void rejectsUnknownLanguage();
    void reportsUnwritableFolder();
    void help();
    void firstStartFollowsTheSystemThenTheSavedChoice();

private:
    QProcessEnvironment environment() const;
    QTemporaryDir m_home;
};

void TestGuiCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("runtime")));
    QVERIFY(QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

QProcessEnvironment TestGuiCommand::environment() const
{
    // Keep the user's settings out of it and make the platform explicit.
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    extra.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
    extra.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    extra.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return extra;
}

void TestGuiCommand::screenshotsEveryPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestGuiCommand::screenshotsEveryPage()
{
    QFETCH(QString, language);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString dir = out.filePath(QStringLiteral("shots"));
    const ProcessRun run = ProcessRun::exec(
        gui, {QStringLiteral("--screenshot"), dir, QStringLiteral("--lang"), language}, environment(), 60000);
    QVERIFY2(run.finished, qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    const QStringList names = {QStringLiteral("tcp-server"), QStringLiteral("tcp-client"), QStringLiteral("udp"),
                               QStringLiteral("remote-command"), QStringLiteral("packet-visualizer")};
    QStringList expected;
    for (const QString &name : names)
        expected << QDir(dir).absoluteFilePath(name + QStringLiteral(".png"));
    QCOMPARE(run.out, expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), names.size());
    for (const QString &file : std::as_const(expected)) {
        const QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QCOMPARE(image.size(), QSize(1280, 860));
    }
}

void TestGuiCommand::rejectsUnknownLanguage()
{
    QTemporaryDir out;
    const ProcessRun run = ProcessRun::exec(
        gui, {QStringLiteral("--screenshot"), out.path(), QStringLiteral("--lang"), QStringLiteral("xx")},
        environment());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QStringLiteral("socketlab: Unknown language \"xx\": use one of en, zh_CN.\n"));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList());
}

void TestGuiCommand::reportsUnwritableFolder()
{
    QTemporaryDir out;
    QFile blocker(out.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString dir = out.filePath(QStringLiteral("file/shots"));
    const ProcessRun run = ProcessRun::exec(gui, {QStringLiteral("--screenshot"), dir}, environment());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
             QStringLiteral("socketlab: Cannot create the screenshot folder %1: check the path and your "
                            "permissions.\n")
                 .arg(dir));
}

void TestGuiCommand::help()
{
    const ProcessRun run = ProcessRun::exec(gui, {QStringLiteral("--help")}, environment());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("--lang <LANG>")));
    QVERIFY(run.out.contains(QStringLiteral("--screenshot <DIR>")));
}

void TestGuiCommand::firstStartFollowsTheSystemThenTheSavedChoice()
{
    // A first start (no settings) in a Chinese session speaks Chinese, Qt's own texts included.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QProcessEnvironment chinese = environment();
    chinese.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    chinese.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    chinese.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    chinese.insert(QStringLiteral("LANGUAGE"), QString());
    const ProcessRun first = ProcessRun::exec(gui, {QStringLiteral("--help")}, chinese);
    QVERIFY(first.finished);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.startsWith(QStringLiteral("用法：")), qPrintable(first.out));
    QVERIFY2(first.out.contains(QStringLiteral("在命令行选项上显示帮助。")), qPrintable(first.out));

    // The choice made in View → Language is saved and wins over the session's language.
    QVERIFY(QDir(config.path()).mkpath(QStringLiteral("SocketLab")));
    QFile conf(config.filePath(QStringLiteral("SocketLab/SocketLab.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[ui]\nlanguage=en\n");
    conf.close();
    const ProcessRun saved = ProcessRun::exec(gui, {QStringLiteral("--help")}, chinese);
    QVERIFY(saved.finished);
    QCOMPARE(saved.exitCode, 0);
    QVERIFY2(saved.out.startsWith(QStringLiteral("Usage: ")), qPrintable(saved.out));
    QVERIFY(saved.out.contains(QStringLiteral("Displays help on commandline options.")));
}

QTEST_GUILESS_MAIN(TestGuiCommand)
#include "tst_guicommand.moc"

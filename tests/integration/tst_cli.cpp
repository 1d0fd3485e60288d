// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QTest>

#include "processrun.h"

namespace {
const QString cli = QStringLiteral(SOCKETLAB_CLI_PATH);
const QStringList unavailable = {QStringLiteral("bench")};
const QStringList subcommands = {QStringLiteral("tcp-server"), QStringLiteral("tcp-client"), QStringLiteral("udp"),
                                 QStringLiteral("agent"),      QStringLiteral("exec"),       QStringLiteral("lab"),
                                 QStringLiteral("bench")};

QProcessEnvironment locale(const QString &name)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("LC_ALL"), name);
    environment.insert(QStringLiteral("LANG"), name);
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    return environment;
}
} // namespace

/** socketlab-cli's front door, run as a real process. */
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpListsEverySubcommand();
    void version();
    void noArgumentsIsAUsageError();
    void unknownCommandIsAUsageError();
    void unavailableSubcommandsExit2_data();
    void unavailableSubcommandsExit2();
    void subcommandHelp();
    void speaksChinese();
};

void TestCli::helpListsEverySubcommand()
{
    const ProcessRun run = ProcessRun::exec(cli, {QStringLiteral("--help")}, locale(QStringLiteral("C.UTF-8")));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY(run.out.startsWith(QStringLiteral("Usage: socketlab-cli COMMAND [OPTIONS]\n")));
    // The command names, one per line, between "Commands:" and the next empty line.
    const QString commands = run.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList listed;
    const QStringList lines = commands.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        listed << line.section(QLatin1Char(' '), 2, 2);
    QCOMPARE(listed, subcommands);
    QVERIFY(run.out.contains(
        QStringLiteral("  tcp-server  Run a TCP server that shows every read and can echo or upper-case replies.")));
}

void TestCli::version()
{
    const ProcessRun run = ProcessRun::exec(cli, {QStringLiteral("--version")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    // The one version: CMake's project(VERSION).
    QCOMPARE(run.out,
             QStringLiteral("socketlab-cli %1 (Qt %2)\n")
                 .arg(QStringLiteral(SOCKETLAB_PROJECT_VERSION), QString::fromLatin1(qVersion())));
}

void TestCli::noArgumentsIsAUsageError()
{
    const ProcessRun run = ProcessRun::exec(cli, {}, locale(QStringLiteral("C.UTF-8")));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY(run.err.startsWith(QStringLiteral("Usage: socketlab-cli COMMAND [OPTIONS]\n")));
}

void TestCli::unknownCommandIsAUsageError()
{
    const ProcessRun run = ProcessRun::exec(cli, {QStringLiteral("tcp-serve")}, locale(QStringLiteral("C.UTF-8")));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
             QStringLiteral("socketlab-cli: unknown command \"tcp-serve\". Run 'socketlab-cli --help' for "
                            "the list of commands.\n"));
}

void TestCli::unavailableSubcommandsExit2_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : unavailable)
        QTest::newRow(qPrintable(command)) << command;
}

void TestCli::unavailableSubcommandsExit2()
{
    QFETCH(QString, command);
    const ProcessRun run =
        ProcessRun::exec(cli, {command, QStringLiteral("--json")}, locale(QStringLiteral("C.UTF-8")));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QStringLiteral("socketlab-cli: %1 is not available yet.\n").arg(command));
}

void TestCli::subcommandHelp()
{
    const ProcessRun run =
        ProcessRun::exec(cli, {QStringLiteral("bench"), QStringLiteral("--help")}, locale(QStringLiteral("C.UTF-8")));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             QStringLiteral("Usage: socketlab-cli bench ...\n\n"
                            "Measure throughput and latency against a reference tool.\n\n"
                            "This command is not available yet.\n"));
    const ProcessRun lab =
        ProcessRun::exec(cli, {QStringLiteral("lab"), QStringLiteral("--help")}, locale(QStringLiteral("C.UTF-8")));
    QCOMPARE(lab.exitCode, 0);
    QVERIFY(lab.out.startsWith(QStringLiteral("Usage: socketlab-cli lab (--preset NAME | --messages A,B,C | "
                                              "--generate COUNTxSIZE) [--mode sim|live]\n")));
    QVERIFY(!lab.out.contains(QStringLiteral("not available")));
    const ProcessRun udp =
        ProcessRun::exec(cli, {QStringLiteral("udp"), QStringLiteral("--help")}, locale(QStringLiteral("C.UTF-8")));
    QCOMPARE(udp.exitCode, 0);
    QVERIFY(udp.out.startsWith(QStringLiteral("Usage: socketlab-cli udp --bind HOST:PORT ")));
    QVERIFY(udp.out.contains(QStringLiteral("[--send-to [NAME=]HOST:PORT --send TEXT]...")));
    QVERIFY(!udp.out.contains(QStringLiteral("not available")));
}

void TestCli::speaksChinese()
{
    const ProcessRun help = ProcessRun::exec(cli, {QStringLiteral("--help")}, locale(QStringLiteral("zh_CN.UTF-8")));
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("用法：socketlab-cli 命令 [选项]\n")), qPrintable(help.out));
    const ProcessRun run = ProcessRun::exec(cli, {QStringLiteral("bench")}, locale(QStringLiteral("zh_CN.UTF-8")));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QStringLiteral("socketlab-cli：bench 尚不可用。\n"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

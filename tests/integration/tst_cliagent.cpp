// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <unistd.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "cliprocess.h"
#include "processrun.h"

namespace {
const QString cli = QStringLiteral(SOCKETLAB_CLI_PATH);
const QString loopbackAny = QStringLiteral("127.0.0.1:0");
/** Every exec here ends within a few seconds; this only bounds a hang. */
constexpr int ExecTimeoutMs = 15000;

QString peerScript(const QString &name)
{
    return QStringLiteral(SOCKETLAB_SOURCE_DIR "/tests/integration/peers/") + name;
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return file.setPermissions(permissions);
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QList<QJsonObject> named(const QList<QJsonObject> &events, const QString &name)
{
    QList<QJsonObject> matching;
    for (const QJsonObject &event : events) {
        if (event.value(QStringLiteral("event")).toString() == name)
            matching.append(event);
    }
    return matching;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

/** exec's stdout as bytes, for output that is not UTF-8 (ProcessRun decodes it as UTF-8). */
QByteArray standardOutputBytes(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(cli, arguments);
    *exitCode = -1;
    if (!process.waitForStarted(ExecTimeoutMs))
        return {};
    process.closeWriteChannel();
    if (!process.waitForFinished(ExecTimeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}
} // namespace

/** socketlab-cli agent and exec as real processes on 127.0.0.1: commands, encodings, failures, limits, audit, TLS,
    and classic mode against the tutorials' Python client. */
class TestCliAgent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void execRunsAProgramWithoutAShell();
    void execPassesStreamsAndExitStatus();
    void execShellWorkingDirectoryAndEnvironment();
    void gbkOutputDecodedOrRaw();
    void execUsageErrorsExitTwo_data();
    void execUsageErrorsExitTwo();
    void refusedConnectionExitsOne();
    void wrongTokenExitsOne();
    void looseTokenFileIsRefused();
    void agentRefusesToStart_data();
    void agentRefusesToStart();
    void helpCallsDangerousOptionsDangerous_data();
    void helpCallsDangerousOptionsDangerous();
    void timeoutKillsTheCommand();
    void outputLimitCutsTheOutput();
    void auditLogRecordsOneExec();
    void tlsWithPinnedFingerprint();
    void classicModeWithTutorialClient();

private:
    QStringList agentArguments(const QStringList &extra) const;
    QStringList execArguments(quint16 port, const QStringList &options, const QStringList &command) const;
    ProcessRun exec(quint16 port, const QStringList &options, const QStringList &command) const;

    QTemporaryDir m_dir;
    QString m_token;
};

QStringList TestCliAgent::agentArguments(const QStringList &extra) const
{
    return QStringList{QStringLiteral("agent"),
                       QStringLiteral("--listen"),
                       loopbackAny,
                       QStringLiteral("--token-file"),
                       m_token,
                       QStringLiteral("--allow-root"),
                       QStringLiteral("--json")} +
        extra;
}

QStringList TestCliAgent::execArguments(quint16 port, const QStringList &options, const QStringList &command) const
{
    return QStringList{QStringLiteral("exec"), QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                       QStringLiteral("--token-file"), m_token} +
        options + QStringList{QStringLiteral("--")} + command;
}

ProcessRun TestCliAgent::exec(quint16 port, const QStringList &options, const QStringList &command) const
{
    return ProcessRun::exec(cli, execArguments(port, options, command), QProcessEnvironment(), ExecTimeoutMs);
}

void TestCliAgent::initTestCase()
{
    // English sentences from every process started here, agents included (they inherit this environment).
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANGUAGE", "");
    QVERIFY(m_dir.isValid());
    m_token = m_dir.filePath(QStringLiteral("token"));
    QVERIFY(writeFile(m_token, "a-long-random-secret-for-the-agent-tests\n", QFile::ReadOwner | QFile::WriteOwner));
}

void TestCliAgent::execRunsAProgramWithoutAShell()
{
    CliProcess agent(cli);
    QVERIFY(agent.start(agentArguments({})));
    const quint16 port = agent.waitForPort();
    QVERIFY(port != 0);

    ProcessRun run = exec(port, {}, {QStringLiteral("echo"), QStringLiteral("hello")});
    QVERIFY2(run.finished, qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("hello\n"));
    QCOMPARE(run.err, QString());

    // One argv element, no shell: the semicolon is only a character.
    run = exec(port, {}, {QStringLiteral("echo"), QStringLiteral("a;b")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("a;b\n"));
    QCOMPARE(run.err, QString());
    QCOMPARE(agent.stop(), 0);
}

void TestCliAgent::execPassesStreamsAndExitStatus()
{
    CliProcess agent(cli);
    QVERIFY(agent.start(agentArguments({})));
    const quint16 port = agent.waitForPort();
    QVERIFY(port != 0);

    ProcessRun run = exec(port, {},
                          {QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("printf 'to out\\n'; printf 'to err\\n' >&2; printf more; exit 3")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QStringLiteral("to out\nmore"));
    QCOMPARE(run.err, QStringLiteral("to err\n"));

    run = exec(port, {}, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("kill -TERM $$")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 128 + 15);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QString());

    run = exec(port, {}, {QStringLiteral("socketlab-no-such-program"), QStringLiteral("x")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 127);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QStringLiteral("socketlab-cli: Cannot run \"socketlab-no-such-program\": no such program.\n"));
    QCOMPARE(agent.stop(), 0);
}

void TestCliAgent::execShellWorkingDirectoryAndEnvironment()
{
    const QString work = m_dir.filePath(QStringLiteral("work dir"));
    QVERIFY(QDir().mkpath(work));
    CliProcess agent(cli);
    QVERIFY(agent.start(agentArguments({})));
    const quint16 port = agent.waitForPort();
    QVERIFY(port != 0);

    ProcessRun run = exec(port, {QStringLiteral("--shell")}, {QStringLiteral("echo one two | wc -w")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("2\n"));
    QCOMPARE(run.err, QString());

    run = exec(port, {QStringLiteral("--cwd"), work}, {QStringLiteral("pwd")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QFileInfo(work).canonicalFilePath() + QLatin1Char('\n'));

    run = exec(port, {QStringLiteral("--env"), QStringLiteral("SL_X=s3cr3t-value")},
               {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $SL_X")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("s3cr3t-value\n"));
    QCOMPARE(run.err, QString());
    QCOMPARE(agent.stop(), 0);

    // The audit names the variables a client set, never their values.
    const QList<QJsonObject> runs = named(agent.events(), QStringLiteral("run"));
    QCOMPARE(runs.size(), 3);
    QVERIFY(!runs.at(0).contains(QStringLiteral("env")));
    QCOMPARE(runs.at(2).value(QStringLiteral("env")).toArray(), QJsonArray({QStringLiteral("SL_X")}));
    for (const QJsonObject &event : agent.events())
        QVERIFY(!QJsonDocument(event).toJson().contains("s3cr3t"));
}

void TestCliAgent::gbkOutputDecodedOrRaw()
{
    CliProcess agent(cli);
    QVERIFY(agent.start(agentArguments({QStringLiteral("--output-encoding"), QStringLiteral("GBK")})));
    const quint16 port = agent.waitForPort();
    QVERIFY(port != 0);
    // printf itself turns the escapes into the four GBK bytes of 你好.
    const QStringList command = {QStringLiteral("printf"), QStringLiteral("\\xc4\\xe3\\xba\\xc3")};

    int exitCode = -1;
    const QByteArray decoded = standardOutputBytes(execArguments(port, {}, command), &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(decoded, QStringLiteral("你好").toUtf8());

    const QByteArray raw = standardOutputBytes(execArguments(port, {QStringLiteral("--raw")}, command), &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(raw, QByteArray("\xc4\xe3\xba\xc3"));
    QCOMPARE(agent.stop(), 0);
}

void TestCliAgent::execUsageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << QStringList()
                                << QStringLiteral("Give the command to run after --, e.g. -- ls -l.");
    QTest::newRow("env without =") << QStringList{QStringLiteral("--env"), QStringLiteral("SL_X")}
                                   << QStringList{QStringLiteral("true")}
                                   << QStringLiteral("--env needs NAME=VALUE, not \"SL_X\".");
    QTest::newRow("bad fingerprint") << QStringList{QStringLiteral("--fingerprint"), QStringLiteral("AB:CD")}
                                     << QStringList{QStringLiteral("true")}
                                     << QStringLiteral("\"AB:CD\" is not a SHA-256 fingerprint: expected 32 hex byte "
                                                       "pairs such as AB:CD:... (64 hex digits).");
}

void TestCliAgent::execUsageErrorsExitTwo()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, command);
    QFETCH(QString, message);
    // Nothing listens on the port: a usage error is reported before any connection.
    const ProcessRun run = exec(freePort(), options, command);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QStringLiteral("socketlab-cli: ") + message + QLatin1Char('\n'));
}

void TestCliAgent::refusedConnectionExitsOne()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    const ProcessRun run = exec(port, {}, {QStringLiteral("true")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
             QStringLiteral("socketlab-cli: Connection to 127.0.0.1:%1 was refused: nothing is listening on that port "
                            "(or a firewall said no). Check the address and that the server is running.\n")
                 .arg(port));
}

void TestCliAgent::wrongTokenExitsOne()
{
    const QString otherToken = m_dir.filePath(QStringLiteral("other-token"));
    QVERIFY(writeFile(otherToken, "not-the-agent-secret", QFile::ReadOwner | QFile::WriteOwner));
    CliProcess agent(cli);
    QVERIFY(agent.start(agentArguments({})));
    const quint16 port = agent.waitForPort();
    QVERIFY(port != 0);

    const ProcessRun run =
        ProcessRun::exec(cli,
                         {QStringLiteral("exec"), QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                          QStringLiteral("--token-file"), otherToken, QStringLiteral("--"), QStringLiteral("touch"),
                          m_dir.filePath(QStringLiteral("must-not-exist"))},
                         QProcessEnvironment(), ExecTimeoutMs);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(QStringLiteral("could not prove")), qPrintable(run.err));
    QCOMPARE(run.err,
             QStringLiteral("socketlab-cli: The agent could not prove that it knows the token: it is another agent or "
                            "its token differs. This client did not authenticate to it.\n"));
    const QJsonObject auth = agent.waitFor(QStringLiteral("auth"));
    QCOMPARE(auth.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    QVERIFY(!agent.waitFor(QStringLiteral("disconnect")).isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("must-not-exist"))));
    QCOMPARE(named(agent.events(), QStringLiteral("run")).size(), 0);
    QCOMPARE(agent.stop(), 0);
}

void TestCliAgent::looseTokenFileIsRefused()
{
    const QString loose = m_dir.filePath(QStringLiteral("loose-token"));
    QVERIFY(writeFile(loose, "a-long-random-secret",
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const ProcessRun run = ProcessRun::exec(cli,
                                            {QStringLiteral("agent"), QStringLiteral("--listen"), loopbackAny,
                                             QStringLiteral("--token-file"), loose, QStringLiteral("--allow-root")},
                                            QProcessEnvironment(), ExecTimeoutMs);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
             QStringLiteral("socketlab-cli: The token file %1 can be read or changed by other users (mode 644): make "
                            "it private with chmod 600 %1.\n")
                 .arg(loose));
}

void TestCliAgent::agentRefusesToStart_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("needsRoot");
    QTest::newRow("plain beyond loopback")
        << QStringList{QStringLiteral("agent"),
                       QStringLiteral("--listen"),
                       QStringLiteral("0.0.0.0:0"),
                       QStringLiteral("--token-file"),
                       m_token,
                       QStringLiteral("--allow-root")}
        << QStringLiteral("Listening on 0.0.0.0, beyond loopback, without TLS needs an explicit choice "
                          "(--allow-remote), or a TLS certificate and key.")
        << false;
    QTest::newRow("classic beyond loopback")
        << QStringList{QStringLiteral("agent"), QStringLiteral("--classic"), QStringLiteral("--listen"),
                       QStringLiteral("0.0.0.0:0"), QStringLiteral("--allow-root")}
        << QStringLiteral("Classic mode has no authentication, so it listens only on loopback (127.0.0.1 or ::1), "
                          "not on 0.0.0.0, unless remote classic access is allowed explicitly "
                          "(--classic-allow-remote).")
        << false;
    QTest::newRow("root without --allow-root")
        << QStringList{QStringLiteral("agent"), QStringLiteral("--listen"), loopbackAny, QStringLiteral("--token-file"),
                       m_token}
        << QStringLiteral("The agent refuses to run as root: every command would run as root. Run it as an ordinary "
                          "user, or allow it explicitly (--allow-root).")
        << true;
}

void TestCliAgent::agentRefusesToStart()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(bool, needsRoot);
    if (needsRoot && ::geteuid() != 0)
        QSKIP("Only root sees this refusal.");
    const ProcessRun run = ProcessRun::exec(cli, arguments, QProcessEnvironment(), ExecTimeoutMs);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QStringLiteral("socketlab-cli: ") + message + QLatin1Char('\n'));
}

void TestCliAgent::helpCallsDangerousOptionsDangerous_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("warning");
    QTest::newRow("agent --classic") << QStringLiteral("agent") << QStringLiteral("DANGEROUS: --classic");
    QTest::newRow("exec --shell") << QStringLiteral("exec") << QStringLiteral("DANGEROUS: --shell");
}

void TestCliAgent::helpCallsDangerousOptionsDangerous()
{
    QFETCH(QString, command);
    QFETCH(QString, warning);
    const ProcessRun run = ProcessRun::exec(cli, {command, QStringLiteral("--help")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(warning), qPrintable(run.out));
}

void TestCliAgent::timeoutKillsTheCommand()
{
    CliProcess agent(cli);
    QVERIFY(agent.start(agentArguments({QStringLiteral("--timeout"), QStringLiteral("1")})));
    const quint16 port = agent.waitForPort();
    QVERIFY(port != 0);
    QElapsedTimer clock;
    clock.start();
    const ProcessRun run = exec(port, {}, {QStringLiteral("sleep"), QStringLiteral("100")});
    const qint64 elapsed = clock.elapsed();
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 128 + 15);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(QStringLiteral("time limit")), qPrintable(run.err));
    QCOMPARE(run.err,
             QStringLiteral("socketlab-cli: The agent killed the command: it ran longer than the agent's time "
                            "limit.\n"));
    QVERIFY2(elapsed >= 1000 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    const QJsonObject exit = agent.waitFor(QStringLiteral("exit"));
    QCOMPARE(exit.value(QStringLiteral("killed")).toString(), QStringLiteral("timeout"));
    QCOMPARE(exit.value(QStringLiteral("signal")).toInt(), 15);
    QCOMPARE(agent.stop(), 0);
}

void TestCliAgent::outputLimitCutsTheOutput()
{
    CliProcess agent(cli);
    QVERIFY(agent.start(agentArguments({QStringLiteral("--max-output"), QStringLiteral("1000")})));
    const quint16 port = agent.waitForPort();
    QVERIFY(port != 0);
    const ProcessRun run = exec(port, {}, {QStringLiteral("yes")});
    QVERIFY(run.finished);
    QCOMPARE(run.out.size(), 1000);
    QCOMPARE(run.out, QStringLiteral("y\n").repeated(500));
    QVERIFY2(run.err.contains(QStringLiteral("output was cut")), qPrintable(run.err));
    QCOMPARE(run.err,
             QStringLiteral("socketlab-cli: The output was cut: the command wrote more than the agent's output "
                            "limit.\n"));
    // The agent ended it with SIGTERM.
    QCOMPARE(run.exitCode, 128 + 15);
    const QJsonObject exit = agent.waitFor(QStringLiteral("exit"));
    QCOMPARE(exit.value(QStringLiteral("killed")).toString(), QStringLiteral("limit"));
    QCOMPARE(exit.value(QStringLiteral("truncated")).toBool(), true);
    QCOMPARE(exit.value(QStringLiteral("bytesOut")).toInt(), 1000);
    QCOMPARE(agent.stop(), 0);
}

void TestCliAgent::auditLogRecordsOneExec()
{
    const QString auditPath = m_dir.filePath(QStringLiteral("audit.jsonl"));
    CliProcess agent(cli);
    QVERIFY(agent.start(agentArguments({QStringLiteral("--audit-log"), auditPath})));
    const quint16 port = agent.waitForPort();
    QVERIFY(port != 0);
    const ProcessRun run = exec(port, {}, {QStringLiteral("echo"), QStringLiteral("audit me")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("audit me\n"));
    QVERIFY(!agent.waitFor(QStringLiteral("disconnect")).isEmpty());
    QCOMPARE(agent.stop(), 0);

    QFile file(auditPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> lines;
    QStringList events;
    const QList<QByteArray> rows = file.readAll().split('\n');
    for (const QByteArray &row : rows) {
        if (row.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(row);
        QVERIFY2(document.isObject(), row.constData());
        lines.append(document.object());
        events << document.object().value(QStringLiteral("event")).toString();
    }
    QCOMPARE(events,
             QStringList({QStringLiteral("connect"), QStringLiteral("auth"), QStringLiteral("run"),
                          QStringLiteral("exit"), QStringLiteral("disconnect")}));
    // --json prints the very same lines on stdout, after the listening event.
    const QList<QJsonObject> printed = agent.events().mid(1);
    QCOMPARE(printed, lines);

    const QString peer = lines.at(0).value(QStringLiteral("peer")).toString();
    QVERIFY2(peer.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(peer));
    for (const QJsonObject &line : std::as_const(lines)) {
        QCOMPARE(line.value(QStringLiteral("peer")).toString(), peer);
        QVERIFY(QDateTime::fromString(line.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
    }
    const QStringList common = {QStringLiteral("event"), QStringLiteral("peer"), QStringLiteral("time")};
    QCOMPARE(sortedKeys(lines.at(0)), common);

    const QJsonObject &auth = lines.at(1);
    QCOMPARE(sortedKeys(auth),
             QStringList(
                 {QStringLiteral("event"), QStringLiteral("peer"), QStringLiteral("result"), QStringLiteral("time")}));
    QCOMPARE(auth.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));

    const QJsonObject &started = lines.at(2);
    QCOMPARE(sortedKeys(started),
             QStringList({QStringLiteral("argv"), QStringLiteral("cwd"), QStringLiteral("event"), QStringLiteral("id"),
                          QStringLiteral("peer"), QStringLiteral("shell"), QStringLiteral("time")}));
    QCOMPARE(started.value(QStringLiteral("argv")).toArray(),
             QJsonArray({QStringLiteral("echo"), QStringLiteral("audit me")}));
    QCOMPARE(started.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(started.value(QStringLiteral("shell")).toBool(true), false);
    QCOMPARE(started.value(QStringLiteral("cwd")).toString(QStringLiteral("?")), QString());

    const QJsonObject &exit = lines.at(3);
    QCOMPARE(
        sortedKeys(exit),
        QStringList({QStringLiteral("bytesOut"), QStringLiteral("durationMs"), QStringLiteral("event"),
                     QStringLiteral("exitCode"), QStringLiteral("id"), QStringLiteral("killed"), QStringLiteral("peer"),
                     QStringLiteral("signal"), QStringLiteral("time"), QStringLiteral("truncated")}));
    QCOMPARE(exit.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(exit.value(QStringLiteral("exitCode")).toInt(-1), 0);
    QCOMPARE(exit.value(QStringLiteral("signal")).toInt(-1), 0);
    QCOMPARE(exit.value(QStringLiteral("bytesOut")).toInt(), 9);
    QCOMPARE(exit.value(QStringLiteral("killed")).toString(), QStringLiteral("none"));
    QCOMPARE(exit.value(QStringLiteral("truncated")).toBool(true), false);
    const int durationMs = exit.value(QStringLiteral("durationMs")).toInt(-1);
    QVERIFY2(durationMs >= 0 && durationMs < ExecTimeoutMs, qPrintable(QString::number(durationMs)));

    QCOMPARE(sortedKeys(lines.at(4)), common);
}

void TestCliAgent::tlsWithPinnedFingerprint()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed (it is in packaging/debian-packages.txt).");
    QTemporaryDir tls;
    QVERIFY(tls.isValid());
    const QString cert = tls.filePath(QStringLiteral("cert.pem"));
    const QString key = tls.filePath(QStringLiteral("key.pem"));
    const ProcessRun made = ProcessRun::exec(
        openssl,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
        QProcessEnvironment(), 20000);
    QVERIFY2(made.finished && made.exitCode == 0, qPrintable(made.err));
    const ProcessRun printed =
        ProcessRun::exec(openssl,
                         {QStringLiteral("x509"), QStringLiteral("-in"), cert, QStringLiteral("-noout"),
                          QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    QCOMPARE(printed.exitCode, 0);
    // "sha256 Fingerprint=AB:CD:..." (OpenSSL 3; "SHA256 Fingerprint=" before): passed to exec as it is.
    const QString fingerprintLine = printed.out.trimmed();
    const QString fingerprint = fingerprintLine.section(QLatin1Char('='), 1);
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);

    // A private key others may read is refused like a loose token file.
    QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const ProcessRun loose =
        ProcessRun::exec(cli, agentArguments({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}),
                         QProcessEnvironment(), ExecTimeoutMs);
    QVERIFY(loose.finished);
    QCOMPARE(loose.exitCode, 1);
    QCOMPARE(loose.err,
             QStringLiteral("socketlab-cli: The private key %1 can be read or changed by other users (mode "
                            "644): make it private with chmod 600 %1.\n")
                 .arg(key));
    QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));

    CliProcess agent(cli);
    QVERIFY(agent.start(agentArguments({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key})));
    const quint16 port = agent.waitForPort();
    QVERIFY(port != 0);

    ProcessRun run =
        exec(port, {QStringLiteral("--fingerprint"), fingerprintLine}, {QStringLiteral("echo"), QStringLiteral("tls")});
    QVERIFY2(run.finished, qPrintable(run.err));
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("tls\n"));

    // Another pin: refused before anything is sent, and the user sees what the agent presented.
    const QString wrong = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
    run = exec(port, {QStringLiteral("--fingerprint"), wrong}, {QStringLiteral("echo"), QStringLiteral("tls")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(fingerprint), qPrintable(run.err));
    QCOMPARE(run.err,
             QStringLiteral("socketlab-cli: The agent presented a certificate with SHA-256 fingerprint %1, not the "
                            "pinned %2: it may be another machine. Nothing was sent.\n")
                 .arg(fingerprint, wrong));

    // --tls without a pin: a self-signed certificate is not trusted, and its fingerprint is shown to pin it.
    run = exec(port, {QStringLiteral("--tls")}, {QStringLiteral("echo"), QStringLiteral("tls")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("socketlab-cli: The agent's certificate is not trusted (")),
             qPrintable(run.err));
    QVERIFY2(run.err.endsWith(QStringLiteral("). Its SHA-256 fingerprint is %1: if that is your agent's certificate, "
                                             "pin it (--fingerprint).\n")
                                  .arg(fingerprint)),
             qPrintable(run.err));

    QCOMPARE(agent.stop(), 0);
    // Only the pinned client ran anything.
    QCOMPARE(named(agent.events(), QStringLiteral("run")).size(), 1);
}

void TestCliAgent::classicModeWithTutorialClient()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed (it is in packaging/debian-packages.txt).");
    const QString listing = m_dir.filePath(QStringLiteral("listing"));
    QVERIFY(QDir().mkpath(listing));
    const QStringList files = {QStringLiteral("a.txt"), QStringLiteral("b b.txt"), QStringLiteral("你好.txt")};
    for (const QString &name : files)
        QVERIFY(writeFile(QDir(listing).filePath(name), "x", QFile::ReadOwner | QFile::WriteOwner));

    // No token in classic mode: that is the danger the warning spells out.
    CliProcess agent(cli);
    QVERIFY(agent.start({QStringLiteral("agent"), QStringLiteral("--classic"), QStringLiteral("--listen"), loopbackAny,
                         QStringLiteral("--allow-root"), QStringLiteral("--json")}));
    const quint16 port = agent.waitForPort();
    QVERIFY(port != 0);

    const QString lsCommand = QStringLiteral("ls ") + listing;
    const ProcessRun client = ProcessRun::exec(python,
                                               {peerScript(QStringLiteral("classic_client.py")), QString::number(port),
                                                QStringLiteral("echo hello"), lsCommand,
                                                QStringLiteral("echo err 1>&2"), QStringLiteral("seq 1 30000")},
                                               QProcessEnvironment(), ExecTimeoutMs);
    QVERIFY2(client.finished, qPrintable(client.err));
    QCOMPARE(client.err, QString());
    QCOMPARE(client.exitCode, 0);

    const QString lsOutput = files.join(QLatin1Char('\n')) + QLatin1Char('\n');
    QString seqOutput;
    for (int i = 1; i <= 30000; ++i)
        seqOutput += QString::number(i) + QLatin1Char('\n');
    QCOMPARE(seqOutput.toUtf8().size(), 168894); // well over 100 KB: many recv(1024) calls
    const QString expected = QStringLiteral("6\nhello\n") + QString::number(lsOutput.toUtf8().size()) +
        QLatin1Char('\n') + lsOutput + QStringLiteral("4\nerr\n") + QStringLiteral("168894\n") + seqOutput;
    QCOMPARE(client.out, expected);

    QVERIFY(!agent.waitFor(QStringLiteral("disconnect")).isEmpty());
    QCOMPARE(agent.stop(), 0);
    const QList<QJsonObject> runs = named(agent.events(), QStringLiteral("run"));
    QCOMPARE(runs.size(), 4);
    QCOMPARE(runs.at(1).value(QStringLiteral("argv")).toArray(), QJsonArray({lsCommand}));
    QCOMPARE(runs.at(1).value(QStringLiteral("mode")).toString(), QStringLiteral("classic"));
    QCOMPARE(runs.at(1).value(QStringLiteral("shell")).toBool(), true);
    const QList<QJsonObject> exits = named(agent.events(), QStringLiteral("exit"));
    QCOMPARE(exits.size(), 4);
    QCOMPARE(exits.at(3).value(QStringLiteral("bytesOut")).toInt(), 168894);
    QCOMPARE(named(agent.events(), QStringLiteral("connect")).at(0).value(QStringLiteral("mode")).toString(),
             QStringLiteral("classic"));

    QCOMPARE(agent.standardError(),
             QStringLiteral("WARNING: classic mode has no authentication: anyone who can connect to 127.0.0.1 runs "
                            "shell commands as this user. Use it only to try the tutorials' clients.\n"));
}

QTEST_GUILESS_MAIN(TestCliAgent)
#include "tst_cliagent.moc"

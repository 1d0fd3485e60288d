// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <memory>
#include <optional>

#include <dirent.h>
#include <pthread.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "procstat.h"
#include "rcmd/commandrunner.h"

namespace {

constexpr int FinishTimeoutMs = 10000;

/** Everything a runner reported, per command id. */
class Recorder : public QObject
{
public:
    explicit Recorder(CommandRunner *runner)
    {
        connect(runner, &CommandRunner::started, this, [this](quint32 id, qint64 pid) {
            m_pids.insert(id, pid);
            ++m_startedCount[id];
        });
        connect(runner, &CommandRunner::output, this,
                [this](quint32 id, CommandRunner::Stream stream, const QByteArray &chunk) {
                    (stream == CommandRunner::Stream::Stdout ? m_out : m_err)[id].append(chunk);
                    ++m_chunks[id];
                    m_largestChunk = std::max(m_largestChunk, chunk.size());
                    if (chunk.isEmpty())
                        ++m_emptyChunks;
                });
        connect(runner, &CommandRunner::finished, this,
                [this](quint32 id, const CommandResult &result) { m_results[id].append(result); });
    }

    QByteArray out(quint32 id) const { return m_out.value(id); }
    QByteArray err(quint32 id) const { return m_err.value(id); }
    qint64 pid(quint32 id) const { return m_pids.value(id); }
    int startedCount(quint32 id) const { return m_startedCount.value(id); }
    int chunks(quint32 id) const { return m_chunks.value(id); }
    qsizetype largestChunk() const { return m_largestChunk; }
    int emptyChunks() const { return m_emptyChunks; }
    int finishedCount(quint32 id) const { return int(m_results.value(id).size()); }
    CommandResult result(quint32 id) const { return m_results.value(id).value(0); }

private:
    QHash<quint32, QByteArray> m_out;
    QHash<quint32, QByteArray> m_err;
    QHash<quint32, qint64> m_pids;
    QHash<quint32, int> m_startedCount;
    QHash<quint32, int> m_chunks;
    QHash<quint32, QList<CommandResult>> m_results;
    qsizetype m_largestChunk = 0;
    int m_emptyChunks = 0;
};

CommandRequest argvRequest(quint32 id, const QStringList &argv)
{
    CommandRequest request;
    request.id = id;
    request.argv = argv;
    return request;
}

CommandRequest shellRequest(quint32 id, const QString &commandLine)
{
    CommandRequest request;
    request.id = id;
    request.argv = QStringList{commandLine};
    request.shell = true;
    return request;
}

/** Processes (not zombies) in process group `group`, or with parent `parent`; one pass over /proc. */
QList<qint64> livePids(qint64 group, qint64 parent = -1)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const std::optional<ProcStat> stat = procStat(pid);
        if (!stat)
            continue;
        if (group > 0 && stat->group == group && !isDead(stat))
            pids.append(pid);
        // Children count even as zombies: a zombie child is a leak.
        if (parent > 0 && stat->parent == parent)
            pids.append(pid);
    }
    return pids;
}

int openFdCount()
{
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return -1;
    int count = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] != '.')
            ++count;
    }
    ::closedir(dir);
    return count - 1; // the directory's own descriptor
}

/** The first line of `text` as a pid; 0 when there is no complete line yet. */
qint64 firstLinePid(const QByteArray &text)
{
    const qsizetype newline = text.indexOf('\n');
    return newline < 0 ? 0 : text.left(newline).toLongLong();
}

} // namespace

class TestCommandRunner : public QObject
{
    Q_OBJECT

private slots:
    void runs_data();
    void runs();
    void startErrors_data();
    void startErrors();
    void childLeadsItsOwnGroup();
    void workingDirectory();
    void relativeProgramUsesWorkingDirectory();
    void environmentAdditions();
    void signalStateResetInChild_data();
    void signalStateResetInChild();
    void timeoutKillsCommand();
    void timeoutEscalatesToSigkill();
    void cancelKillsWholeGroup();
    void stopAllKillsEveryCommand();
    void destroyingRunnerKillsGroups();
    void outputCap_data();
    void outputCap();
    void largeOutputStreamsInChunks();
    void duplicateIdIsRefused();
    void maxRunningIsEnforced();
    void cancelUnknownOrFinished();
    void pauseStopsOutputAndResumeContinues();
    void hundredCommandsLeakNothing();
    void outputEncoding();
};

void TestCommandRunner::runs_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<bool>("shell");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("signalNumber");

    const auto sh = [](const char *script) {
        return QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(script)};
    };
    QTest::newRow("echo") << QStringList{QStringLiteral("echo"), QStringLiteral("hello")} << false
                          << QByteArray("hello\n") << QByteArray() << 0 << 0;
    QTest::newRow("streams and exit code")
        << sh("echo out; echo err >&2; exit 3") << false << QByteArray("out\n") << QByteArray("err\n") << 3 << 0;
    QTest::newRow("false") << QStringList{QStringLiteral("false")} << false << QByteArray() << QByteArray() << 1 << 0;
    QTest::newRow("killed by SIGTERM") << sh("kill -TERM $$") << false << QByteArray() << QByteArray() << -1 << 15;
    QTest::newRow("killed by SIGKILL") << sh("kill -KILL $$") << false << QByteArray() << QByteArray() << -1 << 9;
    QTest::newRow("output then SIGTERM") << sh("echo before; kill -TERM $$; echo after") << false
                                         << QByteArray("before\n") << QByteArray() << -1 << 15;
    QTest::newRow("argv has no shell") << QStringList{QStringLiteral("echo"), QStringLiteral("a;b")} << false
                                       << QByteArray("a;b\n") << QByteArray() << 0 << 0;
    QTest::newRow("metacharacters stay literal")
        << QStringList{QStringLiteral("echo"), QStringLiteral("$HOME"), QStringLiteral("*"), QStringLiteral("|"),
                       QStringLiteral("`id`")}
        << false << QByteArray("$HOME * | `id`\n") << QByteArray() << 0 << 0;
    QTest::newRow("shell pipeline") << QStringList{QStringLiteral("printf 'a\\nb\\n' | wc -l")} << true
                                    << QByteArray("2\n") << QByteArray() << 0 << 0;
    QTest::newRow("shell quoting") << QStringList{QStringLiteral("echo 'a;b'")} << true << QByteArray("a;b\n")
                                   << QByteArray() << 0 << 0;
    QTest::newRow("shell exit code") << QStringList{QStringLiteral("exit 42")} << true << QByteArray() << QByteArray()
                                     << 42 << 0;
    QTest::newRow("shell command not found") << QStringList{QStringLiteral("nosuchprog-socketlab 2>/dev/null")} << true
                                             << QByteArray() << QByteArray() << 127 << 0;
    QTest::newRow("cat sees end of input")
        << QStringList{QStringLiteral("cat")} << false << QByteArray() << QByteArray() << 0 << 0;
    QTest::newRow("read sees end of input") << QStringList{QStringLiteral("read line; echo \"rc=$?\"")} << true
                                            << QByteArray("rc=1\n") << QByteArray() << 0 << 0;
}

void TestCommandRunner::runs()
{
    QFETCH(QStringList, argv);
    QFETCH(bool, shell);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(int, exitCode);
    QFETCH(int, signalNumber);

    CommandRunner runner;
    Recorder recorder(&runner);
    CommandRequest request = argvRequest(5, argv);
    request.shell = shell;
    runner.start(request);
    QVERIFY(runner.isRunning(5));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(5), 1, FinishTimeoutMs);

    const CommandResult result = recorder.result(5);
    QCOMPARE(result.startError, QString());
    QCOMPARE(recorder.out(5), out);
    QCOMPARE(recorder.err(5), err);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.signalNumber, signalNumber);
    QCOMPARE(result.killedReason, CommandResult::KillReason::None);
    QCOMPARE(result.truncated, false);
    QVERIFY2(result.durationMs >= 0 && result.durationMs < FinishTimeoutMs,
             qPrintable(QString::number(result.durationMs)));
    QCOMPARE(recorder.startedCount(5), 1);
    QVERIFY(recorder.pid(5) > 0);
    QCOMPARE(recorder.emptyChunks(), 0);
    QVERIFY(!runner.isRunning(5));
    QCOMPARE(runner.runningCount(), 0);
}

void TestCommandRunner::startErrors_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<bool>("shell");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("workingDirectory");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<qint64>("outputCap");
    QTest::addColumn<QString>("error");

    const QStringList echo{QStringLiteral("echo"), QStringLiteral("x")};
    QTest::newRow("no such program") << QStringList{QStringLiteral("nosuchprog")} << false << QStringList() << QString()
                                     << 0 << qint64(0) << QStringLiteral("Cannot run \"nosuchprog\": no such program.");
    QTest::newRow("no such path") << QStringList{QStringLiteral("./nosuchprog-socketlab")} << false << QStringList()
                                  << QString() << 0 << qint64(0)
                                  << QStringLiteral("Cannot run \"./nosuchprog-socketlab\": no such program.");
    QTest::newRow("not executable") << QStringList{QStringLiteral("/etc/passwd")} << false << QStringList() << QString()
                                    << 0 << qint64(0)
                                    << QStringLiteral("Cannot run \"/etc/passwd\": it is not an executable file.");
    QTest::newRow("a directory") << QStringList{QStringLiteral("/")} << false << QStringList() << QString() << 0
                                 << qint64(0) << QStringLiteral("Cannot run \"/\": it is not an executable file.");
    QTest::newRow("PATH of the request") << echo << false
                                         << QStringList{QStringLiteral("PATH=/nonexistent-socketlab-dir")} << QString()
                                         << 0 << qint64(0) << QStringLiteral("Cannot run \"echo\": no such program.");
    QTest::newRow("missing working directory")
        << echo << false << QStringList() << QStringLiteral("/nonexistent-socketlab-dir") << 0 << qint64(0)
        << QStringLiteral("Cannot run \"echo\": the working directory \"/nonexistent-socketlab-dir\" does not exist.");
    QTest::newRow("missing working directory in shell mode")
        << QStringList{QStringLiteral("true")} << true << QStringList() << QStringLiteral("/nonexistent-socketlab-dir")
        << 0 << qint64(0)
        << QStringLiteral("Cannot run \"true\": the working directory \"/nonexistent-socketlab-dir\" does not exist.");
    const QString empty = QStringLiteral("The command is empty: give a program or a command line to run.");
    QTest::newRow("no argv") << QStringList() << false << QStringList() << QString() << 0 << qint64(0) << empty;
    QTest::newRow("empty program") << QStringList{QString()} << false << QStringList() << QString() << 0 << qint64(0)
                                   << empty;
    QTest::newRow("empty command line") << QStringList{QString()} << true << QStringList() << QString() << 0
                                        << qint64(0) << empty;
    QTest::newRow("shell with two arguments")
        << echo << true << QStringList() << QString() << 0 << qint64(0)
        << QStringLiteral(
               "A shell command must be one command line, not 2 separate arguments: join them into one line.");
    QTest::newRow("NUL in an argument")
        << QStringList{QStringLiteral("echo"), QString::fromUtf16(u"a\0b", 3)} << false << QStringList() << QString()
        << 0 << qint64(0)
        << QStringLiteral("An argument contains a NUL character, which no program can receive: remove it.");
    QTest::newRow("environment without =")
        << echo << false << QStringList{QStringLiteral("NOVALUE")} << QString() << 0 << qint64(0)
        << QStringLiteral(
               "The environment entry \"NOVALUE\" is not valid: write it as NAME=VALUE with a non-empty NAME.");
    QTest::newRow("environment without name")
        << echo << false << QStringList{QStringLiteral("=x")} << QString() << 0 << qint64(0)
        << QStringLiteral("The environment entry \"=x\" is not valid: write it as NAME=VALUE with a non-empty NAME.");
    QTest::newRow("negative timeout") << echo << false << QStringList() << QString() << -1 << qint64(0)
                                      << QStringLiteral(
                                             "The timeout cannot be negative (-1 ms): use 0 for no timeout.");
    QTest::newRow("negative output cap") << echo << false << QStringList() << QString() << 0 << qint64(-5)
                                         << QStringLiteral(
                                                "The output limit cannot be negative (-5 bytes): use 0 for no limit.");
}

void TestCommandRunner::startErrors()
{
    QFETCH(QStringList, argv);
    QFETCH(bool, shell);
    QFETCH(QStringList, environment);
    QFETCH(QString, workingDirectory);
    QFETCH(int, timeoutMs);
    QFETCH(qint64, outputCap);
    QFETCH(QString, error);

    CommandRunner runner;
    Recorder recorder(&runner);
    QSignalSpy finishedSpy(&runner, &CommandRunner::finished);
    CommandRequest request = argvRequest(9, argv);
    request.shell = shell;
    request.environment = environment;
    request.workingDirectory = workingDirectory;
    request.timeoutMs = timeoutMs;
    request.outputCap = outputCap;
    runner.start(request);
    QCOMPARE(finishedSpy.size(), 0); // never from inside start()
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(9), 1, FinishTimeoutMs);

    const CommandResult result = recorder.result(9);
    QCOMPARE(result.startError, error);
    QVERIFY(!result.started());
    QCOMPARE(result.exitCode, -1);
    QCOMPARE(result.signalNumber, 0);
    QCOMPARE(result.killedReason, CommandResult::KillReason::None);
    QCOMPARE(result.truncated, false);
    QCOMPARE(recorder.startedCount(9), 0);
    QCOMPARE(recorder.chunks(9), 0);
    QVERIFY(!runner.isRunning(9));

    // A later command's end proves that nothing more about this one was still queued.
    runner.start(argvRequest(10, QStringList{QStringLiteral("true")}));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(10), 1, FinishTimeoutMs);
    QCOMPARE(recorder.finishedCount(9), 1);
    QCOMPARE(finishedSpy.size(), 2);
}

void TestCommandRunner::childLeadsItsOwnGroup()
{
    CommandRunner runner;
    Recorder recorder(&runner);
    runner.start(argvRequest(1, QStringList{QStringLiteral("sleep"), QStringLiteral("1000")}));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.pid(1) > 0, FinishTimeoutMs);
    const qint64 pid = recorder.pid(1);
    const std::optional<ProcStat> stat = procStat(pid);
    QVERIFY(stat);
    QCOMPARE(stat->parent, qint64(::getpid()));
    QCOMPARE(stat->group, pid);
    QCOMPARE(stat->session, pid);
    QVERIFY(runner.cancel(1));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1), 1, FinishTimeoutMs);
}

void TestCommandRunner::workingDirectory()
{
    QTemporaryDir requested;
    QTemporaryDir fallback;
    QVERIFY(requested.isValid() && fallback.isValid());
    CommandRunner runner;
    Recorder recorder(&runner);
    runner.setDefaultWorkingDirectory(fallback.path());

    CommandRequest request = argvRequest(1, QStringList{QStringLiteral("pwd")});
    request.workingDirectory = requested.path();
    runner.start(request);
    runner.start(argvRequest(2, QStringList{QStringLiteral("pwd")}));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1), 1, FinishTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(2), 1, FinishTimeoutMs);
    QCOMPARE(recorder.out(1), QFileInfo(requested.path()).canonicalFilePath().toUtf8() + '\n');
    QCOMPARE(recorder.out(2), QFileInfo(fallback.path()).canonicalFilePath().toUtf8() + '\n');
}

void TestCommandRunner::relativeProgramUsesWorkingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile script(dir.filePath(QStringLiteral("hello.sh")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho \"hello $1\"\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    CommandRunner runner;
    Recorder recorder(&runner);
    CommandRequest request = argvRequest(1, QStringList{QStringLiteral("./hello.sh"), QStringLiteral("there")});
    request.workingDirectory = dir.path();
    runner.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1), 1, FinishTimeoutMs);
    QCOMPARE(recorder.result(1).startError, QString());
    QCOMPARE(recorder.out(1), QByteArray("hello there\n"));
    QCOMPARE(recorder.result(1).exitCode, 0);
}

void TestCommandRunner::environmentAdditions()
{
    qputenv("SOCKETLAB_RCMD_INHERITED", "agent");
    qputenv("SOCKETLAB_RCMD_REPLACED", "agent");
    CommandRunner runner;
    Recorder recorder(&runner);
    CommandRequest request = shellRequest(
        1,
        QStringLiteral("printf '%s|%s|%s|%s|%s' \"$SOCKETLAB_RCMD_A\" \"$SOCKETLAB_RCMD_B\" "
                       "\"${SOCKETLAB_RCMD_C-unset}\" \"$SOCKETLAB_RCMD_INHERITED\" \"$SOCKETLAB_RCMD_REPLACED\""));
    request.environment =
        QStringList{QStringLiteral("SOCKETLAB_RCMD_A=hello world"), QStringLiteral("SOCKETLAB_RCMD_B=a=b"),
                    QStringLiteral("SOCKETLAB_RCMD_C="), QStringLiteral("SOCKETLAB_RCMD_REPLACED=request")};
    runner.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1), 1, FinishTimeoutMs);
    qunsetenv("SOCKETLAB_RCMD_INHERITED");
    qunsetenv("SOCKETLAB_RCMD_REPLACED");
    QCOMPARE(recorder.out(1), QByteArray("hello world|a=b||agent|request"));
    QCOMPARE(recorder.result(1).exitCode, 0);
}

void TestCommandRunner::signalStateResetInChild_data()
{
    QTest::addColumn<int>("agentSignal");
    QTest::addColumn<bool>("blocked"); ///< blocked in the agent's thread rather than ignored
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("signalNumber");

    // Agents ignore SIGPIPE (the CLI does); a command must still die of it quietly, as in a terminal.
    QTest::newRow("ignored SIGPIPE") << int(SIGPIPE) << false << QStringLiteral("yes | head -n 1") << QByteArray("y\n")
                                     << QByteArray() << 0 << 0;
    // A non-interactive sh started with SIGINT ignored could never be interrupted.
    QTest::newRow("ignored SIGINT") << int(SIGINT) << false << QStringLiteral("kill -INT $$; echo survived")
                                    << QByteArray() << QByteArray() << -1 << 2;
    QTest::newRow("blocked SIGTERM") << int(SIGTERM) << true << QStringLiteral("kill -TERM $$; echo survived")
                                     << QByteArray() << QByteArray() << -1 << 15;
}

void TestCommandRunner::signalStateResetInChild()
{
    QFETCH(int, agentSignal);
    QFETCH(bool, blocked);
    QFETCH(QString, commandLine);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(int, exitCode);
    QFETCH(int, signalNumber);

    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    struct sigaction previousAction = {};
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, agentSignal);
    sigset_t previousMask;
    if (blocked)
        QCOMPARE(::pthread_sigmask(SIG_BLOCK, &only, &previousMask), 0);
    else
        QCOMPARE(::sigaction(agentSignal, &ignore, &previousAction), 0);

    CommandRunner runner;
    Recorder recorder(&runner);
    runner.start(shellRequest(1, commandLine));
    const bool finished = QTest::qWaitFor([&] { return recorder.finishedCount(1) == 1; }, FinishTimeoutMs);
    if (blocked)
        ::pthread_sigmask(SIG_SETMASK, &previousMask, nullptr);
    else
        ::sigaction(agentSignal, &previousAction, nullptr);
    QVERIFY(finished);
    QCOMPARE(recorder.out(1), out);
    QCOMPARE(recorder.err(1), err);
    QCOMPARE(recorder.result(1).exitCode, exitCode);
    QCOMPARE(recorder.result(1).signalNumber, signalNumber);
}

void TestCommandRunner::pauseStopsOutputAndResumeContinues()
{
    CommandRunner runner;
    Recorder recorder(&runner);
    runner.start(argvRequest(1, QStringList{QStringLiteral("yes")}));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.out(1).size() > 0, 5000);
    QVERIFY(runner.setPaused(1, true));
    QTRY_COMPARE_WITH_TIMEOUT(procStat(recorder.pid(1)).value_or(ProcStat{}).state, 'T', 5000);
    // What was already in the pipe arrives; after that nothing more does.
    QTest::qWait(200);
    const qsizetype paused = recorder.out(1).size();
    QTest::qWait(300);
    QCOMPARE(recorder.out(1).size(), paused);
    QVERIFY(runner.setPaused(1, false));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.out(1).size() > paused, 5000);
    // A paused command is still cancelled by SIGTERM at once (it is continued first).
    QVERIFY(runner.setPaused(1, true));
    QVERIFY(runner.cancel(1));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1), 1, 5000);
    QCOMPARE(recorder.result(1).signalNumber, 15);
    QCOMPARE(recorder.result(1).killedReason, CommandResult::KillReason::Cancel);
    QVERIFY(!runner.setPaused(1, false));
}

void TestCommandRunner::timeoutKillsCommand()
{
    CommandRunner runner;
    Recorder recorder(&runner);
    CommandRequest request = argvRequest(1, QStringList{QStringLiteral("sleep"), QStringLiteral("1000")});
    request.timeoutMs = 300;
    runner.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1), 1, 5000);
    const CommandResult result = recorder.result(1);
    QCOMPARE(result.killedReason, CommandResult::KillReason::Timeout);
    QCOMPARE(result.signalNumber, 15); // sleep dies of the SIGTERM; no SIGKILL needed
    QCOMPARE(result.exitCode, -1);
    QCOMPARE(result.truncated, false);
    QVERIFY2(result.durationMs >= 300 && result.durationMs < 5000, qPrintable(QString::number(result.durationMs)));
    QTRY_VERIFY_WITH_TIMEOUT(processGone(recorder.pid(1)), 5000);
}

void TestCommandRunner::timeoutEscalatesToSigkill()
{
    CommandRunner runner;
    Recorder recorder(&runner);
    // The shell and its sleep both ignore SIGTERM, so only the SIGKILL after the grace period ends them.
    CommandRequest request = shellRequest(1, QStringLiteral("trap '' TERM; sleep 1000 & echo $!; sleep 1000"));
    request.timeoutMs = 300;
    runner.start(request);
    QTRY_VERIFY_WITH_TIMEOUT(firstLinePid(recorder.out(1)) > 0, FinishTimeoutMs);
    const qint64 background = firstLinePid(recorder.out(1));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1), 1, 5000);
    const CommandResult result = recorder.result(1);
    QCOMPARE(result.killedReason, CommandResult::KillReason::Timeout);
    QCOMPARE(result.signalNumber, 9);
    QVERIFY2(result.durationMs >= 300 + CommandRunner::KillGraceMs && result.durationMs < 5000,
             qPrintable(QString::number(result.durationMs)));
    QTRY_VERIFY_WITH_TIMEOUT(processGone(background), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(livePids(recorder.pid(1)).isEmpty(), 5000);
}

void TestCommandRunner::cancelKillsWholeGroup()
{
    CommandRunner runner;
    Recorder recorder(&runner);
    runner.start(shellRequest(3, QStringLiteral("sleep 1000 & echo $!; sleep 1000")));
    QTRY_VERIFY_WITH_TIMEOUT(firstLinePid(recorder.out(3)) > 0, FinishTimeoutMs);
    const qint64 leader = recorder.pid(3);
    const qint64 background = firstLinePid(recorder.out(3));
    QVERIFY(leader > 0);
    const std::optional<ProcStat> stat = procStat(background);
    QVERIFY(stat);
    QCOMPARE(stat->group, leader); // the background sleep is in the command's group
    QTRY_COMPARE_WITH_TIMEOUT(livePids(leader).size(), qsizetype(3), 5000); // sh and both sleeps

    QVERIFY(runner.cancel(3));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(3), 1, 5000);
    const CommandResult result = recorder.result(3);
    QCOMPARE(result.killedReason, CommandResult::KillReason::Cancel);
    QCOMPARE(result.signalNumber, 15);
    QCOMPARE(result.exitCode, -1);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(background), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(livePids(leader).isEmpty(), 5000);
    QVERIFY(!runner.isRunning(3));
}

void TestCommandRunner::stopAllKillsEveryCommand()
{
    CommandRunner runner;
    Recorder recorder(&runner);
    const QList<quint32> ids{11, 12, 13};
    for (const quint32 id : ids)
        runner.start(shellRequest(id, QStringLiteral("sleep 1000 & echo $!; wait")));
    for (const quint32 id : ids)
        QTRY_VERIFY_WITH_TIMEOUT(firstLinePid(recorder.out(id)) > 0, FinishTimeoutMs);
    QCOMPARE(runner.runningCount(), 3);

    runner.stopAll();
    for (const quint32 id : ids) {
        QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(id), 1, 5000);
        QCOMPARE(recorder.result(id).killedReason, CommandResult::KillReason::Disconnect);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(firstLinePid(recorder.out(id))), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(livePids(recorder.pid(id)).isEmpty(), 5000);
    }
    QCOMPARE(runner.runningCount(), 0);
}

void TestCommandRunner::destroyingRunnerKillsGroups()
{
    auto runner = std::make_unique<CommandRunner>();
    Recorder recorder(runner.get());
    runner->start(shellRequest(1, QStringLiteral("sleep 1000 & echo $!; sleep 1000")));
    QTRY_VERIFY_WITH_TIMEOUT(firstLinePid(recorder.out(1)) > 0, FinishTimeoutMs);
    const qint64 leader = recorder.pid(1);
    const qint64 background = firstLinePid(recorder.out(1));
    runner.reset();
    QCOMPARE(recorder.finishedCount(1), 0);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(background), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(leader), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(livePids(leader).isEmpty(), 5000);
    QVERIFY(livePids(-1, ::getpid()).isEmpty()); // the leader was reaped, not left a zombie
}

void TestCommandRunner::outputCap_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<bool>("shell");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QByteArray>("out"); ///< null: only the total size is known (interleaved streams)
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("truncated");

    const QStringList yes{QStringLiteral("yes")};
    const QStringList hello{QStringLiteral("echo"), QStringLiteral("hello")};
    QTest::newRow("yes") << yes << false << qint64(100000) << QByteArray("y\n").repeated(50000) << qint64(100000)
                         << true;
    QTest::newRow("odd cap") << yes << false << qint64(99999) << QByteArray("y\n").repeated(50000).left(99999)
                             << qint64(99999) << true;
    QTest::newRow("one byte") << yes << false << qint64(1) << QByteArray("y") << qint64(1) << true;
    QTest::newRow("both streams") << QStringList{QStringLiteral("yes out & yes err >&2")} << true << qint64(100000)
                                  << QByteArray() << qint64(100000) << true;
    QTest::newRow("exactly at the cap") << hello << false << qint64(6) << QByteArray("hello\n") << qint64(6) << false;
    QTest::newRow("one byte over") << hello << false << qint64(5) << QByteArray("hello") << qint64(5) << true;
    QTest::newRow("no cap") << hello << false << qint64(0) << QByteArray("hello\n") << qint64(6) << false;
}

void TestCommandRunner::outputCap()
{
    QFETCH(QStringList, argv);
    QFETCH(bool, shell);
    QFETCH(qint64, cap);
    QFETCH(QByteArray, out);
    QFETCH(qint64, total);
    QFETCH(bool, truncated);

    CommandRunner runner;
    Recorder recorder(&runner);
    CommandRequest request = argvRequest(1, argv);
    request.shell = shell;
    request.outputCap = cap;
    runner.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1), 1, FinishTimeoutMs);
    const CommandResult result = recorder.result(1);
    QCOMPARE(qint64(recorder.out(1).size() + recorder.err(1).size()), total);
    if (!out.isNull())
        QCOMPARE(recorder.out(1), out);
    QCOMPARE(result.truncated, truncated);
    QCOMPARE(result.killedReason, truncated ? CommandResult::KillReason::Limit : CommandResult::KillReason::None);
    QVERIFY(recorder.largestChunk() <= CommandRunner::ChunkSize);
    QCOMPARE(recorder.emptyChunks(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(livePids(recorder.pid(1)).isEmpty(), 5000);
}

void TestCommandRunner::largeOutputStreamsInChunks()
{
    CommandRunner runner;
    Recorder recorder(&runner);
    runner.start(shellRequest(1, QStringLiteral("head -c 1000000 /dev/zero; head -c 300000 /dev/zero >&2")));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1), 1, FinishTimeoutMs);
    QCOMPARE(recorder.out(1), QByteArray(1000000, '\0'));
    QCOMPARE(recorder.err(1), QByteArray(300000, '\0'));
    QCOMPARE(recorder.result(1).exitCode, 0);
    QCOMPARE(recorder.result(1).truncated, false);
    QVERIFY(recorder.chunks(1) > 1);
    QVERIFY(recorder.largestChunk() <= CommandRunner::ChunkSize);
}

void TestCommandRunner::duplicateIdIsRefused()
{
    CommandRunner runner;
    Recorder recorder(&runner);
    runner.start(argvRequest(7, QStringList{QStringLiteral("sleep"), QStringLiteral("1000")}));
    runner.start(argvRequest(7, QStringList{QStringLiteral("echo"), QStringLiteral("second")}));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(7), 1, FinishTimeoutMs);
    QCOMPARE(recorder.result(7).startError,
             QStringLiteral("A command with id 7 is already running: wait for it to finish or cancel it."));
    QVERIFY(runner.isRunning(7));
    QVERIFY(runner.cancel(7));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(7), 2, FinishTimeoutMs);
    QCOMPARE(recorder.out(7), QByteArray());
    QVERIFY(!runner.isRunning(7));
}

void TestCommandRunner::maxRunningIsEnforced()
{
    CommandRunner runner;
    Recorder recorder(&runner);
    QCOMPARE(runner.maxRunning(), CommandRunner::DefaultMaxRunning);
    runner.setMaxRunning(1);
    runner.start(argvRequest(1, QStringList{QStringLiteral("sleep"), QStringLiteral("1000")}));
    runner.start(argvRequest(2, QStringList{QStringLiteral("true")}));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(2), 1, FinishTimeoutMs);
    QCOMPARE(recorder.result(2).startError,
             QStringLiteral("Too many commands are running at once (1): wait for one to finish."));
    QVERIFY(runner.cancel(1));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1), 1, FinishTimeoutMs);
    runner.start(argvRequest(2, QStringList{QStringLiteral("true")}));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(2), 2, FinishTimeoutMs);
}

void TestCommandRunner::cancelUnknownOrFinished()
{
    CommandRunner runner;
    Recorder recorder(&runner);
    QVERIFY(!runner.cancel(1));
    runner.start(argvRequest(1, QStringList{QStringLiteral("true")}));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1), 1, FinishTimeoutMs);
    QVERIFY(!runner.cancel(1));
    runner.stopAll(); // nothing to stop
    QCOMPARE(recorder.result(1).killedReason, CommandResult::KillReason::None);
}

void TestCommandRunner::hundredCommandsLeakNothing()
{
    CommandRunner runner;
    Recorder recorder(&runner);
    // Warm-up: whatever QProcess sets up once (its SIGCHLD handling) is not a leak.
    runner.start(argvRequest(1000, QStringList{QStringLiteral("true")}));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(1000), 1, FinishTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(livePids(-1, ::getpid()).isEmpty(), 5000);
    const int before = openFdCount();
    QVERIFY(before > 0);

    // Each command starts from the previous one's finished(), as an agent answering a client would.
    constexpr quint32 count = 100;
    const auto startEcho = [&runner](quint32 id) {
        runner.start(argvRequest(id, QStringList{QStringLiteral("echo"), QString::number(id)}));
    };
    connect(&runner, &CommandRunner::finished, this, [&startEcho](quint32 id) {
        if (id < count)
            startEcho(id + 1);
    });
    startEcho(1);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount(count), 1, 60000);
    for (quint32 id = 1; id <= count; ++id) {
        QCOMPARE(recorder.finishedCount(id), 1);
        QCOMPARE(recorder.result(id).exitCode, 0);
        QCOMPARE(recorder.out(id), QByteArray::number(id) + '\n');
    }
    // Finished commands are deleted later; give the event loop its turn.
    QTRY_VERIFY_WITH_TIMEOUT(openFdCount() <= before, 5000);
    QVERIFY2(livePids(-1, ::getpid()).isEmpty(), "a child (or zombie) was left behind");
    errno = 0;
    QCOMPARE(::waitpid(-1, nullptr, WNOHANG), pid_t(-1));
    QCOMPARE(errno, ECHILD);
}

void TestCommandRunner::outputEncoding()
{
    QCOMPARE(CommandRunner::outputEncoding(), QStringLiteral("UTF-8"));
}

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"

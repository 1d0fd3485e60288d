// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/commandprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace {

const QString shellProgram = QStringLiteral("/bin/sh");

#ifdef Q_OS_UNIX
/**
 * Runs in the child between fork and exec, so only async-signal-safe calls. A new session makes the
 * child the leader of its own process group, which the agent can then kill as a whole.
 */
void prepareChild()
{
    ::setsid();
    // exec keeps ignored signals ignored and the signal mask as it is; the agent may ignore SIGPIPE or
    // block signals, and a command should start as a fresh one would.
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int number : {SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD})
        ::sigaction(number, &action, nullptr);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
}
#endif

} // namespace

CommandProcess::CommandProcess(const CommandRequest &request, const QString &defaultWorkingDirectory, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_defaultWorkingDirectory(defaultWorkingDirectory)
    // Children, so that moveToThread() takes them along.
    , m_process(this)
    , m_timeoutTimer(this)
    , m_graceTimer(this)
{
    m_timeoutTimer.setSingleShot(true);
    m_graceTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; a timeout must never cut a command short.
    m_timeoutTimer.setTimerType(Qt::PreciseTimer);
    m_graceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] { stop(CommandResult::KillReason::Timeout); });
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        if (m_process.state() != QProcess::NotRunning)
            killGroup(true);
    });

    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // /dev/null: a command that reads stdin (cat) sees end-of-file at once instead of waiting forever.
    m_process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    m_process.setChildProcessModifier(prepareChild);
#endif
    connect(&m_process, &QProcess::started, this, [this] { emit started(m_process.processId()); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { drain(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { drain(QProcess::StandardError); });
    connect(&m_process, &QProcess::errorOccurred, this, &CommandProcess::onErrorOccurred);
    connect(&m_process, &QProcess::finished, this, &CommandProcess::onFinished);
}

CommandProcess::~CommandProcess()
{
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        killGroup(true);
        // SIGKILL cannot be caught, so this reaping wait is short; without it QProcess would warn and wait anyway.
        m_process.waitForFinished(5000);
    }
}

QString CommandProcess::prepare(QString *program, QStringList *arguments, QProcessEnvironment *environment,
                                QString *workingDirectory) const
{
    const QString &name = m_request.argv.first();
    *workingDirectory = m_request.workingDirectory.isEmpty() ? m_defaultWorkingDirectory : m_request.workingDirectory;
    if (!workingDirectory->isEmpty() && !QFileInfo(*workingDirectory).isDir()) {
        return tr("Cannot run \"%1\": the working directory \"%2\" does not exist.")
            .arg(name, QDir::toNativeSeparators(*workingDirectory));
    }

    *environment = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : m_request.environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        environment->insert(entry.left(equals), entry.mid(equals + 1));
    }

    if (m_request.shell) {
        *program = shellProgram;
        *arguments = QStringList{QStringLiteral("-c"), name};
        return {};
    }

    *arguments = m_request.argv.mid(1);
    if (name.contains(QLatin1Char('/'))) {
        // Relative paths are relative to the command's working directory, as exec sees them.
        const QDir base(workingDirectory->isEmpty() ? QDir::currentPath() : *workingDirectory);
        const QFileInfo file(base.filePath(name));
        if (!file.exists())
            return tr("Cannot run \"%1\": no such program.").arg(name);
        if (file.isDir() || !file.isExecutable())
            return tr("Cannot run \"%1\": it is not an executable file.").arg(name);
        *program = file.absoluteFilePath();
        return {};
    }
    // Searched in the command's own PATH, which the request may have changed.
    const QString path = environment->value(QStringLiteral("PATH"));
    const QStringList directories = path.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    *program = QStandardPaths::findExecutable(name, directories);
    if (program->isEmpty())
        return tr("Cannot run \"%1\": no such program.").arg(name);
    return {};
}

void CommandProcess::start()
{
    m_clock.start();
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    QString workingDirectory;
    const QString error = prepare(&program, &arguments, &environment, &workingDirectory);
    if (!error.isEmpty()) {
        failLater(error);
        return;
    }
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(workingDirectory);
    m_process.start(QIODevice::ReadOnly);
    m_pid = m_process.processId();
    if (m_request.timeoutMs > 0 && m_process.state() != QProcess::NotRunning)
        m_timeoutTimer.start(m_request.timeoutMs);
}

void CommandProcess::stop(CommandResult::KillReason reason)
{
    if (m_done || m_reason != CommandResult::KillReason::None || m_process.state() == QProcess::NotRunning)
        return;
    m_reason = reason;
    m_timeoutTimer.stop();
    killGroup(false);
    m_graceTimer.start(CommandRunner::KillGraceMs);
}

void CommandProcess::setPaused(bool paused)
{
    if (paused == m_paused || m_pid <= 0 || m_done)
        return;
    m_paused = paused;
#ifdef Q_OS_UNIX
    signalGroup(paused ? SIGSTOP : SIGCONT);
#endif
}

#ifdef Q_OS_UNIX
void CommandProcess::signalGroup(int signalNumber)
{
    const auto pid = static_cast<pid_t>(m_pid);
    // Until the child has called setsid() its group does not exist yet; then it is the only process.
    if (::kill(-pid, signalNumber) != 0 && errno == ESRCH && m_process.state() != QProcess::NotRunning)
        ::kill(pid, signalNumber);
}
#endif

void CommandProcess::killGroup(bool force)
{
    if (m_pid <= 0)
        return;
#ifdef Q_OS_UNIX
    signalGroup(force ? SIGKILL : SIGTERM);
    // A stopped group only acts on SIGTERM once it runs again.
    if (m_paused) {
        m_paused = false;
        signalGroup(SIGCONT);
    }
#else
    // No process groups here: only the direct child can be ended.
    if (m_process.state() == QProcess::NotRunning)
        return;
    if (force)
        m_process.kill();
    else
        m_process.terminate();
#endif
}

void CommandProcess::drain(QProcess::ProcessChannel channel)
{
    const CommandRunner::Stream stream =
        channel == QProcess::StandardOutput ? CommandRunner::Stream::Stdout : CommandRunner::Stream::Stderr;
    m_process.setReadChannel(channel);
    // Bounded: QProcess holds at most what one read from the pipe brought.
    while (!m_done && m_process.bytesAvailable() > 0) {
        const QByteArray chunk = m_process.read(CommandRunner::ChunkSize);
        if (chunk.isEmpty())
            break;
        deliver(stream, chunk);
    }
}

void CommandProcess::deliver(CommandRunner::Stream stream, QByteArray chunk)
{
    if (m_truncated)
        return; // dropped: the group is being killed
    if (m_request.outputCap > 0 && chunk.size() > m_request.outputCap - m_emitted) {
        chunk.truncate(m_request.outputCap - m_emitted);
        m_truncated = true;
    }
    if (!chunk.isEmpty()) {
        m_emitted += chunk.size();
        emit output(stream, chunk);
    }
    if (m_truncated)
        stop(CommandResult::KillReason::Limit);
}

void CommandProcess::onErrorOccurred(QProcess::ProcessError error)
{
    // Crashes and read errors end in finished(); only a failed start has no finished() from QProcess.
    if (error != QProcess::FailedToStart || m_done)
        return;
    failLater(tr("Cannot run \"%1\": %2.").arg(m_request.argv.first(), m_process.errorString()));
}

void CommandProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    drain(QProcess::StandardOutput);
    drain(QProcess::StandardError);
    // The leader is gone; sweep whatever it left in its group when the command was killed.
    if (m_reason != CommandResult::KillReason::None)
        killGroup(true);
    CommandResult result;
    if (status == QProcess::CrashExit) {
        // Qt 6.4 on Unix reports the terminating signal's number as the exit code of a crash exit.
        result.signalNumber = exitCode;
    } else {
        result.exitCode = exitCode;
    }
    finish(result);
}

void CommandProcess::failLater(const QString &message)
{
    // Queued: QProcess may report a failed start from inside start(), and so may prepare().
    QMetaObject::invokeMethod(
        this,
        [this, message] {
            CommandResult result;
            result.startError = message;
            finish(result);
        },
        Qt::QueuedConnection);
}

void CommandProcess::finish(CommandResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeoutTimer.stop();
    m_graceTimer.stop();
    m_process.disconnect(this);
    result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (result.started()) {
        result.truncated = m_truncated;
        result.killedReason = m_reason;
    }
    emit finished(result);
}

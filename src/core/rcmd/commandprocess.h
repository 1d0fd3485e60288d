// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include "rcmd/commandrequest.h"
#include "rcmd/commandresult.h"
#include "rcmd/commandrunner.h"

/**
 * One running command for CommandRunner: a QProcess in its own session and process group, its
 * timeout, its output cap and the kill of the whole group. Emits finished() exactly once, and
 * nothing after it.
 */
class CommandProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandProcess)

public:
    CommandProcess(const CommandRequest &request, const QString &defaultWorkingDirectory, QObject *parent = nullptr);
    /** Kills the group (SIGKILL) when still running and reaps the process, waiting at most a few seconds. */
    ~CommandProcess() override;

    /** Starts the process; a failure is reported by finished() from the event loop, never from here. */
    void start();
    /** Kills the whole process group; the first reason given is the one reported. */
    void stop(CommandResult::KillReason reason);

    /** Stops (SIGSTOP) or continues (SIGCONT) the whole process group: backpressure for a slow reader. */
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    quint32 id() const { return m_request.id; }

signals:
    void started(qint64 pid);
    void output(CommandRunner::Stream stream, const QByteArray &chunk);
    void finished(const CommandResult &result);

private:
    QString prepare(QString *program, QStringList *arguments, QProcessEnvironment *environment,
                    QString *workingDirectory) const;
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void drain(QProcess::ProcessChannel channel);
    void deliver(CommandRunner::Stream stream, QByteArray chunk);
    /** SIGTERM (or SIGKILL when `force`) to the whole process group. */
    void killGroup(bool force);
#ifdef Q_OS_UNIX
    void signalGroup(int signalNumber);
#endif
    void failLater(const QString &message);
    void finish(CommandResult result);

    CommandRequest m_request;
    QString m_defaultWorkingDirectory;
    QProcess m_process;
    QTimer m_timeoutTimer;
    QTimer m_graceTimer;
    QElapsedTimer m_clock;
    qint64 m_pid = 0;
    qint64 m_emitted = 0; ///< output bytes emitted so far, for the cap
    bool m_truncated = false;
    bool m_done = false;
    bool m_paused = false;
    CommandResult::KillReason m_reason = CommandResult::KillReason::None;
};

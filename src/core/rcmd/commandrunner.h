// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include "rcmd/commandrequest.h"
#include "rcmd/commandresult.h"

class CommandProcess;

/**
 * Runs the commands of a remote-command agent as real processes, event-driven and never blocking
 * (except for the bounded reaping in the destructor). Each command runs in its own session and
 * process group with stdin on /dev/null; a timeout, cancel(), stopAll() or the output cap kills the
 * whole group (SIGTERM, then SIGKILL after KillGraceMs), so no descendant outlives it. Output is
 * streamed in chunks of at most ChunkSize bytes, never accumulated. Every start() ends in exactly one
 * finished(), never emitted from inside start() itself. Commands with different ids run side by side.
 */
class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    /** Which of the command's output channels a chunk came from. */
    enum class Stream {
        Stdout,
        Stderr
    };
    Q_ENUM(Stream)

    /** How long a killed group has to end after SIGTERM before SIGKILL. */
    static constexpr int KillGraceMs = 500;
    /** The largest chunk output() carries. */
    static constexpr qint64 ChunkSize = 64 * 1024;
    /** How many commands run at once unless setMaxRunning() says otherwise. */
    static constexpr int DefaultMaxRunning = 16;

    explicit CommandRunner(QObject *parent = nullptr);
    /** Kills every running command's group (SIGKILL) and reaps it; emits no finished() for them. */
    ~CommandRunner() override;

    /** Starts a command; a request that fails validate() or cannot start ends in finished() with startError. */
    void start(const CommandRequest &request);
    /** Kills command `id` (reason Cancel); false when no such command is running. */
    bool cancel(quint32 id);
    /** Stops or continues command `id`'s process group (SIGSTOP/SIGCONT), e.g. while the client is behind on
        reading; its output stops growing within a pipe's worth. False when no such command is running. */
    bool setPaused(quint32 id, bool paused);
    /** The client went away: kills every running command (reason Disconnect). */
    void stopAll();

    bool isRunning(quint32 id) const { return m_commands.contains(id); }
    int runningCount() const { return int(m_commands.size()); }
    QList<quint32> runningIds() const { return m_commands.keys(); }

    /** Where commands without a working directory run; empty = the agent's current directory. */
    void setDefaultWorkingDirectory(const QString &path) { m_defaultWorkingDirectory = path; }
    QString defaultWorkingDirectory() const { return m_defaultWorkingDirectory; }
    /** Further start()s fail with a clear sentence while this many commands run. */
    void setMaxRunning(int count) { m_maxRunning = count; }
    int maxRunning() const { return m_maxRunning; }

    /** One translated sentence saying what is wrong with `request`; empty when it can be run. */
    static QString validate(const CommandRequest &request);
    /**
     * The encoding the agent declares for command output: "UTF-8" (Linux, where the agent runs in
     * UTF-8 locales). Output bytes are passed on unchanged, never re-encoded.
     */
    static QString outputEncoding();

signals:
    /** Command `id` runs as process `pid`, which leads its own session and process group. */
    void started(quint32 id, qint64 pid);
    /** A chunk of command `id`'s output, in the order it arrived. */
    void output(quint32 id, CommandRunner::Stream stream, const QByteArray &chunk);
    /** Command `id` ended (or never started); exactly once per start(). */
    void finished(quint32 id, const CommandResult &result);

private:
    void failLater(quint32 id, const QString &message);
    void onCommandFinished(CommandProcess *command, const CommandResult &result);

    QHash<quint32, CommandProcess *> m_commands;
    QString m_defaultWorkingDirectory;
    int m_maxRunning = DefaultMaxRunning;
};

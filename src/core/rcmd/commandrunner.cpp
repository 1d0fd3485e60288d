// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/commandrunner.h"

#include <QChar>
#include <QMetaObject>

#include "rcmd/commandprocess.h"

namespace {

bool containsNul(const QString &text)
{
    return text.contains(QChar(u'\0'));
}

} // namespace

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
{ }

CommandRunner::~CommandRunner()
{
    // Each CommandProcess kills and reaps its own group; none of them reports any more.
    const QList<CommandProcess *> commands = m_commands.values();
    m_commands.clear();
    for (CommandProcess *command : commands) {
        command->disconnect(this);
        delete command;
    }
}

QString CommandRunner::outputEncoding()
{
    return QStringLiteral("UTF-8");
}

QString CommandRunner::validate(const CommandRequest &request)
{
    if (request.argv.isEmpty() || request.argv.first().isEmpty())
        return tr("The command is empty: give a program or a command line to run.");
    if (request.shell && request.argv.size() != 1) {
        return tr("A shell command must be one command line, not %1 separate arguments: join them into one line.")
            .arg(request.argv.size());
    }
    for (const QString &argument : request.argv) {
        if (containsNul(argument))
            return tr("An argument contains a NUL character, which no program can receive: remove it.");
    }
    for (const QString &entry : request.environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0 || containsNul(entry)) {
            return tr("The environment entry \"%1\" is not valid: write it as NAME=VALUE with a non-empty NAME.")
                .arg(entry);
        }
    }
    if (request.timeoutMs < 0)
        return tr("The timeout cannot be negative (%1 ms): use 0 for no timeout.").arg(request.timeoutMs);
    if (request.outputCap < 0)
        return tr("The output limit cannot be negative (%1 bytes): use 0 for no limit.").arg(request.outputCap);
    return {};
}

void CommandRunner::start(const CommandRequest &request)
{
    QString error = validate(request);
    if (error.isEmpty() && m_commands.contains(request.id))
        error = tr("A command with id %1 is already running: wait for it to finish or cancel it.").arg(request.id);
    if (error.isEmpty() && m_commands.size() >= m_maxRunning)
        error = tr("Too many commands are running at once (%1): wait for one to finish.").arg(m_maxRunning);
    if (!error.isEmpty()) {
        failLater(request.id, error);
        return;
    }

    auto *command = new CommandProcess(request, m_defaultWorkingDirectory, this);
    const quint32 id = request.id;
    m_commands.insert(id, command);
    connect(command, &CommandProcess::started, this, [this, id](qint64 pid) { emit started(id, pid); });
    connect(command, &CommandProcess::output, this,
            [this, id](Stream stream, const QByteArray &chunk) { emit output(id, stream, chunk); });
    connect(command, &CommandProcess::finished, this,
            [this, command](const CommandResult &result) { onCommandFinished(command, result); });
    command->start();
}

bool CommandRunner::cancel(quint32 id)
{
    CommandProcess *command = m_commands.value(id);
    if (!command)
        return false;
    command->stop(CommandResult::KillReason::Cancel);
    return true;
}

bool CommandRunner::setPaused(quint32 id, bool paused)
{
    CommandProcess *command = m_commands.value(id);
    if (!command)
        return false;
    command->setPaused(paused);
    return true;
}

void CommandRunner::stopAll()
{
    // stop() only signals; finished() comes later from the event loop, so the hash stays intact here.
    const QList<CommandProcess *> commands = m_commands.values();
    for (CommandProcess *command : commands)
        command->stop(CommandResult::KillReason::Disconnect);
}

void CommandRunner::failLater(quint32 id, const QString &message)
{
    CommandResult result;
    result.startError = message;
    // Never from inside start(): the caller may not be ready for finished() yet.
    QMetaObject::invokeMethod(
        this, [this, id, result] { emit finished(id, result); }, Qt::QueuedConnection);
}

void CommandRunner::onCommandFinished(CommandProcess *command, const CommandResult &result)
{
    const quint32 id = command->id();
    if (m_commands.value(id) == command)
        m_commands.remove(id);
    command->deleteLater();
    // Removed first, so that a slot may start a new command with the same id.
    emit finished(id, result);
}

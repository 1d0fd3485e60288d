// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdclassicsession.h"

#include <limits>

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtEndian>

#include "net/endpoint.h"
#include "rcmd/commandrequest.h"
#include "rcmd/rcmdaudit.h"

RcmdClassicSession::RcmdClassicSession(QTcpSocket *socket, const RcmdAgentConfig &config,
                                       std::function<QString()> acquireSlot, std::function<void()> releaseSlot,
                                       QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_socket(socket)
    , m_acquireSlot(std::move(acquireSlot))
    , m_releaseSlot(std::move(releaseSlot))
{
    socket->setParent(this);
    m_peer = Endpoint::format(socket->peerAddress(), socket->peerPort());
    m_runner.setMaxRunning(1);
    m_runner.setDefaultWorkingDirectory(config.workingDirectory);
    connect(socket, &QTcpSocket::readyRead, this, &RcmdClassicSession::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &RcmdClassicSession::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    connect(&m_runner, &CommandRunner::output, this, &RcmdClassicSession::onOutput);
    connect(&m_runner, &CommandRunner::finished, this, &RcmdClassicSession::onFinished);
}

RcmdClassicSession::~RcmdClassicSession()
{
    if (m_slotHeld)
        m_releaseSlot();
}

void RcmdClassicSession::abort()
{
    if (m_socket)
        m_socket->abort();
    onDisconnected();
}

void RcmdClassicSession::onReadyRead()
{
    if (!m_socket || m_closed)
        return;
    // One read is one command line, as conn.recv(1024) makes it in the tutorials; newlines separate several.
    const QByteArray bytes = m_socket->read(MaxCommandLine);
    const QList<QByteArray> lines = bytes.split('\n');
    for (const QByteArray &line : lines) {
        const QString command = QString::fromUtf8(line).trimmed();
        if (command.isEmpty())
            continue;
        if (m_queue.size() >= MaxQueued) {
            emit audit(RcmdAudit::line(QStringLiteral("disconnect"), m_peer,
                                       {{QStringLiteral("reason"), tr("Too many commands queued.")}}));
            abort();
            return;
        }
        m_queue.enqueue(command);
    }
    runNext();
    if (m_socket && m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &RcmdClassicSession::onReadyRead, Qt::QueuedConnection);
}

void RcmdClassicSession::runNext()
{
    if (m_running || m_closed || m_queue.isEmpty())
        return;
    const QString command = m_queue.dequeue();
    const quint32 id = m_nextId++;
    const QString busy = m_acquireSlot();
    if (!busy.isEmpty()) {
        // The protocol has no error message: the refusal is the answer's text.
        m_stdout.clear();
        m_stderr = busy.toUtf8() + '\n';
        CommandResult refused;
        refused.startError = busy;
        m_running = true;
        onFinished(id, refused);
        return;
    }
    m_running = true;
    m_slotHeld = true;
    m_stdout.clear();
    m_stderr.clear();
    emit audit(RcmdAudit::line(QStringLiteral("run"), m_peer,
                               {{QStringLiteral("id"), qint64(id)},
                                {QStringLiteral("argv"), QJsonArray{command}},
                                {QStringLiteral("shell"), true},
                                {QStringLiteral("cwd"), QString()},
                                {QStringLiteral("mode"), QStringLiteral("classic")}}));
    CommandRequest request;
    request.id = id;
    request.argv = QStringList{command};
    request.shell = true;
    request.timeoutMs = m_config.commandTimeoutMs;
    // The whole answer is held until the command ends (its length comes first), so it is always bounded.
    request.outputCap = m_config.outputCap > 0 ? qMin(m_config.outputCap, MaxAnswer) : MaxAnswer;
    m_runner.start(request);
}

void RcmdClassicSession::onOutput(quint32, CommandRunner::Stream stream, const QByteArray &chunk)
{
    (stream == CommandRunner::Stream::Stdout ? m_stdout : m_stderr).append(chunk);
}

void RcmdClassicSession::onFinished(quint32 id, const CommandResult &result)
{
    m_running = false;
    if (m_slotHeld) {
        m_slotHeld = false;
        m_releaseSlot();
    }
    if (!result.started() && m_stderr.isEmpty())
        m_stderr = result.startError.toUtf8() + '\n';
    const qint64 size = m_stdout.size() + m_stderr.size();
    emit audit(RcmdAudit::line(QStringLiteral("exit"), m_peer, RcmdAudit::exitFields(id, result, size)));
    if (!m_closed && m_socket) {
        const qint32 length = qint32(qMin<qint64>(size, std::numeric_limits<qint32>::max()));
        char header[4];
        qToLittleEndian(length, header);
        m_socket->write(header, sizeof header);
        m_socket->write(m_stdout.left(length));
        m_socket->write(m_stderr.left(length - qMin<qint64>(m_stdout.size(), length)));
    }
    m_stdout.clear();
    m_stderr.clear();
    if (m_closed)
        deleteWhenIdle();
    else
        runNext();
}

void RcmdClassicSession::onDisconnected()
{
    if (m_closed) {
        deleteWhenIdle();
        return;
    }
    m_closed = true;
    m_queue.clear();
    m_runner.stopAll();
    emit audit(RcmdAudit::line(QStringLiteral("disconnect"), m_peer));
    emit closed();
    deleteWhenIdle();
}

void RcmdClassicSession::deleteWhenIdle()
{
    if (m_closed && !m_running && (!m_socket || m_socket->state() == QAbstractSocket::UnconnectedState))
        deleteLater();
}

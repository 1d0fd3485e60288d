// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdsession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QTcpSocket>
#include <QTimer>

#include "net/endpoint.h"
#include "rcmd/commandrequest.h"
#include "rcmd/rcmdaudit.h"
#include "rcmd/rcmdmessage.h"
#include "rcmd/rcmdprotocol.h"

namespace {

/** How long a closing connection may take to flush its last frame before it is aborted. */
constexpr int CloseGraceMs = 2000;
/** Bytes read from the socket per loop turn, so one connection cannot monopolise the thread. */
constexpr qint64 ReadChunk = 256 * 1024;

} // namespace

RcmdSession::RcmdSession(QTcpSocket *socket, const RcmdAgentConfig &config, SlotRequest acquireSlot,
                         std::function<void()> releaseSlot, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_socket(socket)
    , m_auth(config.token)
    , m_authDeadline(new QTimer(this))
    , m_acquireSlot(std::move(acquireSlot))
    , m_releaseSlot(std::move(releaseSlot))
{
    socket->setParent(this);
    m_peer = Endpoint::format(socket->peerAddress(), socket->peerPort());
    m_auth.setOutputEncoding(config.outputEncoding);
    m_runner.setMaxRunning(qMax(1, config.maxCommandsPerConnection));
    m_runner.setDefaultWorkingDirectory(config.workingDirectory);

    connect(socket, &QTcpSocket::readyRead, this, &RcmdSession::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &RcmdSession::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &RcmdSession::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    connect(&m_runner, &CommandRunner::output, this, &RcmdSession::onOutput);
    connect(&m_runner, &CommandRunner::finished, this, &RcmdSession::onFinished);

    m_authDeadline->setSingleShot(true);
    connect(m_authDeadline, &QTimer::timeout, this, [this] {
        const QString reason =
            tr("Authentication took longer than %n second(s).", nullptr, qMax(1, m_config.authTimeoutMs / 1000));
        failAuthentication(reason, RcmdAuthServer::authFailedFrame(reason));
    });
    m_authDeadline->start(qMax(1, config.authTimeoutMs));
}

RcmdSession::~RcmdSession()
{
    // The runner's destructor kills and reaps what is left; release the agent-wide slots they held.
    for (int i = 0; i < m_runner.runningCount(); ++i)
        m_releaseSlot();
}

QString RcmdSession::peerAddress() const
{
    return m_socket ? m_socket->peerAddress().toString() : QString();
}

void RcmdSession::abort()
{
    if (m_socket)
        m_socket->abort();
    onDisconnected();
}

void RcmdSession::onReadyRead()
{
    if (!m_socket || m_closed)
        return;
    // Drain what is there in bounded slices; handle() may close the connection in between.
    for (int slices = 0; slices < 64 && m_socket && !m_closed && m_socket->bytesAvailable() > 0; ++slices) {
        const QByteArray bytes = m_socket->read(ReadChunk);
        QList<RcmdMessage> messages;
        const bool ok = m_reader.feed(bytes, &messages);
        for (const RcmdMessage &message : std::as_const(messages)) {
            if (m_closed)
                return;
            handle(message);
        }
        if (!ok && !m_closed) {
            if (m_auth.isAuthenticated()) {
                failProtocol(m_reader.error());
            } else {
                failAuthentication(m_reader.error(), RcmdAuthServer::authFailedFrame(m_reader.error()));
            }
            return;
        }
    }
    if (m_socket && !m_closed && m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &RcmdSession::onReadyRead, Qt::QueuedConnection);
}

void RcmdSession::handle(const RcmdMessage &message)
{
    using Type = RcmdMessage::Type;
    if (!m_auth.isAuthenticated()) {
        const QByteArray reply = m_auth.onMessage(message);
        if (m_auth.state() == RcmdAuthServer::State::Failed) {
            failAuthentication(m_auth.error(), reply);
            return;
        }
        if (!reply.isEmpty() && m_socket)
            m_socket->write(reply);
        if (m_auth.isAuthenticated()) {
            m_authDeadline->stop();
            m_reader.setMaxFrameSize(RcmdProtocol::MaxFrameSize);
            emit audit(
                RcmdAudit::line(QStringLiteral("auth"), m_peer, {{QStringLiteral("result"), QStringLiteral("ok")}}));
            emit authenticated();
        }
        return;
    }
    switch (message.type) {
    case Type::Run:
        startCommand(message);
        return;
    case Type::Cancel:
        // A cancel racing the command's own end finds nothing to kill: that is fine.
        m_runner.cancel(message.id);
        return;
    case Type::Bye:
        closeGracefully();
        return;
    case Type::Error:
        //: %1 is the client's own message.
        failProtocol(tr("The client reported an error: %1").arg(message.text));
        return;
    default:
        break;
    }
    //: %1 is a protocol message name (e.g. Output).
    failProtocol(
        tr("The client sent a %1 message, which only an agent sends.").arg(RcmdMessage::typeName(message.type)));
}

void RcmdSession::startCommand(const RcmdMessage &run)
{
    if (m_runner.isRunning(run.id)) {
        //: %1 is a command number.
        refuseCommand(run.id, tr("Command %1 is already running on this connection.").arg(run.id));
        return;
    }
    if (m_runner.runningCount() >= m_config.maxCommandsPerConnection) {
        refuseCommand(run.id,
                      tr("This connection already runs %n command(s), its limit; wait for one to end.", nullptr,
                         m_config.maxCommandsPerConnection));
        return;
    }
    CommandRequest request;
    request.id = run.id;
    request.argv = run.argv;
    request.shell = run.shell;
    request.workingDirectory = run.workingDirectory;
    request.environment = run.environment;
    request.timeoutMs = m_config.commandTimeoutMs;
    request.outputCap = m_config.outputCap;
    const QString invalid = CommandRunner::validate(request);
    if (!invalid.isEmpty()) {
        refuseCommand(run.id, invalid);
        return;
    }
    const QString busy = m_acquireSlot();
    if (!busy.isEmpty()) {
        refuseCommand(run.id, busy);
        return;
    }
    QJsonObject fields{{QStringLiteral("id"), qint64(run.id)},
                       {QStringLiteral("argv"), QJsonArray::fromStringList(run.argv)},
                       {QStringLiteral("shell"), run.shell},
                       {QStringLiteral("cwd"), run.workingDirectory}};
    // The names of the variables the client set (LD_PRELOAD, PATH...), not their values, which may be secrets.
    if (!run.environment.isEmpty()) {
        QJsonArray names;
        for (const QString &entry : std::as_const(run.environment))
            names.append(entry.section(QLatin1Char('='), 0, 0));
        fields.insert(QStringLiteral("env"), names);
    }
    emit audit(RcmdAudit::line(QStringLiteral("run"), m_peer, fields));
    m_bytesOut.insert(run.id, 0);
    m_runner.start(request);
    if (m_paused)
        m_runner.setPaused(run.id, true);
}

void RcmdSession::onOutput(quint32 id, CommandRunner::Stream stream, const QByteArray &chunk)
{
    m_bytesOut[id] += chunk.size();
    if (m_closed)
        return;
    send(RcmdMessage::output(
        id, stream == CommandRunner::Stream::Stdout ? RcmdMessage::Stream::Stdout : RcmdMessage::Stream::Stderr,
        chunk));
    if (!m_paused && m_socket && m_socket->bytesToWrite() > HighWaterMark)
        setPaused(true);
}

void RcmdSession::onFinished(quint32 id, const CommandResult &result)
{
    const qint64 bytesOut = m_bytesOut.take(id);
    m_releaseSlot();
    emit audit(RcmdAudit::line(QStringLiteral("exit"), m_peer, RcmdAudit::exitFields(id, result, bytesOut)));
    if (!m_closed) {
        if (result.started())
            send(RcmdMessage::exit(id, result, m_config.outputEncoding));
        else
            send(RcmdMessage::error(id, result.startError));
    }
    deleteWhenIdle();
}

void RcmdSession::send(const RcmdMessage &message)
{
    QByteArray frame;
    QString error;
    if (!RcmdProtocol::encode(message, &frame, &error)) {
        // Only an Error text too long for a frame can get here; say so in a short one.
        RcmdProtocol::encode(RcmdMessage::error(message.id, error.left(200)), &frame, &error);
    }
    if (m_socket)
        m_socket->write(frame);
}

void RcmdSession::refuseCommand(quint32 id, const QString &message)
{
    emit audit(RcmdAudit::line(QStringLiteral("refused"), m_peer,
                               {{QStringLiteral("id"), qint64(id)}, {QStringLiteral("reason"), message}}));
    send(RcmdMessage::error(id, message));
}

void RcmdSession::failProtocol(const QString &message)
{
    m_closeReason = message;
    send(RcmdMessage::error(0, message));
    closeGracefully();
}

void RcmdSession::failAuthentication(const QString &reason, const QByteArray &reply)
{
    if (m_authFailed || m_closed)
        return;
    m_authFailed = true;
    m_authDeadline->stop();
    emit audit(
        RcmdAudit::line(QStringLiteral("auth"), m_peer,
                        {{QStringLiteral("result"), QStringLiteral("failed")}, {QStringLiteral("reason"), reason}}));
    if (m_socket && !reply.isEmpty())
        m_socket->write(reply);
    emit authenticationFailed(reason);
    closeGracefully();
}

void RcmdSession::closeGracefully()
{
    if (m_closed || !m_socket)
        return;
    // Nothing more is read; what is queued is flushed, then the socket closes (or is aborted if the peer does not
    // take it in time).
    disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
    m_socket->disconnectFromHost();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        QTimer::singleShot(CloseGraceMs, this, [this] {
            if (m_socket)
                m_socket->abort();
        });
    }
    onDisconnected();
}

void RcmdSession::onDisconnected()
{
    if (m_closed) {
        deleteWhenIdle();
        return;
    }
    if (m_auth.state() == RcmdAuthServer::State::WaitingAuth && !m_authFailed) {
        // The client took a challenge and left without answering it: a client with the wrong token does exactly
        // that. Counting it keeps the challenge from being an unlimited oracle for guessing the token offline.
        m_authFailed = true;
        const QString reason = tr("The client left after the challenge without proving that it knows the token.");
        emit audit(RcmdAudit::line(
            QStringLiteral("auth"), m_peer,
            {{QStringLiteral("result"), QStringLiteral("failed")}, {QStringLiteral("reason"), reason}}));
        emit authenticationFailed(reason);
    }
    m_closed = true;
    m_authDeadline->stop();
    if (m_paused)
        setPaused(false);
    m_runner.stopAll();
    emit audit(RcmdAudit::line(QStringLiteral("disconnect"), m_peer,
                               m_closeReason.isEmpty() ? QJsonObject()
                                                       : QJsonObject{{QStringLiteral("reason"), m_closeReason}}));
    emit closed();
    deleteWhenIdle();
}

void RcmdSession::onBytesWritten()
{
    if (m_paused && m_socket && m_socket->bytesToWrite() < LowWaterMark)
        setPaused(false);
}

void RcmdSession::setPaused(bool paused)
{
    m_paused = paused;
    const QList<quint32> ids = m_runner.runningIds();
    for (const quint32 id : ids)
        m_runner.setPaused(id, paused);
}

void RcmdSession::deleteWhenIdle()
{
    if (m_closed && m_runner.runningCount() == 0 &&
        (!m_socket || m_socket->state() == QAbstractSocket::UnconnectedState))
        deleteLater();
}

// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include "rcmd/commandresult.h"
#include "rcmd/commandrunner.h"
#include "rcmd/rcmdagentconfig.h"
#include "rcmd/rcmdauthserver.h"
#include "rcmd/rcmdreader.h"

class QTcpSocket;
class QTimer;
struct RcmdMessage;

/**
 * One client connection of a remote-command agent, speaking the SocketLab protocol (rcmdprotocol.h): it
 * authenticates the client within the deadline, then runs its commands in its own CommandRunner and streams their
 * output back. Nothing runs before authentication. A slow reader pauses its commands' process groups instead of
 * growing the send buffer. When the connection ends every command it started is killed; the session deletes
 * itself once they are all reaped.
 */
class RcmdSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RcmdSession)

public:
    /** Send-buffer bytes above which the session's commands are paused, and below which they continue. */
    static constexpr qint64 HighWaterMark = 1024 * 1024;
    static constexpr qint64 LowWaterMark = 256 * 1024;

    /** Asks the agent whether one more command may run, counting it when so; returns a sentence saying why not
        otherwise. Released with the agent's release callback. */
    using SlotRequest = std::function<QString()>;

    /** Takes ownership of `socket` (connected; for TLS, a QSslSocket whose server handshake has started). */
    RcmdSession(QTcpSocket *socket, const RcmdAgentConfig &config, SlotRequest acquireSlot,
                std::function<void()> releaseSlot, QObject *parent = nullptr);
    ~RcmdSession() override;

    /** "address:port" of the client. */
    QString peer() const { return m_peer; }
    QString peerAddress() const;
    bool isAuthenticated() const { return m_auth.isAuthenticated(); }
    /** Commands of this connection still running (or being reaped). */
    int runningCount() const { return m_runner.runningCount(); }

    /** Closes the connection now; running commands are killed (Disconnect). */
    void abort();

signals:
    /** One audit line (RcmdAudit) to record. */
    void audit(const QString &line);
    /** The handshake succeeded or failed (wrong token, bad protocol, deadline). */
    void authenticated();
    void authenticationFailed(const QString &reason);
    /** The connection is gone (the session may still be reaping commands). */
    void closed();

private:
    void onReadyRead();
    void onBytesWritten();
    void handle(const RcmdMessage &message);
    void startCommand(const RcmdMessage &run);
    void onOutput(quint32 id, CommandRunner::Stream stream, const QByteArray &chunk);
    void onFinished(quint32 id, const CommandResult &result);
    void send(const RcmdMessage &message);
    /** Sends Error(id, message) for a command that will not run. */
    void refuseCommand(quint32 id, const QString &message);
    /** A protocol violation after authentication: tells the client, closes. */
    void failProtocol(const QString &message);
    void failAuthentication(const QString &reason, const QByteArray &reply);
    void closeGracefully();
    void onDisconnected();
    void setPaused(bool paused);
    void deleteWhenIdle();

    RcmdAgentConfig m_config;
    QPointer<QTcpSocket> m_socket;
    QString m_peer;
    RcmdReader m_reader;
    RcmdAuthServer m_auth;
    CommandRunner m_runner;
    QTimer *m_authDeadline = nullptr;
    SlotRequest m_acquireSlot;
    std::function<void()> m_releaseSlot;
    /** Output bytes sent per running command, for the audit line. */
    QHash<quint32, qint64> m_bytesOut;
    /** Why the agent closed the connection, for the audit line; empty when the client left. */
    QString m_closeReason;
    bool m_paused = false;
    bool m_closed = false;
    bool m_authFailed = false;
};

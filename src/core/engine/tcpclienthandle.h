// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "engine/enginehandle.h"
#include "net/tcpclient.h"

/** A TcpClient in the engine thread, driven from the GUI thread (see EngineHandle). Counters add up over every
    connection the client has made (reconnects included). */
class TcpClientHandle final : public EngineHandle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpClientHandle)

public:
    explicit TcpClientHandle(EngineThread *engine, QObject *parent = nullptr);
    ~TcpClientHandle() override;

    /** Looks up and connects (a connection already open is closed first). */
    void start(const TcpClientConfig &config);
    /** Closes gracefully (or with a reset) and stops reconnecting. */
    void stop(bool abort = false);
    /** As the GUI has heard it. */
    TcpClient::State state() const { return m_state; }

    /** Sends `bytes` (framed when a framing is set) `repeat` times, `intervalMs` apart (0: as fast as the peer reads);
        refused when not connected. */
    void send(const QByteArray &bytes, qint64 repeat = 1, int intervalMs = 0);
    /** traceReady with the live connection's stream trace, or refused. */
    void requestTrace();

signals:
    void stateChanged(TcpClient::State state);
    void hostResolved(const QStringList &addresses);
    void connected(const QString &local, const QString &peer);
    void disconnected(const QString &reason);
    void reconnectScheduled(int delayMs, int attempt);
    void errorOccurred(const QString &message);
    void notice(const QString &text);

private:
    TcpClient *m_client;
    TcpClient::State m_state = TcpClient::State::Idle;
};

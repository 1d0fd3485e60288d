// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "engine/enginehandle.h"
#include "net/tcpserver.h"

/** A TcpServer in the engine thread, driven from the GUI thread (see EngineHandle). */
class TcpServerHandle final : public EngineHandle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpServerHandle)

public:
    explicit TcpServerHandle(EngineThread *engine, QObject *parent = nullptr);
    ~TcpServerHandle() override;

    /** Starts (or restarts, closing every client) listening; listening or startFailed follows. */
    void start(const TcpServerConfig &config);
    /** Closes the listening socket and every client; stopped follows. */
    void stop();
    /** As the GUI has heard it. */
    bool isListening() const { return m_listening; }

    /** Sends `bytes` (framed when a framing is set) to the clients `ids` (empty: every client) `repeat` times,
        `intervalMs` apart, as fast as the clients read when 0. refused when there is no one to send to. */
    void send(const QList<quint64> &ids, const QByteArray &bytes, qint64 repeat = 1, int intervalMs = 0);
    /** Closes these clients (empty: every client), gracefully or with a reset. */
    void disconnectClients(const QList<quint64> &ids, bool abort = false);
    /** traceReady with the client's stream trace, or refused when it has gone. */
    void requestTrace(quint64 id);

signals:
    void listening(const QString &endpoint, quint16 port);
    void startFailed(const QString &message);
    void stopped();
    void clientConnected(quint64 id, const QString &peer);
    void clientRefused(const QString &peer, const QString &reason);
    void clientDisconnected(quint64 id, const QString &reason);
    /** id 0: the server itself. */
    void errorOccurred(quint64 id, const QString &message);

private:
    TcpServer *m_server;
    bool m_listening = false;
    bool m_starting = false;
};

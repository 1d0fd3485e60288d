// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "engine/tcpserverhandle.h"

#include <QDateTime>

#include "engine/enginerelay.h"
#include "engine/trafficbatcher.h"
#include "monotonicclock.h"
#include "net/tcpconnection.h"

TcpServerHandle::TcpServerHandle(EngineThread *engine, QObject *parent)
    : EngineHandle(engine, parent)
    , m_server(new TcpServer(relay()))
{
    TrafficBatcher::attach(m_server, relay()->batcher());
    relay()->setStatsProvider([server = m_server](TrafficSnapshot &totals, QList<PeerTraffic> &peers) {
        const qint64 now = MonotonicClock::nowMs();
        totals = TrafficSnapshot::of(server->totals(), now);
        const QList<quint64> ids = server->clientIds();
        for (const quint64 id : ids) {
            const TcpConnection *connection = server->client(id);
            if (connection)
                peers.append(
                    {id, connection->peer(), connection->since(), TrafficSnapshot::of(connection->counters(), now)});
        }
    });

    connect(m_server, &TcpServer::listening, this, [this](const QString &endpoint, quint16 port) {
        m_listening = true;
        m_starting = false;
        emit listening(endpoint, port);
    });
    connect(m_server, &TcpServer::stopped, this, [this] {
        m_listening = false;
        emit stopped();
    });
    connect(m_server, &TcpServer::errorOccurred, this, [this](quint64 id, const QString &message) {
        emit errorOccurred(id, message);
        if (id == 0 && m_starting) {
            m_starting = false;
            emit startFailed(message);
        }
    });
    connect(m_server, &TcpServer::clientConnected, this, &TcpServerHandle::clientConnected);
    connect(m_server, &TcpServer::clientRefused, this, &TcpServerHandle::clientRefused);
    connect(m_server, &TcpServer::clientDisconnected, this, &TcpServerHandle::clientDisconnected);
    adopt();
}

TcpServerHandle::~TcpServerHandle() = default;

void TcpServerHandle::start(const TcpServerConfig &config)
{
    m_starting = true;
    run([server = m_server, relay = relay(), config] {
        relay->cancelSend();
        server->stop();
        server->start(config);
    });
}

void TcpServerHandle::stop()
{
    m_starting = false;
    run([server = m_server, relay = relay()] {
        relay->cancelSend();
        server->stop();
        relay->publishStats();
    });
}

void TcpServerHandle::send(const QList<quint64> &ids, const QByteArray &bytes, qint64 repeat, int intervalMs)
{
    run([server = m_server, relay = relay(), ids, bytes, repeat, intervalMs] {
        const QList<quint64> targets = ids.isEmpty() ? server->clientIds() : ids;
        QList<TcpConnection *> connections;
        for (const quint64 id : targets) {
            if (TcpConnection *connection = server->client(id))
                connections.append(connection);
        }
        if (connections.isEmpty()) {
            emit relay->refused(ids.isEmpty() ? TcpServerHandle::tr("No client is connected: nothing was sent.")
                                              : TcpServerHandle::tr("The selected clients have disconnected: "
                                                                    "nothing was sent."));
            return;
        }
        // A client that stops reading holds the job until it drains (or leaves), so memory stays bounded.
        for (TcpConnection *connection : std::as_const(connections))
            connect(connection, &TcpConnection::writeBufferLow, relay, &EngineRelay::resumeSend, Qt::UniqueConnection);
        connect(server, &TcpServer::clientDisconnected, relay, &EngineRelay::resumeSend, Qt::UniqueConnection);
        const auto sender = [server, ids](const QByteArray &message) {
            return (ids.isEmpty() ? server->sendToAll(message) : server->send(ids, message)) > 0;
        };
        const auto ready = [server, targets] {
            for (const quint64 id : targets) {
                const TcpConnection *connection = server->client(id);
                if (connection && connection->bytesToWrite() >= TcpConnection::LowWaterMark)
                    return false;
            }
            return true;
        };
        relay->startSend({bytes}, repeat, intervalMs, sender, ready);
    });
}

void TcpServerHandle::disconnectClients(const QList<quint64> &ids, bool abort)
{
    run([server = m_server, ids, abort] {
        if (ids.isEmpty()) {
            server->disconnectAll(abort);
            return;
        }
        for (const quint64 id : ids)
            server->disconnectClient(id, abort);
    });
}

void TcpServerHandle::requestTrace(quint64 id)
{
    run([server = m_server, relay = relay(), id] {
        const TcpConnection *connection = server->client(id);
        if (!connection) {
            emit relay->refused(TcpServerHandle::tr("Client #%1 has disconnected; its stream trace is gone.").arg(id));
            return;
        }
        emit relay->traceReady(id, connection->peer(), connection->trace());
    });
}

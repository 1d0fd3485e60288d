// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "engine/tcpclienthandle.h"

#include <memory>

#include "engine/enginerelay.h"
#include "engine/trafficbatcher.h"
#include "monotonicclock.h"
#include "net/tcpconnection.h"

TcpClientHandle::TcpClientHandle(EngineThread *engine, QObject *parent)
    : EngineHandle(engine, parent)
    , m_client(new TcpClient(relay()))
{
    TrafficBatcher::attach(m_client, relay()->batcher());

    // Totals of the connections that have ended; the live one is read as it goes.
    auto past = std::make_shared<TrafficSnapshot>();
    relay()->setStatsProvider([client = m_client, past](TrafficSnapshot &totals, QList<PeerTraffic> &peers) {
        totals = *past;
        if (const TcpConnection *connection = client->connection()) {
            const TrafficSnapshot live = TrafficSnapshot::of(connection->counters(), MonotonicClock::nowMs());
            totals += live;
            peers.append({connection->id(), connection->peer(), connection->since(), live});
        }
    });
    connect(m_client, &TcpClient::connected, relay(), [client = m_client, relay = relay(), past] {
        TcpConnection *connection = client->connection();
        if (!connection)
            return;
        // The client lets go of the connection when it closes, so its final totals are taken here.
        connect(connection, &TcpConnection::closed, relay, [connection, past] {
            TrafficSnapshot ended = TrafficSnapshot::of(connection->counters(), MonotonicClock::nowMs());
            ended.bytesInPerSecond = ended.bytesOutPerSecond = 0;
            ended.messagesInPerSecond = ended.messagesOutPerSecond = 0;
            *past += ended;
        });
        connect(connection, &TcpConnection::writeBufferLow, relay, &EngineRelay::resumeSend);
    });
    connect(m_client, &TcpClient::disconnected, relay(), [relay = relay()] { relay->cancelSend(); });

    connect(m_client, &TcpClient::stateChanged, this, [this](TcpClient::State state) {
        m_state = state;
        emit stateChanged(state);
    });
    connect(m_client, &TcpClient::hostResolved, this, &TcpClientHandle::hostResolved);
    connect(m_client, &TcpClient::connected, this, &TcpClientHandle::connected);
    connect(m_client, &TcpClient::disconnected, this, &TcpClientHandle::disconnected);
    connect(m_client, &TcpClient::reconnectScheduled, this, &TcpClientHandle::reconnectScheduled);
    connect(m_client, &TcpClient::errorOccurred, this, &TcpClientHandle::errorOccurred);
    connect(m_client, &TcpClient::notice, this, &TcpClientHandle::notice);
    adopt();
}

TcpClientHandle::~TcpClientHandle() = default;

void TcpClientHandle::start(const TcpClientConfig &config)
{
    run([client = m_client, relay = relay(), config] {
        relay->cancelSend();
        client->stop();
        client->start(config);
    });
}

void TcpClientHandle::stop(bool abort)
{
    run([client = m_client, relay = relay(), abort] {
        relay->cancelSend();
        client->stop(abort);
    });
}

void TcpClientHandle::send(const QByteArray &bytes, qint64 repeat, int intervalMs)
{
    run([client = m_client, relay = relay(), bytes, repeat, intervalMs] {
        if (!client->connection()) {
            emit relay->refused(TcpClientHandle::tr("Not connected: connect first, then send."));
            return;
        }
        const auto sender = [client](const QByteArray &message) { return client->sendMessage(message); };
        const auto ready = [client] {
            const TcpConnection *connection = client->connection();
            return !connection || connection->bytesToWrite() < TcpConnection::LowWaterMark;
        };
        relay->startSend({bytes}, repeat, intervalMs, sender, ready);
    });
}

void TcpClientHandle::requestTrace()
{
    run([client = m_client, relay = relay()] {
        const TcpConnection *connection = client->connection();
        if (!connection) {
            emit relay->refused(TcpClientHandle::tr("Not connected: there is no connection to visualize."));
            return;
        }
        emit relay->traceReady(connection->id(), connection->peer(), connection->trace());
    });
}

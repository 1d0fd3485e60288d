// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "engine/udppeerhandle.h"

#include "engine/enginerelay.h"
#include "engine/trafficbatcher.h"
#include "monotonicclock.h"

UdpPeerHandle::UdpPeerHandle(EngineThread *engine, QObject *parent)
    : EngineHandle(engine, parent)
    , m_peer(new UdpPeer(relay()))
{
    TrafficBatcher::attach(m_peer, relay()->batcher());
    relay()->setStatsProvider([peer = m_peer](TrafficSnapshot &totals, QList<PeerTraffic> &) {
        totals = TrafficSnapshot::of(peer->counters(), MonotonicClock::nowMs());
    });
    connect(m_peer, &UdpPeer::bound, this, [this](const QString &endpoint, quint16 port) {
        m_bound = true;
        m_starting = false;
        emit bound(endpoint, port);
    });
    connect(m_peer, &UdpPeer::errorOccurred, this, [this](const QString &message) {
        emit errorOccurred(message);
        if (m_starting) {
            m_starting = false;
            emit startFailed(message);
        }
    });
    connect(m_peer, &UdpPeer::notice, this, &UdpPeerHandle::notice);
    adopt();
}

UdpPeerHandle::~UdpPeerHandle() = default;

void UdpPeerHandle::start(const UdpPeerConfig &config)
{
    m_starting = true;
    run([peer = m_peer, relay = relay(), config] {
        relay->cancelSend();
        peer->stop();
        peer->start(config);
    });
}

void UdpPeerHandle::stop()
{
    run([peer = m_peer, relay = relay()] {
        relay->cancelSend();
        peer->stop();
    });
    m_bound = false;
    m_starting = false;
    emit stopped();
}

void UdpPeerHandle::sendTo(const QHostAddress &address, quint16 port, const QByteArray &data, qint64 repeat,
                           int intervalMs)
{
    run([peer = m_peer, relay = relay(), address, port, data, repeat, intervalMs] {
        if (!peer->isBound()) {
            emit relay->refused(UdpPeerHandle::tr("The UDP socket is not open: open it first, then send."));
            return;
        }
        const auto sender = [peer, address, port](const QByteArray &message) {
            return peer->sendTo(address, port, message);
        };
        relay->startSend({data}, repeat, intervalMs, sender, {});
    });
}

void UdpPeerHandle::joinGroup(const QHostAddress &group)
{
    run([peer = m_peer, group] { peer->joinGroup(group); });
}

void UdpPeerHandle::leaveGroup(const QHostAddress &group)
{
    run([peer = m_peer, group] { peer->leaveGroup(group); });
}
